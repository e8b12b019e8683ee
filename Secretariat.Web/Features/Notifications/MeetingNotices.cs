using System.Text;
using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using JasperFx.Events;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Notifications;

/// <summary>
/// A meeting convened, rescheduled or cancelled reaches the leading group's members as of its day and the guests with an
/// address: the notice's text with the invitation (.ics: one UID per meeting, SEQUENCE counting the changes, METHOD
/// REQUEST or CANCEL). A meeting entered after it took place (a record of the past) sends nothing.
/// </summary>
public static class MeetingNoticesHandler
{
    public static Task<IReadOnlyList<DeliverNotification>> Handle(IEvent<MeetingConvened> e, IDocumentSession session, NotificationOptions options,
        TimeProvider time, CancellationToken ct) =>
        NotifyAsync(session, e.Data.MeetingId, e.Id, "会议通知", "REQUEST", options, time, ct);

    public static Task<IReadOnlyList<DeliverNotification>> Handle(IEvent<MeetingRescheduled> e, IDocumentSession session, NotificationOptions options,
        TimeProvider time, CancellationToken ct) =>
        NotifyAsync(session, e.Data.MeetingId, e.Id, "会议改期通知", "REQUEST", options, time, ct, $"改期原因：{e.Data.Reason}");

    public static Task<IReadOnlyList<DeliverNotification>> Handle(IEvent<MeetingCancelled> e, IDocumentSession session, NotificationOptions options,
        TimeProvider time, CancellationToken ct) =>
        NotifyAsync(session, e.Data.MeetingId, e.Id, "会议取消通知", "CANCEL", options, time, ct, $"取消原因：{e.Data.Reason}");

    private static async Task<IReadOnlyList<DeliverNotification>> NotifyAsync(IDocumentSession session, Guid meetingId, Guid eventId, string heading,
        string method, NotificationOptions options, TimeProvider time, CancellationToken ct, string? change = null)
    {
        var now = time.GetUtcNow();
        var meeting = await session.LoadAsync<Meeting>(meetingId, ct);
        if (meeting is null || meeting.StartsAt < now) return [];
        var settings = await session.NotificationSettingsAsync(ct);
        if (settings is not { AnyChannel: true }) return [];

        var town = await session.TownProfileAsync(ct);
        var group = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup), ct);
        var members = group?.ActiveOn(meeting.Date).Select(t => (t.PersonId, t.PersonName)) ?? [];
        var accounts = await TownRecipients.AccountsAsync(session, ct);
        var recipients = accounts.People(members, NoticeKinds.Meeting).ToList();
        recipients.AddRange(meeting.Guests.Where(g => !string.IsNullOrWhiteSpace(g.Email)).Select(g => new Recipient(null, $"{g.Unit}{g.Name}", g.Email, null)));

        var draft = new NoticeDraft(NoticeKinds.Meeting, $"meeting:{eventId}", $"{heading}：{meeting.Title}",
            Text(meeting, town, heading, change, options.Link(session.TenantId, $"/meetings/{meeting.Id}")))
        {
            InvitationMethod = method,
            Invitation = recipient => Invitation(meeting, method, settings.Smtp, recipient)
        };
        return await NoticeQueue.QueueAsync(session, settings, draft, recipients, now, ct);
    }

    public static string Text(Meeting meeting, TownProfile town, string heading, string? change, string? link)
    {
        var local = meeting.StartsAt.ToTownTime();
        var text = new StringBuilder($"{town.OfficeIssuer}{heading}\n");
        if (meeting.Cancelled) text.Append($"原定于{local:yyyy年M月d日 HH:mm}在{meeting.Place}召开的{meeting.Title}取消。\n");
        else text.Append($"定于{local:yyyy年M月d日 HH:mm}在{meeting.Place}召开{meeting.Title}（{meeting.Kind.Chinese()}），召集人：{meeting.ConvenerName}。\n");
        if (change is not null) text.Append(change).Append('\n');
        if (!meeting.Cancelled)
        {
            if (meeting.Agenda.Count > 0)
                text.Append("会议议题：\n").AppendJoin("\n", meeting.Agenda.Select((a, i) => $"{i + 1}. {a.Title}（{a.Presenter} 汇报）")).Append('\n');
            text.Append("请准时参会，因故不能参会的请提前向领导小组办公室请假。\n");
        }
        if (link is not null) text.Append($"详情：{link}\n");
        return text.ToString();
    }

    /// <summary>RFC 5546 iTIP: the organizer is the office's sender address, the recipient an attendee who is asked to reply.</summary>
    public static string Invitation(Meeting meeting, string method, SmtpSettings? smtp, Recipient recipient)
    {
        var calendar = new Calendar { Method = method };
        calendar.AddTimeZone(TownClock.Zone.Id);
        var invite = CalendarFeed.Event(meeting);
        if (smtp is not null) invite.Organizer = new Organizer($"mailto:{smtp.SenderAddress}") { CommonName = smtp.SenderName };
        if (recipient.Email is { Length: > 0 } email)
            invite.Attendees.Add(new Attendee($"mailto:{email.Trim()}") { CommonName = recipient.Name, Rsvp = method == "REQUEST", Role = "REQ-PARTICIPANT" });
        calendar.Events.Add(invite);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}

/// <summary>Minutes issued (签发): each unit with resolutions hears its own, with their due dates.</summary>
public static class MinutesNoticesHandler
{
    public static async Task<IReadOnlyList<DeliverNotification>> Handle(IEvent<MinutesSignedOff> e, IDocumentSession session, NotificationOptions options,
        TimeProvider time, CancellationToken ct)
    {
        var settings = await session.NotificationSettingsAsync(ct);
        if (settings is not { AnyChannel: true }) return [];
        var resolutions = await session.Query<Resolution>().Where(r => r.MeetingId == e.Data.MeetingId).OrderBy(r => r.Order).ToListAsync(ct);
        if (resolutions.Count == 0) return [];
        var accounts = await TownRecipients.AccountsAsync(session, ct);
        var units = resolutions.SelectMany(r => r.ResponsibleUnits.Prepend(r.LeadUnit)).DistinctBy(u => u.Id).ToList();
        var now = time.GetUtcNow();
        var link = options.Link(session.TenantId, "/resolutions");
        var queued = new List<DeliverNotification>();
        foreach (var unit in units)
        {
            var own = resolutions.Where(r => r.LeadUnit.Id == unit.Id || r.ResponsibleUnits.Any(u => u.Id == unit.Id)).ToList();
            var text = new StringBuilder($"{e.Data.Number}（{resolutions[0].MeetingTitle}）已印发。{unit.Name}承办的议定事项：\n");
            foreach (var r in own)
                text.Append($"{r.Order}. {r.Text}（{(r.LeadUnit.Id == unit.Id ? "牵头" : "配合")}，{r.DueOn.ChineseDate()}前完成）\n");
            if (link is not null) text.Append($"详情：{link}\n");
            var draft = new NoticeDraft(NoticeKinds.Minutes, $"minutes:{e.Id}:{unit.Id}", $"纪要印发：{e.Data.Number}", text.ToString());
            queued.AddRange(await NoticeQueue.QueueAsync(session, settings, draft, accounts.UnitLiaisons([unit], NoticeKinds.Minutes), now, ct, toGroups: false));
        }
        // The work group hears it once: every resolution with its lead unit and due date, @-mentioning the liaisons.
        var group = new StringBuilder($"{e.Data.Number}（{resolutions[0].MeetingTitle}）已印发，议定事项：\n");
        foreach (var r in resolutions) group.Append($"{r.Order}. {r.Text}（牵头：{r.LeadUnit.Name}，{r.DueOn.ChineseDate()}前完成）\n");
        if (link is not null) group.Append($"详情：{link}\n");
        var all = accounts.LiaisonsOf(units.Select(u => u.Id).ToList(), NoticeKinds.Minutes);
        queued.AddRange(await NoticeQueue.QueueAsync(session, settings, new NoticeDraft(NoticeKinds.Minutes, $"minutes:{e.Id}", $"纪要印发：{e.Data.Number}", group.ToString()),
            all, now, ct, byEmail: false));
        return queued;
    }
}
