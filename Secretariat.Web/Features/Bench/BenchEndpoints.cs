using System.Net;
using System.Text;
using Npgsql;
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
        group.MapGet("/compliance-evaluation", async (DateOnly? asOf, IQuerySession session, Compliance.ComplianceOptions options,
            TimeProvider time, CancellationToken ct) =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var report = await Compliance.EvaluateComplianceHandler.EvaluateAsync(session, options, asOf ?? Infrastructure.Time.TownClock.Today(time), ct);
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
}
