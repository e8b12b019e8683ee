
namespace Secretariat.Web.Features.Adjustments;

public enum AdjustmentAction
{
    Accept,
    Return,
    Withdraw,
    Approve,
    Reject
}

/// <summary>
/// One step on a request, taken against the version the user saw (<see cref="SeenVersion"/>: the decision refuses a
/// stale one): accept or return (office), withdraw (the unit), approve or reject (组长 / 站长). Approval appends the
/// roster events in the same transaction.
/// </summary>
public sealed record ActOnAdjustment(Guid AdjustmentId, int SeenVersion, AdjustmentAction Action, string? Comment, Actor Actor);

public static class ActOnAdjustmentHandler
{
    // Optimistic concurrency in the database too: the commit checks the version fetched, so a second decision on the same
    // version fails as a whole, is retried on the new state and then refused by the decision (已被他人处理).
    public static async Task<(CommandResult, Events)> Handle(ActOnAdjustment command,
        [WriteAggregate(nameof(ActOnAdjustment.AdjustmentId), Required = false)] MemberAdjustment? current, IDocumentSession session,
        TimeProvider time, CancellationToken ct)
    {
        var (seen, actor, comment, now) = (command.SeenVersion, command.Actor, command.Comment, time.GetUtcNow());
        return command.Action switch
        {
            AdjustmentAction.Accept => AdjustmentDecisions.Accept(current, seen, actor, comment, now).Outcome,
            AdjustmentAction.Return => AdjustmentDecisions.Return(current, seen, actor, comment, now).Outcome,
            AdjustmentAction.Withdraw => AdjustmentDecisions.Withdraw(current, seen, actor, comment, now).Outcome,
            AdjustmentAction.Reject => AdjustmentDecisions.Reject(current, seen, actor, comment,
                current is null ? null : await session.LoadAsync<BodyRoster>(RosterNames.BodyId(current.Proposal.Body), ct), now).Outcome,
            AdjustmentAction.Approve => await ApproveAsync(command, current, session, now, ct),
            _ => (CommandResult.Refused("不支持的操作。"), [])
        };
    }

    // The roster's stream id comes from the request's proposal, which the workflow cannot know: fetched here, and both streams take
    // their events through the session in one transaction (the request's on the workflow's own fetch, its version still checked).
    private static async Task<(CommandResult, Events)> ApproveAsync(ActOnAdjustment command, MemberAdjustment? current,
        IDocumentSession session, DateTimeOffset now, CancellationToken ct)
    {
        if (current is null) return (CommandResult.Refused("找不到该申请。"), []);
        var roster = await session.Events.FetchForWriting<BodyRoster>(RosterNames.BodyId(current.Proposal.Body), ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id);
        var decided = AdjustmentDecisions.Approve(current, command.SeenVersion, command.Actor, command.Comment, roster.Aggregate, units, now);
        return (session.Append(decided), []);
    }
}

public static class ActOnAdjustmentEndpoint
{
    public static void MapActOnAdjustment(this RouteGroupBuilder group)
    {
        // One route for every step (the form's button names it); who may take which step is the decisions' rule.
        group.MapPost("/{id:guid}/act", async (Guid id, [Microsoft.AspNetCore.Mvc.FromForm] string? action,
            [Microsoft.AspNetCore.Mvc.FromForm] string? version, [Microsoft.AspNetCore.Mvc.FromForm] string? comment, HttpContext context,
            IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null) return Results.NotFound();
            var actor = context.User.Actor();
            if (!actor.MaySee(adjustment)) return Policies.Forbidden();
            if (!FormValues.TryEnum<AdjustmentAction>(action, out var act) || !int.TryParse(version, out var seen))
                return await AdjustmentPages.DetailAsync(context, session, adjustment, "请求无效，请刷新页面后重试。", StatusCodes.Status422UnprocessableEntity, ct);

            var result = await bus.InvokeAsync<CommandResult>(new ActOnAdjustment(id, seen, act, comment, actor), ct);
            if (result.Refusal is { } refusal)
            {
                // Shown with the request as it is now, so the user sees what the other person did.
                var current = await session.LoadAsync<MemberAdjustment>(id, ct);
                return await AdjustmentPages.DetailAsync(context, session, current!, refusal, StatusCodes.Status422UnprocessableEntity, ct);
            }
            return PageResults.SeeOther(context, $"/adjustments/{id}");
        }).RequireCapability(Capability.HandleAdjustments, Capability.FileAdjustments, Capability.ApproveAdjustments, Capability.ActAsStationMaster);
    }
}
