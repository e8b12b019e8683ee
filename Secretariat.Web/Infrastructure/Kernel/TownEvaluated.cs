namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// Told after a town's compliance evaluation has been saved (the daily run, the recheck a few seconds after a change, the
/// office's 检查 button), still under that town's evaluation lock: a feature keeps what it derives from the town's standing
/// (the district's row of the town) without evaluating again.
/// </summary>
public interface ITownEvaluated
{
    Task EvaluatedAsync(string town, DateTimeOffset now, IReadOnlyList<Finding> findings, CancellationToken ct);
}
