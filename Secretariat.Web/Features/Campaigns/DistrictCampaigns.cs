using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Campaigns;

public sealed record DistrictCampaignRow(TownProfile Town, CampaignSummary Summary);

public sealed record DistrictCampaignsPageModel(IReadOnlyList<DistrictCampaignRow> Rows);

/// <summary>
/// The district's side of 区验收 (六(四)): every town's campaigns with their completion, and the acceptance forms, which run in the
/// town's tenant (the district writes only its own records: acceptance opinions, rectification requirements and closures).
/// </summary>
public static class DistrictCampaigns
{
    public const string Path = "/district/campaigns";

    public static void MapDistrictCampaigns(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IDocumentStore store, TownDirectory directory, ViewCacheStore cache, CancellationToken ct) =>
        {
            var rows = new List<DistrictCampaignRow>();
            foreach (var town in await directory.AllAsync(ct))
            {
                await using var session = store.QuerySession(town.Id);
                foreach (var campaign in await session.Query<Campaign>().ToListAsync(ct))
                {
                    var view = await cache.GetAsync(town.Id, $"campaign-progress:{campaign.Id}", () => CampaignProgress.LoadAsync(session, campaign.Id, ct), ct);
                    if (view is not null) rows.Add(new DistrictCampaignRow(town, new CampaignSummary(campaign, view.Overall, view.Accepted, campaign.Items.Count)));
                }
            }
            return PageResults.Page<DistrictCampaignsPage, DistrictCampaignsPageModel>(context, new(rows));
        });

        group.MapPost("/{town}/{id:guid}/items/{itemId:guid}/accept", (string town, Guid id, Guid itemId, HttpContext context, IDocumentStore store,
            TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, store, directory, bus, town, id, itemId, form => new AcceptItem(id, itemId, form["Opinion"], context.User.Actor()), ct));

        group.MapPost("/{town}/{id:guid}/items/{itemId:guid}/rectify", (string town, Guid id, Guid itemId, HttpContext context, IDocumentStore store,
            TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, store, directory, bus, town, id, itemId,
                form => new RequireRectification(id, itemId, form["Opinion"], CampaignPages.Day(form["DueOn"]), context.User.Actor()), ct));

        group.MapPost("/{town}/{id:guid}/items/{itemId:guid}/close", (string town, Guid id, Guid itemId, HttpContext context, IDocumentStore store,
            TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, store, directory, bus, town, id, itemId, form => new CloseRectification(id, itemId, form["Opinion"], context.User.Actor()), ct));
    }

    /// <summary>
    /// Runs the district's command in the town's tenant; a refusal is shown on the town's item page, rendered here for the district (the
    /// page's links and forms are the town's own, under /t/{town}).
    /// </summary>
    private static async Task<IResult> ActAsync(HttpContext context, IDocumentStore store, TownDirectory directory, IMessageBus bus, string town,
        Guid id, Guid itemId, Func<IFormCollection, object> command, CancellationToken ct)
    {
        if (!TownCodes.IsValid(town) || await directory.FindAsync(town, ct) is not { } profile) return Results.NotFound();
        await using var session = store.QuerySession(town);
        if ((await session.LoadAsync<Campaign>(id, ct))?.Item(itemId) is null) return Results.NotFound();
        var form = await context.Request.ReadFormAsync(ct);
        var result = await bus.InvokeForTenantAsync<CommandResult>(town, command(form), ct);
        var itemPath = $"/campaigns/{id}/items/{itemId}";
        if (result.Succeeded) return PageResults.SeeOther(context, $"{TownRouting.Prefix}{town}{itemPath}#acceptance");
        // The page renders as the town's page (its links under /t/{town}) with the district's refusal at the acceptance forms.
        context.Request.PathBase = TownRouting.Prefix + town;
        context.Items[typeof(TownProfile)] = profile;
        return await CampaignPages.ItemAsync(context, session, id, itemId, result.Refusal, null, form, StatusCodes.Status422UnprocessableEntity, ct);
    }
}
