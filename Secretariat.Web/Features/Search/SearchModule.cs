namespace Secretariat.Web.Features.Search;

/// <summary>The results page's model: the query as typed, its problem (Chinese) or its results, and where the form posts back.</summary>
public sealed record SearchPageModel(string? Query, string? Problem, SearchResults Results, bool District, string Action,
    IReadOnlyDictionary<string, string> TownNames);

/// <summary>
/// Search (搜索): one box in the header, a results page per town (<c>/t/{code}/search?q=</c>, every reader of the town) and for the
/// district (<c>/district/search?q=</c>, 区未保办: every town, with a town column). The index follows every save
/// (<see cref="IndexOnSave"/>) and <c>search rebuild</c> rebuilds it.
/// </summary>
public static class SearchModule
{
    public const string DistrictPath = "/district/search";

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndex>();
        services.ConfigureMarten(options => options.Listeners.Add(new IndexOnSave()));
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/search").RequireCapability(Capability.ReadTown).MapGet("", async (string? q, HttpContext context, SearchIndex index,
            CancellationToken ct) =>
        {
            var town = context.RequiredTown();
            return await PageAsync(context, index, q, [town.Id], new Dictionary<string, string> { [town.Id] = town.TownName }, false,
                (context.Request.PathBase.Value ?? "") + "/search", ct);
        }).RequireCapability(Capability.ReadTown);

        app.MapGroup(DistrictPath).DistrictWide().RequireCapability(Capability.ReadEveryTown).MapGet("", async (string? q, HttpContext context,
            SearchIndex index, TownDirectory directory, CancellationToken ct) =>
        {
            var towns = await directory.AllAsync(ct);
            return await PageAsync(context, index, q, towns.Select(t => t.Id).ToList(), towns.ToDictionary(t => t.Id, t => t.TownName), true,
                DistrictPath, ct);
        }).RequireCapability(Capability.ReadEveryTown);
        return app;
    }

    private static async Task<IResult> PageAsync(HttpContext context, SearchIndex index, string? q, IReadOnlyList<string> towns,
        IReadOnlyDictionary<string, string> names, bool district, string action, CancellationToken ct)
    {
        var none = new SearchResults([], 0);
        // No query yet: the form alone (the header box leads here with one). A bad one: its reason in the page, 422.
        if (q is null) return PageResults.Page<SearchPage, SearchPageModel>(context, new(null, null, none, district, action, names));
        var query = q.Trim();
        if (SearchText.Problem(query) is { } problem)
        {
            // Never echo control characters back into the page.
            var shown = new string(q.Where(c => !char.IsControl(c)).Take(SearchText.MaxQueryLength).ToArray());
            return PageResults.Page<SearchPage, SearchPageModel>(context, new(shown, problem, none, district, action, names),
                StatusCodes.Status422UnprocessableEntity);
        }
        var results = await index.FindAsync(towns, query, context.User.Actor(), ct);
        return PageResults.Page<SearchPage, SearchPageModel>(context, new(query, null, results, district, action, names));
    }
}
