using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>The town's forms of the evidence cycle: submit (六(二)), answer the negative list (注2), review (六(三)), report rectification.</summary>
public static class CampaignEndpoints
{
    public static void MapCampaignCommands(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/items/{itemId:guid}/units/{unitId:guid}/evidence", (Guid id, Guid itemId, Guid unitId, HttpContext context,
            IQuerySession session, IMessageBus bus, CancellationToken ct) => SubmitAsync(context, session, bus, id, itemId, unitId, ct))
            .RequireCapability(Capability.SubmitEvidence).WithMetadata(new RequestSizeLimitAttribute(EvidenceUploads.MaxRequestBytes));

        // The office's one form for every unit of an item (it submits on a unit's behalf): the unit is a field.
        group.MapPost("/{id:guid}/items/{itemId:guid}/evidence", async (Guid id, Guid itemId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            return Guid.TryParse(form["UnitId"], out var unitId) && unitId != Guid.Empty
                ? await SubmitAsync(context, session, bus, id, itemId, unitId, ct)
                : await CampaignPages.ItemAsync(context, session, id, itemId, "请选择报送单位。", Guid.Empty, form, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ManageCampaigns).WithMetadata(new RequestSizeLimitAttribute(EvidenceUploads.MaxRequestBytes));

        group.MapPost("/{id:guid}/items/{itemId:guid}/units/{unitId:guid}/answer", async (Guid id, Guid itemId, Guid unitId, HttpContext context,
            IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            NegativeAnswer? answer = form["Answer"].ToString() switch { "zero" => NegativeAnswer.Zero, "occurred" => NegativeAnswer.Occurred, _ => null };
            var result = await bus.InvokeAsync<CommandResult>(new AnswerNegativeItem(id, itemId, unitId, answer, form["Text"], form["Signatory"],
                context.User.Actor()), ct);
            return await AfterAsync(context, session, id, itemId, unitId, result.Refusal, form, "answered", ct);
        }).RequireCapability(Capability.SubmitEvidence);

        group.MapPost("/{id:guid}/items/{itemId:guid}/units/{unitId:guid}/review", async (Guid id, Guid itemId, Guid unitId, HttpContext context,
            IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var decision = form["Decision"].ToString();
            var problem = decision is "pass" or "return" ? null : "请选择“通过”或“退回补充”。";
            int? seen = int.TryParse(form["SeenVersion"], out var v) ? v : null;
            problem ??= (await bus.InvokeAsync<CommandResult>(new ReviewEvidence(id, itemId, unitId, seen, decision == "pass", form["Reason"],
                TownClock.ParseDay(form["ResubmitBy"]), context.User.Actor()), ct)).Refusal;
            return await AfterAsync(context, session, id, itemId, unitId, problem, form, decision == "pass" ? "passed" : "returned", ct);
        }).RequireCapability(Capability.ReviewEvidence);

        group.MapPost("/{id:guid}/items/{itemId:guid}/rectification", async (Guid id, Guid itemId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            if (await session.LoadAsync<Campaign>(id, ct) is null) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var (files, problem) = await Uploads.ReadAsync(form, EvidenceUploads.Rule, CampaignIds.Acceptance(id, itemId), ct);
            IReadOnlyList<FrozenRecord> links = [];
            if (problem is null) (links, problem) = await RecordLinks.FreezeAsync(context, session, id, form, ct);
            problem ??= (await bus.InvokeAsync<CommandResult>(new ReportRectification(id, itemId, form["Text"], files, links, context.User.Actor()),
                ct)).Refusal;
            return await AfterAsync(context, session, id, itemId, Guid.Empty, problem, form, "rectification", ct);
        }).RequireCapability(Capability.ReportRectification).WithMetadata(new RequestSizeLimitAttribute(EvidenceUploads.MaxRequestBytes));
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, IQuerySession session, IMessageBus bus, Guid id, Guid itemId, Guid unitId,
        CancellationToken ct)
    {
        if (await session.LoadAsync<Campaign>(id, ct) is null) return Results.NotFound();
        var form = await context.Request.ReadFormAsync(ct);
        var (files, problem) = await Uploads.ReadAsync(form, EvidenceUploads.Rule, CampaignIds.Evidence(id, itemId, unitId), ct);
        IReadOnlyList<FrozenRecord> links = [];
        if (problem is null) (links, problem) = await RecordLinks.FreezeAsync(context, session, id, form, ct);
        problem ??= (await bus.InvokeAsync<CommandResult>(new SubmitEvidence(id, itemId, unitId, form["Text"], files, links,
            form["KeepPrevious"] == "yes", context.User.Actor()), ct)).Refusal;
        return await AfterAsync(context, session, id, itemId, unitId, problem, form, "submitted", ct);
    }

    private static async Task<IResult> AfterAsync(HttpContext context, IQuerySession session, Guid id, Guid itemId, Guid unitId, string? problem,
        IFormCollection form, string done, CancellationToken ct) =>
        problem is null
            ? PageResults.SeeOther(context, $"/campaigns/{id}/items/{itemId}?done={done}#{(unitId == Guid.Empty ? "acceptance" : $"unit-{unitId}")}")
            : await CampaignPages.ItemAsync(context, session, id, itemId, problem, unitId, form, StatusCodes.Status422UnprocessableEntity, ct);
}
