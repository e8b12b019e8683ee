namespace Secretariat.Web.Features.Notifications;

public sealed record NotificationLogPageModel(IReadOnlyList<Notification> Rows, IReadOnlyList<Notification> DeadLetters, string? Status, int Page,
    bool HasMore, bool AnyChannel, bool MayResend, string? Done = null, string? Error = null);

/// <summary>The 管理员 resends a dead letter (or one still retrying): the row is queued again and delivered once.</summary>
public sealed record ResendNotification(Guid NotificationId);

public static class ResendNotificationHandler
{
    public static async Task<(CommandResult, IEnumerable<DeliverNotification>)> Handle(ResendNotification command, IDocumentSession session, CancellationToken ct)
    {
        var row = await session.LoadAsync<Notification>(command.NotificationId, ct);
        if (row is null) return (CommandResult.Refused("找不到这条通知。"), []);
        if (row.Status is not (NotificationStatus.Dead or NotificationStatus.Retrying))
            return (CommandResult.Refused(row.Status == NotificationStatus.Delivered ? "这条通知已送达，不再重发。" : "这条通知无法重发（没有可用的收件地址）。"), []);
        row.Status = NotificationStatus.Queued;
        session.Store(row);
        return (CommandResult.Done, [new DeliverNotification(row.Id)]);
    }
}

/// <summary>What was sent, to whom, through which channel, delivered or not and why (管理员, 办公室); the dead letters first.</summary>
public static class NotificationLogEndpoints
{
    public const int PageSize = 100;

    public static void MapNotificationLog(this RouteGroupBuilder group)
    {
        group.MapGet("", async (string? status, int? page, string? done, HttpContext context, IQuerySession session, CancellationToken ct) =>
            PageResults.Page<NotificationLogPage, NotificationLogPageModel>(context, await ModelAsync(context, session, status, page ?? 1, done, null, ct)));

        group.MapPost("/{id:guid}/resend", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var result = await bus.InvokeAsync<CommandResult>(new ResendNotification(id), ct);
            if (result.Succeeded) return PageResults.SeeOther(context, "/notifications?done=resent");
            return PageResults.Page<NotificationLogPage, NotificationLogPageModel>(context, await ModelAsync(context, session, null, 1, null, result.Refusal, ct),
                StatusCodes.Status422UnprocessableEntity);
        }).RequireCapability(Capability.ConfigureNotifications);
    }

    private static async Task<NotificationLogPageModel> ModelAsync(HttpContext context, IQuerySession session, string? status, int page, string? done,
        string? error, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, 10_000);
        var filter = Enum.TryParse<NotificationStatus>(status, out var s) && Enum.IsDefined(s) ? s : (NotificationStatus?)null;
        var query = session.Query<Notification>().AsQueryable();
        if (filter is { } only) query = query.Where(n => n.Status == only);
        var rows = await query.OrderByDescending(n => n.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var dead = await session.Query<Notification>().Where(n => n.Status == NotificationStatus.Dead && n.Kind != NoticeKinds.Test)
            .OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(ct);
        var settings = await session.NotificationSettingsAsync(ct);
        return new NotificationLogPageModel(rows.Take(PageSize).ToList(), dead, filter?.ToString(), page, rows.Count > PageSize, settings is { AnyChannel: true },
            context.User.Can(Capability.ConfigureNotifications), done == "resent" ? "已重新发送：结果见下表。" : null, error);
    }
}
