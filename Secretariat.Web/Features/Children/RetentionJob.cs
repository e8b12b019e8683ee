using Hangfire;
using Secretariat.Web.Infrastructure.Jobs;

namespace Secretariat.Web.Features.Children;

/// <summary>The retention run of one town (sent for a tenant): every child 18 plus the retention years has its personal data erased.</summary>
public sealed record EraseExpiredChildData;

/// <summary>The daily retention run over every town of the registry.</summary>
public sealed record EraseExpiredChildDataInEveryTown;

public static class EraseExpiredChildDataHandler
{
    /// <summary>Who the retention run's erasures are recorded as.</summary>
    public static readonly Actor Retention = new(Guid.Empty, "系统（保存期限届满）", [], null, null);

    public static async Task<int> Handle(EraseExpiredChildData command, IMessageContext message, IDocumentStore store, PersonalDataVault vault,
        TimeProvider time, ILogger<EraseExpiredChildData> logger, CancellationToken ct)
    {
        var town = message.TenantId is { } tenant && TownCodes.IsValid(tenant)
            ? tenant
            : throw new InvalidOperationException("EraseExpiredChildData runs for a town (InvokeForTenantAsync).");
        var now = time.GetUtcNow();
        var today = now.ToTownDate();
        await using var session = store.LightweightSession(town);
        var scale = await RiskScale.LoadAsync(session, ct);
        var children = await new ChildQueries(session).AllAsync(ct);
        // A key restored from an older backup of the key folder is destroyed again: an erasure holds in every copy.
        foreach (var erased in children.Where(c => c.IsErased && vault.HasKey(town, c.Id))) vault.DestroyKey(town, erased.Id);
        var due = children.Where(c => !c.IsErased && (c.HasPersonalData || c.Visits.Any(v => v.HasNote)) && today >= scale.ErasureDue(c)).ToList();
        var erasedNow = 0;
        foreach (var child in due)
        {
            var decision = ChildDecisions.Erase(child, ErasureBasis.RetentionExpired, null, true, scale.ErasureDue(child), Retention, now);
            if (decision.Event is not { } e) continue;
            vault.Erase(session, child.Id);
            session.Events.Append(child.Id, child.Version + 1, e);
            erasedNow++;
        }
        if (erasedNow > 0)
        {
            await session.SaveChangesAsync(ct);
            logger.LogInformation("Retention run of {Town}: personal data of {Count} children erased", town, erasedNow);
        }
        return erasedNow;
    }
}

public static class EraseExpiredChildDataInEveryTownHandler
{
    public static Task<IReadOnlyDictionary<string, int>> Handle(EraseExpiredChildDataInEveryTown command, TownDirectory towns, IServiceScopeFactory scopes,
        ILogger<EraseExpiredChildDataInEveryTown> logger, CancellationToken ct) =>
        EveryTown.RunAsync(towns, scopes, logger, "Children's retention run",
            (bus, town, token) => bus.InvokeForTenantAsync<int>(town, new EraseExpiredChildData(), token), ct);
}

/// <summary>The Hangfire job: it only sends the command (idempotent: an erased child is not erased twice).</summary>
public sealed class ChildrenRetentionJob(IMessageBus bus)
{
    public const string RecurringJobId = "children-retention";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken ct) => bus.InvokeAsync<IReadOnlyDictionary<string, int>>(new EraseExpiredChildDataInEveryTown(), ct);
}

/// <summary>Registers the daily retention run (<see cref="ChildrenOptions.RetentionCron"/>, Asia/Shanghai) when the app starts.</summary>
public sealed class ChildrenRetentionSchedule(IRecurringJobManager jobs, ChildrenOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ChildrenRetentionJob>(ChildrenRetentionJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.RetentionCron,
            new RecurringJobOptions { TimeZone = TownClock.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
