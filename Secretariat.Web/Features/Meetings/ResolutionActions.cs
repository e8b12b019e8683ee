
namespace Secretariat.Web.Features.Meetings;

public sealed record PostResolutionProgress(Guid ResolutionId, string? Text, Actor Actor);

public sealed record CompleteResolution(Guid ResolutionId, string? Evidence, Actor Actor);

public sealed record ExtendResolution(Guid ResolutionId, DateOnly DueOn, string? Reason, Actor Actor);

public sealed record CarryResolutionOver(Guid ResolutionId, Guid ToMeetingId, Actor Actor);

public static class ResolutionActionsHandler
{
    public const string NotFound = "找不到该事项。";

    // Posts never conflict with one another: the stream is locked for the transaction, so 32 at once are 32 saved.
    [AggregateHandler(ConcurrencyStyle.Exclusive)]
    public static (CommandResult, Events) Handle(PostResolutionProgress command, Resolution? resolution, TimeProvider time) =>
        Decisions.On(resolution, NotFound, r => ResolutionDecisions.PostProgress(r, command.Text, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(CompleteResolution command, Resolution? resolution, TimeProvider time) =>
        Decisions.On(resolution, NotFound, r => ResolutionDecisions.Complete(r, command.Evidence, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(ExtendResolution command, Resolution? resolution, TimeProvider time) =>
        Decisions.On(resolution, NotFound, r => ResolutionDecisions.Extend(r, command.DueOn, command.Reason, command.Actor, time.GetUtcNow()));

    // Explicit: two streams change together (the matter, and the meeting it is carried to, whose absence has its own refusal).
    public static async Task<CommandResult> Handle(CarryResolutionOver command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Resolution>(command.ResolutionId, ct);
        if (stream.Aggregate is not { } resolution) return CommandResult.Refused(NotFound);
        var next = await session.Events.FetchForWriting<Meeting>(command.ToMeetingId, ct);
        if (next.Aggregate is null) return CommandResult.Refused("请选择尚未召开的会议。");
        return session.Append(ResolutionDecisions.CarryOver(resolution, next.Aggregate, command.Actor, time.GetUtcNow()));
    }
}

public static class ResolutionActionsEndpoint
{
    public static void MapResolutionActions(this RouteGroupBuilder resolutions)
    {
        // Another unit's liaison has no business here at all (the office and the concerned units' liaisons report).
        resolutions.MapPost("/{id:guid}/progress", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, session, bus, id, (resolution, form, actor) => MeetingRules.MayReportProgress(resolution, actor)
                ? (new PostResolutionProgress(id, form["Text"], actor), null) : null, ct)).RequireCapability(Capability.ReportProgress);

        resolutions.MapPost("/{id:guid}/complete", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, session, bus, id, (resolution, form, actor) => MeetingRules.MayFollowUp(resolution, actor)
                ? (new CompleteResolution(id, form["Evidence"], actor), null) : null, ct))
            .RequireCapability(Capability.FollowUpResolutions, Capability.RunStationMeetings);

        resolutions.MapPost("/{id:guid}/extend", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, session, bus, id, (_, form, actor) =>
                DateOnly.TryParseExact(form["DueOn"].ToString().Trim(), "yyyy-MM-dd", out var due)
                    ? (new ExtendResolution(id, due, form["Reason"], actor), null) : (null, "请按 年-月-日 填写新的办理期限。"), ct))
            .RequireCapability(Capability.FollowUpResolutions);

        resolutions.MapPost("/{id:guid}/carry", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, session, bus, id, (_, form, actor) =>
                Guid.TryParse(form["MeetingId"], out var meeting) && meeting != Guid.Empty ? (new CarryResolutionOver(id, meeting, actor), null) : (null, "请选择要列入的会议。"), ct))
            .RequireCapability(Capability.FollowUpResolutions);
    }

    /// <summary>
    /// The matter must exist (404); <paramref name="command"/> gives the command or a form problem, or null when the actor may not act on
    /// this matter (403). Then back to the matter, or its page again with the refusal.
    /// </summary>
    private static async Task<IResult> ActAsync(HttpContext context, IQuerySession session, IMessageBus bus, Guid id,
        Func<Resolution, IFormCollection, Actor, (object? Command, string? Problem)?> command, CancellationToken ct)
    {
        var resolution = await session.LoadAsync<Resolution>(id, ct);
        if (resolution is null) return Results.NotFound();
        var form = await context.Request.ReadFormAsync(ct);
        if (command(resolution, form, context.User.Actor()) is not { } parsed) return Policies.Forbidden();
        var (message, problem) = parsed;
        if (message is not null) problem = (await bus.InvokeAsync<CommandResult>(message, ct)).Refusal;
        // A unit's progress report is confirmed where its form was (the other actions show their outcome in the matter's status).
        if (problem is null)
            return message is PostResolutionProgress ? SavedFlash.SeeOther(context, $"/resolutions/{id}", "progress") : PageResults.SeeOther(context, $"/resolutions/{id}");
        return await MeetingPages.ResolutionAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct);
    }
}
