using JasperFx.Core;
using Marten;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Secretariat.Web.Features.Notifications;

/// <summary>
/// Notices that leave the app: e-mail (SMTP) and group robots (钉钉, 企业微信), per town. Events are forwarded to Wolverine
/// after commit (durable local queues), their handlers address the notices, and each notice is delivered by its own
/// outboxed message with retries and a dead letter at the end.
/// </summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = NotificationOptions.From(configuration);
        services.AddSingleton(options);
        services.ConfigureMarten(marten =>
        {
            marten.Schema.For<Notification>().Index(n => n.CreatedAt).Index(n => n.Status);
            marten.Schema.For<NotificationSettings>();
        });
        // Robots only to the allowed hosts, and no notice to the server's own network unless configured (OutboundHosts).
        var outbound = OutboundHosts.From(configuration);
        services.AddSingleton(outbound);
        services.AddHttpClient(NotificationChannels.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => outbound.Handler());
        services.AddHostedService<WebhookTokensAtRest>();
        services.AddSingleton<NotificationChannels>();
        // The notices every feature sends for its own events and reminders (the kernel's INotices): features do not name this one.
        services.AddSingleton<INotices, Notices>();
        services.AddDueReminders(configuration);
        services.ConfigureWolverine(wolverine =>
        {
            // Back-off between tries, then the dead-letter queue (the log lists the row as 死信 with a resend button).
            wolverine.Policies.OnException<NotificationNotDelivered>()
                .ScheduleRetry(options.RetryDelays.ToArray())
                .Then.MoveToErrorQueue();
            // Two hosts (or two runs of a job) addressing the same notice at once: one insert wins, the other's
            // transaction meets the primary key; run again, it finds the row stored and queues nothing.
            wolverine.Policies.OnException<JasperFx.DocumentAlreadyExistsException>()
                .RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds());
        });
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/notifications/channels").RequireCapability(Capability.ConfigureNotifications).MapChannelSettings();
        app.MapGroup("/notifications").RequireCapability(Capability.ReadNotificationLog).MapNotificationLog();
        return app;
    }
}
