using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Campaigns;

public sealed record CampaignSummary(Campaign Campaign, Completion Overall, int Accepted, int Items);

public sealed record CampaignsPageModel(IReadOnlyList<CampaignSummary> Campaigns, bool MayAdd);

/// <summary>The matrix filters: a 项目, a unit, a cell state (each optional).</summary>
public sealed record MatrixFilter(string? Project, Guid? Unit, CellState? State);

public sealed record CampaignPageModel(CampaignProgressView View, MatrixFilter Filter, string MatrixHtml, int RowCount, DateOnly Today, Actor Actor);

/// <summary>The matrix as rendered for one filter, cached with the town's read-model version.</summary>
public sealed record RenderedMatrix(string Html, int Rows);

/// <summary>One unit's panel on an item's page: its evidence (if the reader may see it) and what the reader may do there.</summary>
public sealed record UnitPanel(CampaignUnit Unit, UnitEvidence? Evidence, CellState State, bool MaySee, bool MaySubmit, bool MayReview);

/// <summary>An item's page: its standard and spec, the app's own check, each unit's evidence and review, the district's acceptance.</summary>
public sealed record CampaignItemPageModel(Campaign Campaign, CampaignItem Item, IReadOnlyList<UnitPanel> Units, ItemAcceptance? Acceptance,
    CheckOutcome? Check, IReadOnlyList<LinkChoice> Choices, Actor Actor, string Town, DateOnly Today, string? Error, Guid? ErrorUnit,
    IFormCollection? Unsaved, string? Done = null);

public sealed record NewItemPageModel(Campaign Campaign, IReadOnlyList<MemberUnit> Units, string? Error, IFormCollection? Unsaved);

public sealed record FrozenRecordPageModel(Campaign Campaign, FrozenRecord Record);

public static class CampaignPages
{
    public static void MapCampaignPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IQuerySession session, ViewCache cache, CancellationToken ct) =>
        {
            var campaigns = await session.Query<Campaign>().ToListAsync(ct);
            var summaries = new List<CampaignSummary>();
            foreach (var c in campaigns.OrderByDescending(c => c.Schedule.SubmissionDue))
                if (await CampaignProgress.CachedAsync(cache, session, c.Id, ct) is { } view)
                    summaries.Add(new CampaignSummary(c, view.Overall, view.Accepted, c.Items.Count));
            return PageResults.Page<CampaignsPage, CampaignsPageModel>(context, new(summaries, context.User.Actor().ManagesCampaigns()));
        });

        group.MapGet("/{id:guid}", async (Guid id, string? project, string? unit, string? state, HttpContext context, IQuerySession session,
            ViewCache cache, TimeProvider time, CancellationToken ct) =>
        {
            var view = await CampaignProgress.CachedAsync(cache, session, id, ct);
            if (view is null) return Results.NotFound();
            var filter = new MatrixFilter(string.IsNullOrWhiteSpace(project) ? null : project.Trim(),
                Guid.TryParse(unit, out var u) ? u : null, Enum.TryParse<CellState>(state, true, out var s) && Enum.IsDefined(s) ? s : null);
            // The 38 × 20 table is rendered once per town version and filter: every request after that copies it.
            var matrix = await cache.GetAsync($"campaign-matrix:{id}:{filter.Project}:{filter.Unit}:{filter.State}", async () =>
            {
                var units = filter.Unit is { } only ? view.Units.Where(u => u.UnitId == only).ToList() : view.Units.ToList();
                var rows = view.Rows.Where(r => filter.Project is null || r.Item.Project == filter.Project)
                    .Where(r => filter.Unit is not { } fu || r.Cells.GetValueOrDefault(fu, CellState.NotOwed) != CellState.NotOwed)
                    .Where(r => filter.State is not { } fs || units.Any(u => r.Cells[u.UnitId!.Value] == fs)).ToList();
                var html = await ComponentHtml.RenderAsync<CampaignMatrix>(context, new Dictionary<string, object?>
                {
                    [nameof(CampaignMatrix.CampaignId)] = id, [nameof(CampaignMatrix.Rows)] = rows, [nameof(CampaignMatrix.Units)] = units
                });
                return new RenderedMatrix(html, rows.Count);
            }, ct);
            return PageResults.Page<CampaignPage, CampaignPageModel>(context, new(view, filter, matrix.Html, matrix.Rows, time.Today(), context.User.Actor()));
        });

        group.MapGet("/{id:guid}/items/{itemId:guid}", (Guid id, Guid itemId, string? done, HttpContext context, IQuerySession session, CancellationToken ct) =>
            ItemAsync(context, session, id, itemId, null, null, null, StatusCodes.Status200OK, ct, Done.GetValueOrDefault(done ?? "")));

        group.MapGet("/{id:guid}/files/{fileId:guid}", async (Guid id, Guid fileId, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            // A unit's file belongs to its evidence, a rectification's to the item's acceptance: either names the campaign and the item.
            var file = await session.LoadAsync<StoredFile>(fileId, ct);
            if (file is null) return Results.NotFound();
            var evidence = await session.LoadAsync<UnitEvidence>(file.OwnerId, ct);
            var acceptance = evidence is null ? await session.LoadAsync<ItemAcceptance>(file.OwnerId, ct) : null;
            var itemId = evidence?.CampaignId == id ? evidence.ItemId : acceptance?.CampaignId == id ? acceptance.ItemId : (Guid?)null;
            var campaign = itemId is null ? null : await session.LoadAsync<Campaign>(id, ct);
            if (campaign?.Item(itemId!.Value) is not { } item) return Results.NotFound();
            // A unit's file is seen by whoever sees its submissions.
            if (evidence is not null && !context.User.Actor().MaySeeSubmissions(item, evidence.UnitId)) return Policies.Forbidden();
            return await file.DownloadAsync(context, () => Task.FromResult(
                ($"印证材料：{item.Label}{(evidence is null ? " 整改材料" : " " + evidence.UnitName)}", $"/campaigns/{id}/items/{item.Id}")), ct);
        });

        group.MapGet("/{id:guid}/frozen/{frozenId:guid}", async (Guid id, Guid frozenId, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var record = await session.LoadAsync<FrozenRecord>(frozenId, ct);
            var campaign = record is null || record.CampaignId != id ? null : await session.LoadAsync<Campaign>(id, ct);
            return campaign is null ? Results.NotFound() : PageResults.Page<FrozenRecordPage, FrozenRecordPageModel>(context, new(campaign, record!));
        });
    }

    /// <summary>What a successful post says on the page it returns to (the query names it; the text is ours, never echoed).</summary>
    private static readonly Dictionary<string, string> Done = new()
    {
        ["submitted"] = "材料已报送，等待初审。", ["answered"] = "负面清单已填报。", ["passed"] = "初审意见已提交：通过。",
        ["returned"] = "初审意见已提交：已退回补充。", ["rectification"] = "整改情况已报送，等待区未保办确认。", ["district"] = "验收意见已提交。"
    };

    /// <summary>An item's page; after a refusal, with the message at the form of the unit it concerns and what was typed.</summary>
    public static async Task<IResult> ItemAsync(HttpContext context, IQuerySession session, Guid id, Guid itemId, string? error, Guid? errorUnit,
        IFormCollection? unsaved, int status, CancellationToken ct, string? done = null)
    {
        var campaign = await session.LoadAsync<Campaign>(id, ct);
        if (campaign?.Item(itemId) is not { } item) return Results.NotFound();
        var actor = context.User.Actor();
        var evidence = await session.Query<UnitEvidence>().Where(e => e.CampaignId == id && e.ItemId == itemId).ToListAsync(ct);
        var acceptance = await session.LoadAsync<ItemAcceptance>(CampaignIds.Acceptance(id, itemId), ct);
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var panels = campaign.UnitsFor(item).Select(u =>
        {
            var e = evidence.FirstOrDefault(x => x.UnitId == u.UnitId);
            var maySee = actor.MaySeeSubmissions(item, u.UnitId!.Value);
            return new UnitPanel(u, maySee ? e : null, CampaignProgress.Cell(item, e?.State, e?.Answer), maySee, actor.MaySubmitFor(u.UnitId!.Value),
                actor.MayReview() && item.Kind == ItemKind.Task);
        }).ToList();
        // The app's own count and the town's records to link, read once per town version (and day), not per request. The town is named:
        // the district's refused acceptance renders this page from a district-wide request.
        var town = context.RequiredTown().Id;
        var cache = context.RequestServices.GetRequiredService<ViewCacheStore>();
        var check = item.Evidence.Check == RecordCheck.None ? null
            : await cache.GetAsync(town, $"campaign-check:{id}:{itemId}:{today:yyyy-MM-dd}", () => context.RequestServices.GetRequiredService<RecordChecks>().RunAsync(session, campaign, item, today, ct), ct);
        var choices = panels.Any(p => p.MaySubmit) || actor.MayReportRectification(item)
            ? await cache.GetAsync(town, "campaign-link-choices", () => RecordLinks.ChoicesAsync(session, ct), ct)
            : [];
        return PageResults.Page<CampaignItemPage, CampaignItemPageModel>(context, new(campaign, item, panels, acceptance, check, choices, actor,
            town, today, error, errorUnit, unsaved, done), status);
    }
}
