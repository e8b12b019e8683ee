using Marten.Services;
using Npgsql;
using NpgsqlTypes;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Search;

/// <summary>One result: the record's town, kind, title and excerpt (both HTML with the matched words in &lt;mark&gt;) and its path in the town.</summary>
public sealed record SearchHit(string Town, string Kind, string TitleHtml, string ExcerptHtml, string Path);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>
/// The index (table <c>secretariat.search_entries</c>, migration 0018): a row per record with its text, who may open it, and a
/// tsvector of its tokens (<see cref="SearchText"/>) built with <c>array_to_tsvector</c>, so PostgreSQL never parses the text
/// (GIN index). Written in the transaction of the save that changed the record (<see cref="IndexOnSave"/>), rebuilt by
/// <c>search rebuild</c>; read with the reader's reach applied in the query, so what it may not open is neither listed nor counted.
/// </summary>
public sealed class SearchIndex(DatabaseConnectionSource connections, IDocumentStore store)
{
    public const string Table = "secretariat.search_entries";
    public const int Limit = 50;

    private const string UpsertTemplate =
        $"insert into {Table} (tenant_id, kind, id, title, body, path, capability, unit_ids, match_title, match_text, tokens, owner_id, updated_at) " +
        "values (@0, @1, @2, @3, @4, @5, @6, @7::uuid[], @8, @9, array_to_tsvector(@10::text[]), @11, now()) " +
        "on conflict (tenant_id, kind, id) do update set owner_id = excluded.owner_id, title = excluded.title, body = excluded.body, path = excluded.path, " +
        "capability = excluded.capability, unit_ids = excluded.unit_ids, match_title = excluded.match_title, match_text = excluded.match_text, " +
        "tokens = excluded.tokens, updated_at = excluded.updated_at";

    /// <summary>The upsert with Marten's positional placeholders (<c>QueueSqlCommand</c>).</summary>
    public static readonly string QueuedUpsert = System.Text.RegularExpressions.Regex.Replace(UpsertTemplate, @"@\d+", "?");

    /// <summary>The upsert with Npgsql's positional parameters.</summary>
    private static readonly string DirectUpsert = System.Text.RegularExpressions.Regex.Replace(UpsertTemplate, @"@(\d+)", m => "$" + (int.Parse(m.Groups[1].Value) + 1));

    public static object[] Values(string town, SearchEntry e) =>
    [
        town, e.Kind, e.Id, e.Title, e.Text, e.Path, e.Capability.ToString(), e.UnitIds.ToArray(),
        SearchText.Normalize(e.Title), SearchText.Normalize(e.Title + "\n" + e.Text),
        SearchText.IndexTokens(e.Title + "\n" + e.Text).Append(TownToken(town)).ToArray(), e.OwnerId
    ];

    /// <summary>
    /// The town's own token in every row of it ('@' never occurs in a text's tokens): a town's query asks for it, so the GIN index
    /// yields that town's matches only. With the town as a mere filter, a common word made PostgreSQL read every town's matching
    /// rows (bench/search: 台账 in 30 towns, 3,071 rows read for 200 kept, when the prepared statement ran its generic plan).
    /// Migration 0027 adds it to the rows written before.
    /// </summary>
    public static string TownToken(string town) => "@" + town;

    /// <summary>Removes a record's file entries but those it still holds (an agenda item taken off takes its attachment with it).</summary>
    public const string DropFilesSql = $"delete from {Table} where tenant_id = ? and kind = '附件' and owner_id = ? and not (id = any(?::uuid[]))";

    /// <summary>Every town's index from its documents, one town a transaction (its old rows removed first). Returns the rows written.</summary>
    public async Task<int> RebuildAsync(IEnumerable<string> towns, CancellationToken ct)
    {
        var written = 0;
        foreach (var town in towns)
        {
            await using var session = store.QuerySession(town);
            var entries = new List<SearchEntry>();
            var owners = new List<object>();
            foreach (var m in await session.Query<Meeting>().ToListAsync(ct)) { entries.AddRange(SearchEntries.Of(m)); owners.Add(m); }
            foreach (var r in await session.Query<Resolution>().ToListAsync(ct)) entries.AddRange(SearchEntries.Of(r));
            foreach (var a in await session.Query<MemberAdjustment>().ToListAsync(ct)) { entries.AddRange(SearchEntries.Of(a)); owners.Add(a); }
            foreach (var r in await session.Query<SemiannualReport>().ToListAsync(ct)) entries.AddRange(SearchEntries.Of(r));
            foreach (var r in await session.Query<MajorMatterReport>().ToListAsync(ct)) entries.AddRange(SearchEntries.Of(r));
            var campaigns = await session.Query<Campaign>().ToListAsync(ct);
            var leads = SearchEntries.Leads(campaigns);
            foreach (var e in await session.Query<UnitEvidence>().ToListAsync(ct)) { entries.AddRange(SearchEntries.Of(e, leads)); owners.Add(e); }
            foreach (var c in campaigns) entries.AddRange(SearchEntries.Of(c));
            entries.AddRange(await FileEntriesAsync(session, owners, leads, ct));

            await using var connection = await connections.DataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var delete = new NpgsqlCommand($"delete from {Table} where tenant_id = $1", connection, transaction))
            {
                delete.Parameters.Add(new NpgsqlParameter { Value = town });
                await delete.ExecuteNonQueryAsync(ct);
            }
            foreach (var entry in entries)
            {
                await using var insert = new NpgsqlCommand(DirectUpsert, connection, transaction);
                foreach (var value in Values(town, entry)) insert.Parameters.Add(new NpgsqlParameter { Value = value });
                await insert.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
            written += entries.Count;
        }
        return written;
    }

    /// <summary>The entries of the files the records hold (flagged ones left out), read a few at a time.</summary>
    private static async Task<List<SearchEntry>> FileEntriesAsync(IQuerySession session, IEnumerable<object> owners, Func<Guid, Guid, Guid?> leads,
        CancellationToken ct)
    {
        var files = owners.SelectMany(o => SearchEntries.FilesOf(o, leads)).GroupBy(f => f.FileId).ToDictionary(g => g.Key, g => g.First().Owner);
        var entries = new List<SearchEntry>();
        foreach (var chunk in files.Keys.Chunk(20))
            foreach (var file in await session.LoadManyAsync<StoredFile>(ct, chunk))
                if (!file.ContainsMinorsData) entries.Add(SearchEntries.OfFile(file, files[file.Id], FileText.Extract(file)));
        return entries;
    }

    /// <summary>The town's index rebuilt when it has no row yet (a town loaded before the search existed, or the sample just loaded).</summary>
    public async Task EnsureAsync(string town, CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand($"select exists (select 1 from {Table} where tenant_id = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = town });
        if (!(bool)(await command.ExecuteScalarAsync(ct))!) await RebuildAsync([town], ct);
    }

    /// <summary>
    /// The records of <paramref name="towns"/> matching every token and every term of the query that the actor may open: the
    /// capability at every unit's reach, or at its own unit's reach for a record of its unit. Best first: every term in the title,
    /// then the newest. (PostgreSQL's ts_rank is no help here: the tsvectors have no positions, so it gives every match of a query
    /// the same rank.) The matches are counted and ordered on their keys; only the 50 shown are read whole.
    /// </summary>
    public async Task<SearchResults> FindAsync(IReadOnlyList<string> towns, string query, Actor actor, CancellationToken ct)
    {
        var terms = SearchText.Terms(query);
        var tokens = SearchText.QueryTokens(query).ToList();
        if (towns.Count == 1) tokens.Add(TownToken(towns[0]));
        var all = Enum.GetValues<Capability>().Where(actor.CanForAll).Select(c => c.ToString()).ToArray();
        var own = actor.UnitId is null ? [] : Enum.GetValues<Capability>().Where(c => actor.ReachOf(c).HasFlag(Reach.OwnUnit)).Select(c => c.ToString()).ToArray();
        // A term in $7.. ; the text is checked only for the terms the tokens do not already prove (a term that is its one token:
        // 账, 台账, a word), so a common word costs no read of every match's text.
        var inTitle = string.Join(" and ", terms.Select((_, i) => $"strpos(match_title, ${7 + i}) > 0"));
        var inText = string.Concat(terms.Select((t, i) => SearchText.QueryTokens(t) is [var only] && only == t ? "" : $" and strpos(match_text, ${7 + i}) > 0"));
        var sql = $"""
            with best as (
              select tenant_id, kind, id, ({inTitle}) as in_title, updated_at, count(*) over () as total
              from {Table}
              where tokens @@ $1::tsquery and tenant_id = any($2){inText}
                and (capability = any($3) or (capability = any($4) and unit_ids && $5::uuid[]))
              order by in_title desc, updated_at desc
              limit $6)
            select e.tenant_id, e.kind, e.title, e.body, e.path, best.total
            from best join {Table} e using (tenant_id, kind, id)
            order by best.in_title desc, best.updated_at desc
            """;
        await using var command = connections.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = SearchText.TsQuery(tokens) });
        command.Parameters.Add(new NpgsqlParameter { Value = towns.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = all, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = own, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
        command.Parameters.Add(new NpgsqlParameter { Value = actor.UnitId is { } unit ? new[] { unit } : Array.Empty<Guid>() });
        command.Parameters.Add(new NpgsqlParameter { Value = Limit });
        foreach (var term in terms) command.Parameters.Add(new NpgsqlParameter { Value = term, NpgsqlDbType = NpgsqlDbType.Text });
        var hits = new List<SearchHit>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(2);
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), SearchText.Excerpt(title, terms, Math.Max(title.Length, 1)),
                SearchText.Excerpt(reader.GetString(3), terms), reader.GetString(4)));
            total = (int)reader.GetInt64(5);
        }
        return new SearchResults(hits, total);
    }
}

/// <summary>
/// Keeps the index with the records: after the inline projections ran (Marten applies them before the listeners), every changed
/// document the search covers is written to the index by a command queued in the same unit of work, so it commits or fails with
/// the save. Only a town's sessions (a tenant that is a town code) are indexed.
/// </summary>
public sealed class IndexOnSave : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (!TownCodes.IsValid(session.TenantId)) return;
        var changes = session.PendingChanges;
        IEnumerable<object> changed =
        [
            .. changes.AllChangedFor<Meeting>(), .. changes.AllChangedFor<Resolution>(), .. changes.AllChangedFor<MemberAdjustment>(),
            .. changes.AllChangedFor<SemiannualReport>(), .. changes.AllChangedFor<MajorMatterReport>(), .. changes.AllChangedFor<UnitEvidence>(),
            .. changes.AllChangedFor<Campaign>()
        ];
        var documents = changed.Distinct().ToList();
        // Evidence is also its item's lead unit's to read: the campaigns it belongs to, as saved or as they are.
        var leads = SearchEntries.Leads([]);
        var campaignIds = documents.OfType<UnitEvidence>().Select(e => e.CampaignId).Distinct().ToList();
        if (campaignIds.Count > 0)
        {
            var pending = documents.OfType<Campaign>().ToList();
            var missing = campaignIds.Where(id => pending.All(c => c.Id != id)).ToArray();
            if (missing.Length > 0)
            {
                await using var query = session.DocumentStore.QuerySession(session.TenantId);
                pending.AddRange(await query.LoadManyAsync<Campaign>(token, missing));
            }
            leads = SearchEntries.Leads(pending);
        }
        foreach (var entry in documents.SelectMany(d => SearchEntries.Of(d, leads)))
            session.QueueSqlCommand(SearchIndex.QueuedUpsert, SearchIndex.Values(session.TenantId, entry));
        foreach (var holder in documents.Where(SearchEntries.HoldsFiles))
        {
            var id = SearchEntries.Of(holder, leads).First().Id;
            session.QueueSqlCommand(SearchIndex.DropFilesSql, session.TenantId, id, SearchEntries.FilesOf(holder, leads).Select(f => f.FileId).ToArray());
        }
        // A file is stored in the transaction of the event that accepts it (never changed after): indexed then, with its record.
        var uploaded = changes.AllChangedFor<StoredFile>().Where(f => !f.ContainsMinorsData).ToList();
        if (uploaded.Count == 0) return;
        var owners = documents.SelectMany(d => SearchEntries.FilesOf(d, leads)).GroupBy(f => f.FileId).ToDictionary(g => g.Key, g => g.First().Owner);
        foreach (var file in uploaded)
            if (owners.TryGetValue(file.Id, out var owner))
                session.QueueSqlCommand(SearchIndex.QueuedUpsert, SearchIndex.Values(session.TenantId, SearchEntries.OfFile(file, owner, FileText.Extract(file))));
    }
}
