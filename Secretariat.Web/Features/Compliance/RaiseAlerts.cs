using Hangfire;
using Npgsql;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Jobs;

namespace Secretariat.Web.Features.Compliance;

/// <summary>Evaluate a town's rules as of today and bring its alerts in line: what the daily job sends for each town and the "检查" button for its own.</summary>
public sealed record RaiseAlerts;

/// <summary>The daily run: every town of the district, each evaluated for itself.</summary>
public sealed record RaiseAlertsInEveryTown;

// Explicit handler: it holds an advisory lock and starts or appends to many alert streams with computed ids in one save.
public static class RaiseAlertsHandler
{
    /// <summary>
    /// One evaluation of a town at a time across every app instance (the second then finds the alerts already
    /// raised); towns do not wait for one another. The lock is (this class, the town's hash).
    /// </summary>
    private const int LockClass = 0x5EC0_0006;

    public static async Task<AlertChanges> Handle(RaiseAlerts command, IMessageContext message, Wolverine.Marten.Publishing.OutboxedSessionFactory sessions,
        DatabaseConnectionSource connections, ComplianceEngine engine, TimeProvider time, CancellationToken ct)
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
        IServiceScopeFactory scopes, ILogger<RaiseAlertsInEveryTown> logger, CancellationToken ct) =>
        EveryTown.RunAsync(towns, scopes, logger, "Compliance run", (bus, town, token) => bus.InvokeForTenantAsync<AlertChanges>(town, new RaiseAlerts(), token), ct);
}

/// <summary>The Hangfire job: thin, it only sends the command; Hangfire retries it, the command is idempotent.</summary>
public sealed class ComplianceJob(IMessageBus bus)
{
    public const string RecurringJobId = "compliance-daily";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken ct) => bus.InvokeAsync<IReadOnlyDictionary<string, AlertChanges>>(new RaiseAlertsInEveryTown(), ct);
}

/// <summary>Registers the daily job (07:00 on the Asia/Shanghai clock by default) when the app starts.</summary>
public sealed class ComplianceSchedule(IRecurringJobManager jobs, ComplianceOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ComplianceJob>(ComplianceJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Cron,
            new RecurringJobOptions { TimeZone = TownClock.Zone });
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
