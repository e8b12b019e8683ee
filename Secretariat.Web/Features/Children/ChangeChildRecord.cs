namespace Secretariat.Web.Features.Children;

/// <summary>The station changes a child's record (registers, categories, risk level, village, responsible director); no personal data.</summary>
public sealed record ChangeChildRecord(Guid ChildRecordId, ChildRecordInput Input, Actor Actor);

public static class ChangeChildRecordHandler
{
    // Explicit: the decision needs the chosen village and the directors in office (data the aggregate lacks).
    public static async Task<CommandResult> Handle(ChangeChildRecord command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<ChildRecord>(command.ChildRecordId, ct);
        if (stream.Aggregate is not { } child) return CommandResult.Refused(ChildDecisions.NotFound);
        var village = command.Input.VillageId is { } id ? await session.LoadAsync<MemberUnit>(id, ct) : null;
        var directors = await new ChildQueries(session).DirectorsAsync(now.ToTownDate(), ct);
        var decision = ChildDecisions.Change(child, command.Input, village, directors, command.Actor, now);
        if (decision.Event is { } e) stream.AppendOne(e);
        return decision.Result;
    }
}

public static class ChangeChildRecordEndpoint
{
    public static void MapChangeChildRecord(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/edit", async (Guid id, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            if (!ChildDecisions.MayKeep(context.User.Actor(), child)) return Policies.Forbidden();
            return await RegisterChildEndpoint.FormAsync(context, session, child, ChildForm.Of(child), null, StatusCodes.Status200OK, time, ct);
        }).RequireCapability(Capability.KeepChildRegisters);

        group.MapPost("/{id:guid}/edit", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, TimeProvider time, CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            if (!ChildDecisions.MayKeep(context.User.Actor(), child)) return Policies.Forbidden();
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(new ChangeChildRecord(id, ChildForm.Input(form), context.User.Actor()), ct);
            if (!result.Succeeded)
                return await RegisterChildEndpoint.FormAsync(context, session, child, ChildForm.Of(form), result.Refusal, StatusCodes.Status422UnprocessableEntity, time, ct);
            return SavedFlash.SeeOther(context, $"/children/{id}", "child-record");
        }).RequireCapability(Capability.KeepChildRegisters);
    }
}
