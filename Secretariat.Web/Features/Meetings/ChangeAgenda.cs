namespace Secretariat.Web.Features.Meetings;

/// <summary>An agenda item, with the work station's material for the matter to decide (stored when the item is accepted).</summary>
public sealed record AddAgendaItem(Guid MeetingId, string? Title, string? Presenter, Guid? UnitId, StoredFile? Attachment, Actor Actor);

public sealed record RemoveAgendaItem(Guid MeetingId, Guid ItemId, Actor Actor);

public sealed record InviteGuest(Guid MeetingId, string? Name, string? Unit, Actor Actor, string? Email = null);

public static class ChangeAgendaHandler
{
    [AggregateHandler]
    public static async Task<(CommandResult, Events)> Handle(AddAgendaItem command, Meeting? meeting, IDocumentSession session, TimeProvider time,
        CancellationToken ct)
    {
        var unit = command.UnitId is { } unitId ? await session.LoadAsync<MemberUnit>(unitId, ct) : null;
        var (result, events) = MeetingHandling.Decided(meeting, m => MeetingDecisions.AddItem(m, Guid.NewGuid(), command.Title, command.Presenter,
            unit, command.Actor, time.GetUtcNow(), command.Attachment));
        if (result.Succeeded && command.Attachment is { } attachment) session.Store(attachment);
        return (result, events);
    }

    [AggregateHandler]
    public static (CommandResult, Events) Handle(RemoveAgendaItem command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.RemoveItem(m, command.ItemId, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(InviteGuest command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.InviteGuest(m, command.Name, command.Unit, command.Actor, time.GetUtcNow(), command.Email));
}

public static class ChangeAgendaEndpoint
{
    /// <summary>An item's one attachment: PDF, images or Office files up to 5 MB, with the answer on minors' information (附件3-3 三).</summary>
    public static readonly UploadRule Attachment = new("attachment", MaxFiles: 1, MaxBytes: 5 * 1024 * 1024, OfficeFiles: true, AsksMinorsData: true,
        FallbackName: "附件");

    public static void MapChangeAgenda(this RouteGroupBuilder meetings)
    {
        // The office proposes for any unit (or none); a liaison for their own unit only (the decision checks the cut-off).
        meetings.MapPost("/{id:guid}/agenda", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            Guid? unit = Guid.TryParse(form["UnitId"], out var u) ? u : null;
            if (!actor.CanForAll(Capability.ProposeAgenda)) unit = actor.UnitId;
            var (attachment, problem) = await Uploads.ReadAsync(form, Attachment, id, ct);
            problem ??= (await bus.InvokeAsync<CommandResult>(new AddAgendaItem(id, form["Title"], form["Presenter"], unit, attachment.SingleOrDefault(),
                actor), ct)).Refusal;
            return await MeetingPages.AfterAsync(context, session, id, "agenda", problem, ct);
        }).RequireCapability(Capability.ProposeAgenda, Capability.RunStationMeetings);

        meetings.MapPost("/{id:guid}/agenda/{itemId:guid}/remove", async (Guid id, Guid itemId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var result = await bus.InvokeAsync<CommandResult>(new RemoveAgendaItem(id, itemId, context.User.Actor()), ct);
            return await MeetingPages.AfterAsync(context, session, id, "agenda", result.Refusal, ct);
        }).RequireMeetingRunner();

        meetings.MapPost("/{id:guid}/guests", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(new InviteGuest(id, form["Name"], form["Unit"], context.User.Actor(), form["Email"]), ct);
            return await MeetingPages.AfterAsync(context, session, id, "attendance", result.Refusal, ct);
        }).RequireMeetingRunner();
    }
}
