using System.Collections.Concurrent;
using Marten.Services;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Secretariat.Web.Infrastructure.Caching;

/// <summary>
/// A counter bumped in the same transaction as every save that appends events, so a reader that sees the new
/// value also sees the data committed with it. Pages that compute a view from many documents (the training ledger,
/// the coverage table) cache the result against the counter: exact invalidation, across app instances too.
/// Writes serialise on the counter's row for the instant of their commit, which this town's write rate allows.
/// </summary>
public sealed class ReadModelVersion(DatabaseConnectionSource connections)
{
    public const string TableName = "read_model_version";
    private const string Schema = "secretariat";

    public static Table Table()
    {
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(Schema, TableName));
        table.AddColumn<int>("id").AsPrimaryKey();
        table.AddColumn<long>("version").NotNull();
        return table;
    }

    public const string BumpSql =
        $"insert into {Schema}.{TableName} (id, version) values (1, 1) on conflict (id) do update set version = {Schema}.{TableName}.version + 1";

    public async Task<long> CurrentAsync(CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand($"select coalesce((select version from {Schema}.{TableName} where id = 1), 0)");
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
        if (session.PendingChanges.Streams().Any()) session.QueueSqlCommand(ReadModelVersion.BumpSql);
        return Task.CompletedTask;
    }
}

/// <summary>Views computed from many documents, kept until the read-model version moves on.</summary>
public sealed class ViewCache(ReadModelVersion version)
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<string, (long Version, object? View)> _views = new();
    private readonly ConcurrentDictionary<(string Key, long Version), Lazy<Task<object?>>> _computing = new();

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct) where T : class?
    {
        // Read the version first: the view computed next is at least that new, so the entry is never too fresh for its tag.
        var current = await version.CurrentAsync(ct);
        if (_views.TryGetValue(key, out var cached) && cached.Version == current) return (T)cached.View!;
        // One computation per key and version: the requests that miss together wait for it instead of each running it.
        var slot = (key, current);
        var computing = _computing.GetOrAdd(slot, _ => new Lazy<Task<object?>>(async () => await compute()));
        try
        {
            var view = (T)(await computing.Value)!;
            if (_views.Count >= MaxEntries) _views.Clear();
            _views[key] = (current, view);
            return view;
        }
        finally
        {
            _computing.TryRemove(slot, out _);
        }
    }
}
