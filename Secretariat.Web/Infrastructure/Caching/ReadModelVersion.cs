using System.Collections.Concurrent;
using Marten.Services;
using Npgsql;
using Weasel.Postgresql.Tables;

namespace Secretariat.Web.Infrastructure.Caching;

/// <summary>
/// A counter per town, bumped in the same transaction as every save that appends events in that town, so a reader
/// that sees the new value also sees the data committed with it. Pages that compute a view from many documents (the
/// training ledger, the coverage table) cache the result against their town's counter: exact invalidation, across
/// app instances too, and a write in one town leaves the other towns' cached views alone.
/// <para>
/// The counter is spread over <see cref="Slots"/> rows per town (issue 27): a save bumps the row of its connection's
/// slot, and the town's version is the sum of its rows. With one row, every write of a town waited on that row's
/// lock from its bump until its commit; now two saves on different slots commit side by side. The sum still counts
/// every committed save once, so it rises with each commit, and a reader's statement sees one snapshot: the sum it
/// reads is the number of saves it sees, and the data it reads afterwards is at least that new (snapshots only gain
/// commits, so one sum is never two different states).
/// </para>
/// </summary>
public sealed class ReadModelVersion(DatabaseConnectionSource connections)
{
    public const string TableName = "town_read_model_version";
    private const string Schema = "secretariat";

    /// <summary>Rows per town. Saves of one town on connections of the same slot still queue behind each other.</summary>
    public const int Slots = 8;

    public static Table Table()
    {
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(Schema, TableName));
        table.AddColumn<string>("town").AsPrimaryKey();
        // 0 by default: SQL that writes a town's counter as before (a town copied by a script) still has a valid row.
        table.AddColumn<int>("slot").AsPrimaryKey().DefaultValue(0);
        table.AddColumn<long>("version").NotNull();
        return table;
    }

    /// <summary>
    /// The slot is the backend's: one connection runs one transaction at a time, so concurrent saves are on different
    /// backends, and those whose pids differ modulo <see cref="Slots"/> never wait for each other.
    /// </summary>
    public static readonly string BumpSql =
        $"insert into {Schema}.{TableName} (town, slot, version) values (?, pg_backend_pid() % {Slots}, 1) " +
        $"on conflict (town, slot) do update set version = {Schema}.{TableName}.version + 1";

    /// <summary>The version of the town named by <paramref name="townParameter"/> (e.g. "$3"), as one SQL expression (0 before its first save).</summary>
    public static string VersionExpression(string townParameter) =>
        $"(select coalesce(sum(version), 0)::bigint from {Schema}.{TableName} where town = {townParameter})";

    /// <summary>Every town's version in one query.</summary>
    public async Task<IReadOnlyDictionary<string, long>> AllAsync(CancellationToken ct)
    {
        await using var command = connections.Reads.CreateCommand($"select town, sum(version)::bigint from {Schema}.{TableName} group by town");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var versions = new Dictionary<string, long>();
        while (await reader.ReadAsync(ct)) versions[reader.GetString(0)] = reader.GetInt64(1);
        return versions;
    }

    public async Task<long> CurrentAsync(string town, CancellationToken ct)
    {
        await using var command = connections.Reads.CreateCommand($"select {VersionExpression("$1")}");
        command.Parameters.Add(new NpgsqlParameter { Value = town });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static readonly ConcurrentDictionary<string, long> LocalCommits = new();

    /// <summary>
    /// How many saves that append events this process has committed in the town: a version read before a save of this
    /// process may be stale after it (see <see cref="RequestReadModelVersion"/>). Process-wide on purpose: several
    /// hosts in one process (the tests) only make a reader re-read more often.
    /// </summary>
    public static long LocalCommitsOf(string town) => LocalCommits.TryGetValue(town, out var count) ? count : 0;

    internal static void Committed(string town) => LocalCommits.AddOrUpdate(town, 1, (_, count) => count + 1);
}

/// <summary>
/// The data sources of the app's own SQL (the same database as Marten's). <see cref="DataSource"/> resets a connection
/// when it goes back to the pool (Npgsql's default), since its users keep session state on it for a while (an
/// advisory lock, <c>set lock_timeout</c>). <see cref="Reads"/> does not: it serves only plain single-statement
/// selects that leave nothing behind in the session (the sign-in check and the read-model versions, on every request),
/// so the statements of Npgsql's reset (sent before the next use) would be pure overhead there. Nothing that sets, locks, listens or creates
/// temporary tables may use it.
/// </summary>
public sealed class DatabaseConnectionSource(Database.DatabaseConnection database) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = NpgsqlDataSource.Create(database.ConnectionString);

    public NpgsqlDataSource Reads { get; } = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(database.ConnectionString) { NoResetOnClose = true }.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await Reads.DisposeAsync();
    }
}

/// <summary>Bumps the version inside the unit of work of any session that appends events.</summary>
public sealed class BumpReadModelVersion : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (session.PendingChanges.Streams().Any()) session.QueueSqlCommand(ReadModelVersion.BumpSql, session.TenantId);
        return Task.CompletedTask;
    }

    // Counted for every commit, events or not: a reader only re-reads the version once more than it needs to.
    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        ReadModelVersion.Committed(session.TenantId);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The town's version as the request's sign-in check read it, in the same statement as the session and the account
/// (one round trip instead of two before a page's own query). A view read later in the request may use it: a version
/// read earlier only makes the cached entry's tag older than its data, never newer, exactly as when the request had
/// arrived a moment sooner. Except after a save of this process in that town (a POST that renders its result, a page
/// that numbers a document on first print): then the version is read again, so a request sees its own change.
/// </summary>
public sealed class RequestReadModelVersion
{
    private (string Town, long Version, long LocalCommits)? _read;

    /// <summary>Call with <see cref="ReadModelVersion.LocalCommitsOf"/> taken before the statement that read the version.</summary>
    public void Set(string town, long version, long localCommitsBefore) => _read = (town, version, localCommitsBefore);

    public bool TryGet(string town, out long version)
    {
        version = 0;
        if (_read is not { } read || read.Town != town || read.LocalCommits != ReadModelVersion.LocalCommitsOf(town)) return false;
        version = read.Version;
        return true;
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
public sealed class ViewCache(ViewCacheStore store, Tenancy.CurrentTown currentTown, RequestReadModelVersion requestVersion)
{
    public Task<T> GetAsync<T>(string key, Func<Task<T>> compute, CancellationToken ct) where T : class?
    {
        var town = currentTown.Required;
        // The version the sign-in check read with the session, when still good for this request: no query of its own.
        return requestVersion.TryGet(town, out var current) ? store.GetAsync(town, key, current, compute) : store.GetAsync(town, key, compute, ct);
    }
}
