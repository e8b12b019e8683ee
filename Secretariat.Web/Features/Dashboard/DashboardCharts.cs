using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Dashboard;

/// <summary>One lead unit's resolutions by state on a day: the same states and the same "overdue" as the board and the dashboard's list.</summary>
public sealed record UnitResolutionCounts(UnitRef Unit, int NotStarted, int InProgress, int Done, int Overdue)
{
    public int Total => NotStarted + InProgress + Done + Overdue;

    public int Of(ResolutionStatus status) => status switch
    {
        ResolutionStatus.NotStarted => NotStarted,
        ResolutionStatus.InProgress => InProgress,
        ResolutionStatus.Done => Done,
        _ => Overdue
    };
}

/// <summary>A resolution as the chart counts it (a projection of the snapshot's columns, not the whole document).</summary>
public sealed record ChartResolution(UnitRef LeadUnit, bool IsDone, DateOnly DueOn, int ProgressCount);

/// <summary>The resolutions chart: its states in the order they are stacked, with their colours.</summary>
public static class ResolutionChart
{
    /// <summary>The states in the order they are stacked (what needs attention first) and their colours (at least 3:1 on white).</summary>
    public static readonly IReadOnlyList<(ResolutionStatus Status, string Fill)> States =
    [
        (ResolutionStatus.Overdue, "#c62828"), (ResolutionStatus.NotStarted, "#6d6d6d"), (ResolutionStatus.InProgress, "#1565c0"),
        (ResolutionStatus.Done, "#2e7d32")
    ];

}

public static class DashboardChartQueries
{
    /// <summary>
    /// Resolutions by state per lead unit for an audience: everything for the office and the leaders, for a liaison the
    /// matters their unit takes part in (the dashboard's own filter), cached until the data or the day changes.
    /// </summary>
    public static Task<IReadOnlyList<UnitResolutionCounts>> ResolutionsAsync(IQuerySession session, ViewCache cache, Audience audience, DateOnly today,
        CancellationToken ct) =>
        cache.GetAsync<IReadOnlyList<UnitResolutionCounts>>($"dashboard-charts:{audience.CacheKey}:{today:yyyy-MM-dd}", async () =>
        {
            var query = session.Query<Resolution>().AsQueryable();
            if (!audience.Everything && audience.UnitId is { } unit) query = query.Where(r => r.UnitIds.Contains(unit));
            var rows = await query.Select(r => new ChartResolution(r.LeadUnit, r.IsDone, r.DueOn, r.ProgressCount)).ToListAsync(ct);
            return Count(rows, today);
        }, ct);

    /// <summary>Counted by <see cref="Resolution.StatusOf"/>, the rule of the board and of the dashboard's list.</summary>
    public static IReadOnlyList<UnitResolutionCounts> Count(IEnumerable<ChartResolution> rows, DateOnly today) =>
        rows.GroupBy(r => r.LeadUnit.Id)
            .Select(g =>
            {
                var states = g.Select(r => Resolution.StatusOf(r.IsDone, r.DueOn, r.ProgressCount, today)).ToList();
                return new UnitResolutionCounts(g.First().LeadUnit, states.Count(s => s == ResolutionStatus.NotStarted),
                    states.Count(s => s == ResolutionStatus.InProgress), states.Count(s => s == ResolutionStatus.Done),
                    states.Count(s => s == ResolutionStatus.Overdue));
            })
            .OrderByDescending(c => c.Overdue).ThenByDescending(c => c.Total).ThenBy(c => c.Unit.Name, StringComparer.Ordinal)
            .ToList();
}
