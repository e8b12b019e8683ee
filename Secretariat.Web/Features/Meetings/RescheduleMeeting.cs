using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Meetings;

public sealed record RescheduleMeeting(Guid MeetingId, DateTimeOffset StartsAt, string? Place, string? Reason, Actor Actor);

public sealed record CancelMeeting(Guid MeetingId, string? Reason, Actor Actor);

public static class RescheduleMeetingHandler
{
    public static async Task<CommandResult> Handle(RescheduleMeeting command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        var leadingGroup = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup), ct);
        return stream.Append(MeetingDecisions.Reschedule(meeting, command.StartsAt, command.Place, command.Reason, leadingGroup!, command.Actor,
            time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(CancelMeeting command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        return stream.Append(MeetingDecisions.Cancel(meeting, command.Reason, command.Actor, time.GetUtcNow()));
    }
}

public static class RescheduleMeetingEndpoint
{
    public static void MapRescheduleMeeting(this IEndpointRouteBuilder app)
    {
        app.MapPost("/meetings/{id:guid}/reschedule", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            string? problem;
            if (LocalTime.Parse(form["Date"], form["Time"]) is not { } startsAt) problem = "请按 年-月-日 和 时:分 填写新的会议时间。";
            else problem = (await bus.InvokeAsync(new RescheduleMeeting(id, startsAt, form["Place"], form["Reason"], actor), "会议已被他人修改，请重新提交。", ct)).Refusal;
            return await MeetingPages.AfterAsync(context, session, id, "agenda", problem, ct);
        }).RequireAuthorization();

        app.MapPost("/meetings/{id:guid}/cancel", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync(new CancelMeeting(id, form["Reason"], actor), "会议已被他人修改，请重新提交。", ct);
            return await MeetingPages.AfterAsync(context, session, id, "agenda", result.Refusal, ct);
        }).RequireAuthorization();
    }
}
