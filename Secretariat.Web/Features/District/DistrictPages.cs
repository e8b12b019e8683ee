using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.District;

/// <param name="All">Every town, sorted (the totals row); <paramref name="Towns"/> the page's.</param>
public sealed record DistrictPageModel(IReadOnlyList<TownFigures> All, IReadOnlyList<TownFigures> Towns, int PageNumber, DateOnly Today, int Year,
    int Required, OverviewColumn Sort, bool Descending)
{
    /// <summary>Towns whose figures are from an evaluation before today (the daily run not yet done today).</summary>
    public int FromEarlierDays => All.Count(t => t.EvaluatedOn < Today);
}

public static class DistrictPages
{
    public const string DefaultSort = "town";

    /// <summary>Towns a page shows: a 直辖市's thousand towns are read a page at a time, the totals and the export cover all.</summary>
    public const int PageSize = 50;

    public static void MapDistrictPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (string? sort, string? dir, string? page, HttpContext context, DistrictOverview overview, TimeProvider time,
            MeetingCadenceOptions meetings, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var (column, descending) = SortOf(sort, dir);
            var towns = await overview.SortedAsync(now, column, descending, ct);
            var number = PageOf(page, towns.Count);
            return PageResults.Page<DistrictPage, DistrictPageModel>(context,
                new DistrictPageModel(towns, towns.Skip((number - 1) * PageSize).Take(PageSize).ToList(), number, now.ToTownDate(), now.ToTownDate().Year,
                    meetings.MeetingsPerYear, column, descending));
        });

        group.MapGet("/overview.xlsx", async (string? sort, string? dir, DistrictOverview overview, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var (column, descending) = SortOf(sort, dir);
            var towns = await overview.SortedAsync(now, column, descending, ct);
            var today = now.ToTownDate();
            return Results.File(DistrictWorkbook.Build(towns, today), DistrictWorkbook.ContentType, $"区概览-{today.IsoDate()}.xlsx");
        });
    }

    /// <summary>The page asked for, within 1..the last (a number out of range or not a number: the nearest page, the first).</summary>
    public static int PageOf(string? page, int towns)
    {
        var last = Math.Max(1, (towns + PageSize - 1) / PageSize);
        return int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, last) : 1;
    }

    /// <summary>The column and direction asked for; an unknown column is the town's name, a missing direction ascending.</summary>
    public static (OverviewColumn Column, bool Descending) SortOf(string? sort, string? dir) =>
        (OverviewColumns.Find(sort) ?? OverviewColumns.Find(DefaultSort)!, string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase));
}
