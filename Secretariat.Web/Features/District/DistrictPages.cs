using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.District;

public sealed record DistrictPageModel(IReadOnlyList<TownFigures> Towns, DateOnly Today, int Year, int Required, OverviewColumn Sort,
    bool Descending);

public static class DistrictPages
{
    public const string DefaultSort = "town";

    public static void MapDistrictPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (string? sort, string? dir, HttpContext context, DistrictOverview overview, TimeProvider time,
            MeetingCadenceOptions meetings, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var (column, descending) = SortOf(sort, dir);
            var towns = OverviewColumns.Sort(await overview.TownsAsync(now, ct), column, descending);
            return PageResults.Page<DistrictPage, DistrictPageModel>(context,
                new DistrictPageModel(towns, now.ToTownDate(), now.ToTownDate().Year, meetings.MeetingsPerYear, column, descending));
        });

        group.MapGet("/overview.xlsx", async (string? sort, string? dir, DistrictOverview overview, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var (column, descending) = SortOf(sort, dir);
            var towns = OverviewColumns.Sort(await overview.TownsAsync(now, ct), column, descending);
            var today = now.ToTownDate();
            return Results.File(DistrictWorkbook.Build(towns, today), DistrictWorkbook.ContentType, $"区概览-{today.IsoDate()}.xlsx");
        });
    }

    /// <summary>The column and direction asked for; an unknown column is the town's name, a missing direction ascending.</summary>
    public static (OverviewColumn Column, bool Descending) SortOf(string? sort, string? dir) =>
        (OverviewColumns.Find(sort) ?? OverviewColumns.Find(DefaultSort)!, string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase));
}
