using System.Net;
using System.Text;
using Npgsql;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Web.Features.Bench;

/// <summary>
/// Ceilings for bench/: mapped only when Bench:Enabled is true, and behind the readers' policy like every page, so the
/// roster page is compared with the framework's and a plain-database page's best under the same authorization.
/// </summary>
public static class BenchEndpoints
{
    /// <summary>Maps the ceilings on the module's <c>/bench</c> group (which names the policy).</summary>
    public static void MapBench(this RouteGroupBuilder group)
    {
        group.MapGet("/trivial", () => Results.Text("ok"));
        // The evaluation alone (facts from the projections + rules), timed inside the app: what bench/compliance reports.
        group.MapGet("/compliance-evaluation", async (DateOnly? asOf, IQuerySession session, Compliance.ComplianceEngine engine,
            TimeProvider time, CancellationToken ct) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var report = await engine.EvaluateAsync(session, asOf ?? Infrastructure.Time.TownClock.Today(time), ct);
            return Results.Json(new { findings = report.Findings.Count, elapsedMs = watch.Elapsed.TotalMilliseconds });
        });
        group.MapGet("/db-table", async (DatabaseConnection database, CancellationToken ct) =>
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                "select n, md5(n::text) from generate_series(1, 20) as n", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>基准</title></head><body><table>");
            while (await reader.ReadAsync(ct))
                html.Append("<tr><td>").Append(reader.GetInt32(0)).Append("</td><td>")
                    .Append(WebUtility.HtmlEncode(reader.GetString(1))).Append("</td></tr>");
            html.Append("</table></body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        });
    }

    /// <summary>District-wide bench endpoints (bench/towns): adding a bench town with the sample's roster, the daily run of every town.</summary>
    public static void MapDistrictBench(this RouteGroupBuilder group)
    {
        // A new town with the notice's roster and child directors, through the same commands as the first start's
        // sample (LoadSampleTown, LoadSampleChildWorkers), for that town: its office then loads its years through the forms.
        group.MapPost("/towns/{code}", async (string code, [Microsoft.AspNetCore.Mvc.FromForm] string name, Towns.TownRegistry registry, IMessageBus bus, CancellationToken ct) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (await registry.AddAsync(code, name, null, ct) is { } refusal) return Results.BadRequest(refusal);
            var roster = await bus.InvokeForTenantAsync<CommandResult>(code, new Roster.LoadSampleTown(), ct);
            var workers = await bus.InvokeForTenantAsync<CommandResult>(code, new Training.LoadSampleChildWorkers(), ct);
            if (!roster.Succeeded || !workers.Succeeded) return Results.BadRequest(roster.Refusal ?? workers.Refusal);
            return Results.Json(new { town = code, elapsedMs = watch.Elapsed.TotalMilliseconds });
        });
        // The notice's campaign (附件2) in a bench town, through the command the first start opens it with in the sample town
        // (SampleCampaign.Command(), resolved against that town's units). bench/campaigns: the app has no form that opens a
        // campaign in a town yet, so a town added by /bench/towns/{code} has none.
        group.MapPost("/towns/{code}/campaign", async (string code, TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (!TownCodes.IsValid(code) || await directory.FindAsync(code, ct) is null) return Results.NotFound();
            var result = await bus.InvokeForTenantAsync<CommandResult>(code, Campaigns.SampleCampaign.Command(), ct);
            return result.Succeeded ? Results.Json(new { town = code, elapsedMs = watch.Elapsed.TotalMilliseconds }) : Results.BadRequest(result.Refusal);
        });
        // bench/district: COUNT copies of a town loaded through the forms (the template), named PREFIX + a four-digit number
        // from FIRST (d0001, d0002 ...), each copied inside PostgreSQL in one transaction with its registry entry (BenchTownCloner).
        group.MapPost("/towns/{template}/clone", async (string template, [Microsoft.AspNetCore.Mvc.FromForm] string prefix,
            [Microsoft.AspNetCore.Mvc.FromForm] int first, [Microsoft.AspNetCore.Mvc.FromForm] int count, DatabaseConnectionSource connections,
            IDocumentStore store, Towns.TownDirectory directory, TimeProvider time, CancellationToken ct) =>
        {
            if (count < 1 || first < 0 || first + count - 1 > 9_999) return Results.BadRequest("first >= 0, count >= 1, first + count - 1 <= 9999");
            var cloner = new BenchTownCloner(connections, store, directory, time);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var towns = new List<BenchTownCloner.Cloned>();
            for (var n = first; n < first + count; n++)
            {
                var (town, refusal) = await cloner.CloneAsync(template, $"{prefix}{n:D4}", $"基准{prefix}{n:D4}镇", ct);
                if (town is null) return Results.BadRequest(refusal);
                towns.Add(town);
            }
            return Results.Json(new
            {
                towns = towns.Count, rows = towns.Sum(t => t.Rows), elapsedMs = watch.Elapsed.TotalMilliseconds,
                medianMs = towns.OrderBy(t => t.ElapsedMs).ElementAt(towns.Count / 2).ElapsedMs, maxMs = towns.Max(t => t.ElapsedMs)
            });
        });
        // What this process has allocated so far (bench/district: the memory a request costs = the difference over a wrk run / its requests).
        group.MapGet("/allocated", () => Results.Json(new
        {
            allocatedBytes = GC.GetTotalAllocatedBytes(precise: true), gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1),
            gen2 = GC.CollectionCount(2), heapBytes = GC.GetTotalMemory(false), workingSetBytes = Environment.WorkingSet
        }));
        // The daily compliance run of every town (what the Hangfire job sends), timed inside the app. With ?shared=NAME, a run
        // shared with the app processes called with the same name at the same time (the daily job's way): each does the towns it
        // claims, and "towns" counts this process's.
        group.MapPost("/compliance-all-towns", async (string? shared, IMessageBus bus, CancellationToken ct) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var command = new Compliance.RaiseAlertsInEveryTown(string.IsNullOrWhiteSpace(shared) ? null : "bench:" + shared.Trim());
            var results = await bus.InvokeAsync<IReadOnlyDictionary<string, Compliance.AlertChanges>>(command, ct);
            return Results.Json(new
            {
                towns = results.Count, findings = results.Values.Sum(r => r.Findings), changes = results.Values.Sum(r => r.Total),
                elapsedMs = watch.Elapsed.TotalMilliseconds
            });
        });
    }
}
