
namespace Secretariat.Web.Features.Meetings;

public sealed record MeetingPlan(string? Title, MeetingKind Kind, DateTimeOffset StartsAt, string? Place, Guid ConvenerPersonId,
    DateOnly? DelegatedOn, DateTimeOffset? ProposalCutoff, BodyKind Body = BodyKind.LeadingGroup);

public sealed record AttendanceEntry(Guid AttendeeId, AttendanceStatus Status, string? Reason, string? StandIn);

/// <summary>
/// Pure decisions on meetings and their minutes (R2, R3): state + command -> events, or a refusal in Chinese.
/// </summary>
public static class MeetingDecisions
{
    public const int MaxTitle = 100;
    public const int MaxText = 4000;

    private static StepBy By(Actor actor, DateTimeOffset now) => new(actor.UserId, actor.Name, now);

    /// <summary>A typed text's check: required (unless said otherwise) and at most <paramref name="max"/> characters, refused in Chinese.</summary>
    public static Refusal? Text(string? value, string what, int max, bool required = true)
    {
        var trimmed = value?.Trim() ?? "";
        if (required && trimmed.Length == 0) return new Refusal($"请填写{what}。");
        return trimmed.Length > max ? new Refusal($"{what}不能超过 {max} 个字。") : null;
    }

    /// <summary>
    /// R2: the 组长 convenes, or a 副组长 the 组长 delegated for this meeting; nobody else. The work station's meetings the same way with
    /// its 站长 and 副站长 (附件3 四); <paramref name="roster"/> is the roster of the plan's body, and the actor must run that body's meetings.
    /// </summary>
    public static Decision<MeetingConvened> Convene(Guid meetingId, MeetingPlan plan, BodyRoster? roster, Actor actor, DateTimeOffset now)
    {
        var body = MeetingBody.Of(plan.Body);
        if (!actor.Can(body.Runs)) return new Refusal($"你没有召集{body.MeetingsName}的权限。");
        if (!body.Kinds.Contains(plan.Kind)) return new Refusal($"请选择{body.MeetingsName}的类型（{string.Join("、", body.Kinds.Select(k => k.Chinese()))}）。");
        if (Text(plan.Title, "会议名称", MaxTitle) is { } t) return t;
        if (Text(plan.Place, "会议地点", 200) is { } p) return p;
        if (roster is null || roster.Kind != body.Kind) return new Refusal($"{body.Kind.Chinese()}尚未成立，不能召集会议。");
        var day = plan.StartsAt.ToTownDate();
        var today = now.ToTownDate();
        if (UserDates.Problem(day, today, "会议日期") is { } outOfRange) return new Refusal(outOfRange);
        if (UserDates.Problem(plan.DelegatedOn, today, "委托日期") is { } delegated) return new Refusal(delegated);
        if (UserDates.Problem(plan.ProposalCutoff?.ToTownDate(), today, "议题征集截止日期") is { } cutoffDay) return new Refusal(cutoffDay);
        if (day < roster.EstablishedOn) return new Refusal($"会议日期早于{body.Kind.Chinese()}成立日期（{roster.EstablishedOn:yyyy-MM-dd}）。");
        if (plan.ProposalCutoff is { } cutoff && cutoff >= plan.StartsAt) return new Refusal("议题征集截止时间须早于会议开始时间。");
        var (convener, delegation, refusal) = CheckConvener(body, plan.ConvenerPersonId, plan.DelegatedOn, roster, day, now);
        if (refusal is not null) return refusal;
        return new MeetingConvened(meetingId, plan.Title!.Trim(), plan.Kind, plan.StartsAt, plan.Place!.Trim(), convener!.PersonId,
            convener.PersonName, delegation, plan.ProposalCutoff, By(actor, now)) { Body = body.Kind };
    }

    /// <summary>An item on the agenda the meeting is convened with (its presenter, the unit it comes from, the matter it prepares).</summary>
    public sealed record PlannedItem(string Title, string Presenter, MemberUnit? Unit, PreparedMatter? Prepared = null);

    /// <summary>
    /// A meeting convened with its first agenda items, in one stream start: a station topic or a 拟议事项 put on the meeting convened for
    /// it (also a meeting recorded after it was held, which no later item may join). The convening rules are <see cref="Convene"/>'s.
    /// </summary>
    public static Decided ConveneWithAgenda(Guid meetingId, MeetingPlan plan, BodyRoster? roster, IReadOnlyList<PlannedItem> items, Actor actor,
        DateTimeOffset now)
    {
        var convened = Convene(meetingId, plan, roster, actor, now);
        if (convened.Refusal is { } refusal) return refusal;
        var events = new List<object> { convened.Event! };
        foreach (var item in items)
        {
            if (Text(item.Title, "议题", 200) is { } t) return t;
            if (Text(item.Presenter, "汇报人", 40) is { } p) return p;
            events.Add(new AgendaItemAdded(meetingId, Guid.NewGuid(), item.Title.Trim(), item.Presenter.Trim(), item.Unit?.Id, item.Unit?.Name, null, null, null,
                By(actor, now)) { Prepared = item.Prepared });
        }
        return Decided.Start<Meeting>(meetingId, events);
    }

    /// <summary>The body's chair (组长 / 站长) convenes; its deputy (副组长 / 副站长) only with the chair's delegation; no other seat.</summary>
    private static (Tenure? Convener, Delegation? Delegation, Refusal? Refusal) CheckConvener(MeetingBody body, Guid personId, DateOnly? delegatedOn,
        BodyRoster roster, DateOnly day, DateTimeOffset now)
    {
        var (chair, deputy, name) = (body.ChairName, body.DeputyName, body.Kind.Chinese());
        var seats = roster.ActiveOn(day).ToList();
        var seat = seats.FirstOrDefault(t => t.PersonId == personId);
        var leader = seats.FirstOrDefault(t => t.Role == body.Chair);
        if (seat is null) return (null, null, new Refusal($"所选召集人在 {day:yyyy-MM-dd} 不是{name}成员。召集人须为{chair}，或经{chair}委托的{deputy}。"));
        if (seat.Role == body.Chair) return (seat, null, null);
        if (seat.Role != body.DeputyChair)
            return (null, null, new Refusal($"{seat.PersonName}是{name}{seat.Role.Chinese()}，不能召集会议。召集人须为{chair}，或经{chair}委托的{deputy}。"));
        if (delegatedOn is null) return (null, null, new Refusal($"{seat.PersonName}是{deputy}，须经{chair}委托才能召集本次会议：请填写{chair}委托的日期。"));
        if (leader is null) return (null, null, new Refusal($"会议当日没有在任的{chair}，无法记录委托。"));
        if (delegatedOn > now.ToTownDate()) return (null, null, new Refusal("委托日期不能晚于今天。"));
        if (delegatedOn > day) return (null, null, new Refusal("委托日期不能晚于会议日期。"));
        return (seat, new Delegation(leader.PersonId, leader.PersonName, delegatedOn.Value), null);
    }

    private static Refusal? Open(Meeting meeting, DateTimeOffset now, string what)
    {
        if (meeting.Cancelled) return new Refusal($"会议已取消，不能{what}。");
        if (meeting.IsHeldBy(now)) return new Refusal($"会议已召开，不能{what}。");
        return null;
    }

    /// <summary>The office adds items until the meeting; a liaison proposes for their own unit until the cut-off.</summary>
    public static Decision<AgendaItemAdded> AddItem(Meeting meeting, Guid itemId, string? title, string? presenter, MemberUnit? unit, Actor actor,
        DateTimeOffset now, StoredFile? attachment = null, Guid? carriedResolution = null, PreparedMatter? prepared = null)
    {
        if (Open(meeting, now, "再增加议题") is { } closed) return closed;
        if (Text(title, "议题", 200) is { } t) return t;
        if (Text(presenter, "汇报人", 40) is { } p) return p;
        if (meeting.Agenda.Count >= 30) return new Refusal("议题已达 30 项。");
        if (!MeetingRules.MayRun(meeting, actor))
        {
            if (!actor.Can(Capability.ProposeAgenda) || actor.UnitId is null) return new Refusal("只有办公室和成员单位联络人可以提出议题。");
            if (!actor.CanFor(Capability.ProposeAgenda, unit?.Id)) return new Refusal("联络人只能以本单位名义提出议题。");
            if (meeting.ProposalCutoff is not { } cutoff) return new Refusal("办公室未开放本次会议的议题征集。");
            if (now > cutoff) return new Refusal($"议题征集已于 {cutoff.ToTownTime():yyyy-MM-dd HH:mm} 截止。");
        }
        if (meeting.Agenda.Any(i => i.Title == title!.Trim())) return new Refusal($"议题“{title!.Trim()}”已在议程中。");
        return new AgendaItemAdded(meeting.Id, itemId, title!.Trim(), presenter!.Trim(), unit?.Id, unit?.Name, attachment?.Id, attachment?.FileName,
            carriedResolution, By(actor, now)) { AttachmentContainsMinorsData = attachment?.ContainsMinorsData ?? false, Prepared = prepared };
    }

    public static Decision<AgendaItemRemoved> RemoveItem(Meeting meeting, Guid itemId, Actor actor, DateTimeOffset now)
    {
        if (Open(meeting, now, "调整议题") is { } closed) return closed;
        if (meeting.Agenda.All(i => i.Id != itemId)) return new Refusal("议程中没有这项议题。");
        return new AgendaItemRemoved(meeting.Id, itemId, By(actor, now));
    }

    public static Decision<GuestInvited> InviteGuest(Meeting meeting, string? name, string? unit, Actor actor, DateTimeOffset now, string? email = null)
    {
        if (Open(meeting, now, "再邀请列席人员") is { } closed) return closed;
        if (Text(name, "列席人员姓名", 40) is { } n) return n;
        if (Text(unit, "列席人员单位", 60) is { } u) return u;
        if (meeting.Guests.Any(g => g.Name == name!.Trim() && g.Unit == unit!.Trim())) return new Refusal($"{name!.Trim()}已在列席名单中。");
        if (!string.IsNullOrWhiteSpace(email) && !ContactFormats.IsEmail(email)) return new Refusal("列席人员邮箱格式不对（例如 name@example.gov.cn）。");
        return new GuestInvited(meeting.Id, Guid.NewGuid(), name!.Trim(), unit!.Trim(), By(actor, now))
        {
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim()
        };
    }

    public static Decision<MeetingRescheduled> Reschedule(Meeting meeting, DateTimeOffset startsAt, string? place, string? reason,
        BodyRoster roster, Actor actor, DateTimeOffset now)
    {
        if (Open(meeting, now, "改期") is { } closed) return closed;
        if (Text(reason, "改期原因", 200) is { } r) return r;
        if (Text(place, "会议地点", 200) is { } p) return p;
        if (startsAt <= now) return new Refusal("新的会议时间须晚于现在。");
        var day = startsAt.ToTownDate();
        if (UserDates.Problem(day, now.ToTownDate(), "新的会议时间") is { } outOfRange) return new Refusal(outOfRange);
        var body = MeetingBody.Of(meeting.Body);
        if (roster.ActiveOn(day).FirstOrDefault(t => t.PersonId == meeting.ConvenerPersonId) is not { } seat || (seat.Role != body.Chair && seat.Role != body.DeputyChair))
            return new Refusal($"{meeting.ConvenerName}在 {day:yyyy-MM-dd} 不是{body.ChairName}或{body.DeputyName}，不能在该日召集会议。");
        return new MeetingRescheduled(meeting.Id, startsAt, place!.Trim(), reason!.Trim(), By(actor, now));
    }

    public static Decision<MeetingCancelled> Cancel(Meeting meeting, string? reason, Actor actor, DateTimeOffset now)
    {
        if (Open(meeting, now, "取消") is { } closed) return closed;
        if (Text(reason, "取消原因", 200) is { } r) return r;
        return new MeetingCancelled(meeting.Id, reason!.Trim(), By(actor, now));
    }

    /// <summary>Attendance of the members as of the meeting day and of the invited guests, from the meeting day on.</summary>
    public static Decided RecordAttendance(Meeting meeting, BodyRoster roster, IReadOnlyList<AttendanceEntry> entries, Actor actor,
        DateTimeOffset now)
    {
        if (meeting.Cancelled) return new Refusal("会议已取消，不能登记出席情况。");
        if (now.ToTownDate() < meeting.Date) return new Refusal("会议尚未召开，不能登记出席情况。");
        if (meeting.MinutesStatus == MinutesStatus.Issued) return new Refusal("纪要已签发，出席情况不能再改。");
        // The members of the meeting's body as of the meeting day (one seat per person: a person in two seats is listed once).
        var members = roster.ActiveOn(meeting.Date).GroupBy(t => t.PersonId).ToDictionary(g => g.Key, g => g.First());
        var events = new List<object>();
        var seen = new HashSet<Guid>();
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.AttendeeId)) return new Refusal("同一人登记了两次。");
            string name;
            var isGuest = false;
            if (members.TryGetValue(entry.AttendeeId, out var seat)) name = seat.PersonName;
            else if (meeting.Guests.FirstOrDefault(g => g.Id == entry.AttendeeId) is { } guest)
            {
                name = guest.Name;
                isGuest = true;
                if (entry.Status is AttendanceStatus.Proxy) return new Refusal($"列席人员{guest.Name}不适用委托参会。");
            }
            else return new Refusal($"所登记的人员在 {meeting.Date:yyyy-MM-dd} 不是{MeetingBody.Of(meeting.Body).Kind.Chinese()}成员，也不在列席名单中。");
            if (entry.Status == AttendanceStatus.Leave && string.IsNullOrWhiteSpace(entry.Reason)) return new Refusal($"{name}请假，请填写请假原因。");
            if (entry.Status == AttendanceStatus.Proxy && string.IsNullOrWhiteSpace(entry.StandIn)) return new Refusal($"{name}委托参会，请填写代为参会人员姓名。");
            var reason = entry.Status == AttendanceStatus.Leave ? entry.Reason!.Trim() : null;
            var standIn = entry.Status == AttendanceStatus.Proxy ? entry.StandIn!.Trim() : null;
            if ((reason?.Length ?? 0) > 200 || (standIn?.Length ?? 0) > 40) return new Refusal($"{name}的请假原因或代参会人员过长。");
            var current = meeting.Attendance.FirstOrDefault(a => a.AttendeeId == entry.AttendeeId);
            if (current is not null && current.Status == entry.Status && current.Reason == reason && current.StandIn == standIn) continue;
            events.Add(new AttendanceRecorded(meeting.Id, entry.AttendeeId, name, isGuest, entry.Status, reason, standIn, By(actor, now)));
        }
        return Decided.Append(meeting.Id, events);
    }

    /// <summary>A save over a version the clerk did not see (the page shows their text again to copy).</summary>
    public const string StaleMinutes = "纪要已被他人修改，你的修改未保存。请重新载入最新内容后再修改。";

    /// <summary>The version the clerk saw is checked first: whatever else changed since, their save is refused as stale.</summary>
    public static Decision<MinutesDraftSaved> SaveDraft(Meeting meeting, int expectedVersion, string? summary, IReadOnlyList<ItemSummary> items,
        IReadOnlyList<ResolutionDraft> resolutions, IReadOnlySet<Guid> knownUnits, Actor actor, DateTimeOffset now)
    {
        if (expectedVersion != meeting.Version) return new Refusal(StaleMinutes);
        if (meeting.Cancelled) return new Refusal("会议已取消，没有纪要。");
        if (!meeting.IsHeldBy(now)) return new Refusal("会议尚未召开，不能起草纪要。");
        if (meeting.MinutesStatus == MinutesStatus.Issued) return new Refusal($"纪要已签发（{meeting.MinutesNumber}），不能修改；如需更正，请发布补充或更正说明。");
        if (meeting.MinutesStatus == MinutesStatus.Submitted) return new Refusal("纪要已报送召集人签发，不能修改；如需修改请召集人退回。");
        if (Text(summary, "会议纪要正文", MaxText, required: false) is { } s) return s;
        foreach (var item in items)
            if (item.Summary.Length > MaxText) return new Refusal("议题摘要过长。");
        for (var i = 0; i < resolutions.Count; i++)
        {
            var r = resolutions[i];
            if (string.IsNullOrWhiteSpace(r.Text)) return new Refusal($"第 {i + 1} 项议定事项请填写内容。");
            if (r.Text.Length > 1000) return new Refusal($"第 {i + 1} 项议定事项过长。");
            if (!knownUnits.Contains(r.LeadUnitId)) return new Refusal($"第 {i + 1} 项议定事项请选择牵头单位。");
            if (r.ResponsibleUnitIds.Any(u => !knownUnits.Contains(u))) return new Refusal($"第 {i + 1} 项议定事项的责任单位不正确。");
            if (r.DueOn < meeting.Date) return new Refusal($"第 {i + 1} 项议定事项的办理期限不能早于会议日期。");
            if (UserDates.Problem(r.DueOn, now.ToTownDate(), $"第 {i + 1} 项议定事项的办理期限") is { } late) return new Refusal(late);
        }
        return new MinutesDraftSaved(meeting.Id, summary?.Trim() ?? "", items.Where(i => meeting.Agenda.Any(a => a.Id == i.ItemId)).ToList(),
            // A row keeps its link back only to a matter prepared on this meeting's agenda (a crafted post names no other record).
            resolutions.Select(r => r.OriginId is { } origin && meeting.Agenda.All(a => a.Prepared?.OriginId != origin) ? r with { OriginId = null } : r).ToList(),
            By(actor, now));
    }

    public static Decision<MinutesSubmitted> Submit(Meeting meeting, Actor actor, DateTimeOffset now)
    {
        if (meeting.MinutesStatus is not (MinutesStatus.Draft or MinutesStatus.Returned))
            return new Refusal($"纪要当前状态为“{meeting.MinutesStatus.Chinese()}”，不能报送。");
        if (string.IsNullOrWhiteSpace(meeting.MinutesSummary)) return new Refusal("纪要正文为空，不能报送。");
        return new MinutesSubmitted(meeting.Id, By(actor, now));
    }

    private static Refusal? MaySign(Meeting meeting, Actor actor)
    {
        if (!MeetingRules.IsConvener(meeting, actor))
            return new Refusal($"只有本次会议的召集人（{meeting.ConvenerName}）可以签发或退回纪要。");
        if (meeting.MinutesStatus != MinutesStatus.Submitted) return new Refusal($"纪要当前状态为“{meeting.MinutesStatus.Chinese()}”，不在待签发状态。");
        return null;
    }

    public static Decision<MinutesReturned> Return(Meeting meeting, string? comment, Actor actor, DateTimeOffset now)
    {
        if (MaySign(meeting, actor) is { } refusal) return refusal;
        if (Text(comment, "退回意见", 500) is { } c) return c;
        return new MinutesReturned(meeting.Id, comment!.Trim(), By(actor, now));
    }

    /// <summary>The words of the confirmation the convener ticks to sign off minutes without everyone's attendance (未登记出席).</summary>
    public const string ConfirmUnrecorded = "确认按“未登记出席”签发";

    /// <summary>
    /// Sign-off: the minutes take the next number of the year's register (<paramref name="register"/>, null before the year's first) and
    /// the resolutions are issued to their units, each starting its own stream. The attendance of every member as of the meeting day
    /// is recorded first (the issued minutes print it and it can no longer change); where it is not, the convener signs off only by
    /// confirming <see cref="ConfirmUnrecorded"/>, and the minutes then say how many were not recorded instead of counting them absent.
    /// </summary>
    public static Decided SignOff(Meeting meeting, DocumentRegister? register, IReadOnlyDictionary<Guid, string> unitNames, TownProfile town,
        Actor actor, DateTimeOffset now, IReadOnlyCollection<Guid> members, bool confirmUnrecorded, IReadOnlySet<Guid>? streamsInUse = null)
    {
        if (MaySign(meeting, actor) is { } refusal) return refusal;
        var unrecorded = meeting.UnrecordedAmong(members);
        if (unrecorded > 0 && !confirmUnrecorded)
            return new Refusal(unrecorded == members.Distinct().Count()
                ? $"本次会议尚未登记出席情况（应出席{unrecorded}人）：纪要签发后出席情况不能再改。请办公室先在“出席”页登记；确无法登记的，请勾选“{ConfirmUnrecorded}”后签发。"
                : $"还有{unrecorded}名成员未登记出席情况：纪要签发后出席情况不能再改。请办公室先在“出席”页登记；确无法登记的，请勾选“{ConfirmUnrecorded}”后签发。");
        var body = MeetingBody.Of(meeting.Body);
        var taken = DocumentRegister.Next(register, body.MinutesKind, now.ToTownDate().Year, meeting.Id);
        var number = town.Number(taken.ToNumber());
        var by = By(actor, now);
        var decided = Decided.Append(meeting.Id, new MinutesSignedOff(meeting.Id, number, taken.Year, taken.Sequence, by) { UnrecordedAttendance = unrecorded })
            .AndNumber(taken);
        // A draft row's id comes from the form: one already used in the town (a copied form, a crafted post) or twice in the
        // draft gets a fresh id here, so the sign-off never meets an existing stream.
        var issuedIds = new HashSet<Guid>();
        foreach (var (r, i) in meeting.ResolutionDrafts.Select((r, i) => (r, i)))
        {
            var id = streamsInUse?.Contains(r.ResolutionId) != true && issuedIds.Add(r.ResolutionId) ? r.ResolutionId : Guid.NewGuid();
            issuedIds.Add(id);
            decided = decided.AndStart<Resolution>(id, new ResolutionIssued(id, meeting.Id, meeting.Title, number,
                meeting.Date, i + 1, r.Text.Trim(), new UnitRef(r.LeadUnitId, unitNames.GetValueOrDefault(r.LeadUnitId, "")),
                r.ResponsibleUnitIds.Where(u => u != r.LeadUnitId).Distinct().Select(u => new UnitRef(u, unitNames.GetValueOrDefault(u, ""))).ToList(),
                r.DueOn, r.IsMajor, by) { Body = body.Kind, OriginId = r.OriginId });
        }
        return decided;
    }

    /// <summary>A numbered circular of the meeting's resolutions as they stand today (五、(三)), with the year's next number.</summary>
    public static Decided IssueCircular(Meeting meeting, IReadOnlyList<Resolution> resolutions, DocumentRegister? register, TownProfile town,
        Actor actor, DateTimeOffset now)
    {
        if (meeting.MinutesNumber is null) return new Refusal("纪要签发后才有议定事项可以通报。");
        if (resolutions.Count == 0) return new Refusal("本次会议没有议定事项。");
        var today = now.ToTownDate();
        var taken = DocumentRegister.Next(register, MeetingBody.Of(meeting.Body).CircularKind, today.Year, meeting.Id);
        var lines = resolutions.OrderBy(r => r.Order).Select(r => new CircularLine(r.Order, r.Text, r.LeadUnit.Name, r.DueOn, r.StatusOn(today),
            r.Progress.LastOrDefault() is { } p ? $"{p.By.At.ToTownDate():yyyy-MM-dd} {p.Unit.Name}：{p.Text}" : r.IsDone ? r.Evidence ?? "" : "")).ToList();
        return Decided.Append(meeting.Id, new CircularIssued(meeting.Id, Guid.NewGuid(), town.Number(taken.ToNumber()), today, lines, By(actor, now)))
            .AndNumber(taken);
    }

    public static Decision<MinutesAddendumIssued> Addendum(Meeting meeting, AddendumKind kind, string? text, Actor actor, DateTimeOffset now)
    {
        if (meeting.MinutesStatus != MinutesStatus.Issued) return new Refusal("纪要尚未签发；签发前请直接修改草稿。");
        if (Text(text, $"{kind.Chinese()}内容", MaxText) is { } t) return t;
        return new MinutesAddendumIssued(meeting.Id, Guid.NewGuid(), kind, text!.Trim(), By(actor, now));
    }
}

public static class ResolutionDecisions
{
    private static StepBy By(Actor actor, DateTimeOffset now) => new(actor.UserId, actor.Name, now);

    /// <summary>A liaison posts for their unit when it leads or shares the matter; the office may post for the lead unit.</summary>
    public static Decision<ResolutionProgressPosted> PostProgress(Resolution resolution, string? text, Actor actor, DateTimeOffset now)
    {
        if (resolution.IsDone) return new Refusal("该事项已办结，不再报送进展。");
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return new Refusal("请填写进展情况。");
        if (trimmed.Length > 2000) return new Refusal("进展情况不能超过 2000 字。");
        UnitRef unit;
        if (actor.UnitId is { } own && resolution.Concerns(own))
            unit = resolution.LeadUnit.Id == own ? resolution.LeadUnit : resolution.ResponsibleUnits.First(u => u.Id == own);
        else if (actor.CanForAll(Capability.ReportProgress)) unit = resolution.LeadUnit;
        else return new Refusal("只有牵头单位、责任单位的联络人（或办公室）可以报送进展。");
        return new ResolutionProgressPosted(resolution.Id, Guid.NewGuid(), unit, trimmed, By(actor, now));
    }

    public static Decision<ResolutionCompleted> Complete(Resolution resolution, string? evidence, Actor actor, DateTimeOffset now)
    {
        if (!MeetingRules.MayFollowUp(resolution, actor)) return new Refusal("只有办公室（工作站的议定事项：工作站）可以确认办结。");
        if (resolution.IsDone) return new Refusal("该事项已办结。");
        if (string.IsNullOrWhiteSpace(evidence)) return new Refusal("请填写办结依据（如文件、照片、台账名称）。");
        if (evidence.Length > 1000) return new Refusal("办结依据不能超过 1000 字。");
        return new ResolutionCompleted(resolution.Id, evidence.Trim(), By(actor, now));
    }

    /// <summary>
    /// The office extends the due day to a later one. A due day out of the range of dates (9999-12-31, stored before dates were checked)
    /// is corrected instead, to any day in range: no later day is possible, and the matter must not stay unreachable.
    /// </summary>
    public static Decision<ResolutionDueExtended> Extend(Resolution resolution, DateOnly dueOn, string? reason, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.FollowUpResolutions)) return new Refusal("只有办公室可以延长办理期限。");
        if (resolution.IsDone) return new Refusal("该事项已办结，不能延期。");
        var today = now.ToTownDate();
        if (UserDates.Problem(dueOn, today, "新的办理期限") is { } outOfRange) return new Refusal(outOfRange);
        if (!NeedsCorrection(resolution, today) && dueOn <= resolution.DueOn) return new Refusal($"新的期限须晚于现期限 {resolution.DueOn:yyyy-MM-dd}。");
        if (string.IsNullOrWhiteSpace(reason)) return new Refusal("请填写延期原因。");
        return new ResolutionDueExtended(resolution.Id, dueOn, reason.Trim(), By(actor, now));
    }

    /// <summary>Its due day is out of the range of dates (entered before the range was checked): the office corrects it.</summary>
    public static bool NeedsCorrection(Resolution resolution, DateOnly today) => !resolution.IsDone && !UserDates.InRange(resolution.DueOn, today);

    /// <summary>An open matter goes on a coming meeting's agenda: the matter names the meeting, the meeting's new item names the matter.</summary>
    public static Decided CarryOver(Resolution resolution, Meeting next, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.FollowUpResolutions)) return new Refusal("只有办公室可以把事项列入会议议题。");
        if (resolution.IsDone) return new Refusal("该事项已办结，无需列入议题。");
        if (next.Id == resolution.MeetingId) return new Refusal("不能列入作出该决定的同一次会议。");
        if (next.Agenda.Any(i => i.CarriedResolutionId == resolution.Id)) return new Refusal($"该事项已在《{next.Title}》的议程中。");
        var item = MeetingDecisions.AddItem(next, Guid.NewGuid(), $"审议未办结事项：{Shorten(resolution.Text)}（{resolution.MinutesNumber}）",
            resolution.LeadUnit.Name, null, actor, now, carriedResolution: resolution.Id);
        if (item.Refusal is { } refusal) return refusal;
        return Decided.Append(resolution.Id, new ResolutionCarriedOver(resolution.Id, next.Id, next.Title, By(actor, now))).AndAppend(next.Id, item.Event!);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
