using System.Text.Json;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.Meetings;

/// <summary>The work station's meetings on the one meeting engine (附件3 四、3-1、五(四)): the same decisions with the station as the body.</summary>
public class StationMeetingDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai
    private static readonly Actor Station = new(Guid.NewGuid(), "赵旦月", [Roles.WorkStation], null, SampleTown.PersonId("赵旦月"));
    private static readonly Actor Clerk = new(Guid.NewGuid(), "赵旦月", [Roles.Secretariat], null, null);
    private static readonly Actor Master = new(Guid.NewGuid(), "刘兵", [Roles.WorkStation], null, SampleTown.PersonId("刘兵"));
    private static readonly Actor DeputyMaster = new(Guid.NewGuid(), "涂安银", [Roles.WorkStation], null, SampleTown.PersonId("涂安银"));
    private static readonly Actor GroupLeader = new(Guid.NewGuid(), "叶伟", [Roles.Leader], null, SampleTown.PersonId("叶伟"));

    private static BodyRoster WorkStation(params (string Name, DateOnly LeftOn)[] departures)
    {
        var body = BodyRoster.Create(new BodyEstablished(RosterNames.BodyId(BodyKind.WorkStation), BodyKind.WorkStation, "工作站", SampleTown.Basis,
            SampleTown.EstablishedOn));
        foreach (var seat in SampleTown.WorkStation)
            body.Apply(new MemberAppointed(SampleTown.TenureId(BodyKind.WorkStation, seat.Name), SampleTown.PersonId(seat.Name), seat.Name, seat.Role, null,
                seat.Unit, seat.Position, SampleTown.EstablishedOn, SampleTown.Basis));
        foreach (var (name, leftOn) in departures)
            body.Apply(new MemberDeparted(SampleTown.TenureId(BodyKind.WorkStation, name), SampleTown.PersonId(name), leftOn, "工作调动", "镇政府文件"));
        return body;
    }

    private static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + " +08:00");

    private static MeetingPlan Plan(string convener, string when = "2026-06-20 09:30", DateOnly? delegatedOn = null, MeetingKind kind = MeetingKind.Plenary) =>
        new("2026年第一次工作站全体会议", kind, At(when), "工作站会议室", SampleTown.PersonId(convener), delegatedOn, null, BodyKind.WorkStation);

    [Fact]
    public void The_station_master_convenes_a_deputy_only_with_his_delegation_and_no_leading_group_seat_counts()
    {
        var byMaster = MeetingDecisions.Convene(Guid.NewGuid(), Plan("刘兵"), WorkStation(), Station, Now).Event!;
        Assert.Equal(BodyKind.WorkStation, byMaster.Body);
        Assert.Equal(BodyKind.WorkStation, Meeting.Create(byMaster).Body);
        Assert.Null(byMaster.Delegation);

        // A 副组长 of the leading group holds no seat in the station: he cannot convene its meeting, with or without a delegation.
        Assert.Contains("不是未成年人保护工作站成员", MeetingDecisions.Convene(Guid.NewGuid(), Plan("胡鹏来", delegatedOn: new DateOnly(2026, 5, 30)),
            WorkStation(), Station, Now).Refusal!.Message);
        Assert.Contains("不是未成年人保护工作站成员", MeetingDecisions.Convene(Guid.NewGuid(), Plan("叶伟"), WorkStation(), Station, Now).Refusal!.Message);

        Assert.Contains("须经站长委托", MeetingDecisions.Convene(Guid.NewGuid(), Plan("涂安银"), WorkStation(), Station, Now).Refusal!.Message);
        var delegated = MeetingDecisions.Convene(Guid.NewGuid(), Plan("涂安银", delegatedOn: new DateOnly(2026, 5, 30)), WorkStation(), Station, Now).Event!;
        Assert.Equal("刘兵", delegated.Delegation!.LeaderName);
        Assert.Contains("不能召集会议", MeetingDecisions.Convene(Guid.NewGuid(), Plan("黄荣亮"), WorkStation(), Station, Now).Refusal!.Message);

        // The station's kinds only; the office runs the group's meetings, not the station's; the group's roster is not the station's.
        Assert.Contains("全体会议、工作例会", MeetingDecisions.Convene(Guid.NewGuid(), Plan("刘兵", kind: MeetingKind.Regular), WorkStation(), Station, Now)
            .Refusal!.Message);
        Assert.Contains("没有召集工作站会议的权限", MeetingDecisions.Convene(Guid.NewGuid(), Plan("刘兵"), WorkStation(), Clerk, Now).Refusal!.Message);
        Assert.Contains("尚未成立", MeetingDecisions.Convene(Guid.NewGuid(), Plan("刘兵"), null, Station, Now).Refusal!.Message);
    }

    [Fact]
    public void A_station_member_who_left_before_the_meeting_day_is_not_on_its_attendance_list()
    {
        var roster = WorkStation(("邓娟", new DateOnly(2026, 5, 1)));
        var meeting = Meeting.Create(MeetingDecisions.Convene(Guid.NewGuid(), Plan("刘兵", "2026-05-20 09:30"), roster, Station, At("2026-05-10 09:00")).Event!);
        var ok = MeetingDecisions.RecordAttendance(meeting, roster, [new(SampleTown.PersonId("刘兵"), AttendanceStatus.Present, null, null)], Station, Now);
        Assert.Null(ok.Refusal);
        Assert.Contains("不是未成年人保护工作站成员", MeetingDecisions.RecordAttendance(meeting, roster,
            [new(SampleTown.PersonId("邓娟"), AttendanceStatus.Present, null, null)], Station, Now).Refusal!.Message);
        // Nor does a leading-group member count as the station's (叶伟 sits only in the group).
        Assert.Contains("不是未成年人保护工作站成员", MeetingDecisions.RecordAttendance(meeting, roster,
            [new(SampleTown.PersonId("叶伟"), AttendanceStatus.Present, null, null)], Station, Now).Refusal!.Message);
        // The office (the group's runner) does not keep the station's meeting.
        Assert.False(MeetingRules.MayRun(meeting, Clerk));
        Assert.True(MeetingRules.MayRun(meeting, Station));
        // Who is expected: the station's seats of the day, without the one who left.
        Assert.DoesNotContain(roster.ActiveOn(meeting.Date), t => t.PersonName == "邓娟");
        Assert.Contains(WorkStation().ActiveOn(meeting.Date), t => t.PersonName == "邓娟");
    }

    [Fact]
    public void The_convener_signs_the_station_minutes_off_under_the_station_register_and_its_decisions_are_the_station_s()
    {
        var roster = WorkStation();
        var meeting = Meeting.Create(MeetingDecisions.Convene(Guid.NewGuid(), Plan("涂安银", "2026-06-20 09:30", new DateOnly(2026, 5, 30)), roster, Station, Now)
            .Event!);
        var after = At("2026-06-20 12:00");
        var units = new HashSet<Guid> { SampleTown.UnitId("建设村") };
        meeting.Apply(MeetingDecisions.SaveDraft(meeting, meeting.Version, "会议研究了留守儿童关爱个案。", [],
            [new ResolutionDraft(Guid.NewGuid(), "建设村一周内完成走访", SampleTown.UnitId("建设村"), [], new DateOnly(2026, 7, 10), false)], units, Station, after).Event!);
        meeting.Apply(MeetingDecisions.Submit(meeting, Station, after).Event!);
        var town = TownProfile.New("tgy", "铜罐驿镇", "铜罐驿", Now);
        var names = new Dictionary<Guid, string> { [SampleTown.UnitId("建设村")] = "建设村" };
        var members = roster.ActiveOn(meeting.Date).Select(t => t.PersonId).ToList();

        // The 站长 did not convene this one (his 副站长 did, delegated), the 组长 has no seat: only the convener signs.
        Assert.Contains("只有本次会议的召集人（涂安银）", MeetingDecisions.SignOff(meeting, null, names, town, Master, after, members, true).Refusal!.Message);
        Assert.Contains("只有本次会议的召集人", MeetingDecisions.SignOff(meeting, null, names, town, GroupLeader, after, members, true).Refusal!.Message);
        var signed = MeetingDecisions.SignOff(meeting, null, names, town, DeputyMaster, after, members, true);
        Assert.Null(signed.Refusal);
        Assert.Equal("铜罐驿未保站纪〔2026〕1号", signed.Of<MinutesSignedOff>().Single().Number);
        Assert.Equal(DocumentKind.StationMinutes, signed.Of<DocumentNumberAssigned>().Single().Kind);
        var issued = signed.Of<ResolutionIssued>().Single();
        Assert.Equal(BodyKind.WorkStation, issued.Body);
        var resolution = Resolution.Create(issued);
        Assert.True(MeetingRules.MayFollowUp(resolution, Station));
        Assert.True(MeetingRules.MayFollowUp(resolution, Clerk));
        meeting.Apply(signed.Of<MinutesSignedOff>().Single());
        var circular = MeetingDecisions.IssueCircular(meeting, [resolution], null, town, Station, after);
        Assert.StartsWith("铜罐驿未保站通〔2026〕", circular.Of<CircularIssued>().Single().Number);
    }

    [Fact]
    public void A_meeting_stored_before_bodies_reads_as_the_leading_group_s()
    {
        var old = """
            {"MeetingId":"0f8fad5b-d9cb-469f-a165-70867728950e","Title":"2024年第一次领导小组会议","Kind":0,"StartsAt":"2024-03-01T01:30:00+00:00",
             "Place":"会议室","ConvenerPersonId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","ConvenerName":"叶伟","Delegation":null,"ProposalCutoff":null,
             "By":{"UserId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","Name":"赵旦月","At":"2024-02-20T01:00:00+00:00"}}
            """;
        var convened = JsonSerializer.Deserialize<MeetingConvened>(old)!;
        Assert.Equal(BodyKind.LeadingGroup, convened.Body);
        Assert.Equal(BodyKind.LeadingGroup, Meeting.Create(convened).Body);
        Assert.Same(MeetingBody.LeadingGroup, MeetingBody.Of(Meeting.Create(convened).Body));
    }
}
