using System.Collections.Concurrent;

namespace Secretariat.Web.Features.Towns;

/// <summary>
/// The towns of the deployment and their profiles, read by every page's shell: kept for a short while in memory
/// (a profile changes a few times a year; an edit on this instance is seen at once, on another within the TTL).
/// </summary>
public sealed class TownDirectory(IDocumentStore store, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, TownProfile? Profile)> _profiles = new();

    public async Task<TownProfile?> FindAsync(string code, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_profiles.TryGetValue(code, out var cached) && now - cached.At < Lifetime) return cached.Profile;
        await using var session = store.QuerySession();
        var profile = await session.LoadAsync<TownProfile>(code, ct);
        _profiles[code] = (now, profile);
        return profile;
    }

    public async Task<IReadOnlyList<TownProfile>> AllAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.Query<TownProfile>().OrderBy(t => t.Id).ToListAsync(ct)).ToList();
    }

    /// <summary>Every town's code, in order, without reading the profiles (the district's pages at a thousand towns).</summary>
    public async Task<IReadOnlyList<string>> CodesAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.Query<TownProfile>().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct)).ToList();
    }

    public void Forget(string code) => _profiles.TryRemove(code, out _);
}
