namespace Secretariat.Web.Features.Children;

public sealed record DistrictChildrenPageModel(IReadOnlyList<(TownProfile Town, ChildCounts Counts)> Towns, DateOnly Today);

/// <summary>
/// The district's view of the registers: each town's counts by register, category and level, and its overdue visits, read in the
/// town's own tenant. Counts only: the district never sees a child (no reference, no name, no village line).
/// </summary>
public static class DistrictChildren
{
    public const string Path = "/district/children";

    public static void MapDistrictChildren(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, async (HttpContext context, IDocumentStore store, TownDirectory directory, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today();
            var rows = new List<(TownProfile, ChildCounts)>();
            foreach (var town in await directory.AllAsync(ct))
            {
                await using var session = store.QuerySession(town.Id);
                rows.Add((town, await new ChildQueries(session).CountsAsync(today, ct)));
            }
            return PageResults.Page<DistrictChildrenPage, DistrictChildrenPageModel>(context, new(rows, today));
        }).DistrictWide().RequireCapability(Capability.ReadEveryTown);
}
