using System.Security.Cryptography;

namespace Secretariat.Web.Features.Children;

/// <summary>
/// The station enters a child on the registers, with its personal data if it has any. Handled here, never sent on the message bus:
/// the command carries personal data, which must not be serialized into an envelope or written into a log.
/// </summary>
public sealed record RegisterChild(Guid ChildId, ChildRecordInput Input, BirthMonth? Birth, DateOnly? RegisteredOn, ChildPersonalData? PersonalData, Actor Actor);

public sealed record ChildFormPageModel(ChildRecord? Child, IReadOnlyDictionary<string, string[]> Values, IReadOnlyList<MemberUnit> Villages,
    IReadOnlyList<DirectorOption> Directors, string? Error, DateOnly Today);

// Not a message handler: called by its endpoint only, so the command (with its personal data) never becomes a message.
[Wolverine.Attributes.WolverineIgnore]
public static class RegisterChildHandler
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>A pseudonymous reference: random (it says nothing of the child, its village or when it was entered), unique in the town.</summary>
    public static string NewReference() =>
        "ET-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4)) + "-" + new string(RandomNumberGenerator.GetItems<char>(Alphabet, 4));

    public static async Task<CommandResult> HandleAsync(RegisterChild command, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var village = command.Input.VillageId is { } id ? await session.LoadAsync<MemberUnit>(id, ct) : null;
        var directors = await new ChildQueries(session).DirectorsAsync(now.ToTownDate(), ct);
        var reference = NewReference();
        while (await session.Query<ChildRecord>().AnyAsync(c => c.Reference == reference, ct)) reference = NewReference();
        var registered = ChildDecisions.Register(command.ChildId, reference, command.Input, command.Birth, command.RegisteredOn, village, directors,
            command.Actor, now);
        if (registered.Event is not { } e) return registered.Result;
        List<object> events = [e];
        if (command.PersonalData is { } data && data.Fields().Count > 0)
        {
            var recorded = ChildDecisions.RecordPersonalData(ChildRecord.Create(e), data, command.Actor, now);
            if (recorded.Event is not { } withData) return recorded.Result;
            events.Add(withData);
            vault.PutProfile(session, command.ChildId, data);
        }
        session.Events.StartStream<ChildRecord>(command.ChildId, [.. events]);
        await session.SaveChangesAsync(ct);
        return CommandResult.Done;
    }
}

public static class RegisterChildEndpoint
{
    public static void MapRegisterChild(this RouteGroupBuilder group)
    {
        group.MapGet("/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await FormAsync(context, session, null, new Dictionary<string, string[]> { ["RegisteredOn"] = [time.Today().IsoDate()] }, null,
                StatusCodes.Status200OK, time, ct))
            .RequireCapability(Capability.KeepChildRegisters);

        group.MapPost("/new", async (HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var birth = ChildForm.Birth(form);
            ChildPersonalData? data = null;
            if (birth is { } born)
            {
                var (parsed, problem) = PersonalDataRules.Parse(form, born);
                if (problem is not null) return await FormAsync(context, session, null, ChildForm.Of(form), problem, StatusCodes.Status422UnprocessableEntity, time, ct);
                data = parsed;
            }
            var command = new RegisterChild(Guid.CreateVersion7(), ChildForm.Input(form), birth, ChildForm.Day(form, "RegisteredOn"), data, context.User.Actor());
            var result = await RegisterChildHandler.HandleAsync(command, session, vault, time, ct);
            if (!result.Succeeded)
                return await FormAsync(context, session, null, ChildForm.Of(form), result.Refusal, StatusCodes.Status422UnprocessableEntity, time, ct);
            return SavedFlash.SeeOther(context, $"/children/{command.ChildId}", "child");
        }).RequireCapability(Capability.KeepChildRegisters);
    }

    public static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, ChildRecord? child, IReadOnlyDictionary<string, string[]> values,
        string? error, int status, TimeProvider time, CancellationToken ct)
    {
        var queries = new ChildQueries(session);
        var today = time.Today();
        return PageResults.Page<ChildFormPage, ChildFormPageModel>(context,
            new(child, values, await queries.VillagesAsync(ct), await queries.DirectorsAsync(today, ct), error, today), status);
    }
}
