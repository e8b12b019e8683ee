using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Features.Children;

/// <summary>
/// The station enters or corrects a child's personal data (the whole of it replaced). Handled here, never sent on the message bus:
/// the command carries the data itself.
/// </summary>
public sealed record SavePersonalData(Guid ChildId, ChildPersonalData Data, Actor Actor);

/// <summary>A child's personal data in full (after a logged read), or the form to enter or correct it.</summary>
public sealed record PersonalDataPageModel(ChildRecord Child, PersonalDataContents? Contents, ReadReason? Reason, IReadOnlyDictionary<string, string[]> Values,
    bool MayEdit, string? Error);

// Not a message handler: called by its endpoint only, so the command (with its personal data) never becomes a message.
[Wolverine.Attributes.WolverineIgnore]
public static class SavePersonalDataHandler
{
    public static async Task<CommandResult> HandleAsync(SavePersonalData command, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
        CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ChildRecord>(command.ChildId, ct);
        if (stream.Aggregate is not { } child) return CommandResult.Refused(ChildDecisions.NotFound);
        var decision = ChildDecisions.RecordPersonalData(child, command.Data, command.Actor, time.GetUtcNow());
        if (decision.Event is not { } e) return decision.Result;
        stream.AppendOne(e);
        vault.PutProfile(session, child.Id, command.Data);
        return await session.SaveOrRefuseAsync(ct);
    }
}

public static class PersonalDataEndpoints
{
    /// <summary>What the read log says of a read of a child's data (the reference only: the log is a document, it holds no name).</summary>
    public static string Where(ChildRecord child) => $"儿童个人信息：{child.Reference}（{child.VillageName}）";

    public static void MapPersonalData(this RouteGroupBuilder group)
    {
        // Reading is a POST: it needs a reason, and it is recorded (who, when, the reason) before anything is shown.
        group.MapPost("/{id:guid}/personal-data/read", async (Guid id, HttpContext context, IQuerySession session, PersonalDataVault vault,
            IDocumentStore store, TimeProvider time, CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            var actor = context.User.Actor();
            if (!ChildDecisions.MayReadPersonalData(actor, child)) return Refused(context);
            var form = await context.Request.ReadFormAsync(ct);
            if (ChildNames.Parse<ReadReason>(form["Reason"]) is not { } reason)
                return await ChildrenPages.ChildAsync(context, session, vault, time, child, "请选择查阅事由。", StatusCodes.Status422UnprocessableEntity, ct);
            var town = context.RequiredTown().Id;
            var contents = await vault.ReadAsync(town, id, ct);
            if (contents.Profile is not null || contents.VisitNotes.Count > 0)
                await MinorsData.LogReadAsync(store, town, context.User, child.Id, child.Reference, Where(child), $"/children/{child.Id}", time.GetUtcNow(), ct,
                    reason.Chinese());
            NoStore(context);
            return PageResults.Page<PersonalDataPage, PersonalDataPageModel>(context, new(child, contents, reason,
                contents.Profile is { } profile ? ChildForm.Of(profile) : new Dictionary<string, string[]>(), ChildDecisions.MayKeep(actor, child) && !child.IsErased, null));
        }).RequireCapability(Capability.ReadChildrenPersonalData);

        group.MapGet("/{id:guid}/personal-data/new", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            if (!ChildDecisions.MayKeep(context.User.Actor(), child)) return Refused(context);
            // Data already held is corrected after a read with its reason (logged), from the record's page.
            if (child.HasPersonalData || child.IsErased) return PageResults.SeeOther(context, $"/children/{id}");
            return PageResults.Page<PersonalDataPage, PersonalDataPageModel>(context, new(child, null, null, new Dictionary<string, string[]>(), true, null));
        }).RequireCapability(Capability.KeepChildRegisters);

        group.MapPost("/{id:guid}/personal-data", async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            var actor = context.User.Actor();
            if (!ChildDecisions.MayKeep(actor, child)) return Refused(context);
            var form = await context.Request.ReadFormAsync(ct);
            var (data, problem) = PersonalDataRules.Parse(form, child.BirthMonth);
            var result = problem is not null
                ? CommandResult.Refused(problem)
                : await SavePersonalDataHandler.HandleAsync(new SavePersonalData(id, data!, actor), session, vault, time, ct);
            if (!result.Succeeded)
            {
                NoStore(context);
                return PageResults.Page<PersonalDataPage, PersonalDataPageModel>(context, new(child, null, null, ChildForm.Of(form), true, result.Refusal),
                    StatusCodes.Status422UnprocessableEntity);
            }
            return SavedFlash.SeeOther(context, $"/children/{id}", "personal-data");
        }).RequireCapability(Capability.KeepChildRegisters);
    }

    /// <summary>A page with personal data is kept by neither the browser nor a proxy.</summary>
    public static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";

    /// <summary>The 403 for a child of another village (the Chinese page says why).</summary>
    public static IResult Refused(HttpContext context)
    {
        context.Items[ChinesePages.ProblemKey] = "只能查看本村（社区）儿童的记录。";
        return Policies.Forbidden();
    }
}
