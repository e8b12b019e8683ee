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

/// <summary>Computes every town's figures, a few towns at a time, each in a session of its own tenant.</summary>
public sealed class DistrictOverview(IDocumentStore store, TownDirectory directory, ComplianceEngine engine, MeetingCadenceOptions meetingCadence,
    Infrastructure.Caching.ViewCacheStore cache, Infrastructure.Caching.ReadModelVersion versions)
{
    /// <summary>Towns computed at once: each holds a connection for a handful of queries.</summary>
    public const int Parallelism = 4;

    public async Task<IReadOnlyList<TownFigures>> TownsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var towns = await directory.AllAsync(ct);
        // Every town's version first, in one query: a town's row computed next is at least that new.
        var current = await versions.AllAsync(ct);
        var figures = new TownFigures[towns.Count];
        await Parallel.ForAsync(0, towns.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (i, token) => figures[i] = await CachedAsync(towns[i], current.GetValueOrDefault(towns[i].Id), now, token));
        return figures;
    }

    /// <summary>
    /// A town's row is kept until the town writes again (its read-model version), for the day and a ten-minute
    /// window of it: "held" turns as a meeting's start passes, and a date rule as the day turns.
    /// </summary>
    private Task<TownFigures> CachedAsync(TownProfile town, long version, DateTimeOffset now, CancellationToken ct) =>
        cache.GetAsync(town.Id, $"district-row:{town.TownName}:{now.UtcTicks / TimeSpan.FromMinutes(10).Ticks}", version, () => TownAsync(town, now, ct));

    public async Task<TownFigures> TownAsync(TownProfile town, DateTimeOffset now, CancellationToken ct)
    {
        var today = now.ToTownDate();
        var year = today.Year;
        await using var session = store.QuerySession(town.Id);
        var meetings = await MeetingsOfYear.InAsync(session, year, ct);
        // The board's "已逾期" (Resolution.StatusOf): not done and past its due day.
        var resolutionsOverdue = await session.Query<Resolution>().CountAsync(r => !r.IsDone && r.DueOn < today, ct);
        var severities = await session.Query<ComplianceAlert>().Where(a => a.IsOpen).Select(a => a.Severity).ToListAsync(ct);
        var findings = (await engine.EvaluateAsync(session, today, ct)).Findings;
        return new TownFigures(town.Id, town.TownName, year, meetingCadence.MeetingsPerYear,
            Held: meetings.Count(m => !m.Cancelled && m.StartsAt <= now),
            Issued: meetings.Count(m => m.Issued),
            ResolutionsOverdue: resolutionsOverdue,
            TrainingOverdue: findings.Count(f => TrainingCadence.IsTraining(f.Rule) && f.Severity == Severity.Breach),
            VillagesWithoutDirector: findings.Count(f => f.Rule == TrainingCadence.Directors.Code),
            ReportsOverdue: findings.Count(f => f.Rule == ReportCadence.Semiannual.Code && f.Severity == Severity.Breach),
            Breach: severities.Count(s => s == Severity.Breach),
            Urgent: severities.Count(s => s == Severity.Urgent),
            Warning: severities.Count(s => s == Severity.Warning),
            Reminder: severities.Count(s => s == Severity.Reminder));
    }
}
