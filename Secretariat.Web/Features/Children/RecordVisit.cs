namespace Secretariat.Web.Features.Children;

/// <summary>
/// A 儿童主任 (or the station) records a home visit: its day, 定期走访 or 重点核查, what was found, whether to follow up and a short note.
/// The note may name people: it goes into the personal-data store, never into the event; so this is handled here, not on the bus.
/// </summary>
public sealed record RecordVisit(Guid ChildId, Guid VisitId, DateOnly? On, VisitKind? Kind, VisitFinding? Finding, bool FollowUpNeeded, string? Note, Actor Actor);

public sealed record VisitFormPageModel(ChildRecord Child, ChildDue Due, IReadOnlyDictionary<string, string[]> Values, string? Error, DateOnly Today);

// Not a message handler: called by its endpoint only, so the command (with its personal data) never becomes a message.
[Wolverine.Attributes.WolverineIgnore]
public static class RecordVisitHandler
{
    public static async Task<CommandResult> HandleAsync(RecordVisit command, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<ChildRecord>(command.ChildId, ct);
        if (stream.Aggregate is not { } child) return CommandResult.Refused(ChildDecisions.NotFound);
        var decision = ChildDecisions.Visit(child, command.VisitId, command.On, command.Kind, command.Finding, command.FollowUpNeeded,
            command.Note is not null && !child.IsErased, command.Actor, now);
        if (decision.Event is not { } e) return decision.Result;
        stream.AppendOne(e);
        // After an erasure nothing personal is kept again: the note is dropped with the record saying so.
        if (e.HasNote) vault.PutVisitNote(session, child.Id, e.VisitId, command.Note!);
        return await session.SaveOrRefuseAsync(ct);
    }
}

public static class RecordVisitEndpoint
{
    public static void MapRecordVisit(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/visits/new", async (Guid id, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            if (!ChildDecisions.MayVisit(context.User.Actor(), child)) return Policies.Forbidden();
            return await FormAsync(context, session, child, new Dictionary<string, string[]>
            {
                ["On"] = [time.Today().IsoDate()], ["Kind"] = [nameof(VisitKind.Regular)], ["Finding"] = [nameof(VisitFinding.Stable)]
            }, null, StatusCodes.Status200OK, time, ct);
        }).RequireCapability(Capability.RecordVisits);

        group.MapPost("/{id:guid}/visits/new", async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            var actor = context.User.Actor();
            if (!ChildDecisions.MayVisit(actor, child)) return Policies.Forbidden();
            var form = await context.Request.ReadFormAsync(ct);
            var (note, problem) = PersonalDataRules.VisitNote(form["Note"]);
            var result = problem is not null
                ? CommandResult.Refused(problem)
                : await RecordVisitHandler.HandleAsync(new RecordVisit(id, Guid.CreateVersion7(), ChildForm.Day(form, "On"), ChildNames.Parse<VisitKind>(form["Kind"]),
                    ChildNames.Parse<VisitFinding>(form["Finding"]), form["FollowUp"] == "true", note, actor), session, vault, time, ct);
            if (!result.Succeeded) return await FormAsync(context, session, child, ChildForm.Of(form), result.Refusal, StatusCodes.Status422UnprocessableEntity, time, ct);
            return SavedFlash.SeeOther(context, $"/children/visits?village={child.VillageId}", "visit");
        }).RequireCapability(Capability.RecordVisits);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, ChildRecord child, IReadOnlyDictionary<string, string[]> values,
        string? error, int status, TimeProvider time, CancellationToken ct)
    {
        var today = time.Today();
        return PageResults.Page<VisitFormPage, VisitFormPageModel>(context,
            new(child, VisitStatus.Of(child, await RiskScale.LoadAsync(session, ct), today), values, error, today), status);
    }
}

public static class ChildSessions
{
    /// <summary>Commits, or refuses when the child's record moved on meanwhile (someone else saved first): nothing is saved then.</summary>
    public static async Task<CommandResult> SaveOrRefuseAsync(this IDocumentSession session, CancellationToken ct)
    {
        try
        {
            await session.SaveChangesAsync(ct);
            return CommandResult.Done;
        }
        catch (JasperFx.ConcurrencyException)
        {
            return CommandResult.Refused("该儿童的记录刚刚被他人修改，请刷新页面后重试。");
        }
    }
}
