using Wolverine;

namespace Secretariat.Web.Features.Notifications;

/// <summary>A try failed (the server refused, nobody answered): Wolverine retries after the back-off, then dead-letters it.</summary>
public class NotificationNotDelivered(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Sends one stored notification. Delivered or skipped rows are never sent again (a resend, a replayed dead letter or a
/// second host's copy of the message finds them done). A failed try is written down in its own session, because the
/// handler's transaction rolls back when the exception goes back to Wolverine's retry policy.
/// </summary>
public static class DeliverNotificationHandler
{
    public static async Task Handle(DeliverNotification message, Envelope envelope, IDocumentSession session, IDocumentStore store,
        NotificationChannels channels, NotificationOptions options, TimeProvider time, CancellationToken ct)
    {
        var row = await session.LoadAsync<Notification>(message.NotificationId, ct);
        if (row is null || row.Status is NotificationStatus.Delivered or NotificationStatus.Skipped) return;
        var settings = await session.NotificationSettingsAsync(ct);
        try
        {
            await channels.SendAsync(row, settings, ct);
        }
        catch (NotificationNotDelivered failure)
        {
            await using var log = store.LightweightSession(session.TenantId);
            row.MarkFailed(time.GetUtcNow(), failure.Message, final: envelope.Attempts > options.RetryDelays.Count);
            log.Store(row);
            await log.SaveChangesAsync(ct);
            throw;
        }
        row.MarkDelivered(time.GetUtcNow());
        session.Store(row);
    }
}
