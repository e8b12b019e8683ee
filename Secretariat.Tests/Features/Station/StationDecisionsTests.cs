using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Station;

namespace Secretariat.Tests.Features.Station;

public class StationDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai
    private static readonly Actor Station = new(Guid.NewGuid(), "赵旦月", [Roles.WorkStation], null, SampleTown.PersonId("赵旦月"));
    private static readonly Actor Clerk = new(Guid.NewGuid(), "办公室", [Roles.Secretariat], null, null);
    private static readonly MemberUnit Jianshe = new() { Id = SampleTown.UnitId("建设村"), Name = "建设村", Kind = UnitKind.Village };
    private static readonly MemberUnit Police = new() { Id = SampleTown.UnitId("派出所"), Name = "派出所", Kind = UnitKind.TownBody };
    private static readonly Actor Liaison = new(Guid.NewGuid(), "建设村联络人", [Roles.UnitLiaison], Jianshe.Id, null);

    private static Topic Raised(DateTimeOffset at) =>
        Topic.Create(StationDecisions.RaiseTopic(Guid.NewGuid(), "防溺水", "请研究。", Jianshe, null, Liaison, at).Of<TopicRaised>().Single());

    private static Meeting MeetingOf(BodyKind body) => Meeting.Create(new MeetingConvened(Guid.NewGuid(), "会议", body == BodyKind.WorkStation ? MeetingKind.Plenary
        : MeetingKind.Regular, new DateTimeOffset(2026, 6, 20, 1, 30, 0, TimeSpan.Zero), "会议室", SampleTown.PersonId("刘兵"), "刘兵", null, null,
        new StepBy(Clerk.UserId, "办公室", Now)) { Body = body });

    [Fact]
    public void A_liaison_raises_for_the_own_unit_and_an_open_topic_is_reminded_from_its_thirtieth_day()
    {
        Assert.Contains("本单位名义", StationDecisions.RaiseTopic(Guid.NewGuid(), "治安", "x", Police, null, Liaison, Now).Refusal!.Message);
        Assert.Contains("请填写提请研究的事项", StationDecisions.RaiseTopic(Guid.NewGuid(), "治安", " ", Jianshe, null, Liaison, Now).Refusal!.Message);
        Assert.Contains("只有成员单位联络人", StationDecisions.RaiseTopic(Guid.NewGuid(), "治安", "x", Jianshe, null, Station, Now).Refusal!.Message);
        var topic = Raised(Now);
        Assert.False(StationDecisions.IsWaiting(topic, new DateOnly(2026, 6, 30)));
        Assert.True(StationDecisions.IsWaiting(topic, new DateOnly(2026, 7, 1)));
        topic.Apply(StationDecisions.Decline(topic, "已纳入预算", Station, Now).Event!);
        Assert.False(StationDecisions.IsWaiting(topic, new DateOnly(2026, 8, 1)));
        Assert.Equal("暂不上会：已纳入预算", topic.Answer);
    }

    [Fact]
    public void Only_the_station_answers_once_and_puts_a_topic_on_its_own_meetings_only()
    {
        var topic = Raised(Now);
        Assert.Contains("只有工作站", StationDecisions.Decline(topic, "x", Clerk, Now).Refusal!.Message);
        Assert.Contains("工作站的会议", StationDecisions.Schedule(topic, MeetingOf(BodyKind.LeadingGroup), Station, Now).Refusal!.Message);
        var station = MeetingOf(BodyKind.WorkStation);
        var scheduled = StationDecisions.Schedule(topic, station, Station, Now);
        Assert.Equal(topic.Title, scheduled.Of<AgendaItemAdded>().Single().Title);
        Assert.Equal("建设村", scheduled.Of<AgendaItemAdded>().Single().ProposingUnitName);
        topic.Apply(scheduled.Of<TopicScheduled>().Single());
        Assert.Contains("该议题已答复", StationDecisions.Merge(topic, Raised(Now), Station, Now).Refusal!.Message);
        var other = Raised(Now);
        Assert.Contains("不能并入议题本身", StationDecisions.Merge(other, other, Station, Now).Refusal!.Message);
    }

    [Fact]
    public void A_draft_goes_on_a_leading_group_meeting_only_by_the_office_and_carries_its_matter()
    {
        var draft = DraftResolution.Create(StationDecisions.Prepare(Guid.NewGuid(), "纳入暑期安全工作", Police, [Jianshe, Police], new DateOnly(2026, 8, 31), null, null,
            Station, Now).Of<DraftResolutionPrepared>().Single());
        Assert.Single(draft.ResponsibleUnits);
        Assert.Contains("不能早于今天", StationDecisions.Prepare(Guid.NewGuid(), "x", Police, [], new DateOnly(2026, 5, 1), null, null, Station, Now).Refusal!.Message);
        Assert.Contains("来源会议须为工作站", StationDecisions.Prepare(Guid.NewGuid(), "x", Police, [], new DateOnly(2026, 8, 1), MeetingOf(BodyKind.LeadingGroup), null,
            Station, Now).Refusal!.Message);
        Assert.Contains("只有办公室", StationDecisions.Table(draft, MeetingOf(BodyKind.LeadingGroup), Station, Now).Refusal!.Message);
        Assert.Contains("须列入领导小组会议", StationDecisions.Table(draft, MeetingOf(BodyKind.WorkStation), Clerk, Now).Refusal!.Message);
        var meeting = MeetingOf(BodyKind.LeadingGroup);
        var tabled = StationDecisions.Table(draft, meeting, Clerk, Now);
        var item = tabled.Of<AgendaItemAdded>().Single();
        Assert.Equal(draft.Id, item.Prepared!.OriginId);
        meeting.Apply(item);
        Assert.Contains("已在", StationDecisions.Table(draft, meeting, Clerk, Now).Refusal!.Message);
        // The minutes keep a row's link back only to a matter prepared on the meeting's agenda.
        meeting.Apply(new MinutesDraftSaved(meeting.Id, "", [], [], new StepBy(Clerk.UserId, "办公室", Now)));
        var after = new DateTimeOffset(2026, 6, 21, 2, 0, 0, TimeSpan.Zero);
        var units = new HashSet<Guid> { Police.Id, Jianshe.Id };
        var saved = MeetingDecisions.SaveDraft(meeting, meeting.Version, "纪要", [], [
            new ResolutionDraft(Guid.NewGuid(), "a", Police.Id, [], new DateOnly(2026, 8, 31), false) { OriginId = draft.Id },
            new ResolutionDraft(Guid.NewGuid(), "b", Police.Id, [], new DateOnly(2026, 8, 31), false) { OriginId = Guid.NewGuid() }], units, Clerk, after).Event!;
        Assert.Equal(draft.Id, saved.Resolutions[0].OriginId);
        Assert.Null(saved.Resolutions[1].OriginId);
    }

    [Fact]
    public void A_task_handed_down_is_checked_and_followed_to_done()
    {
        Assert.Contains("请填写交办人", StationDecisions.RecordTask(Guid.NewGuid(), AssignedTaskSource.District, " ", null, "x", new DateOnly(2026, 5, 30),
            new DateOnly(2026, 6, 30), Station, Now).Refusal!.Message);
        Assert.Contains("交办日期不能晚于今天", StationDecisions.RecordTask(Guid.NewGuid(), AssignedTaskSource.Leader, "叶伟", null, "x", new DateOnly(2026, 6, 2),
            new DateOnly(2026, 6, 30), Station, Now).Refusal!.Message);
        Assert.Contains("只有工作站", StationDecisions.RecordTask(Guid.NewGuid(), AssignedTaskSource.Leader, "叶伟", null, "x", new DateOnly(2026, 5, 30),
            new DateOnly(2026, 6, 30), Clerk, Now).Refusal!.Message);
        var task = AssignedTask.Create(StationDecisions.RecordTask(Guid.NewGuid(), AssignedTaskSource.District, "区未保办", "批示〔2026〕3号", "专项检查",
            new DateOnly(2026, 5, 30), new DateOnly(2026, 6, 30), Station, Now).Of<AssignedTaskRecorded>().Single());
        Assert.Equal(ResolutionStatus.NotStarted, task.StatusOn(new DateOnly(2026, 6, 1)));
        task.Apply(StationDecisions.ProgressTask(task, "已检查 5 个村。", Station, Now).Event!);
        Assert.Equal(ResolutionStatus.InProgress, task.StatusOn(new DateOnly(2026, 6, 1)));
        Assert.Equal(ResolutionStatus.Overdue, task.StatusOn(new DateOnly(2026, 7, 1)));
        task.Apply(StationDecisions.CompleteTask(task, "检查报告", Station, Now).Event!);
        Assert.Equal(ResolutionStatus.Done, task.StatusOn(new DateOnly(2026, 7, 1)));
        Assert.Contains("已办结", StationDecisions.CompleteTask(task, "x", Station, Now).Refusal!.Message);
    }
}
