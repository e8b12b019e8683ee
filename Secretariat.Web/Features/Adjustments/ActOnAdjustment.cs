using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Infrastructure.Web;
using Marten;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;

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
/// One step on a request, taken against the version the user saw: accept or return (office), withdraw (the unit),
/// approve or reject (组长 / 站长). Approval appends the roster events in the same transaction.
/// </summary>
public sealed record ActOnAdjustment(Guid AdjustmentId, int Version, AdjustmentAction Action, string? Comment, Actor Actor);

public static class ActOnAdjustmentHandler
{
    public static async Task<CommandResult> Handle(ActOnAdjustment command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        // Optimistic concurrency in the database too: a second decision on the same version fails as a whole.
        var stream = await session.Events.FetchForWriting<MemberAdjustment>(command.AdjustmentId, command.Version, ct);
        var current = stream.Aggregate;
        var now = time.GetUtcNow();
        switch (command.Action)
        {
            case AdjustmentAction.Accept:
                return Append(stream, AdjustmentDecisions.Accept(current, command.Version, command.Actor, command.Comment, now));
            case AdjustmentAction.Return:
                return Append(stream, AdjustmentDecisions.Return(current, command.Version, command.Actor, command.Comment, now));
            case AdjustmentAction.Withdraw:
                return Append(stream, AdjustmentDecisions.Withdraw(current, command.Version, command.Actor, command.Comment, now));
            case AdjustmentAction.Reject:
            {
                var body = current is null ? null : await session.LoadAsync<BodyRoster>(RosterNames.BodyId(current.Proposal.Body), ct);
                return Append(stream, AdjustmentDecisions.Reject(current, command.Version, command.Actor, command.Comment, body, now));
            }
            case AdjustmentAction.Approve:
            {
                if (current is null) return CommandResult.Refused("找不到该申请。");
                var roster = await session.Events.FetchForWriting<BodyRoster>(RosterNames.BodyId(current.Proposal.Body), ct);
                var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id);
                var decision = AdjustmentDecisions.Approve(current, command.Version, command.Actor, command.Comment, roster.Aggregate, units, now,
                    out var rosterEvents);
                if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
                stream.AppendOne(decision.Event!);
                roster.AppendMany(rosterEvents.ToArray());
                return CommandResult.Done;
            }
            default:
                return CommandResult.Refused("不支持的操作。");
        }
    }

    private static CommandResult Append<TEvent>(JasperFx.Events.IEventStream<MemberAdjustment> stream, Decision<TEvent> decision) where TEvent : class
    {
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        stream.AppendOne(decision.Event!);
        return CommandResult.Done;
    }
}

public static class ActOnAdjustmentEndpoint
{
    public static void MapActOnAdjustment(this IEndpointRouteBuilder app)
    {
        app.MapPost("/adjustments/{id:guid}/act", async (Guid id, [Microsoft.AspNetCore.Mvc.FromForm] string? action,
            [Microsoft.AspNetCore.Mvc.FromForm] string? version, [Microsoft.AspNetCore.Mvc.FromForm] string? comment, HttpContext context,
            IQuerySession session, Wolverine.IMessageBus bus, CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null) return Results.NotFound();
            var actor = context.User.Actor();
            if (!actor.MaySee(adjustment)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (!Enum.TryParse<AdjustmentAction>(action, out var act) || !int.TryParse(version, out var seen))
                return await AdjustmentPages.DetailAsync(context, session, adjustment, "请求无效，请刷新页面后重试。", StatusCodes.Status422UnprocessableEntity, ct);

            string? refusal;
            try
            {
                var result = await bus.InvokeAsync<CommandResult>(new ActOnAdjustment(id, seen, act, comment, actor), ct);
                refusal = result.Refusal;
            }
            catch (Exception e) when (Conflicts.IsConcurrencyConflict(e))
            {
                var current = await session.LoadAsync<MemberAdjustment>(id, ct);
                refusal = $"已被他人处理，当前状态：{current!.Status.Chinese()}。请刷新后查看。";
            }
            if (refusal is not null)
            {
                // Shown with the request as it is now, so the user sees what the other person did.
                var current = await session.LoadAsync<MemberAdjustment>(id, ct);
                return await AdjustmentPages.DetailAsync(context, session, current!, refusal, StatusCodes.Status422UnprocessableEntity, ct);
            }
            return PageResults.SeeOther(context, $"/adjustments/{id}");
        }).RequireAuthorization();
    }
}
