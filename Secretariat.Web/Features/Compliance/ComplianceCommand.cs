using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Secretariat.Web.Infrastructure;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// <c>compliance [--town tgy] --as-of 2026-10-01 [--json]</c>: where a town stands on a day, printed, with nothing written
/// (no migrations applied, no alerts raised), so an office can look ahead to an inspection day.
/// </summary>
public static class ComplianceCommand
{
    public static async Task<int> RunAsync(WebApplication app, string[] options)
    {
        DateOnly? asOf = null;
        string? town = null;
        var json = false;
        for (var i = 0; i < options.Length; i++)
        {
            switch (options[i])
            {
                case "--json": json = true; break;
                case "--town" when i + 1 < options.Length: town = options[++i]; break;
                case "--as-of" when i + 1 < options.Length:
                    if (!DateOnly.TryParseExact(options[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    {
                        await Console.Error.WriteLineAsync($"日期格式不对：{options[i]}（应为 YYYY-MM-DD，例如 2026-10-01）");
                        return 1;
                    }
                    asOf = day;
                    break;
                default: return CommandLine.Usage();
            }
        }
        var unapplied = await app.Services.GetRequiredService<Migrations>().UnappliedAsync(CancellationToken.None);
        if (unapplied.Count > 0)
        {
            await Console.Error.WriteLineAsync($"数据库尚未建立或不是最新（缺 {string.Join("、", unapplied)}）：请先启动一次应用，它会自动升级数据库。");
            return 3;
        }
        var evaluatedOn = asOf ?? app.Services.GetRequiredService<TimeProvider>().Today();
        var towns = await app.Services.GetRequiredService<TownDirectory>().AllAsync(CancellationToken.None);
        if (town is null && towns.Count == 1) town = towns[0].Id;
        if (town is null || towns.All(t => t.Id != town))
        {
            await Console.Error.WriteLineAsync(town is null
                ? $"有多个镇街，请用 --town 指定：{string.Join("、", towns.Select(t => $"{t.Id}（{t.TownName}）"))}"
                : $"镇街“{town}”不存在（towns list 列出全部镇街）。");
            return 1;
        }
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession(town);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var engine = app.Services.GetRequiredService<ComplianceEngine>();
        var report = await engine.EvaluateAsync(session, evaluatedOn, CancellationToken.None);
        watch.Stop();
        Console.Write(json ? Json(report, engine) : Table(report, engine));
        await Console.Error.WriteLineAsync($"评估用时 evaluated in {watch.ElapsedMilliseconds} ms");
        return 0;
    }

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All)
    };

    public static string Json(ComplianceReport report, ComplianceEngine engine) => JsonSerializer.Serialize(new
    {
        asOf = report.AsOf.ToString("yyyy-MM-dd"),
        findings = report.Findings.Select(f => new
        {
            f.Key, f.Rule, RuleName = engine.Name(f.Rule), f.Subject, f.Period, Severity = f.Severity.ToString(), SeverityName = f.SeverityText,
            f.ReminderDays, DueOn = f.DueOn?.ToString("yyyy-MM-dd"), f.Explanation, f.Link
        })
    }, JsonOptions) + Environment.NewLine;

    public static string Table(ComplianceReport report, ComplianceEngine engine)
    {
        var lines = new System.Text.StringBuilder();
        lines.AppendLine($"截至 {report.AsOf:yyyy-MM-dd} 的合规检查（只读，不改变任何数据）：{report.Findings.Count} 项");
        if (report.Findings.Count == 0) return lines.AppendLine("没有问题。").ToString();
        lines.AppendLine("程度\t规则\t对象\t期间\t期限\t说明\t链接");
        foreach (var f in report.Findings)
            lines.AppendLine($"{f.SeverityText}\t{engine.Name(f.Rule)}\t{f.Subject}\t{f.Period}\t{f.DueOn?.ToString("yyyy-MM-dd") ?? "—"}\t{f.Explanation}\t{f.Link}");
        var counts = report.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Key.Chinese()} {g.Count()}");
        return lines.AppendLine("合计：" + string.Join("，", counts)).ToString();
    }
}
