
namespace Secretariat.Web.Features.Meetings;

public sealed record RescheduleMeeting(Guid MeetingId, DateTimeOffset StartsAt, string? Place, string? Reason, Actor Actor);

public sealed record CancelMeeting(Guid MeetingId, string? Reason, Actor Actor);

public static class RescheduleMeetingHandler
{
    [AggregateHandler]
    public static async Task<(CommandResult, Events)> Handle(RescheduleMeeting command, Meeting? meeting, IDocumentSession session, TimeProvider time,
        CancellationToken ct)
    {
        var roster = meeting is null ? null : await session.LoadAsync<BodyRoster>(MeetingBody.Of(meeting.Body).RosterId, ct);
        return MeetingHandling.Decided(meeting, m => MeetingDecisions.Reschedule(m, command.StartsAt, command.Place, command.Reason, roster!,
            command.Actor, time.GetUtcNow()));
    }

    [AggregateHandler]
    public static (CommandResult, Events) Handle(CancelMeeting command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.Cancel(m, command.Reason, command.Actor, time.GetUtcNow()));
}

public static class RescheduleMeetingEndpoint
{
    public static void MapRescheduleMeeting(this RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{id:guid}/reschedule", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            string? problem;
            if (LocalTime.Parse(form["Date"], form["Time"]) is not { } startsAt) problem = "请按 年-月-日 和 时:分 填写新的会议时间。";
            else problem = (await bus.InvokeAsync<CommandResult>(new RescheduleMeeting(id, startsAt, form["Place"], form["Reason"], context.User.Actor()), ct))
                .Refusal;
            return await MeetingPages.AfterAsync(context, session, id, "agenda", problem, ct);
        }).RequireMeetingRunner();

        meetings.MapPost("/{id:guid}/cancel", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(new CancelMeeting(id, form["Reason"], context.User.Actor()), ct);
            return await MeetingPages.AfterAsync(context, session, id, "agenda", result.Refusal, ct);
        }).RequireMeetingRunner();
    }
}
