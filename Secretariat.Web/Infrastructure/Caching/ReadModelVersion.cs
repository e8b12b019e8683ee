using System.Collections.Concurrent;
using Marten.Services;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Secretariat.Web.Infrastructure.Caching;

/// <summary>
/// A counter per town, bumped in the same transaction as every save that appends events in that town, so a reader
/// that sees the new value also sees the data committed with it. Pages that compute a view from many documents (the
/// training ledger, the coverage table) cache the result against their town's counter: exact invalidation, across
/// app instances too, and a write in one town leaves the other towns' cached views alone. Writes of one town
/// serialise on its row for the instant of their commit, which a town's write rate allows.
/// </summary>
public sealed class ReadModelVersion(DatabaseConnectionSource connections)
{
    public const string TableName = "town_read_model_version";
    private const string Schema = "secretariat";

    public static Table Table()
    {
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(Schema, TableName));
        table.AddColumn<string>("town").AsPrimaryKey();
        table.AddColumn<long>("version").NotNull();
        return table;
    }

    public const string BumpSql =
        $"insert into {Schema}.{TableName} (town, version) values (?, 1) on conflict (town) do update set version = {Schema}.{TableName}.version + 1";

    /// <summary>Every town's version in one query (the district's pages read all of them).</summary>
    public async Task<IReadOnlyDictionary<string, long>> AllAsync(CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand($"select town, version from {Schema}.{TableName}");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new Dictionary<string, long>();
        while (await reader.ReadAsync(ct)) versions[reader.GetString(0)] = reader.GetInt64(1);
        return versions;
    }

    public async Task<long> CurrentAsync(string town, CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand($"select coalesce((select version from {Schema}.{TableName} where town = $1), 0)");
        command.Parameters.Add(new NpgsqlParameter { Value = town });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}

/// <summary>The data source the version reads use (the same database as Marten's).</summary>
public sealed class DatabaseConnectionSource(Database.DatabaseConnection database) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(database.ConnectionString);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}

/// <summary>Bumps the version inside the unit of work of any session that appends events.</summary>
public sealed class BumpReadModelVersion : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (session.PendingChanges.Streams().Any()) session.QueueSqlCommand(ReadModelVersion.BumpSql, session.TenantId);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The cached views of every town, each entry keyed by its town and kept until that town's read-model version moves
/// on (one process-wide store). The district's pages read it per town; a town's pages through <see cref="ViewCache"/>.
/// </summary>
public sealed class ViewCacheStore(ReadModelVersion version)
{
    // Enough for a district's busy pages (30 towns x the few views each keeps).
    public const int MaxEntries = 2048;
    private readonly ConcurrentDictionary<(string Town, string Key), (long Version, object? View)> _views = new();
    private readonly ConcurrentDictionary<(string Town, string Key, long Version), Lazy<Task<object?>>> _computing = new();

    public async Task<T> GetAsync<T>(string town, string key, Func<Task<T>> compute, CancellationToken ct) where T : class? =>
        // Read the version first: the view computed next is at least that new, so the entry is never too fresh for its tag.
        await GetAsync(town, key, await version.CurrentAsync(town, ct), compute);

    /// <summary>The view as of a version the caller read before (e.g. all towns' versions in one query).</summary>
    public async Task<T> GetAsync<T>(string town, string key, long current, Func<Task<T>> compute) where T : class?
    {
        if (_views.TryGetValue((town, key), out var cached) && cached.Version == current) return (T)cached.View!;
        // One computation per key and version: the requests that miss together wait for it instead of each running it.
        var slot = (town, key, current);
        var computing = _computing.GetOrAdd(slot, _ => new Lazy<Task<object?>>(async () => await compute()));
        try
        {
            var view = (T)(await computing.Value)!;
            if (_views.Count >= MaxEntries) _views.Clear();
            _views[(town, key)] = (current, view);
            return view;
        }
        finally
        {
            _computing.TryRemove(slot, out _);
        }
    }
}

/// <summary>Views of the request's town computed from many documents, kept until that town's read-model version moves on.</summary>
public sealed class ViewCache(ViewCacheStore store, Tenancy.CurrentTown currentTown)
{
    public Task<T> GetAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct) where T : class? =>
        store.GetAsync(currentTown.Required, key, compute, ct);
}
