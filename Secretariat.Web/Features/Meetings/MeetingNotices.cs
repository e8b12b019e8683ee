using System.Text;
using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JasperFx.Events;

namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// A meeting convened, rescheduled or cancelled reaches the leading group's members as of its day and the guests with an
/// address: the notice's text with the invitation (.ics: one UID per meeting, SEQUENCE counting the changes, METHOD
/// REQUEST or CANCEL). A meeting entered after it took place (a record of the past) sends nothing.
/// </summary>
public static class MeetingNoticesHandler
{
    public static Task<OutgoingMessages> Handle(IEvent<MeetingConvened> e, IDocumentSession session, INotices notices, CancellationToken ct) =>
        NotifyAsync(session, e.Data.MeetingId, e.Id, "会议通知", "REQUEST", notices, ct);

    public static Task<OutgoingMessages> Handle(IEvent<MeetingRescheduled> e, IDocumentSession session, INotices notices, CancellationToken ct) =>
        NotifyAsync(session, e.Data.MeetingId, e.Id, "会议改期通知", "REQUEST", notices, ct, $"改期原因：{e.Data.Reason}");

    public static Task<OutgoingMessages> Handle(IEvent<MeetingCancelled> e, IDocumentSession session, INotices notices, CancellationToken ct) =>
        NotifyAsync(session, e.Data.MeetingId, e.Id, "会议取消通知", "CANCEL", notices, ct, $"取消原因：{e.Data.Reason}");

    private static async Task<OutgoingMessages> NotifyAsync(IDocumentSession session, Guid meetingId, Guid eventId, string heading, string method,
        INotices notices, CancellationToken ct, string? change = null)
    {
        if (await notices.OpenAsync(session, ct) is not { } town) return [];
        var meeting = await session.LoadAsync<Meeting>(meetingId, ct);
        if (meeting is null || meeting.StartsAt < town.Now) return [];

        var profile = await session.TownProfileAsync(ct);
        var group = await session.LoadAsync<BodyRoster>(MeetingBody.Of(meeting.Body).RosterId, ct);
        var members = group?.ActiveOn(meeting.Date).Select(t => (t.PersonId, t.PersonName)) ?? [];
        var recipients = (await town.RecipientsAsync(ct)).People(members, NoticeKinds.Meeting).ToList();
        recipients.AddRange(meeting.Guests.Where(g => !string.IsNullOrWhiteSpace(g.Email)).Select(g => new Recipient(null, $"{g.Unit}{g.Name}", g.Email, null)));

        var draft = new NoticeDraft(NoticeKinds.Meeting, $"meeting:{eventId}", $"{heading}：{meeting.Title}",
            Text(meeting, profile, heading, change, town.Link($"/meetings/{meeting.Id}")))
        {
            InvitationMethod = method,
            Invitation = recipient => Invitation(meeting, method, town.Sender, recipient)
        };
        return await town.QueueAsync(draft, recipients, ct);
    }

    public static string Text(Meeting meeting, TownProfile town, string heading, string? change, string? link)
    {
        var local = meeting.StartsAt.ToTownTime();
        var body = MeetingBody.Of(meeting.Body);
        var text = new StringBuilder($"{body.OfficeIssuer(town)}{heading}\n");
        if (meeting.Cancelled) text.Append($"原定于{local:yyyy年M月d日 HH:mm}在{meeting.Place}召开的{meeting.Title}取消。\n");
        else text.Append($"定于{local:yyyy年M月d日 HH:mm}在{meeting.Place}召开{meeting.Title}（{meeting.Kind.Chinese()}），召集人：{meeting.ConvenerName}。\n");
        if (change is not null) text.Append(change).Append('\n');
        if (!meeting.Cancelled)
        {
            if (meeting.Agenda.Count > 0)
                text.Append("会议议题：\n").AppendJoin("\n", meeting.Agenda.Select((a, i) => $"{i + 1}. {a.Title}（{a.Presenter} 汇报）")).Append('\n');
            else text.Append("会议议题：").Append(MeetingDocuments.NoAgendaYet).Append('\n');
            text.Append(body.Kind == BodyKind.WorkStation ? "请准时参会，因故不能参会的请提前向工作站请假。\n" : "请准时参会，因故不能参会的请提前向领导小组办公室请假。\n");
        }
        return text.AppendLink(link).ToString();
    }

    /// <summary>RFC 5546 iTIP: the organizer is the office's sender address, the recipient an attendee who is asked to reply.</summary>
    public static string Invitation(Meeting meeting, string method, NoticeSender? sender, Recipient recipient)
    {
        var calendar = new Calendar { Method = method };
        calendar.AddTimeZone(TownClock.Zone.Id);
        var invite = CalendarFeed.Event(meeting);
        if (sender is not null) invite.Organizer = new Organizer($"mailto:{sender.Address}") { CommonName = sender.Name };
        if (recipient.Email is { Length: > 0 } email)
            invite.Attendees.Add(new Attendee($"mailto:{email.Trim()}") { CommonName = recipient.Name, Rsvp = method == "REQUEST", Role = "REQ-PARTICIPANT" });
        calendar.Events.Add(invite);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}

/// <summary>Minutes issued (签发): each unit with resolutions hears its own, with their due dates.</summary>
public static class MinutesNoticesHandler
{
    public static async Task<OutgoingMessages> Handle(IEvent<MinutesSignedOff> e, IDocumentSession session, INotices notices, CancellationToken ct)
    {
        if (await notices.OpenAsync(session, ct) is not { } town) return [];
        var resolutions = await session.Query<Resolution>().Where(r => r.MeetingId == e.Data.MeetingId).OrderBy(r => r.Order).ToListAsync(ct);
        if (resolutions.Count == 0) return [];
        var recipients = await town.RecipientsAsync(ct);
        var units = resolutions.SelectMany(r => r.ResponsibleUnits.Prepend(r.LeadUnit)).DistinctBy(u => u.Id).ToList();
        var link = town.Link("/resolutions");
        var queued = new OutgoingMessages();
        foreach (var unit in units)
        {
            var own = resolutions.Where(r => r.LeadUnit.Id == unit.Id || r.ResponsibleUnits.Any(u => u.Id == unit.Id)).ToList();
            var text = new StringBuilder($"{e.Data.Number}（{resolutions[0].MeetingTitle}）已印发。{unit.Name}承办的议定事项：\n");
            foreach (var r in own)
                text.Append($"{r.Order}. {r.Text}（{(r.LeadUnit.Id == unit.Id ? "牵头" : "配合")}，{r.DueOn.ChineseDate()}前完成）\n");
            var draft = new NoticeDraft(NoticeKinds.Minutes, $"minutes:{e.Id}:{unit.Id}", $"纪要印发：{e.Data.Number}", text.AppendLink(link).ToString());
            queued.AddRange(await town.QueueAsync(draft, recipients.UnitLiaisons([(unit.Id, unit.Name)], NoticeKinds.Minutes), ct, toGroups: false));
        }
        // The work group hears it once: every resolution with its lead unit and due date, @-mentioning the liaisons.
        var group = new StringBuilder($"{e.Data.Number}（{resolutions[0].MeetingTitle}）已印发，议定事项：\n");
        foreach (var r in resolutions) group.Append($"{r.Order}. {r.Text}（牵头：{r.LeadUnit.Name}，{r.DueOn.ChineseDate()}前完成）\n");
        var all = recipients.LiaisonsOf(units.Select(u => u.Id).ToList(), NoticeKinds.Minutes);
        queued.AddRange(await town.QueueAsync(new NoticeDraft(NoticeKinds.Minutes, $"minutes:{e.Id}", $"纪要印发：{e.Data.Number}",
            group.AppendLink(link).ToString()), all, ct, byEmail: false));
        return queued;
    }
}

/// <summary>
/// An issued resolution, not done and not carried over to another meeting, while the engine has a finding for it: its units'
/// liaisons hear of it 7 days before its due date and once it is overdue (a new due date, after an extension, is reminded again).
/// </summary>
public sealed class ResolutionReminders : IDueReminders
{
    /// <summary>A resolution is reminded once this many days before its due date, and once when it is overdue.</summary>
    public const int DueDays = 7;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct)
    {
        var facts = new MeetingCadenceFacts(today, null, [], await MeetingCadence.ResolutionFactsAsync(session, cadence, today, ct));
        var open = facts.Resolutions
            .Where(r => MeetingCadence.ResolutionsDue(facts with { Resolutions = [r] }, cadence).Any())
            .Where(r => r.DueOn < today || r.DueOn.DayNumber - today.DayNumber <= DueDays)
            .ToList();
        if (open.Count == 0) return [];
        var documents = (await session.LoadManyAsync<Resolution>(ct, open.Select(r => r.Id).ToArray())).ToDictionary(r => r.Id);
        var recipients = await notices.RecipientsAsync(ct);
        var reminders = new List<DueReminder>();
        foreach (var fact in open)
        {
            if (!documents.TryGetValue(fact.Id, out var r) || r.IsDone || r.CarriedToMeetingId is not null) continue;
            var overdue = today > r.DueOn;
            var key = overdue ? $"resolution-overdue:{r.Id}:{r.DueOn:yyyy-MM-dd}" : $"resolution-due:{r.Id}:{r.DueOn:yyyy-MM-dd}";
            var subject = overdue ? $"议定事项已逾期：{Shorten(r.Text)}" : $"议定事项{DueDays}日内到期：{Shorten(r.Text)}";
            var text = new StringBuilder($"{r.MinutesNumber}（{r.MeetingTitle}）第{r.Order}项议定事项{(r.IsMajor ? "（重大事项）" : "")}：\n{r.Text}\n");
            text.Append($"牵头单位：{r.LeadUnit.Name}");
            if (r.ResponsibleUnits.Count > 0) text.Append($"；责任单位：{string.Join("、", r.ResponsibleUnits.Select(u => u.Name))}");
            text.Append('\n');
            var days = Math.Abs(r.DueOn.DayNumber - today.DayNumber);
            text.Append(overdue ? $"办结期限：{r.DueOn.ChineseDate()}，已逾期 {days} 天。请尽快办结，并在系统中填报落实情况；确需延期的请向领导小组办公室说明。\n"
                : $"办结期限：{r.DueOn.ChineseDate()}（还有 {days} 天）。请抓紧落实，并在系统中填报落实情况。\n");
            text.AppendLink(notices.Link($"/resolutions/{r.Id}"));
            reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.ResolutionDue, key, subject, text.ToString()),
                recipients.UnitLiaisons(r.ResponsibleUnits.Prepend(r.LeadUnit).Select(u => (u.Id, u.Name)), NoticeKinds.ResolutionDue)));
        }
        return reminders;
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
