
namespace Secretariat.Web.Features.Adjustments;

/// <summary>The unit amends a returned request and submits it again (the decision refuses a stale <see cref="SeenVersion"/>).</summary>
public sealed record AmendAdjustment(Guid AdjustmentId, int SeenVersion, AdjustmentProposal Proposal, Actor Actor);

public static class AmendAdjustmentHandler
{
    public static async Task<(CommandResult, Events)> Handle(AmendAdjustment command,
        [WriteAggregate(nameof(AmendAdjustment.AdjustmentId), Required = false)] MemberAdjustment? current, IDocumentSession session,
        TimeProvider time, CancellationToken ct)
    {
        var body = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(command.Proposal.Body), ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id);
        var decision = AdjustmentDecisions.Amend(current, command.SeenVersion, command.Proposal, command.Actor, body, units, time.GetUtcNow());
        return decision.Outcome;
    }
}

public static class AmendAdjustmentEndpoint
{
    public static void MapAmendAdjustment(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/amend", async (Guid id, [Microsoft.AspNetCore.Mvc.FromForm] AdjustmentForm form,
            [Microsoft.AspNetCore.Mvc.FromForm] string? version, HttpContext context, IQuerySession session, IMessageBus bus,
            CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null) return Results.NotFound();
            var actor = context.User.Actor();
            if (!actor.MaySee(adjustment)) return Policies.Forbidden();
            form ??= new AdjustmentForm();
            var (proposal, problem) = form.ToProposal(actor);
            if (problem is null && !int.TryParse(version, out _)) problem = "请求无效，请刷新页面后重试。";
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new AmendAdjustment(id, int.Parse(version!), proposal!, actor), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, $"/adjustments/{id}");
                problem = result.Refusal;
            }
            var current = await session.LoadAsync<MemberAdjustment>(id, ct);
            return await AdjustmentPages.DetailAsync(context, session, current!, problem, StatusCodes.Status422UnprocessableEntity, ct, form);
        });
    }
}
