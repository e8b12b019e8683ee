using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Campaigns;

public sealed record DistrictCampaignRow(TownProfile Town, CampaignSummary Summary);

public sealed record DistrictCampaignsPageModel(IReadOnlyList<DistrictCampaignRow> Rows, IReadOnlyList<DistrictCampaignTemplate> Templates);

public sealed record NewDistrictCampaignPageModel(string? Error, IFormCollection? Unsaved);

public sealed record DistrictTemplatePageModel(DistrictCampaignTemplate Template, IReadOnlyList<TownProfile> Towns, string? Error);

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
            await using var district = store.QuerySession();
            var templates = await district.Query<DistrictCampaignTemplate>().ToListAsync(ct);
            return PageResults.Page<DistrictCampaignsPage, DistrictCampaignsPageModel>(context,
                new(rows, templates.OrderByDescending(t => t.CreatedBy.At).ToList()));
        });

        group.MapGet("/new", (HttpContext context) =>
            PageResults.Page<NewDistrictCampaignPage, NewDistrictCampaignPageModel>(context, new(null, null)))
            .RequireCapability(Capability.RunDistrictCampaigns);

        group.MapPost("/new", async (HttpContext context, IDocumentStore store, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var (template, problem) = TemplateFrom(form, context.User.Actor(), time.GetUtcNow());
            if (problem is not null)
                return PageResults.Page<NewDistrictCampaignPage, NewDistrictCampaignPageModel>(context, new(problem, form), StatusCodes.Status422UnprocessableEntity);
            await using var session = store.LightweightSession();
            session.Store(template!);
            await session.SaveChangesAsync(ct);
            return PageResults.SeeOther(context, $"{Path}/templates/{template!.Id}");
        }).RequireCapability(Capability.RunDistrictCampaigns);

        group.MapGet("/templates/{id:guid}", (Guid id, HttpContext context, IDocumentStore store, TownDirectory directory, CancellationToken ct) =>
            TemplateAsync(context, store, directory, id, null, StatusCodes.Status200OK, ct));

        group.MapPost("/templates/{id:guid}/issue", async (Guid id, HttpContext context, IDocumentStore store, TownDirectory directory, IMessageBus bus,
            TimeProvider time, CancellationToken ct) =>
        {
            await using var session = store.LightweightSession();
            var template = await session.LoadAsync<DistrictCampaignTemplate>(id, ct);
            if (template is null) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var towns = (await directory.AllAsync(ct)).Where(t => form["Town"].Contains(t.Id)).ToList();
            if (towns.Count == 0) return await TemplateAsync(context, store, directory, id, "请选择要下发的镇街。", StatusCodes.Status422UnprocessableEntity, ct);
            var actor = context.User.Actor();
            foreach (var town in towns)
            {
                // Each town opens the campaign in its own tenant through the command the sample uses; a town that has it already says so.
                var result = await bus.InvokeForTenantAsync<CommandResult>(town.Id, new OpenCampaign(template.Id, template.Title, template.Basis,
                    template.Schedule, template.Items, template.FromAnnexTwo ? SampleCampaign.UnitAliases : null, template.Id, actor), ct);
                template.Issued.Add(new TownIssue(town.Id, town.TownName, result.Refusal, StepBy.Of(actor, time.GetUtcNow())));
            }
            session.Store(template);
            await session.SaveChangesAsync(ct);
            return PageResults.SeeOther(context, $"{Path}/templates/{id}");
        }).RequireCapability(Capability.RunDistrictCampaigns);

        group.MapPost("/{town}/{id:guid}/items/{itemId:guid}/accept", (string town, Guid id, Guid itemId, HttpContext context, IDocumentStore store,
            TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, store, directory, bus, town, id, itemId, form => new AcceptItem(id, itemId, form["Opinion"], context.User.Actor()), ct))
            .RequireCapability(Capability.RunDistrictCampaigns);

        group.MapPost("/{town}/{id:guid}/items/{itemId:guid}/rectify", (string town, Guid id, Guid itemId, HttpContext context, IDocumentStore store,
            TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, store, directory, bus, town, id, itemId,
                form => new RequireRectification(id, itemId, form["Opinion"], TownClock.ParseDay(form["DueOn"]), context.User.Actor()), ct))
            .RequireCapability(Capability.RunDistrictCampaigns);

        group.MapPost("/{town}/{id:guid}/items/{itemId:guid}/close", (string town, Guid id, Guid itemId, HttpContext context, IDocumentStore store,
            TownDirectory directory, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, store, directory, bus, town, id, itemId, form => new CloseRectification(id, itemId, form["Opinion"], context.User.Actor()), ct))
            .RequireCapability(Capability.RunDistrictCampaigns);
    }

    private static async Task<IResult> TemplateAsync(HttpContext context, IDocumentStore store, TownDirectory directory, Guid id, string? error,
        int status, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var template = await session.LoadAsync<DistrictCampaignTemplate>(id, ct);
        return template is null ? Results.NotFound()
            : PageResults.Page<DistrictTemplatePage, DistrictTemplatePageModel>(context, new(template, await directory.AllAsync(ct), error), status);
    }

    /// <summary>The template as posted: its dates, and its table pasted from a spreadsheet or 附件2's own.</summary>
    public static (DistrictCampaignTemplate? Template, string? Problem) TemplateFrom(IFormCollection form, Actor actor, DateTimeOffset now)
    {
        var title = form["Title"].ToString().Trim();
        if (title.Length == 0) return (null, "请填写任务名称。");
        if (title.Length > CampaignDecisions.MaxTitle) return (null, $"任务名称不能超过 {CampaignDecisions.MaxTitle} 个字。");
        DateOnly? Day(string field) => TownClock.ParseDay(form[field]);
        if (Day("EvidenceSince") is not { } evidenceSince) return (null, "请按 年-月-日 填写材料起始日期。");
        if (Day("NegativeSince") is not { } negativeSince) return (null, "请按 年-月-日 填写负面清单起始日期。");
        if (Day("SubmissionDue") is not { } submissionDue) return (null, "请按 年-月-日 填写报送截止日。");
        if (Day("ReviewFrom") is not { } reviewFrom || Day("ReviewTo") is not { } reviewTo) return (null, "请按 年-月-日 填写初审期间。");
        if (Day("AcceptanceDue") is not { } acceptanceDue) return (null, "请按 年-月-日 填写验收截止日。");
        if (!int.TryParse(form["AssessmentYear"], out var year)) return (null, "考核年度须为四位年份。");
        var schedule = new CampaignSchedule(evidenceSince, negativeSince, year, submissionDue, reviewFrom, reviewTo, acceptanceDue);
        if (CampaignDecisions.Schedule(schedule, now.ToTownDate()) is { } refused) return (null, refused.Message);
        var annexTwo = form["Table"] == "annex2";
        var (items, problem) = annexTwo ? (SampleCampaign.Items, null) : CampaignTable.Parse(form["Rows"]);
        if (problem is not null) return (null, problem);
        return (new DistrictCampaignTemplate
        {
            Id = Guid.CreateVersion7(), Title = title, Basis = Truncated(form["Basis"].ToString().Trim(), 200),
            Schedule = schedule, Items = [.. CampaignTable.WithPeriods(items, schedule)], FromAnnexTwo = annexTwo, CreatedBy = StepBy.Of(actor, now)
        }, null);
    }

    private static string Truncated(string text, int max) => text.Length <= max ? text : text[..max];

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
        if (result.Succeeded) return PageResults.SeeOther(context, $"{TownRouting.Prefix}{town}{itemPath}?done=district#acceptance");
        // The page renders as the town's page (its links under /t/{town}) with the district's refusal at the acceptance forms.
        context.Request.PathBase = TownRouting.Prefix + town;
        context.Items[typeof(TownProfile)] = profile;
        return await CampaignPages.ItemAsync(context, session, id, itemId, result.Refusal, null, form, StatusCodes.Status422UnprocessableEntity, ct);
    }
}
