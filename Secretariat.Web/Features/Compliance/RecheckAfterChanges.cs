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
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true
    });

    public void Request() => _requests.Writer.TryWrite(true);

    public ChannelReader<bool> Requests => _requests.Reader;
}

public sealed class RequestRecheckOnChanges(ComplianceRecheck recheck) : DocumentSessionListenerBase
{
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any(e => e.Data is not IAlertEvent)) recheck.Request();
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
            await foreach (var _ in recheck.Requests.ReadAllAsync(stoppingToken))
            {
                await Task.Delay(TimeSpan.FromSeconds(options.RecheckAfterChangeSeconds), stoppingToken);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<AlertChanges>(new RaiseAlerts(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Compliance recheck after a change failed; the daily job will catch up");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
