using Hangfire;
using Npgsql;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Jobs;

namespace Secretariat.Web.Features.Compliance;

/// <summary>Evaluate a town's rules as of today and bring its alerts in line: what the daily job sends for each town and the "检查" button for its own.</summary>
public sealed record RaiseAlerts;

/// <summary>
/// The daily run: every town of the district, each evaluated for itself. With a <paramref name="Shared"/> name, the runs of
/// that name on every Hangfire worker and app process split the towns, each town evaluated once.
/// </summary>
public sealed record RaiseAlertsInEveryTown(string? Shared = null)
{
    /// <summary>The shared name of a day's scheduled run.</summary>
    public static string Daily(DateOnly day) => "compliance-daily:" + day.IsoDate();
}

// Explicit handler: it holds an advisory lock and starts or appends to many alert streams with computed ids in one save.
public static class RaiseAlertsHandler
{
    /// <summary>
    /// One evaluation of a town at a time across every app instance (the second then finds the alerts already
    /// raised); towns do not wait for one another. The lock is (this class, the town's hash).
    /// </summary>
    private const int LockClass = 0x5EC0_0006;

    public static async Task<AlertChanges> Handle(RaiseAlerts command, IMessageContext message, Wolverine.Marten.Publishing.OutboxedSessionFactory sessions,
        DatabaseConnectionSource connections, ComplianceEngine engine, IEnumerable<ITownEvaluated> evaluated, TimeProvider time, CancellationToken ct)
    {
        var town = message.TenantId is { } tenant && TownCodes.IsValid(tenant)
            ? tenant
            : throw new InvalidOperationException("RaiseAlerts runs for a town (InvokeForTenantAsync).");
        await using var connection = await connections.DataSource.OpenConnectionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand("set lock_timeout = '2min'; select pg_advisory_lock(@class, hashtext(@town))", connection))
        {
            lockCommand.Parameters.AddWithValue("class", LockClass);
            lockCommand.Parameters.AddWithValue("town", town);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        try
        {
            // Today is read after the lock: an evaluation that waited behind another one still uses its own day.
            var now = time.GetUtcNow();
            var today = now.ToTownDate();
            // Enrolled in Wolverine's outbox: the alert events are forwarded (notices) with this transaction.
            await using var session = sessions.OpenSession(message);
            if (session.TenantId != town) throw new InvalidOperationException($"RaiseAlerts opened a session of {session.TenantId}, not of {town}.");
            var report = await engine.EvaluateAsync(session, today, ct);
            var keys = report.Findings.Select(f => f.Key).ToArray();
            var known = await session.Query<ComplianceAlert>().Where(a => a.IsOpen || a.Key.IsOneOf(keys)).ToListAsync(ct);
            var changes = AlertDecisions.Reconcile(known, report.Findings, today, now);
            foreach (var change in changes)
            {
                if (change.StartsStream) session.Events.StartStream<ComplianceAlert>(change.AlertId, change.Event);
                else session.Events.Append(change.AlertId, change.ExpectedVersion + 1, change.Event);
            }
            if (changes.Count > 0) await session.SaveChangesAsync(ct);
            // Still under the lock: the town's derived rows follow its evaluations in the order they ran.
            foreach (var listener in evaluated) await listener.EvaluatedAsync(town, now, report.Findings, ct);
            return AlertDecisions.Summarise(changes, today, report.Findings.Count);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@class, hashtext(@town))", connection);
            unlock.Parameters.AddWithValue("class", LockClass);
            unlock.Parameters.AddWithValue("town", town);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}

/// <summary>The daily run over every town of the registry (<see cref="EveryTown"/>): each evaluated in its own scope, under its own lock.</summary>
public static class RaiseAlertsInEveryTownHandler
{
    public static Task<IReadOnlyDictionary<string, AlertChanges>> Handle(RaiseAlertsInEveryTown command, TownDirectory towns,
        IServiceScopeFactory scopes, TownRunClaims claims, ILogger<RaiseAlertsInEveryTown> logger, CancellationToken ct) =>
        EveryTown.RunAsync(towns, scopes, logger, "Compliance run", (bus, town, token) => bus.InvokeForTenantAsync<AlertChanges>(town, new RaiseAlerts(), token), ct,
            command.Shared, claims);
}

/// <summary>
/// The Hangfire job: thin, it only sends the day's shared run; Hangfire retries it, the command is idempotent (a retry
/// takes only the towns no runner has done).
/// </summary>
public sealed class ComplianceJob(IMessageBus bus, TimeProvider time)
{
    public const string RecurringJobId = "compliance-daily";

    /// <summary>The recurring jobs of the daily run, one per runner: the first keeps the name it always had.</summary>
    public static string RunnerJobId(int runner) => runner == 1 ? RecurringJobId : $"{RecurringJobId}-{runner}";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken ct) =>
        bus.InvokeAsync<IReadOnlyDictionary<string, AlertChanges>>(new RaiseAlertsInEveryTown(RaiseAlertsInEveryTown.Daily(time.Today())), ct);
}

/// <summary>
/// Registers the daily run (07:00 on the Asia/Shanghai clock by default) when the app starts, as <see cref="ComplianceOptions.DailyRunners"/>
/// recurring jobs at the same time: Hangfire hands them to free workers of any app process, and they share the towns.
/// </summary>
public sealed class ComplianceSchedule(IRecurringJobManager jobs, ComplianceOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var runners = Math.Clamp(options.DailyRunners, 1, ComplianceOptions.MaxDailyRunners);
        for (var runner = 1; runner <= ComplianceOptions.MaxDailyRunners; runner++)
        {
            if (runner > runners) jobs.RemoveIfExists(ComplianceJob.RunnerJobId(runner));
            else jobs.AddOrUpdate<ComplianceJob>(ComplianceJob.RunnerJobId(runner), job => job.RunAsync(CancellationToken.None), options.Cron,
                new RecurringJobOptions { TimeZone = TownClock.Zone });
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class RaiseAlertsEndpoint
{
    /// <summary>An administrator runs the evaluation now, from the dashboard.</summary>
    public static void MapRaiseAlerts(this RouteGroupBuilder group)
    {
        group.MapPost("/run", async (HttpContext context, IMessageBus bus, CancellationToken ct) =>
        {
            var changes = await bus.InvokeAsync<AlertChanges>(new RaiseAlerts(), ct);
            return PageResults.SeeOther(context, "/?checked=" + Uri.EscapeDataString(changes.Chinese));
        }).RequireCapability(Capability.RunCompliance);
    }
}
