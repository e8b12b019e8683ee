using Hangfire;
using Npgsql;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Compliance;

/// <summary>Evaluate the rules as of today and bring the alerts in line: what the daily job and the "检查" button send.</summary>
public sealed record RaiseAlerts;

// Explicit handler: it holds an advisory lock and starts or appends to many alert streams with computed ids in one save.
public static class RaiseAlertsHandler
{
    /// <summary>One evaluation at a time across every app instance: the second one then finds the alerts already raised.</summary>
    private const long LockKey = 0x5EC0_0006;

    public static async Task<AlertChanges> Handle(RaiseAlerts command, IDocumentStore store, DatabaseConnectionSource connections,
        ComplianceOptions options, TimeProvider time, CancellationToken ct)
    {
        await using var connection = await connections.DataSource.OpenConnectionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand("set lock_timeout = '2min'; select pg_advisory_lock(@key)", connection))
        {
            lockCommand.Parameters.AddWithValue("key", LockKey);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }
        try
        {
            // Today is read after the lock: an evaluation that waited behind another one still uses its own day.
            var now = time.GetUtcNow();
            var today = now.ToTownDate();
            await using var session = store.LightweightSession();
            var report = await EvaluateComplianceHandler.EvaluateAsync(session, options, today, ct);
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
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", LockKey);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}

/// <summary>The Hangfire job: thin, it only sends the command; Hangfire retries it, the command is idempotent.</summary>
public sealed class ComplianceJob(IMessageBus bus)
{
    public const string RecurringJobId = "compliance-daily";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken ct) => bus.InvokeAsync<AlertChanges>(new RaiseAlerts(), ct);
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
        }).RequireAuthorization(Policies.Administrator);
    }
}
