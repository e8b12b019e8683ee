using Secretariat.Web.Features.Training;
using static Secretariat.Tests.Support.Workbooks;

namespace Secretariat.Tests.Features.Roster;

/// <summary>The founding act decided without a database: every row checked against the town, one act when all are good.</summary>
public class FoundingImportTests
{
    private static readonly DateOnly Founded = new(2022, 1, 28);
    private static readonly DateOnly Today = new(2026, 12, 1);
    private const string Basis = "某某府发〔2022〕3号";

    private static BodyRoster Established(BodyKind kind) =>
        BodyRoster.Create(RosterDecisions.Establish(null, new EstablishBody(kind, kind.Chinese(), Basis, Founded, "某某镇人民政府")).Event!);

    /// <summary>A new town whose leading group (with its office) and work station were established and hold nobody yet.</summary>
    private static FoundingTown NewTown(params MemberUnit[] units) => new(
        Enum.GetValues<BodyKind>().ToDictionary(k => k, k => (BodyRoster?)Established(k)), units);

    private static FoundingSheets Sheets(byte[] workbook)
    {
        var read = FoundingWorkbook.Read(workbook, "名单.xlsx");
        Assert.Empty(read.Problems);
        return read.Sheets;
    }

    private static FoundingSheets Group(params (string Role, string Name, string Position, string? Unit)[] seats) => Sheets(Build(SeatSheet("领导小组", seats)));

    [Fact]
    public void The_notices_lists_make_one_act_registering_the_units_they_name_with_the_kinds_their_names_suggest()
    {
        var plan = FoundingImport.Plan(Sheets(NoticeRoster()), NewTown(), new Dictionary<string, UnitKind>());
        Assert.Empty(plan.Problems);
        Assert.Equal(22, plan.NewUnits.Count);
        Assert.All(plan.NewUnits, u => Assert.True(u.KindGuessed));
        // The guesses are the notice's own kinds: 7 villages, 2 communities, the social-work centre, 12 town bodies.
        Assert.Equal(SampleTown.Units.OrderBy(u => u.Name).Select(u => (u.Name, u.Kind)), plan.NewUnits.OrderBy(u => u.Name).Select(u => (u.Name, u.Kind)));
        Assert.Equal(["领导小组第 14 行", "工作站第 5 行"], plan.NewUnits.Single(u => u.Name == "劳动就业与社保所").NamedBy);
        Assert.Equal(27, plan.Seats.Count(s => s.Body == BodyKind.LeadingGroup));
        Assert.Equal(20, plan.Seats.Count(s => s.Body == BodyKind.WorkStation));
        Assert.All(plan.Seats, s => Assert.Equal((Founded, Basis), (s.Appointed.EffectiveOn, s.Appointed.Basis)));
        // One person across bodies: 刘兵 is a 副组长 and the 站长.
        var liu = plan.Seats.Where(s => s.Appointed.PersonName == "刘兵").ToList();
        Assert.Equal([RosterRole.DeputyLeader, RosterRole.StationMaster], liu.Select(s => s.Appointed.Role));
        Assert.Single(liu.Select(s => s.Appointed.PersonId).Distinct());

        var decided = plan.Decide("名单.xlsx", null);
        Assert.Null(decided.Refusal);
        Assert.Equal(24, decided.Streams.Count);
        var group = decided.On(RosterNames.BodyId(BodyKind.LeadingGroup));
        var founding = Assert.IsType<FoundingRosterImported>(group[0]);
        Assert.Equal((27, Basis, Founded, "名单.xlsx"), (founding.Members, founding.Basis, founding.EffectiveOn, founding.FileName));
        Assert.Equal(27, group.OfType<MemberAppointed>().Count());
        Assert.Empty(decided.On(RosterNames.BodyId(BodyKind.Secretariat)));
    }

    [Fact]
    public void A_kind_the_office_confirms_replaces_the_guess()
    {
        var plan = FoundingImport.Plan(Sheets(NoticeRoster()), NewTown(), new Dictionary<string, UnitKind> { ["文服中心"] = UnitKind.Organisation });
        var unit = plan.NewUnits.Single(u => u.Name == "文服中心");
        Assert.Equal((UnitKind.Organisation, false), (unit.Kind, unit.KindGuessed));
        // A child director placed in a unit confirmed as a town body is refused at their row.
        var wrong = FoundingImport.Plan(Sheets(NoticeRoster()), NewTown(), new Dictionary<string, UnitKind> { ["建设村"] = UnitKind.TownBody });
        Assert.Equal("工作表“工作站”第 14 行：儿童主任必须属于一个村或社区。", Assert.Single(wrong.Problems).ToString());
    }

    [Fact]
    public void A_duplicate_person_a_role_the_body_does_not_have_and_a_second_leader_are_refused_at_their_rows()
    {
        var plan = FoundingImport.Plan(Group(
            ("组长", "叶伟", "镇长", null),
            ("副组长", "胡鹏来", "宣传委员", null),
            ("站长", "刘兵", "副镇长", null),
            ("组长", "廖平", "组织委员", null),
            ("成员", "胡 鹏来", "宣传委员", null),
            ("组员", "孔波", "党政办负责人", "党政办")), NewTown(), new Dictionary<string, UnitKind>());
        Assert.Equal(
        [
            "工作表“领导小组”第 4 行：领导小组没有“站长”这一职务（可填：组长、副组长、成员）。",
            "工作表“领导小组”第 5 行：领导小组只能有一名组长：第 2 行已是 叶伟。",
            "工作表“领导小组”第 6 行：胡鹏来 与第 3 行重复：同一人在一个机构中只填一行（一人只任一个职务）。",
            "工作表“领导小组”第 7 行：领导小组没有“组员”这一职务（可填：组长、副组长、成员）。"
        ], plan.Problems.Select(p => p.ToString()));
        Assert.Equal("名单有 4 处问题，未保存：工作表“领导小组”第 4 行：领导小组没有“站长”这一职务（可填：组长、副组长、成员）。", plan.Decide(null, null).Refusal!.Message);
    }

    [Fact]
    public void A_group_without_a_leader_a_body_not_established_and_a_reimport_are_refused_for_the_whole_sheet()
    {
        var noLeader = FoundingImport.Plan(Group(("副组长", "胡鹏来", "宣传委员", null)), NewTown(), new Dictionary<string, UnitKind>());
        Assert.Equal("工作表“领导小组”：名单中没有组长：领导小组须有一名组长（会议由组长召集，成员调整由组长审批）。", Assert.Single(noLeader.Problems).ToString());

        var unestablished = new FoundingTown(Enum.GetValues<BodyKind>().ToDictionary(k => k, _ => (BodyRoster?)null), []);
        var early = FoundingImport.Plan(Sheets(NoticeRoster()), unestablished, new Dictionary<string, UnitKind>());
        Assert.Equal(
        [
            "工作表“领导小组”：领导小组尚未成立：请先登记其成立文件（发文机关、文号、成文日期），再导入名单。",
            "工作表“工作站”：未成年人保护工作站尚未成立：请先登记其成立文件（发文机关、文号、成文日期），再导入名单。"
        ], early.Problems.Select(p => p.ToString()));

        var town = NewTown();
        var first = FoundingImport.Plan(Sheets(NoticeRoster()), town, new Dictionary<string, UnitKind>());
        var group = town.Bodies[BodyKind.LeadingGroup]!.Copy();
        foreach (var seat in first.Seats.Where(s => s.Body == BodyKind.LeadingGroup)) group.Apply(seat.Appointed);
        var filled = new FoundingTown(new Dictionary<BodyKind, BodyRoster?>(town.Bodies) { [BodyKind.LeadingGroup] = group },
            first.NewUnits.Select(u => MemberUnit.Create(u.Registered)).ToList());
        var again = FoundingImport.Plan(Group(("组长", "叶伟", "镇长", null)), filled, new Dictionary<string, UnitKind>());
        Assert.Equal("工作表“领导小组”：领导小组已有名单（27 人在任，成立依据 某某府发〔2022〕3号），不能再次导入：以后的人员变动请在“成员调整”中办理。",
            Assert.Single(again.Problems).ToString());
    }

    [Fact]
    public void The_units_sheet_registers_its_units_skips_those_registered_and_refuses_a_changed_kind()
    {
        var village = new MemberUnit { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village, SortOrder = 1 };
        var sheets = Sheets(Build(new Sheet("成员单位").Row("单位名称", "类别").Row("建设村", "村").Row("新合村", "村").Row("新合村", "村")));
        var plan = FoundingImport.Plan(sheets, NewTown(village), new Dictionary<string, UnitKind>());
        Assert.Equal("工作表“成员单位”第 4 行：单位“新合村”与第 3 行重复。", Assert.Single(plan.Problems).ToString());
        Assert.Equal("建设村", Assert.Single(plan.AlreadyRegistered).Name);
        Assert.Equal(("新合村", 2), (Assert.Single(plan.NewUnits).Name, plan.NewUnits[0].Registered.SortOrder));

        var changed = FoundingImport.Plan(Sheets(Build(new Sheet("成员单位").Row("单位名称", "类别").Row("建设村", "社区"))), NewTown(village),
            new Dictionary<string, UnitKind>());
        Assert.Equal("工作表“成员单位”第 2 行：单位“建设村”已登记为“村”，此处填的是“社区”：已登记的单位不能在这里改类别。", Assert.Single(changed.Problems).ToString());
    }

    [Fact]
    public void The_stations_directors_go_into_the_training_ledger_as_the_same_people_unless_their_own_sheet_lists_them()
    {
        var plan = FoundingImport.Plan(Sheets(NoticeRoster()), NewTown(), new Dictionary<string, UnitKind>());
        var station = plan.Seats.Where(s => s.Body == BodyKind.WorkStation).ToList();
        var children = ChildWorkerImport.Plan([], station, plan.UnitsByName, plan.People, [], Today);
        Assert.Empty(children.Problems);
        Assert.Equal(10, children.Appointments.Count);
        Assert.All(children.Appointments, a => Assert.True(a.FromStationRoster));
        var zou = children.Appointments.Single(a => a.Appointed.PersonName == "邹利").Appointed;
        var seat = station.Single(s => s.Appointed.PersonName == "邹利").Appointed;
        Assert.Equal((seat.PersonId, seat.TenureId, ChildWorkerDuty.ChildDirector, "双骑龙村", Founded), (zou.PersonId, zou.AppointmentId, zou.Duty, zou.UnitName, zou.EffectiveOn));

        // Listed in their own sheet (with another day), a director is appointed from that row, not twice.
        var rows = new List<ChildWorkerRow> { new(2, "双骑龙村", "邹利", "儿童主任", new DateOnly(2022, 3, 1), null), new(3, "双骑龙村", "王五", "督导", Founded, null) };
        var listed = ChildWorkerImport.Plan(rows, station, plan.UnitsByName, plan.People, [], Today);
        Assert.Equal("工作表“儿童主任”第 3 行：“职务”只能填 儿童主任 或 儿童督导员（现为“督导”）。", Assert.Single(listed.Problems).ToString());
        Assert.Equal(new DateOnly(2022, 3, 1), listed.Appointments.Single(a => a.Appointed.PersonName == "邹利").Appointed.EffectiveOn);
        Assert.Equal(10, listed.Appointments.Count);

        // Already in office in the ledger: appointed again is refused at the row that says so.
        var known = ChildWorker.Create(new ChildWorkerAppointed(Guid.NewGuid(), Guid.NewGuid(), "邹利", ChildWorkerDuty.ChildDirector, null, "双骑龙村", Founded, ""));
        var twice = ChildWorkerImport.Plan([new(2, "双骑龙村", "邹利", "儿童主任", Founded, null)], [], plan.UnitsByName, plan.People, [known], Today);
        Assert.Contains("尚未离任", Assert.Single(twice.Problems).Message);
    }
}
