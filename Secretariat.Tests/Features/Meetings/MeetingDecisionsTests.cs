using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.Meetings;

public class MeetingDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai
    private static readonly Actor Clerk = new(Guid.NewGuid(), "赵旦月", [Roles.Secretariat], null, null);
    private static readonly Actor Leader = new(Guid.NewGuid(), "叶伟", [Roles.Leader], null, SampleTown.PersonId("叶伟"));
    private static readonly Actor Deputy = new(Guid.NewGuid(), "胡鹏来", [Roles.DeputyLeader], null, SampleTown.PersonId("胡鹏来"));

    private static BodyRoster LeadingGroup()
    {
        var body = BodyRoster.Create(new BodyEstablished(RosterNames.BodyId(BodyKind.LeadingGroup), BodyKind.LeadingGroup, "领导小组", SampleTown.Basis,
            SampleTown.EstablishedOn));
        foreach (var seat in SampleTown.LeadingGroup)
            body.Apply(new MemberAppointed(Guid.NewGuid(), SampleTown.PersonId(seat.Name), seat.Name, seat.Role, null, seat.Unit, seat.Position,
                SampleTown.EstablishedOn, SampleTown.Basis));
        return body;
    }

    private static DateTimeOffset At(string local) => DateTimeOffset.Parse(local + " +08:00");

    private static MeetingPlan Plan(string convener, string when = "2026-06-20 09:30", DateOnly? delegatedOn = null) =>
        new("2026年第二次领导小组会议", MeetingKind.Regular, At(when), "镇政府三楼会议室", SampleTown.PersonId(convener), delegatedOn, null);

    private static Meeting Convened(string when = "2026-06-20 09:30")
    {
        var decided = MeetingDecisions.Convene(Guid.NewGuid(), Plan("叶伟", when), LeadingGroup(), Clerk, Now);
        return Meeting.Create(decided.Event!);
    }

    [Fact]
    public void The_leader_convenes_a_deputy_needs_a_delegation_and_nobody_else_may()
    {
        var byLeader = MeetingDecisions.Convene(Guid.NewGuid(), Plan("叶伟"), LeadingGroup(), Clerk, Now);
        Assert.Null(byLeader.Event!.Delegation);
        Assert.Contains("须经组长委托", MeetingDecisions.Convene(Guid.NewGuid(), Plan("胡鹏来"), LeadingGroup(), Clerk, Now).Refusal!.Message);
        var delegated = MeetingDecisions.Convene(Guid.NewGuid(), Plan("胡鹏来", delegatedOn: new DateOnly(2026, 5, 30)), LeadingGroup(), Clerk, Now).Event!;
        Assert.Equal("叶伟", delegated.Delegation!.LeaderName);
        Assert.Contains("不能召集会议", MeetingDecisions.Convene(Guid.NewGuid(), Plan("孔波"), LeadingGroup(), Clerk, Now).Refusal!.Message);
        Assert.Contains("不是领导小组成员", MeetingDecisions.Convene(Guid.NewGuid(), Plan("邹利"), LeadingGroup(), Clerk, Now).Refusal!.Message);
        Assert.Contains("早于领导小组成立日期", MeetingDecisions.Convene(Guid.NewGuid(), Plan("叶伟", "2021-12-01 09:00"), LeadingGroup(), Clerk, Now).Refusal!.Message);
        Assert.Contains("不能晚于今天", MeetingDecisions.Convene(Guid.NewGuid(), Plan("胡鹏来", delegatedOn: new DateOnly(2026, 6, 2)), LeadingGroup(), Clerk, Now).Refusal!.Message);
    }

    [Fact]
    public void Minutes_wait_for_the_meeting_and_are_immutable_once_issued()
    {
        var meeting = Convened();
        var units = new HashSet<Guid> { SampleTown.UnitId("建设村") };
        Assert.Equal("会议尚未召开，不能起草纪要。", MeetingDecisions.SaveDraft(meeting, meeting.Version, "x", [], [], units, Clerk, Now).Refusal!.Message);
        var after = At("2026-06-20 12:00");
        var saved = MeetingDecisions.SaveDraft(meeting, meeting.Version, "会议研究了三项工作。", [],
            [new ResolutionDraft(Guid.NewGuid(), "完善留守儿童台账", SampleTown.UnitId("建设村"), [], new DateOnly(2026, 9, 30), false)], units, Clerk, after);
        meeting.Apply(saved.Event!);
        meeting.Version = 2;
        Assert.Contains("已被他人修改", MeetingDecisions.SaveDraft(meeting, 1, "y", [], [], units, Clerk, after).Refusal!.Message);
        meeting.Apply(MeetingDecisions.Submit(meeting, Clerk, after).Event!);
        Assert.Contains("只有本次会议的召集人", MeetingDecisions.SignOff(meeting, null, new Dictionary<Guid, string>(), SampleTownAccounts.Profile, Deputy, after, [], false).Refusal!.Message);
        var decided = MeetingDecisions.SignOff(meeting, new DocumentRegister { Kind = DocumentKind.Minutes, Year = 2026, LastSequence = 1 },
            new Dictionary<Guid, string> { [SampleTown.UnitId("建设村")] = "建设村" }, SampleTownAccounts.Profile, Leader, after, [], false);
        Assert.Null(decided.Refusal);
        var signedOff = decided.Of<MinutesSignedOff>().Single();
        Assert.Equal("铜罐驿未保领纪〔2026〕2号", signedOff.Number);
        Assert.Equal(2, decided.Of<DocumentNumberAssigned>().Single().Sequence);
        Assert.Equal("建设村", Assert.Single(decided.Of<ResolutionIssued>()).LeadUnit.Name);
        meeting.Apply(signedOff);
        Assert.Contains("已签发", MeetingDecisions.SaveDraft(meeting, meeting.Version, "改", [], [], units, Clerk, after).Refusal!.Message);
        Assert.Equal(AddendumKind.Correction, MeetingDecisions.Addendum(meeting, AddendumKind.Correction, "第二段日期更正为6月20日", Clerk, after).Event!.Kind);
    }

    [Fact]
    public void A_resolution_row_id_already_used_in_the_town_or_twice_in_the_draft_is_issued_under_a_fresh_id()
    {
        var meeting = Convened();
        var after = At("2026-06-20 12:00");
        var lead = SampleTown.UnitId("建设村");
        var used = Guid.NewGuid();
        var twice = Guid.NewGuid();
        var fresh = Guid.NewGuid();
        meeting.Apply(MeetingDecisions.SaveDraft(meeting, meeting.Version, "会议研究了三项工作。", [],
            [
                new ResolutionDraft(used, "甲", lead, [], new DateOnly(2026, 9, 30), false),
                new ResolutionDraft(twice, "乙", lead, [], new DateOnly(2026, 9, 30), false),
                new ResolutionDraft(twice, "丙", lead, [], new DateOnly(2026, 9, 30), false),
                new ResolutionDraft(fresh, "丁", lead, [], new DateOnly(2026, 9, 30), false)
            ], new HashSet<Guid> { lead }, Clerk, after).Event!);
        meeting.Apply(MeetingDecisions.Submit(meeting, Clerk, after).Event!);
        var issued = MeetingDecisions.SignOff(meeting, null, new Dictionary<Guid, string> { [lead] = "建设村" }, SampleTownAccounts.Profile, Leader, after,
            [], false, new HashSet<Guid> { used }).Of<ResolutionIssued>().ToList();
        Assert.Equal(["甲", "乙", "丙", "丁"], issued.Select(r => r.Text));
        Assert.Equal(4, issued.Select(r => r.ResolutionId).Distinct().Count());
        Assert.DoesNotContain(used, issued.Select(r => r.ResolutionId));
        Assert.Equal(twice, issued[1].ResolutionId);
        Assert.Equal(fresh, issued[3].ResolutionId);
    }

    [Fact]
    public void A_liaison_proposes_for_their_unit_only_before_the_cutoff()
    {
        var plan = Plan("叶伟") with { ProposalCutoff = At("2026-06-10 18:00") };
        var meeting = Meeting.Create(MeetingDecisions.Convene(Guid.NewGuid(), plan, LeadingGroup(), Clerk, Now).Event!);
        var liaison = new Actor(Guid.NewGuid(), "建设村联络人", [Roles.UnitLiaison], SampleTown.UnitId("建设村"), null);
        var jianshe = new MemberUnit { Id = SampleTown.UnitId("建设村"), Name = "建设村", Kind = UnitKind.Village };
        var police = new MemberUnit { Id = SampleTown.UnitId("派出所"), Name = "派出所", Kind = UnitKind.TownBody };
        Assert.NotNull(MeetingDecisions.AddItem(meeting, Guid.NewGuid(), "留守儿童关爱", "刘建容", jianshe, liaison, Now).Event);
        Assert.Contains("本单位名义", MeetingDecisions.AddItem(meeting, Guid.NewGuid(), "治安", "涂安银", police, liaison, Now).Refusal!.Message);
        Assert.Contains("已于 2026-06-10 18:00 截止", MeetingDecisions.AddItem(meeting, Guid.NewGuid(), "迟到", "刘建容", jianshe, liaison,
            At("2026-06-11 09:00")).Refusal!.Message);
        Assert.Contains("会议已召开", MeetingDecisions.AddItem(meeting, Guid.NewGuid(), "会后", "赵旦月", null, Clerk, At("2026-06-21 09:00")).Refusal!.Message);
    }

    [Fact]
    public void Attendance_is_for_members_on_the_meeting_day_and_guests_with_reasons_where_needed()
    {
        var meeting = Convened("2026-05-20 09:30");
        var ye = SampleTown.PersonId("叶伟");
        var decided = MeetingDecisions.RecordAttendance(meeting, LeadingGroup(),
            [new(ye, AttendanceStatus.Present, null, null), new(SampleTown.PersonId("胡鹏来"), AttendanceStatus.Proxy, null, "王五")], Clerk, Now);
        Assert.Null(decided.Refusal);
        Assert.Equal(2, decided.Of<AttendanceRecorded>().Count);
        Assert.Contains("不是领导小组成员", MeetingDecisions.RecordAttendance(meeting, LeadingGroup(),
            [new(SampleTown.PersonId("邹利"), AttendanceStatus.Present, null, null)], Clerk, Now).Refusal!.Message);
        Assert.Contains("请填写请假原因", MeetingDecisions.RecordAttendance(meeting, LeadingGroup(),
            [new(ye, AttendanceStatus.Leave, " ", null)], Clerk, Now).Refusal!.Message);
        Assert.Contains("代为参会人员", MeetingDecisions.RecordAttendance(meeting, LeadingGroup(),
            [new(ye, AttendanceStatus.Proxy, null, null)], Clerk, Now).Refusal!.Message);
        Assert.Contains("尚未召开", MeetingDecisions.RecordAttendance(Convened("2026-06-20 09:30"), LeadingGroup(),
            [new(ye, AttendanceStatus.Present, null, null)], Clerk, Now).Refusal!.Message);
    }

    [Fact]
    public void A_resolution_is_not_started_in_progress_done_or_overdue_on_the_town_calendar()
    {
        var resolution = Resolution.Create(new ResolutionIssued(Guid.NewGuid(), Guid.NewGuid(), "会议", "铜罐驿未保领纪〔2026〕1号", new DateOnly(2026, 5, 1), 1,
            "建立台账", new UnitRef(SampleTown.UnitId("建设村"), "建设村"), [new UnitRef(SampleTown.UnitId("派出所"), "派出所")], new DateOnly(2026, 6, 30), false,
            new StepBy(Clerk.UserId, Clerk.Name, Now)));
        Assert.Equal(ResolutionStatus.NotStarted, resolution.StatusOn(new DateOnly(2026, 6, 30)));
        Assert.Equal(ResolutionStatus.Overdue, resolution.StatusOn(new DateOnly(2026, 7, 1)));
        var police = new Actor(Guid.NewGuid(), "派出所联络人", [Roles.UnitLiaison], SampleTown.UnitId("派出所"), null);
        var other = new Actor(Guid.NewGuid(), "财政办联络人", [Roles.UnitLiaison], SampleTown.UnitId("财政办"), null);
        Assert.Contains("只有牵头单位", ResolutionDecisions.PostProgress(resolution, "进展", other, Now).Refusal!.Message);
        resolution.Apply(ResolutionDecisions.PostProgress(resolution, "已排查 30 户", police, Now).Event!);
        Assert.Equal("派出所", resolution.Progress.Single().Unit.Name);
        Assert.Equal(ResolutionStatus.InProgress, resolution.StatusOn(new DateOnly(2026, 6, 1)));
        Assert.Contains("须晚于现期限", ResolutionDecisions.Extend(resolution, new DateOnly(2026, 6, 1), "x", Clerk, Now).Refusal!.Message);
        resolution.Apply(ResolutionDecisions.Extend(resolution, new DateOnly(2026, 8, 31), "汛期", Clerk, Now).Event!);
        Assert.Equal(ResolutionStatus.InProgress, resolution.StatusOn(new DateOnly(2026, 7, 15)));
        Assert.Contains("办结依据", ResolutionDecisions.Complete(resolution, "", Clerk, Now).Refusal!.Message);
        resolution.Apply(ResolutionDecisions.Complete(resolution, "台账已建立（见附件）", Clerk, Now).Event!);
        Assert.Equal(ResolutionStatus.Done, resolution.StatusOn(new DateOnly(2027, 1, 1)));
    }
}
