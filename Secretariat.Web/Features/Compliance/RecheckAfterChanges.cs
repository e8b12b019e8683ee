using System.Threading.Channels;
using Marten.Services;

namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// Alerts follow the data within seconds, not only at 07:00: a save that appended anything but alert events asks for
/// one more evaluation; requests arriving meanwhile are folded into it. The daily job stays the guarantee (this is
/// in memory, per instance), and the evaluation is idempotent whichever instance runs it.
/// </summary>
public sealed class ComplianceRecheck
{
    private readonly Channel<(string Town, long At)> _requests = Channel.CreateUnbounded<(string, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _pending = new();

    /// <summary>Asks for one more evaluation of the town; a town already waiting for one is not queued twice.</summary>
    public void Request(string town)
    {
        if (_pending.TryAdd(town, true)) _requests.Writer.TryWrite((town, Environment.TickCount64));
    }

    /// <summary>The evaluation of the town starts now: a change from here on asks for the next one.</summary>
    public void Starting(string town) => _pending.TryRemove(town, out _);

    /// <summary>Each town with the moment (Environment.TickCount64) its first change since the last evaluation asked.</summary>
    public ChannelReader<(string Town, long At)> Requests => _requests.Reader;
}

public sealed class RequestRecheckOnChanges(ComplianceRecheck recheck) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (TownCodes.IsValid(session.TenantId) && commit.GetEvents().Any(e => e.Data is not IAlertEvent)) recheck.Request(session.TenantId);
        return Task.CompletedTask;
    }
}

public sealed class ComplianceRecheckService(ComplianceRecheck recheck, ComplianceOptions options, IServiceScopeFactory scopes,
    ILogger<ComplianceRecheckService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.RecheckAfterChangeSeconds <= 0) return;
        try
        {
            await foreach (var (town, at) in recheck.Requests.ReadAllAsync(stoppingToken))
            {
                // The pause counts from the town's change, not from the previous town's evaluation: many towns
                // changing at once are each evaluated soon after, not one pause after another.
                var wait = at + options.RecheckAfterChangeSeconds * 1000L - Environment.TickCount64;
                if (wait > 0) await Task.Delay(TimeSpan.FromMilliseconds(wait), stoppingToken);
                recheck.Starting(town);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(town, new RaiseAlerts(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Compliance recheck of {Town} after a change failed; the daily job will catch up", town);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
