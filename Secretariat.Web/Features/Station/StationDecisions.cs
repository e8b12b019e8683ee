using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Station;

/// <summary>
/// Pure decisions on the work station's own work (附件3 四、五(四); 正文 五(三); 3-2 八): the units' topics, the matters it prepares for the
/// leading group and the tasks handed to it. Its meetings are the meeting engine's (<see cref="MeetingDecisions"/> with the station as body).
/// </summary>
public static class StationDecisions
{
    /// <summary>A topic unanswered this many days is a reminder to the station (it must raise topics "in time" and answer them).</summary>
    public const int AnswerDays = 30;

    private static StepBy By(Actor actor, DateTimeOffset now) => new(actor.UserId, actor.Name, now);

    private static Refusal? Text(string? value, string what, int max, bool required = true) => MeetingDecisions.Text(value, what, max, required);

    private static string Shorten(string text, int length = 40) => text.Length <= length ? text : text[..length] + "…";

    /// <summary>A liaison raises a topic for their own unit; the office for any unit (附件3 四: units raise topics to the station).</summary>
    public static Decided RaiseTopic(Guid topicId, string? title, string? ask, MemberUnit? unit, StoredFile? attachment, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.ProposeAgenda)) return new Refusal("只有成员单位联络人（或办公室）可以向工作站提出议题。");
        if (unit is null) return new Refusal("请选择提出议题的单位。");
        if (!actor.CanFor(Capability.ProposeAgenda, unit.Id)) return new Refusal("联络人只能以本单位名义提出议题。");
        if (Text(title, "议题名称", 200) is { } t) return t;
        if (Text(ask, "提请研究的事项", 2000) is { } a) return a;
        return Decided.Start<Topic>(topicId, new TopicRaised(topicId, new UnitRef(unit.Id, unit.Name), title!.Trim(), ask!.Trim(), attachment?.Id,
            attachment?.FileName, attachment?.ContainsMinorsData ?? false, By(actor, now)));
    }

    private static Refusal? MayAnswer(Topic topic, Actor actor)
    {
        if (!actor.Can(Capability.RunStationMeetings)) return new Refusal("只有工作站可以答复议题。");
        if (topic.Status != TopicStatus.Open) return new Refusal($"该议题已答复（{topic.Answer}）。");
        return null;
    }

    /// <summary>The station puts the topic on one of its coming meetings: the topic names the meeting, the meeting's new item names the unit.</summary>
    public static Decided Schedule(Topic topic, Meeting meeting, Actor actor, DateTimeOffset now)
    {
        if (MayAnswer(topic, actor) is { } refusal) return refusal;
        if (meeting.Body != BodyKind.WorkStation) return new Refusal("议题只能列入工作站的会议。");
        var unit = new MemberUnit { Id = topic.Unit.Id, Name = topic.Unit.Name };
        var item = MeetingDecisions.AddItem(meeting, Guid.NewGuid(), topic.Title, topic.Unit.Name, unit, actor, now);
        if (item.Refusal is { } no) return no;
        return Decided.Append(topic.Id, new TopicScheduled(topic.Id, meeting.Id, meeting.Title, meeting.Date, By(actor, now))).AndAppend(meeting.Id, item.Event!);
    }

    /// <summary>The station convenes one of its meetings with the topic on its agenda (also a meeting recorded after it was held).</summary>
    public static Decided ConveneForTopic(Topic topic, Guid meetingId, MeetingPlan plan, BodyRoster? roster, Actor actor, DateTimeOffset now)
    {
        if (MayAnswer(topic, actor) is { } refusal) return refusal;
        if (plan.Body != BodyKind.WorkStation) return new Refusal("议题只能列入工作站的会议。");
        var unit = new MemberUnit { Id = topic.Unit.Id, Name = topic.Unit.Name };
        var convened = MeetingDecisions.ConveneWithAgenda(meetingId, plan, roster, [new(topic.Title, topic.Unit.Name, unit)], actor, now);
        if (convened.Refusal is { } no) return no;
        return convened.AndAppend(topic.Id, new TopicScheduled(topic.Id, meetingId, plan.Title!.Trim(), plan.StartsAt.ToTownDate(), By(actor, now)));
    }

    /// <summary>The station merges the topic into another one (raised by any unit) that it studies together.</summary>
    public static Decision<TopicMerged> Merge(Topic topic, Topic into, Actor actor, DateTimeOffset now)
    {
        if (MayAnswer(topic, actor) is { } refusal) return refusal;
        if (into.Id == topic.Id) return new Refusal("不能并入议题本身。");
        if (into.Status is TopicStatus.Merged or TopicStatus.Declined) return new Refusal($"议题“{into.Title}”{into.Status.Chinese()}，不能再并入其他议题。");
        return new TopicMerged(topic.Id, into.Id, into.Title, By(actor, now));
    }

    /// <summary>The station answers why not: the unit reads the reason on its topic.</summary>
    public static Decision<TopicDeclined> Decline(Topic topic, string? reason, Actor actor, DateTimeOffset now)
    {
        if (MayAnswer(topic, actor) is { } refusal) return refusal;
        if (Text(reason, "不上会的理由", 500) is { } r) return r;
        return new TopicDeclined(topic.Id, reason!.Trim(), By(actor, now));
    }

    /// <summary>Open topics raised <see cref="AnswerDays"/> days ago or more: the station is reminded of each once.</summary>
    public static bool IsWaiting(Topic topic, DateOnly today) => topic.Status == TopicStatus.Open && today.DayNumber - topic.RaisedOn.DayNumber >= AnswerDays;

    /// <summary>
    /// 正文 五(三): the station settles a matter for the leading group to decide, from one of its meetings (and a topic that meeting heard)
    /// or on its own, with its lead and responsible units and due date.
    /// </summary>
    public static Decided Prepare(Guid draftId, string? text, MemberUnit? lead, IReadOnlyList<MemberUnit> responsible, DateOnly? dueOn, Meeting? from,
        Topic? topic, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.RunStationMeetings)) return new Refusal("只有工作站可以拟定提请领导小组研究的事项。");
        if (Text(text, "拟议事项内容", 1000) is { } t) return t;
        if (lead is null) return new Refusal("请选择牵头单位。");
        if (dueOn is not { } due) return new Refusal("请按 年-月-日 填写办理期限。");
        var today = now.ToTownDate();
        if (UserDates.Problem(due, today, "办理期限") is { } outOfRange) return new Refusal(outOfRange);
        if (due < today) return new Refusal("办理期限不能早于今天。");
        if (from is not null && from.Body != BodyKind.WorkStation) return new Refusal("来源会议须为工作站的会议。");
        if (from is { Cancelled: true }) return new Refusal("来源会议已取消。");
        return Decided.Start<DraftResolution>(draftId, new DraftResolutionPrepared(draftId, text!.Trim(), new UnitRef(lead.Id, lead.Name),
            responsible.Where(u => u.Id != lead.Id).DistinctBy(u => u.Id).Select(u => new UnitRef(u.Id, u.Name)).ToList(), due, from?.Id, from?.Title,
            from?.MinutesNumber, topic?.Id, topic?.Title, By(actor, now)));
    }

    /// <summary>The office puts the draft on a coming leading-group meeting: the item carries it, and the minutes adopt it as a resolution.</summary>
    public static Decided Table(DraftResolution draft, Meeting meeting, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.RunMeetings)) return new Refusal("只有办公室可以把拟议事项列入领导小组会议议程。");
        if (meeting.Body != BodyKind.LeadingGroup) return new Refusal("拟议事项须列入领导小组会议。");
        if (meeting.Agenda.Any(i => i.Prepared?.OriginId == draft.Id)) return new Refusal($"该拟议事项已在《{meeting.Title}》的议程中。");
        var item = MeetingDecisions.AddItem(meeting, Guid.NewGuid(), $"拟议事项：{Shorten(draft.Text)}", "未成年人保护工作站", null, actor, now,
            prepared: draft.ToPrepared());
        if (item.Refusal is { } no) return no;
        return Decided.Append(draft.Id, new DraftResolutionTabled(draft.Id, meeting.Id, meeting.Title, meeting.Date, By(actor, now)))
            .AndAppend(meeting.Id, item.Event!);
    }

    /// <summary>The office convenes a leading-group meeting with the draft on its agenda (also one recorded after it was held).</summary>
    public static Decided ConveneForDraft(DraftResolution draft, Guid meetingId, MeetingPlan plan, BodyRoster? roster, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.RunMeetings)) return new Refusal("只有办公室可以把拟议事项列入领导小组会议议程。");
        if (plan.Body != BodyKind.LeadingGroup) return new Refusal("拟议事项须列入领导小组会议。");
        var convened = MeetingDecisions.ConveneWithAgenda(meetingId, plan, roster,
            [new($"拟议事项：{Shorten(draft.Text)}", "未成年人保护工作站", null, draft.ToPrepared())], actor, now);
        if (convened.Refusal is { } no) return no;
        return convened.AndAppend(draft.Id, new DraftResolutionTabled(draft.Id, meetingId, plan.Title!.Trim(), plan.StartsAt.ToTownDate(), By(actor, now)));
    }

    /// <summary>附件3-2 八: the station records a task handed to it by the 组长 or the district, with the day it was handed and its due date.</summary>
    public static Decided RecordTask(Guid taskId, AssignedTaskSource source, string? assignedBy, string? reference, string? text, DateOnly? assignedOn,
        DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.RunStationMeetings)) return new Refusal("只有工作站可以登记交办事项。");
        if (!Enum.IsDefined(source)) return new Refusal("请选择交办来源。");
        if (Text(assignedBy, "交办人（或批示机关）", 60) is { } b) return b;
        if (Text(reference, "批示或文件编号", 60, required: false) is { } r) return r;
        if (Text(text, "交办事项内容", 1000) is { } t) return t;
        if (assignedOn is not { } on) return new Refusal("请按 年-月-日 填写交办日期。");
        if (dueOn is not { } due) return new Refusal("请按 年-月-日 填写办理期限。");
        var today = now.ToTownDate();
        if (UserDates.Problem(on, today, "交办日期") is { } a) return new Refusal(a);
        if (on > today) return new Refusal("交办日期不能晚于今天。");
        if (UserDates.Problem(due, today, "办理期限") is { } d) return new Refusal(d);
        if (due < on) return new Refusal("办理期限不能早于交办日期。");
        return Decided.Start<AssignedTask>(taskId, new AssignedTaskRecorded(taskId, source, assignedBy!.Trim(),
            string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(), text!.Trim(), on, due, By(actor, now)));
    }

    public static Decision<AssignedTaskProgressed> ProgressTask(AssignedTask task, string? text, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.RunStationMeetings)) return new Refusal("只有工作站可以报送交办事项的进展。");
        if (task.IsDone) return new Refusal("该交办事项已办结。");
        if (Text(text, "进展情况", 2000) is { } t) return t;
        return new AssignedTaskProgressed(task.Id, Guid.NewGuid(), text!.Trim(), By(actor, now));
    }

    public static Decision<AssignedTaskCompleted> CompleteTask(AssignedTask task, string? evidence, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.RunStationMeetings)) return new Refusal("只有工作站可以确认交办事项办结。");
        if (task.IsDone) return new Refusal("该交办事项已办结。");
        if (Text(evidence, "办结依据", 1000) is { } e) return e;
        return new AssignedTaskCompleted(task.Id, evidence!.Trim(), By(actor, now));
    }
}
