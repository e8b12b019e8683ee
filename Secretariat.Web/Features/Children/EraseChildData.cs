namespace Secretariat.Web.Features.Children;

/// <summary>
/// Erasure of a child's personal data (未成年人保护法 第七十二条; 个人信息保护法 第四十七条): the child's key is destroyed and its
/// ciphertexts deleted; the pseudonymous record stays, so the counts do not change. On a lawful request (the station), or by the daily
/// retention run once the child is 18 plus the town's retention period.
/// </summary>
public sealed record EraseChildData(Guid ChildId, ErasureBasis? Basis, DateOnly? RequestedOn, bool Confirmed, Actor Actor);

// Not a message handler: called by its endpoint only, so the command (with its personal data) never becomes a message.
[Wolverine.Attributes.WolverineIgnore]
public static class EraseChildDataHandler
{
    public static async Task<CommandResult> HandleAsync(EraseChildData command, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
        CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ChildRecord>(command.ChildId, ct);
        if (stream.Aggregate is not { } child) return CommandResult.Refused(ChildDecisions.NotFound);
        var scale = await RiskScale.LoadAsync(session, ct);
        var decision = ChildDecisions.Erase(child, command.Basis, command.RequestedOn, command.Confirmed, scale.ErasureDue(child), command.Actor, time.GetUtcNow());
        if (decision.Event is not { } e) return decision.Result;
        vault.Erase(session, child.Id);
        stream.AppendOne(e);
        return await session.SaveOrRefuseAsync(ct);
    }
}

public static class EraseChildDataEndpoint
{
    public static void MapEraseChildData(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/erase", async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            var actor = context.User.Actor();
            if (!ChildDecisions.MayKeep(actor, child)) return PersonalDataEndpoints.Refused(context);
            var form = await context.Request.ReadFormAsync(ct);
            var result = await EraseChildDataHandler.HandleAsync(new EraseChildData(id, ErasureBasis.LawfulRequest, ChildForm.Day(form, "RequestedOn"),
                form["Confirm"] == "true", actor), session, vault, time, ct);
            if (!result.Succeeded)
                return await ChildrenPages.ChildAsync(context, session, vault, time, child, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct,
                    ChildForm.Of(form));
            return SavedFlash.SeeOther(context, $"/children/{id}", "erased");
        }).RequireCapability(Capability.KeepChildRegisters);
    }
}
