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

/// <summary>The cached views of every town, each entry keyed by its town (one process-wide store).</summary>
public sealed class ViewCacheStore
{
    // Enough for a district's busy pages (30 towns x the few views each keeps).
    public const int MaxEntries = 2048;
    public readonly ConcurrentDictionary<(string Town, string Key), (long Version, object? View)> Views = new();
    public readonly ConcurrentDictionary<(string Town, string Key, long Version), Lazy<Task<object?>>> Computing = new();
}

/// <summary>Views of the request's town computed from many documents, kept until that town's read-model version moves on.</summary>
public sealed class ViewCache(ViewCacheStore store, ReadModelVersion version, Tenancy.CurrentTown currentTown)
{
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct) where T : class?
    {
        var town = currentTown.Required;
        // Read the version first: the view computed next is at least that new, so the entry is never too fresh for its tag.
        var current = await version.CurrentAsync(town, ct);
        if (store.Views.TryGetValue((town, key), out var cached) && cached.Version == current) return (T)cached.View!;
        // One computation per key and version: the requests that miss together wait for it instead of each running it.
        var slot = (town, key, current);
        var computing = store.Computing.GetOrAdd(slot, _ => new Lazy<Task<object?>>(async () => await compute()));
        try
        {
            var view = (T)(await computing.Value)!;
            if (store.Views.Count >= ViewCacheStore.MaxEntries) store.Views.Clear();
            store.Views[(town, key)] = (current, view);
            return view;
        }
        finally
        {
            store.Computing.TryRemove(slot, out _);
        }
    }
}
