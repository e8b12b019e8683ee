using Hangfire;
using JasperFx.Core;
using Secretariat.Web.Infrastructure.Jobs;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Secretariat.Web.Features.Notifications;

/// <summary>The day's reminders of one town (what the daily job sends for each town), as of <paramref name="Today"/> on the town's calendar.</summary>
public sealed record SendDueReminders(DateOnly Today);

/// <summary>The daily run: every town of the registry, each for itself.</summary>
public sealed record SendDueRemindersInEveryTown;

/// <summary>
/// The daily reminders: every source the features registered (<see cref="IDueReminders"/>: resolutions due or overdue, adjustments
/// waiting for approval, training deadlines, half-year reports), in the order they were registered. Each reminder's event key names
/// its subject, its due date and its window, so it goes once however often (or on how many hosts) the job runs, and a new due date
/// (an extension) is reminded again.
/// </summary>
public sealed class DueReminderSources(IEnumerable<IDueReminders> sources)
{
    public IReadOnlyList<IDueReminders> All { get; } = sources.ToList();
}

public static class DueReminders
{
    public const string CronKey = "Notifications:RemindersCron";

    /// <summary>07:30 on the Asia/Shanghai clock: after the compliance run of 07:00, before the working day.</summary>
    public const string DefaultCron = "30 7 * * *";

    public static IServiceCollection AddDueReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DueReminderSources>();
        services.AddSingleton(new DueReminderSchedule.Options(configuration[CronKey] is { Length: > 0 } cron ? cron : DefaultCron));
        services.AddHostedService<DueReminderSchedule>();
        return services;
    }
}

/// <summary>
/// One town's reminders: addressed in the handler's transaction, delivered by the outbox after it commits. Two hosts
/// (or a retried job) racing on the same rows meet the notification's primary key; the retry then finds them stored.
/// </summary>
public static class SendDueRemindersHandler
{
    public static void Configure(HandlerChain chain) =>
        chain.OnException<JasperFx.DocumentAlreadyExistsException>()
            .RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds(), 500.Milliseconds(), 1.Seconds());

    public static async Task<OutgoingMessages> Handle(SendDueReminders command, IDocumentSession session, INotices notices, DueReminderSources sources,
        CadenceOptions cadence, CancellationToken ct)
    {
        if (!TownCodes.IsValid(session.TenantId)) throw new InvalidOperationException("SendDueReminders runs for a town (InvokeForTenantAsync).");
        if (await notices.OpenAsync(session, ct) is not { } town) return [];
        var forTown = await cadence.ForTownAsync(session, ct);
        var queued = new OutgoingMessages();
        foreach (var source in sources.All)
            foreach (var reminder in await source.DueAsync(session, town, forTown, command.Today, ct))
                queued.AddRange(await town.QueueAsync(reminder.Draft, reminder.Recipients, ct));
        return queued;
    }
}

/// <summary>Like the compliance run: one recurring job fans out to every town of the registry (<see cref="EveryTown"/>).</summary>
public static class SendDueRemindersInEveryTownHandler
{
    public static async Task Handle(SendDueRemindersInEveryTown command, TownDirectory towns, IServiceScopeFactory scopes, TimeProvider time,
        ILogger<SendDueRemindersInEveryTown> logger, CancellationToken ct)
    {
        var today = time.Today();
        await EveryTown.RunAsync(towns, scopes, logger, "Due reminders", async (bus, town, token) =>
        {
            await bus.InvokeForTenantAsync(town, new SendDueReminders(today), token);
            return true;
        }, ct);
    }
}

/// <summary>The Hangfire job: thin, it only sends the command; Hangfire retries it, the command is idempotent.</summary>
public sealed class DueRemindersJob(IMessageBus bus)
{
    public const string RecurringJobId = "notifications-reminders-daily";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken ct) => bus.InvokeAsync(new SendDueRemindersInEveryTown(), ct);
}

/// <summary>Registers the daily reminders (<see cref="DueReminders.CronKey"/>, Asia/Shanghai) when the app starts.</summary>
public sealed class DueReminderSchedule(IRecurringJobManager jobs, DueReminderSchedule.Options options) : IHostedService
{
    public sealed record Options(string Cron);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<DueRemindersJob>(DueRemindersJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Cron,
            new RecurringJobOptions { TimeZone = TownClock.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
