using System.Collections.Concurrent;

namespace Secretariat.Web.Infrastructure.Jobs;

/// <summary>
/// A daily run fans out to every town of the registry, rather than one recurring job per town: a town added at noon is in the
/// next morning's run without registering anything. Each town runs in its own scope (a few at a time); a failing town does not
/// stop the others, and the run fails at the end so Hangfire retries it (what each town does must be idempotent: the towns done
/// already change nothing the second time).
/// </summary>
public static class EveryTown
{
    private const int Parallelism = 4;

    /// <param name="what">The run's name in the log and in the failure (e.g. "Compliance run").</param>
    /// <param name="run">What one town does, with a message bus of its own scope, for the town's code.</param>
    /// <param name="shared">
    /// The name of a run shared by several workers or app processes (e.g. the daily compliance run of a day): each town is done by
    /// whichever claims it first (<see cref="TownRunClaims"/>), and the results hold only this caller's towns. Null: every town here.
    /// </param>
    public static async Task<IReadOnlyDictionary<string, T>> RunAsync<T>(TownDirectory towns, IServiceScopeFactory scopes, ILogger logger, string what,
        Func<IMessageBus, string, CancellationToken, Task<T>> run, CancellationToken ct, string? shared = null, TownRunClaims? claims = null)
    {
        if (shared is not null && claims is null) throw new ArgumentException("A shared run needs the claims.", nameof(claims));
        if (shared is not null) await claims!.ForgetOldAsync(ct);
        var results = new ConcurrentDictionary<string, T>();
        var failed = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(await towns.CodesAsync(ct), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (town, token) =>
            {
                if (shared is not null && !await claims!.ClaimAsync(shared, town, token)) return;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    results[town] = await run(scope.ServiceProvider.GetRequiredService<IMessageBus>(), town, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "{What} failed for town {Town}", what, town);
                    failed.Add(town);
                    // Given back: the retry of the run takes it again.
                    if (shared is not null) await claims!.ReleaseAsync(shared, town);
                }
            });
        if (!failed.IsEmpty) throw new InvalidOperationException($"{what} failed for {string.Join(", ", failed.Order())}; retried by the job.");
        return results;
    }
}
