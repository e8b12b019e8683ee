using Secretariat.Web.Features.Children;

namespace Secretariat.Tests.Features.Children;

/// <summary>The registers' rules without a database: who may, ranges, ID numbers, masking, the scale, erasure and the quarters.</summary>
public class ChildDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly MemberUnit Jianshe = new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village };
    private static readonly MemberUnit Shuangqilong = new() { Id = Guid.NewGuid(), Name = "双骑龙村", Kind = UnitKind.Village };
    private static readonly MemberUnit Office = new() { Id = Guid.NewGuid(), Name = "党政办", Kind = UnitKind.TownBody };
    private static readonly DirectorOption Zhu = new(Guid.NewGuid(), "朱美桦", Jianshe.Id);

    private static Actor As(string role, Guid? unit = null) => new(Guid.NewGuid(), role, [role], unit, null);

    private static readonly Actor Station = As(Roles.WorkStation);
    private static readonly Actor Supervisor = As(Roles.ChildSupervisor);
    private static readonly Actor JiansheDirector = As(Roles.ChildDirector, Jianshe.Id);

    private static ChildRecordInput Input(MemberUnit? village = null, RiskLevel? level = RiskLevel.High, Guid? director = null, params ChildRegister[] registers) =>
        new(null, (village ?? Jianshe).Id, registers.Length == 0 ? [ChildRegister.LeftBehind] : registers, [CaseCategory.LeftBehind], level, director ?? Zhu.PersonId);

    private static Decision<ChildRegistered> Register(ChildRecordInput? input = null, BirthMonth? birth = null, DateOnly? on = null, MemberUnit? village = null,
        Actor? actor = null) =>
        ChildDecisions.Register(Guid.NewGuid(), "ET-AAAA-BBBB", input ?? Input(), birth ?? new BirthMonth(2015, 3), on ?? Today, village ?? Jianshe, [Zhu],
            actor ?? Station, Now);

    private static ChildRecord Child(DateOnly? registeredOn = null, BirthMonth? birth = null, MemberUnit? village = null, RiskLevel level = RiskLevel.High) =>
        ChildRecord.Create(ChildDecisions.Register(Guid.NewGuid(), "ET-CCCC-DDDD", Input(village, level, village is null ? null : Guid.Empty) with
            { DirectorId = (village ?? Jianshe) == Jianshe ? Zhu.PersonId : null }, birth ?? new BirthMonth(2015, 3), registeredOn ?? Today.AddDays(-40),
            village ?? Jianshe, [Zhu], Station, Now).Event!);

    [Fact]
    public void The_station_registers_a_child_and_the_event_holds_no_personal_data()
    {
        var e = Register().Event!;
        Assert.Equal(("建设村", RiskLevel.High, "朱美桦", new BirthMonth(2015, 3)), (e.VillageName, e.RiskLevel, e.DirectorName, e.BirthMonth));
        // The event's members are the pseudonymous record only (a name or ID number has nowhere to go).
        Assert.DoesNotContain(typeof(ChildRegistered).GetProperties(), p => p.Name is "Name" or "IdNumber" or "Address" or "Notes");
        Assert.NotNull(Register(actor: Supervisor).Event);
    }

    [Theory]
    [InlineData("office", "只有")]
    [InlineData("director", "只有")]
    [InlineData("no-register", "请至少选择一个名册")]
    [InlineData("no-level", "请选择风险等级")]
    [InlineData("not-a-village", "请选择儿童所在的村（社区）")]
    [InlineData("other-director", "请选择建设村的在岗儿童主任")]
    [InlineData("future", "登记日期不能晚于今天")]
    [InlineData("adult", "年满十八周岁")]
    [InlineData("unborn", "出生年月不能晚于登记日期")]
    [InlineData("number", "档案号")]
    public void Registration_is_refused_in_chinese_naming_the_field(string case_, string words)
    {
        var refusal = case_ switch
        {
            "office" => Register(actor: As(Roles.Secretariat)),
            "director" => Register(actor: JiansheDirector),
            "no-register" => Register(Input() with { Registers = [] }),
            "no-level" => Register(Input(level: null)),
            "not-a-village" => Register(Input(Office), village: Office),
            "other-director" => Register(Input(director: Guid.NewGuid())),
            "future" => Register(on: Today.AddDays(1)),
            "adult" => Register(birth: new BirthMonth(2008, 10)),
            "unborn" => Register(birth: new BirthMonth(2026, 12), on: Today),
            _ => Register(Input() with { NationalRecordNumber = "档案 12" })
        };
        Assert.True(refusal.IsRefused);
        Assert.Contains(words, refusal.Refusal!.Message);
    }

    [Fact]
    public void A_director_records_visits_in_their_own_village_only_within_the_range()
    {
        var child = Child();
        var visit = ChildDecisions.Visit(child, Guid.NewGuid(), Today, VisitKind.Regular, VisitFinding.Stable, false, true, JiansheDirector, Now);
        Assert.True(visit.Event is { HasNote: true, Kind: VisitKind.Regular });
        var elsewhere = Child(village: Shuangqilong);
        Assert.Equal("只能登记本村（社区）儿童的走访。",
            ChildDecisions.Visit(elsewhere, Guid.NewGuid(), Today, VisitKind.Regular, VisitFinding.Stable, false, false, JiansheDirector, Now).Refusal!.Message);
        Assert.NotNull(ChildDecisions.Visit(elsewhere, Guid.NewGuid(), Today, VisitKind.TargetedCheck, VisitFinding.Stable, false, false, Supervisor, Now).Event);
        Assert.Contains("晚于今天", ChildDecisions.Visit(child, Guid.NewGuid(), Today.AddDays(1), VisitKind.Regular, VisitFinding.Stable, false, false, JiansheDirector, Now).Refusal!.Message);
        Assert.Contains("登记入册日期", ChildDecisions.Visit(child, Guid.NewGuid(), Today.AddDays(-41), VisitKind.Regular, VisitFinding.Stable, false, false, JiansheDirector, Now).Refusal!.Message);
        var old = Child(registeredOn: Today.AddDays(-400));
        Assert.Contains("90 天前", ChildDecisions.Visit(old, Guid.NewGuid(), Today.AddDays(-91), VisitKind.Regular, VisitFinding.Stable, false, false, JiansheDirector, Now).Refusal!.Message);
        Assert.Contains("走访方式", ChildDecisions.Visit(child, Guid.NewGuid(), Today, null, VisitFinding.Stable, false, false, JiansheDirector, Now).Refusal!.Message);
        Assert.Contains("年满十八周岁", ChildDecisions.Visit(Child(birth: new BirthMonth(2008, 10), registeredOn: Today.AddDays(-60)), Guid.NewGuid(), Today,
            VisitKind.Regular, VisitFinding.Stable, false, false, JiansheDirector, Now).Refusal!.Message);
    }

    [Fact]
    public void The_next_visit_follows_the_town_s_frequency_per_level()
    {
        var scale = RiskScale.Default;
        var child = Child(registeredOn: Today.AddDays(-20));
        Assert.Equal(Today.AddDays(-5), scale.NextVisitDue(child));
        Assert.Equal(VisitState.Overdue, VisitStatus.Of(child, scale, Today).State);
        child.Apply(new ChildVisited(child.Id, Guid.NewGuid(), Today.AddDays(-10), VisitKind.Regular, VisitFinding.Stable, false, false, StepBy.Of(JiansheDirector, Now)));
        Assert.Equal((Today.AddDays(5), VisitState.DueSoon), (scale.NextVisitDue(child), VisitStatus.Of(child, scale, Today).State));
        var low = Child(level: RiskLevel.Low, registeredOn: Today.AddDays(-20));
        Assert.Equal(VisitState.NotDue, VisitStatus.Of(low, scale, Today).State);
    }

    [Fact]
    public void Resident_id_numbers_are_checked_and_must_match_the_month_of_birth()
    {
        var birth = new BirthMonth(2015, 3);
        Assert.Null(PersonalDataRules.IdNumberProblem(ChildrenTestData.IdNumber, birth));
        Assert.Contains("校验位", PersonalDataRules.IdNumberProblem(ChildrenTestData.IdNumber[..17] + (ChildrenTestData.IdNumber[17] == '0' ? '1' : '0'), birth));
        Assert.Contains("18 位", PersonalDataRules.IdNumberProblem("50010720150315", birth));
        Assert.Contains("不一致", PersonalDataRules.IdNumberProblem(ChildrenTestData.IdNumber, new BirthMonth(2015, 4)));
    }

    [Fact]
    public void Lists_show_personal_data_masked()
    {
        Assert.Equal("欧**雯", PersonalDataRules.MaskName("欧阳晓雯"));
        Assert.Equal("张*", PersonalDataRules.MaskName("张三"));
        Assert.Equal("500107********" + ChildrenTestData.IdNumber[^4..], PersonalDataRules.MaskIdNumber(ChildrenTestData.IdNumber));
        Assert.Equal("138****5678", PersonalDataRules.MaskPhone("138-0000-5678"));
        var masked = Secretariat.Web.Features.Children.ChildrenPages.Mask(ChildrenTestData.Data);
        Assert.DoesNotContain(ChildrenTestData.Name, masked.ToString());
        Assert.DoesNotContain(ChildrenTestData.IdNumber, masked.ToString());
        Assert.Equal("（已隐藏）", masked.Notes);
    }

    [Fact]
    public void Erasure_needs_a_dated_confirmed_request_or_the_end_of_the_retention_period()
    {
        var child = Child();
        var due = RiskScale.Default.ErasureDue(child);
        Assert.Equal(new DateOnly(2034, 4, 1), due);
        Assert.Contains("勾选确认", ChildDecisions.Erase(child, ErasureBasis.LawfulRequest, Today, false, due, Station, Now).Refusal!.Message);
        Assert.Contains("晚于今天", ChildDecisions.Erase(child, ErasureBasis.LawfulRequest, Today.AddDays(1), true, due, Station, Now).Refusal!.Message);
        Assert.Contains("只有", ChildDecisions.Erase(child, ErasureBasis.LawfulRequest, Today, true, due, JiansheDirector, Now).Refusal!.Message);
        Assert.Contains("尚未届满", ChildDecisions.Erase(child, ErasureBasis.RetentionExpired, null, true, due, Station, Now).Refusal!.Message);
        var erased = ChildDecisions.Erase(child, ErasureBasis.LawfulRequest, Today, true, due, Station, Now).Event!;
        child.Apply(erased);
        Assert.Equal(Today, child.ErasedOn);
        Assert.Contains("已于 2026-11-20 删除", ChildDecisions.Erase(child, ErasureBasis.LawfulRequest, Today, true, due, Station, Now).Refusal!.Message);
        Assert.Contains("已于", ChildDecisions.RecordPersonalData(child, ChildrenTestData.Data, Station, Now).Refusal!.Message);
        Assert.NotNull(ChildDecisions.Erase(Child(), ErasureBasis.RetentionExpired, null, true, Today, EraseExpiredChildDataHandler.Retention, Now).Event);
    }

    [Fact]
    public void The_scale_is_set_within_its_ranges_higher_risk_visited_more_often()
    {
        (RiskLevel, string?, int?)[] Levels(int high, int medium, int low) =>
            [(RiskLevel.High, "高风险含义", high), (RiskLevel.Medium, "中风险含义", medium), (RiskLevel.Low, "低风险含义", low)];
        Assert.Equal([7, 30, 90], ChildDecisions.SetScale(Levels(7, 30, 90), 2, Station, Now).Event!.Levels.Select(l => l.VisitEveryDays));
        Assert.Contains("风险越高", ChildDecisions.SetScale(Levels(30, 15, 90), 2, Station, Now).Refusal!.Message);
        Assert.Contains("1-180 天", ChildDecisions.SetScale(Levels(0, 15, 90), 2, Station, Now).Refusal!.Message);
        Assert.Contains("1-180 天", ChildDecisions.SetScale(Levels(7, 15, 181), 2, Station, Now).Refusal!.Message);
        Assert.Contains("保存年限", ChildDecisions.SetScale(Levels(7, 15, 90), 11, Station, Now).Refusal!.Message);
        Assert.Contains("含义", ChildDecisions.SetScale([(RiskLevel.High, " ", 7), (RiskLevel.Medium, "中", 15), (RiskLevel.Low, "低", 90)], 2, Station, Now).Refusal!.Message);
        Assert.Contains("只有", ChildDecisions.SetScale(Levels(7, 30, 90), 2, JiansheDirector, Now).Refusal!.Message);
    }

    [Fact]
    public void Overdue_visits_are_one_alert_per_village_naming_no_child_for_its_director_and_the_station()
    {
        var overdueHigh = Child(registeredOn: Today.AddDays(-20));
        var fine = Child(registeredOn: Today.AddDays(-3));
        var elsewhere = Child(registeredOn: Today.AddDays(-100), village: Shuangqilong, level: RiskLevel.Medium);
        var facts = new ChildrenFacts(Today, [Jianshe, Shuangqilong], [overdueHigh, fine, elsewhere], RiskScale.Default, []);
        var findings = VisitCadence.Evaluate(facts, new CadenceOptions()).Where(f => f.Rule == VisitCadence.Visits.Code).ToList();
        Assert.Equal(2, findings.Count);
        // The third quarter held children and was not submitted by 15 October.
        var quarter = Assert.Single(VisitCadence.Evaluate(facts, new CadenceOptions()), f => f.Rule == VisitCadence.Quarterly.Code);
        Assert.Equal(("2026年第3季度", new DateOnly(2026, 10, 15)), (quarter.Subject, quarter.DueOn));
        var jianshe = findings.Single(f => f.UnitIds.Contains(Jianshe.Id));
        Assert.Equal((Severity.Urgent, "建设村", Today.AddDays(-5)), (jianshe.Severity, jianshe.Subject, jianshe.DueOn));
        Assert.Equal(Severity.Warning, findings.Single(f => f.UnitIds.Contains(Shuangqilong.Id)).Severity);
        Assert.All(findings, f => Assert.DoesNotContain("ET-", f.Explanation + f.Subject + f.Key));
        // The village's director follows it, its liaison does not; the station does.
        var alert = new Secretariat.Web.Features.Compliance.ComplianceAlert { Rule = VisitCadence.Visits.Code, UnitIds = [Jianshe.Id] };
        Assert.True(Secretariat.Web.Features.Compliance.Audience.Of(JiansheDirector).Sees(alert, VisitCadence.Visits));
        Assert.False(Secretariat.Web.Features.Compliance.Audience.Of(As(Roles.UnitLiaison, Jianshe.Id)).Sees(alert, VisitCadence.Visits));
        Assert.True(Secretariat.Web.Features.Compliance.Audience.Of(Supervisor).Sees(alert, VisitCadence.Visits));
        Assert.False(Secretariat.Web.Features.Compliance.Audience.Of(As(Roles.ChildDirector, Shuangqilong.Id)).Sees(alert, VisitCadence.Visits));
        // Checked only from the town's first day of checks.
        Assert.Empty(VisitCadence.OverdueVisits(facts, new CadenceOptions { CheckFrom = Today }));
    }

    [Fact]
    public void A_quarter_is_submitted_once_every_village_that_entered_data_was_reviewed()
    {
        var child = Child(registeredOn: new DateOnly(2026, 8, 10));
        var quarter = new Quarter(2026, 3);
        var ledger = QuarterLedger.Of(2026, [Jianshe, Shuangqilong], [child], []);
        var q3 = ledger.Quarters[2];
        Assert.Equal(1, q3.Villages[Jianshe.Id].Entries);
        Assert.Contains("建设村", QuarterDecisions.Submit(null, q3, ledger.Villages, Today, Station, Now).Refusal!.Message);
        Assert.Contains("无需审核", QuarterDecisions.Review(null, quarter, Shuangqilong, 0, Station, Now).Refusal!.Message);
        Assert.Contains("尚未开始", QuarterDecisions.Review(null, new Quarter(2027, 1), Jianshe, 1, Station, Now).Refusal!.Message);
        var reviewed = ChildDataQuarter.Create(QuarterDecisions.Review(null, quarter, Jianshe, 1, Station, Now).Event!);
        ledger = QuarterLedger.Of(2026, [Jianshe, Shuangqilong], [child], [reviewed]);
        Assert.Contains("最后一个月", QuarterDecisions.Submit(reviewed, ledger.Quarters[2], ledger.Villages, new DateOnly(2026, 8, 31), Station, Now).Refusal!.Message);
        var submitted = QuarterDecisions.Submit(reviewed, ledger.Quarters[2], ledger.Villages, new DateOnly(2026, 10, 8), Station, Now).Event!;
        reviewed.Apply(submitted);
        ledger = QuarterLedger.Of(2026, [Jianshe, Shuangqilong], [child], [reviewed]);
        var check = ChildDataQuarterlyCheck.Outcome(Today, ledger.Quarters[2], ledger.Villages);
        Assert.True(check.Passed, check.Text);
        Assert.Contains("已于 2026-10-08 报送", check.Text);
        Assert.Contains("已于", QuarterDecisions.Review(reviewed, quarter, Jianshe, 2, Station, Now).Refusal!.Message);
    }

    [Fact]
    public void Only_the_station_master_approves_an_export_and_only_its_requester_downloads_it_within_the_week()
    {
        var export = RegisterExport.Create(ExportDecisions.Request(Guid.NewGuid(), ChildRegister.LeftBehind, null, false, ExportReason.PaperFile, Station, Now).Event!);
        Assert.Contains("尚待站长批准", ExportDecisions.Download(export, 3, Station, Now).Refusal!.Message);
        Assert.Contains("站长", ExportDecisions.Approve(export, false, Station, Now).Refusal!.Message);
        export.Apply(ExportDecisions.Approve(export, true, Station, Now).Event!);
        Assert.Contains("已由", ExportDecisions.Refuse(export, true, Station, Now).Refusal!.Message);
        Assert.Contains("申请人", ExportDecisions.Download(export, 3, Supervisor, Now).Refusal!.Message);
        Assert.NotNull(ExportDecisions.Download(export, 3, Station, Now).Event);
        Assert.Contains("已过期", ExportDecisions.Download(export, 3, Station, Now.AddDays(8)).Refusal!.Message);
        Assert.Contains("导出事由", ExportDecisions.Request(Guid.NewGuid(), null, null, false, null, Station, Now).Refusal!.Message);
        Assert.Contains("只有", ExportDecisions.Request(Guid.NewGuid(), null, null, false, ExportReason.PaperFile, JiansheDirector, Now).Refusal!.Message);
    }
}

/// <summary>A child's personal data the tests store and then look for everywhere it must not be.</summary>
public static class ChildrenTestData
{
    public const string Name = "欧阳晓雯";
    public const string GuardianName = "欧阳国栋";
    public const string Phone = "13800135678";
    public const string Address = "建设村七组槐树湾十八号";
    public const string Note = "奶奶患病卧床，晓雯放学后独自做饭";

    /// <summary>A valid resident ID number (check character computed) of a child born in March 2015.</summary>
    public static readonly string IdNumber = WithCheck("50010720150315002");

    public static readonly ChildPersonalData Data = new(Name, IdNumber, Address, [new Guardian(GuardianName, "祖父母或外祖父母", Phone)], Note);

    public static string WithCheck(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>Everything personal the tests stored: none may appear in clear outside the personal-data store.</summary>
    public static readonly string[] Secrets = [Name, GuardianName, Phone, Address, Note, IdNumber, "晓雯"];
}
