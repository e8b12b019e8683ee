namespace Secretariat.Web.Features.Campaigns;

/// <summary>The office adds an item of the town's own to a campaign (its units must be the town's).</summary>
public sealed record AddCampaignItem(Guid CampaignId, ItemDraft Draft, Actor Actor);

public static class AddCampaignItemHandler
{
    /// <summary>The campaign is the stream written; the town's units are read beside it.</summary>
    public static async Task<(CommandResult, Events)> Handle(AddCampaignItem command, [WriteAggregate(Required = false)] Campaign? campaign,
        IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        return Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.AddItem(c, command.Draft, units, command.Actor, time.GetUtcNow()));
    }
}

public static class AddCampaignItemEndpoint
{
    public static void MapNewCampaignItem(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/items/new", (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            FormAsync(context, session, id, null, null, StatusCodes.Status200OK, ct)).RequireCapability(Capability.ManageCampaigns);

        group.MapPost("/{id:guid}/items", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            if (await session.LoadAsync<Campaign>(id, ct) is null) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var kind = form["Kind"] == "negative" ? ItemKind.Negative : ItemKind.Task;
            string? problem = int.TryParse(form["Number"], out var number) ? null : "请填写任务项的序号（整数）。";
            var kinds = form["Kinds"].Select(k => EvidenceKinds.All.FirstOrDefault(e => e.ToString() == k, (EvidenceKind)(-1)))
                .Where(k => Enum.IsDefined(k)).Distinct().ToList();
            var draft = new ItemDraft(kind, number, form["Project"].ToString(), form["Content"].ToString(), form["Standard"].ToString(),
                new EvidenceSpec(form["EvidenceText"].ToString().Trim(), kinds, form["Minimum"].ToString().Trim(), form["Period"].ToString().Trim(),
                    RecordCheck.None),
                form["Lead"].ToString(), string.Join("、", form["Responsible"].Where(r => !string.IsNullOrWhiteSpace(r))));
            if (problem is null && (draft.Evidence.Minimum.Length > 50 || draft.Evidence.Period.Length > 50)) problem = "最低要求和期间不能超过 50 个字。";
            problem ??= (await bus.InvokeAsync<CommandResult>(new AddCampaignItem(id, draft, context.User.Actor()), ct)).Refusal;
            return problem is null
                ? PageResults.SeeOther(context, $"/campaigns/{id}/items/{CampaignIds.Item(id, kind, number)}")
                : await FormAsync(context, session, id, problem, form, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ManageCampaigns);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, Guid id, string? error, IFormCollection? unsaved, int status,
        CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(id, ct);
        if (campaign is null) return Results.NotFound();
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(u => u.SortOrder).ToList();
        return PageResults.Page<NewItemPage, NewItemPageModel>(context, new(campaign, units, error, unsaved), status);
    }
}
