using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.District;

/// <summary>
/// One town's figures on a day, read from the town's own data (its tenant): the same counts as the town's dashboard
/// and the lists the figures link to.
/// </summary>
public sealed record TownFigures(
    string Code, string TownName, int Year, int Required, int Held, int Issued, int ResolutionsOverdue, int TrainingOverdue,
    int VillagesWithoutDirector, int ReportsOverdue, int Breach, int Urgent, int Warning, int Reminder)
{
    /// <summary>The day of the evaluation the figures come from (the daily run's, or the one seconds after the town's last change).</summary>
    public DateOnly? EvaluatedOn { get; init; }

    /// <summary>The overdue items the chart draws: resolutions, training, villages without a director, reports.</summary>
    public int OverdueTotal => ResolutionsOverdue + TrainingOverdue + VillagesWithoutDirector + ReportsOverdue;

    public int OpenAlerts => Breach + Urgent + Warning + Reminder;

    public int Alerts(Severity severity) => severity switch
    {
        Severity.Breach => Breach,
        Severity.Urgent => Urgent,
        Severity.Warning => Warning,
        _ => Reminder
    };
}

/// <summary>A column of the overview: its key in <c>?sort=</c>, its Chinese header, and the value it sorts by.</summary>
public sealed record OverviewColumn(string Key, string Header, Func<TownFigures, IComparable> Value);

public static class OverviewColumns
{
    public static readonly IReadOnlyList<OverviewColumn> All =
    [
        new("town", "镇街", t => t.TownName),
        new("held", "已召开会议", t => t.Held),
        new("issued", "已印发纪要", t => t.Issued),
        new("resolutions", "议定事项逾期", t => t.ResolutionsOverdue),
        new("training", "培训逾期", t => t.TrainingOverdue),
        new("coverage", "无儿童主任的村（社区）", t => t.VillagesWithoutDirector),
        new("reports", "半年报告逾期", t => t.ReportsOverdue),
        new("breach", "违规", t => t.Breach),
        new("urgent", "紧急", t => t.Urgent),
        new("warning", "警告", t => t.Warning),
        new("reminder", "提醒", t => t.Reminder),
        new("overdue", "逾期合计", t => t.OverdueTotal)
    ];

    public static OverviewColumn? Find(string? key) => All.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>By the column asked for (the town's name when none or unknown), then by the town's name and code so the order is stable.</summary>
    public static IReadOnlyList<TownFigures> Sort(IEnumerable<TownFigures> towns, OverviewColumn column, bool descending)
    {
        var ordered = descending ? towns.OrderByDescending(column.Value) : towns.OrderBy(column.Value);
        return ordered.ThenBy(t => t.TownName, StringComparer.Ordinal).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// Every town's figures from its row (<see cref="DistrictRows"/>): a page reads N small rows and evaluates no town. A town
/// without a row of this year (added since, or the year just turned before the daily run) is evaluated once here, a few at
/// a time, and its row stored.
/// </summary>
public sealed class DistrictOverview(IDocumentStore store, TownDirectory directory, ComplianceEngine engine, MeetingCadenceOptions meetingCadence,
    DistrictRows rows)
{
    /// <summary>Towns evaluated at once when rows are missing: each holds a connection for a handful of queries.</summary>
    public const int Parallelism = 4;

    /// <summary>
    /// Every town's figures in the order asked for. Kept per stamp of the rows, order and minute: "held" is the only figure
    /// that moves with the clock, and a meeting starts on a minute.
    /// </summary>
    public async Task<IReadOnlyList<TownFigures>> SortedAsync(DateTimeOffset now, OverviewColumn column, bool descending, CancellationToken ct)
    {
        var minute = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var snapshot = await rows.SnapshotAsync(ct);
        var key = (snapshot.Stamp, column.Key, descending, minute);
        if (_sorted.TryGetValue(key, out var sorted)) return sorted;
        var (towns, complete) = await TownsAsync(snapshot, minute, ct);
        sorted = OverviewColumns.Sort(towns, column, descending);
        // Rows computed on the way change the stamp: the next page finds them stored.
        if (!complete) return sorted;
        if (_sorted.Count >= 64) _sorted.Clear();
        _sorted[key] = sorted;
        return sorted;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Stamp, string Column, bool Descending, DateTimeOffset Minute), IReadOnlyList<TownFigures>> _sorted = new();

    private async Task<(IReadOnlyList<TownFigures> Towns, bool Complete)> TownsAsync(DistrictSnapshot snapshot, DateTimeOffset now, CancellationToken ct)
    {
        var missing = snapshot.Codes.Where(code => !(snapshot.Rows.TryGetValue(code, out var row) && row.Serves(now))).ToList();
        var computed = new System.Collections.Concurrent.ConcurrentDictionary<string, DistrictOverviewRow>();
        if (missing.Count > 0)
        {
            await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (code, token) =>
            {
                if (await directory.FindAsync(code, token) is { } town) computed[code] = await EvaluateAsync(town, now, token);
            });
            await rows.StoreAsync(computed.Values.ToList(), ct);
        }
        var towns = snapshot.Codes.Select(code => computed.GetValueOrDefault(code) ?? snapshot.Rows.GetValueOrDefault(code))
            .Where(row => row is not null).Select(row => row!.Figures(now, meetingCadence.MeetingsPerYear)).ToList();
        return (towns, missing.Count == 0);
    }

    /// <summary>A town's row from a fresh evaluation (changes nothing in the town: its alerts are the daily run's and the recheck's).</summary>
    public async Task<DistrictOverviewRow> EvaluateAsync(TownProfile town, DateTimeOffset now, CancellationToken ct)
    {
        IReadOnlyList<Finding> findings;
        await using (var session = store.QuerySession(town.Id))
            findings = (await engine.EvaluateAsync(session, now.ToTownDate(), ct)).Findings;
        return await rows.ComputeAsync(town, now, findings, ct);
    }
}
