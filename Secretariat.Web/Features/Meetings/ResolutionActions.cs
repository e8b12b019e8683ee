using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Secretariat.Web.Infrastructure.Web;
using Wolverine;

namespace Secretariat.Web.Features.Meetings;

public sealed record PostResolutionProgress(Guid ResolutionId, string? Text, Actor Actor);

public sealed record CompleteResolution(Guid ResolutionId, string? Evidence, Actor Actor);

public sealed record ExtendResolution(Guid ResolutionId, DateOnly DueOn, string? Reason, Actor Actor);

public sealed record CarryResolutionOver(Guid ResolutionId, Guid ToMeetingId, Actor Actor);

public static class ResolutionActionsHandler
{
    public static async Task<CommandResult> Handle(PostResolutionProgress command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Resolution>(command.ResolutionId, ct);
        return stream.Aggregate is { } r ? stream.Append(ResolutionDecisions.PostProgress(r, command.Text, command.Actor, time.GetUtcNow()))
            : CommandResult.Refused("找不到该事项。");
    }

    public static async Task<CommandResult> Handle(CompleteResolution command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Resolution>(command.ResolutionId, ct);
        return stream.Aggregate is { } r ? stream.Append(ResolutionDecisions.Complete(r, command.Evidence, command.Actor, time.GetUtcNow()))
            : CommandResult.Refused("找不到该事项。");
    }

    public static async Task<CommandResult> Handle(ExtendResolution command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Resolution>(command.ResolutionId, ct);
        return stream.Aggregate is { } r ? stream.Append(ResolutionDecisions.Extend(r, command.DueOn, command.Reason, command.Actor, time.GetUtcNow()))
            : CommandResult.Refused("找不到该事项。");
    }

    public static async Task<CommandResult> Handle(CarryResolutionOver command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Resolution>(command.ResolutionId, ct);
        if (stream.Aggregate is not { } resolution) return CommandResult.Refused("找不到该事项。");
        var next = await session.Events.FetchForWriting<Meeting>(command.ToMeetingId, ct);
        if (next.Aggregate is null) return CommandResult.Refused("请选择尚未召开的会议。");
        var (carried, item, refusal) = ResolutionDecisions.CarryOver(resolution, next.Aggregate, command.Actor, time.GetUtcNow());
        if (refusal is not null) return CommandResult.Refused(refusal.Message);
        stream.AppendOne(carried!);
        next.AppendOne(item!);
        return CommandResult.Done;
    }
}

public static class ResolutionActionsEndpoint
{
    public static void MapResolutionActions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/resolutions/{id:guid}/{action}", async (Guid id, string action, HttpContext context, IQuerySession session, IMessageBus bus,
            CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var resolution = await session.LoadAsync<Resolution>(id, ct);
            if (resolution is null) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            string? problem = null;
            object? command = null;
            switch (action)
            {
                case "progress":
                    // Another unit's liaison has no business here at all.
                    if (!actor.Is(Roles.Secretariat) && !(actor.Is(Roles.UnitLiaison) && actor.UnitId is { } unit && resolution.Concerns(unit)))
                        return Results.StatusCode(StatusCodes.Status403Forbidden);
                    command = new PostResolutionProgress(id, form["Text"], actor);
                    break;
                case "complete" when actor.Is(Roles.Secretariat):
                    command = new CompleteResolution(id, form["Evidence"], actor);
                    break;
                case "extend" when actor.Is(Roles.Secretariat):
                    if (DateOnly.TryParseExact(form["DueOn"].ToString().Trim(), "yyyy-MM-dd", out var due)) command = new ExtendResolution(id, due, form["Reason"], actor);
                    else problem = "请按 年-月-日 填写新的办理期限。";
                    break;
                case "carry" when actor.Is(Roles.Secretariat):
                    if (Guid.TryParse(form["MeetingId"], out var meeting)) command = new CarryResolutionOver(id, meeting, actor);
                    else problem = "请选择要列入的会议。";
                    break;
                default:
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            if (command is not null) problem = (await bus.InvokeAsync(command, "该事项已被他人处理，请重新载入。", ct)).Refusal;
            if (problem is null) return PageResults.SeeOther(context, $"/resolutions/{id}");
            return await MeetingPages.ResolutionAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireAuthorization();
    }
}
