namespace Secretariat.Web.Features.Notifications;

public sealed record ChannelSettingsPageModel(NotificationSettings? Settings, ChannelForm Form, string? Error = null, bool Saved = false,
    string? TestResult = null, bool TestFailed = false);

/// <summary>The town's channels (管理员): save them, and send a test through one of them straight away.</summary>
public static class ChannelSettingsEndpoints
{
    public static void MapChannelSettings(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var settings = await session.NotificationSettingsAsync(ct);
            return PageResults.Page<ChannelSettingsPage, ChannelSettingsPageModel>(context,
                new ChannelSettingsPageModel(settings, ChannelForm.Of(settings), Saved: context.Request.Query.ContainsKey("saved")));
        });

        group.MapPost("", async (HttpContext context, IFormCollection form, IDocumentSession session, NotificationChannels channels, OutboundHosts hosts,
            TimeProvider time, CancellationToken ct) =>
        {
            var current = await session.NotificationSettingsAsync(ct);
            var input = ChannelForm.From(form);
            var (settings, refusal) = ChannelSettingsRules.Apply(current, input, channels.Protect, StepBy.Of(context.User.Actor(), time.GetUtcNow()), hosts);
            if (refusal is not null)
                // What was typed comes back, but never a password, a secret or a robot's credential.
                return PageResults.Page<ChannelSettingsPage, ChannelSettingsPageModel>(context, new ChannelSettingsPageModel(current, input with
                    {
                        SmtpPassword = null, DingTalkSecret = null, DingTalkWebhook = ChannelForm.MaskedWebhook(input.DingTalkWebhook),
                        WeComWebhook = ChannelForm.MaskedWebhook(input.WeComWebhook)
                    }, refusal),
                    StatusCodes.Status422UnprocessableEntity);
            session.Store(settings!);
            await session.SaveChangesAsync(ct);
            return PageResults.SeeOther(context, "/notifications/channels?saved=1");
        });

        group.MapPost("/test", async (HttpContext context, IFormCollection form, IDocumentSession session, NotificationChannels channels, TimeProvider time,
            CancellationToken ct) =>
        {
            var settings = await session.NotificationSettingsAsync(ct);
            var (row, refusal) = TestNotice(settings, form["Channel"], form["To"], context.User.Actor(), context.RequiredTown(), time.GetUtcNow());
            if (refusal is not null)
                return Page(context, settings, refusal, failed: true);
            try
            {
                await channels.SendAsync(row!, settings, ct);
                row!.MarkDelivered(time.GetUtcNow());
            }
            catch (NotificationNotDelivered failure)
            {
                // A test is tried once and never retried or resent.
                row!.MarkFailed(time.GetUtcNow(), failure.Message, final: true);
            }
            session.Store(row);
            await session.SaveChangesAsync(ct);
            return row.Status == NotificationStatus.Delivered
                ? Page(context, settings, $"测试通知已通过{ChannelNames.Chinese(row.Channel)}发出（{row.Address}），请到对方邮箱或群里查看。", failed: false)
                : Page(context, settings, $"测试通知发送失败：{row.Reason}", failed: true);
        });
    }

    private static IResult Page(HttpContext context, NotificationSettings? settings, string result, bool failed) =>
        PageResults.Page<ChannelSettingsPage, ChannelSettingsPageModel>(context,
            new ChannelSettingsPageModel(settings, ChannelForm.Of(settings), TestResult: result, TestFailed: failed),
            failed ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);

    /// <summary>A test notice through one configured channel; an e-mail test needs an address.</summary>
    public static (Notification? Row, string? Refusal) TestNotice(NotificationSettings? settings, string? channel, string? to, Actor actor, TownProfile town,
        DateTimeOffset now)
    {
        if (!Enum.TryParse<ChannelKind>(channel, out var kind) || !Enum.IsDefined(kind)) return (null, "请选择要测试的渠道。");
        var configured = kind switch
        {
            ChannelKind.Email => settings?.Smtp is not null,
            ChannelKind.DingTalk => settings?.DingTalk is not null,
            _ => settings?.WeCom is not null
        };
        if (!configured) return (null, $"{ChannelNames.Chinese(kind)}尚未配置：请先填写并保存。");
        if (kind == ChannelKind.Email && !ContactFormats.IsEmail(to)) return (null, "请填写接收测试邮件的邮箱（例如 name@example.gov.cn）。");
        var row = new Notification
        {
            Id = Guid.NewGuid(), Kind = NoticeKinds.Test, EventKey = $"test:{Guid.NewGuid()}", Channel = kind, RecipientUserId = actor.UserId,
            RecipientName = kind == ChannelKind.Email ? actor.Name : ChannelNames.Chinese(kind), Address = kind == ChannelKind.Email ? to!.Trim() : ChannelNames.Chinese(kind),
            Subject = "测试通知", Body = $"这是{town.OfficeIssuer}的测试通知，由{actor.Name}于{now.ToTownTime():yyyy年M月d日 HH:mm}发出。收到即表示此渠道可用。",
            CreatedAt = now, Status = NotificationStatus.Queued
        };
        return (row, null);
    }
}
