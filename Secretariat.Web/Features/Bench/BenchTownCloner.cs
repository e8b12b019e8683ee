using Npgsql;
using Secretariat.Web.Features.Towns;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Bench;

/// <summary>
/// bench/district: copies a town loaded through the forms (the template) into new towns inside PostgreSQL, so that a
/// district of 1,000 towns with a year's data each is built in minutes rather than the hours the forms would take.
/// Under conjoined tenancy every town's row carries its town in <c>tenant_id</c> and every key and unique index of those
/// tables includes it (the events' <c>seq_id</c> aside), so a town is copied by re-inserting its rows with the new code:
/// the same stream and document ids in the new tenant (as every town's derived stream ids already are), new event
/// sequence numbers from Marten's sequence. One transaction per town, with its registry entry. Bench only: nothing in
/// the app calls it, and it is mapped only when Bench:Enabled is true.
/// </summary>
public sealed class BenchTownCloner(DatabaseConnectionSource connections, IDocumentStore store, TownDirectory directory, TimeProvider time)
{
    private const string Schema = Infrastructure.Database.EventStore.MartenSchema;

    /// <summary>
    /// Not copied: the children's personal data is sealed with its town in the associated data (a copy could not be
    /// opened in another town), and Marten's projection floors are the store's bookkeeping, not the town's data.
    /// </summary>
    private static readonly HashSet<string> NotCopied = ["children_personal_data", "mt_event_projection_floors"];

    public sealed record Cloned(string Town, long Rows, double ElapsedMs);

    /// <summary>Copies <paramref name="template"/> into <paramref name="code"/> (a new town named <paramref name="townName"/>), or says why not.</summary>
    public async Task<(Cloned? Town, string? Refusal)> CloneAsync(string template, string code, string townName, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (!TownCodes.IsValid(code)) return (null, TownCodes.Rule);
        if (await directory.FindAsync(template, ct) is not { } source) return (null, $"模板镇街“{template}”不存在。");
        var profile = TownProfile.New(code, townName, TownProfile.ShortNameOf(townName), time.GetUtcNow());
        // Compliance reads the check period from the profile: the copy checks what the template checks.
        profile.CheckFrom = source.CheckFrom;
        profile.ConfirmedAt = source.ConfirmedAt;

        await using var connection = await connections.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        long rows = 0;
        await using (var insert = new NpgsqlCommand(
            $"insert into {Schema}.mt_doc_townprofile (id, data, mt_dotnet_type) " +
            $"select @code, @data::jsonb, mt_dotnet_type from {Schema}.mt_doc_townprofile where id = @template on conflict (id) do nothing", connection, transaction))
        {
            insert.Parameters.AddWithValue("code", code);
            insert.Parameters.AddWithValue("data", store.Options.Serializer().ToJson(profile));
            insert.Parameters.AddWithValue("template", template);
            if (await insert.ExecuteNonQueryAsync(ct) == 0) return (null, $"镇街代码“{code}”已经存在。");
        }

        foreach (var (table, columns) in await TownTablesAsync(connection, transaction, ct))
        {
            // The streams first: the events' foreign key is (tenant_id, stream_id).
            var select = columns.Select(c => c switch
            {
                "tenant_id" => "@code",
                // Marten takes seq_id from this sequence when it appends; ordered by the template's, so a stream's events keep their order.
                "seq_id" when table == "mt_events" => $"nextval('{Schema}.mt_events_sequence')",
                // A town's search rows carry the town's own token (migration 0027): the copy's, not the template's.
                "tokens" when table == "search_entries" => "ts_delete(tokens, '@' || @template) || array_to_tsvector(array['@' || @code])",
                _ => Quote(c)
            });
            var order = table == "mt_events" ? " order by seq_id" : "";
            await using var copy = new NpgsqlCommand(
                $"insert into {Schema}.{Quote(table)} ({string.Join(", ", columns.Select(Quote))}) " +
                $"select {string.Join(", ", select)} from {Schema}.{Quote(table)} where tenant_id = @template{order}", connection, transaction);
            copy.Parameters.AddWithValue("code", code);
            copy.Parameters.AddWithValue("template", template);
            rows += await copy.ExecuteNonQueryAsync(ct);
        }

        // The town's cached views are tagged with its read-model version (the sum of its slots): the copy starts where the template is.
        await using (var version = new NpgsqlCommand(
            $"insert into {Schema}.{ReadModelVersion.TableName} (town, slot, version) select @code, slot, version from {Schema}.{ReadModelVersion.TableName} where town = @template",
            connection, transaction))
        {
            version.Parameters.AddWithValue("code", code);
            version.Parameters.AddWithValue("template", template);
            await version.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        directory.Forget(code);
        return (new Cloned(code, rows, watch.Elapsed.TotalMilliseconds), null);
    }

    /// <summary>Every table of the schema with a town column (mt_streams before mt_events), read from the catalog so a table added later is copied too.</summary>
    private static async Task<IReadOnlyList<(string Table, string[] Columns)>> TownTablesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) from information_schema.columns c " +
            "join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE' " +
            "where c.table_schema = @schema and c.is_generated = 'NEVER' group by c.table_name " +
            "having bool_or(c.column_name = 'tenant_id') order by (c.table_name = 'mt_events'), c.table_name", connection, transaction);
        command.Parameters.AddWithValue("schema", Schema);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tables = new List<(string, string[])>();
        while (await reader.ReadAsync(ct))
            if (!NotCopied.Contains(reader.GetString(0))) tables.Add((reader.GetString(0), reader.GetFieldValue<string[]>(1)));
        return tables;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
