namespace Secretariat.Web.Features.Notifications;

/// <summary>
/// At start, a robot's credential that an earlier release stored in plain text in its webhook address (钉钉 <c>access_token</c>,
/// 企业微信 <c>key</c>) is encrypted like the other secrets, in every town. Idempotent: settings already encrypted are left alone.
/// </summary>
public sealed class WebhookTokensAtRest(IDocumentStore store, TownDirectory towns, NotificationChannels channels, ILogger<WebhookTokensAtRest> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        foreach (var town in await towns.AllAsync(ct))
        {
            await using var session = store.LightweightSession(town.Id);
            if (await session.NotificationSettingsAsync(ct) is not { } settings) continue;
            var dingTalk = Encrypted(settings.DingTalk);
            var weCom = Encrypted(settings.WeCom);
            if (ReferenceEquals(dingTalk, settings.DingTalk) && ReferenceEquals(weCom, settings.WeCom)) continue;
            settings.DingTalk = dingTalk;
            settings.WeCom = weCom;
            session.Store(settings);
            await session.SaveChangesAsync(ct);
            log.LogInformation("Encrypted the robots' webhook credentials of town {Town}", town.Id);
        }
    }

    private RobotSettings? Encrypted(RobotSettings? robot)
    {
        if (robot is null || !WebhookTokens.IsPlain(robot)) return robot;
        var (url, parameter, token) = WebhookTokens.Split(robot.WebhookUrl);
        return robot with { WebhookUrl = url, TokenParameter = parameter, ProtectedToken = channels.Protect(token!) };
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
