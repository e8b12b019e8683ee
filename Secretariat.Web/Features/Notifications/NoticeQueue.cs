namespace Secretariat.Web.Features.Notifications;

/// <summary>The message that delivers one stored notification: in Wolverine's durable outbox with the transaction that stored it.</summary>
public sealed record DeliverNotification(Guid NotificationId);

/// <summary>
/// Addresses a notice: one row per recipient by e-mail and one per group robot, each with an id derived from the event,
/// the channel and the recipient. A row that exists already is left alone, so a job that runs twice (or on two hosts)
/// sends nothing twice; two transactions racing on the same row meet the primary key, and the retry finds it stored.
/// Without a channel nothing is stored and nothing is sent.
/// </summary>
public static class NoticeQueue
{
    /// <param name="byEmail">Address the recipients by e-mail (when SMTP is configured).</param>
    /// <param name="toGroups">Post to the town's group robots (once per draft, mentioning the recipients' mobiles).</param>
    public static async Task<IReadOnlyList<DeliverNotification>> QueueAsync(IDocumentSession session, NotificationSettings settings, NoticeDraft draft,
        IReadOnlyList<Recipient> recipients, DateTimeOffset now, CancellationToken ct, bool byEmail = true, bool toGroups = true)
    {
        if (!settings.AnyChannel) return [];

        var rows = new List<Notification>();
        if (settings.Smtp is not null && byEmail)
        {
            foreach (var recipient in recipients.DistinctBy(r => r.Key))
            {
                var row = New(draft, ChannelKind.Email, recipient.Key, recipient.Name, recipient.Email?.Trim() ?? "", now);
                row.RecipientUserId = recipient.UserId;
                if (recipient.Muted) Skip(row, "本人已选择不接收此类通知");
                else if (string.IsNullOrWhiteSpace(recipient.Email))
                    Skip(row, recipient.Missing ?? (recipient.UserId is null ? "没有账号或未登记邮箱" : "账号未登记邮箱"));
                else if (draft.Invitation is { } invitation)
                {
                    row.Invitation = invitation(recipient);
                    row.InvitationMethod = draft.InvitationMethod;
                }
                rows.Add(row);
            }
        }
        foreach (var (kind, _) in toGroups ? settings.Robots() : [])
        {
            var row = New(draft, kind, "group", ChannelNames.Chinese(kind), ChannelNames.Chinese(kind), now);
            row.AtMobiles = recipients.Where(r => !r.Muted).Select(r => r.Mobile).OfType<string>().Where(m => m.Length > 0).Distinct().ToList();
            rows.Add(row);
        }
        if (rows.Count == 0) return [];

        var existing = (await session.LoadManyAsync<Notification>(ct, rows.Select(r => r.Id).ToArray())).Select(r => r.Id).ToHashSet();
        var fresh = rows.Where(r => !existing.Contains(r.Id)).ToList();
        foreach (var row in fresh) session.Insert(row);
        return fresh.Where(r => r.Status == NotificationStatus.Queued).Select(r => new DeliverNotification(r.Id)).ToList();
    }

    public static Guid IdOf(string eventKey, ChannelKind channel, string recipientKey) =>
        StableIds.From($"notice|{eventKey}|{channel}|{recipientKey}");

    private static Notification New(NoticeDraft draft, ChannelKind channel, string recipientKey, string name, string address, DateTimeOffset now) => new()
    {
        Id = IdOf(draft.EventKey, channel, recipientKey), Kind = draft.Kind, EventKey = draft.EventKey, Channel = channel, RecipientName = name,
        Address = address, Subject = draft.Subject, Body = draft.Body, CreatedAt = now, Status = NotificationStatus.Queued
    };

    private static void Skip(Notification row, string reason)
    {
        row.Status = NotificationStatus.Skipped;
        row.Reason = reason;
    }
}
