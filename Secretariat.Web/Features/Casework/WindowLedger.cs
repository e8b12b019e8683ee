using Secretariat.Web.Features.Children;

namespace Secretariat.Web.Features.Casework;

public sealed record LedgerPageModel(IReadOnlyList<WindowContact> Contacts, int Total, ServiceMatter? Matter, IReadOnlyDictionary<Guid, string> MaskedNames,
    IReadOnlyDictionary<ServiceMatter, int> ByMatter, int Year);

public sealed record ContactFormPageModel(IReadOnlyList<MemberUnit> Villages, IReadOnlyList<MemberUnit> Units, IReadOnlyDictionary<string, string[]> Values,
    string? Error, DateOnly Today);

public sealed record ContactPageModel(WindowContact Contact, string? MaskedName, IReadOnlyDictionary<string, string[]> Values, string? Error, DateOnly Today);

/// <summary>The queries the window's pages share: the villages, the units a matter may be referred to.</summary>
public static class CaseQueries
{
    public static Task<IReadOnlyList<MemberUnit>> VillagesAsync(IQuerySession session, CancellationToken ct) => new ChildQueries(session).VillagesAsync(ct);

    /// <summary>Member units and social organisations (the villages have their own 儿童主任 and are chosen as the child's village).</summary>
    public static async Task<IReadOnlyList<MemberUnit>> UnitsAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<MemberUnit>().ToListAsync(ct)).Where(u => u.Kind is UnitKind.TownBody or UnitKind.Organisation).OrderBy(u => u.SortOrder).ToList();

    public static async Task<MemberUnit?> UnitAsync(IQuerySession session, Guid? id, CancellationToken ct) =>
        id is { } unit ? await session.LoadAsync<MemberUnit>(unit, ct) : null;

    public static Guid? Id(IFormCollection form, string field) => Guid.TryParse(form[field], out var id) ? id : null;

    public static Dictionary<string, string[]> Values(IFormCollection form) => ChildForm.Of(form);
}

/// <summary>The 接待工作台账 (附件3 五(七)): the list by service, a contact logged at the window, its outcome.</summary>
public static class WindowLedgerEndpoints
{
    public const int MaxShown = 300;

    public static void MapWindowLedger(this RouteGroupBuilder group)
    {
        group.MapGet("/ledger", async (string? matter, int? year, HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            var wanted = CaseworkNames.Parse<ServiceMatter>(matter);
            var shownYear = year is >= 2000 and <= 2100 ? year.Value : time.Today().Year;
            var contacts = await session.Query<WindowContact>().Where(c => c.On >= new DateOnly(shownYear, 1, 1) && c.On <= new DateOnly(shownYear, 12, 31))
                .OrderByDescending(c => c.On).ToListAsync(ct);
            var byMatter = Enum.GetValues<ServiceMatter>().ToDictionary(m => m, m => contacts.Count(c => c.Matter == m));
            var shown = contacts.Where(c => wanted is null || c.Matter == wanted).ToList();
            var rows = shown.Take(MaxShown).ToList();
            return PageResults.Page<LedgerPage, LedgerPageModel>(context, new(rows, shown.Count, wanted,
                await CaseChildren.MaskedNamesAsync(context, vault, rows.Select(r => r.Child), ct), byMatter, shownYear));
        }).RequireCapability(Capability.ReadCasework);

        group.MapGet("/ledger/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await FormAsync(context, session, new Dictionary<string, string[]>
            {
                ["On"] = [time.Today().IsoDate()], ["Channel"] = [nameof(ContactChannel.Visit)], ["Visitor"] = [nameof(VisitorKind.Guardian)]
            }, null, StatusCodes.Status200OK, time, ct)).RequireCapability(Capability.KeepServiceLedger);

        // Handled here, never on the bus: the form may carry a new child's identity, which goes into the personal-data store only.
        group.MapPost("/ledger/new", async (HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var actor = context.User.Actor();
            var now = time.GetUtcNow();
            var village = await CaseQueries.UnitAsync(session, CaseQueries.Id(form, "VillageId"), ct);
            if (village is not null && village.Kind is not (UnitKind.Village or UnitKind.Community)) village = null;
            var referred = await CaseQueries.UnitAsync(session, CaseQueries.Id(form, "ReferredToId"), ct);
            var choice = await CaseChildren.ChooseAsync(session, form, village, required: false, actor, now, ct);
            var id = Guid.CreateVersion7();
            Decision<WindowContactLogged> decision = choice.Problem is { } problem
                ? new Refusal(problem)
                : CaseDecisions.LogContact(id, new ContactInput(TownClock.ParseDay(form["On"]), CaseworkNames.Parse<ContactChannel>(form["Channel"]),
                    CaseworkNames.Parse<VisitorKind>(form["Visitor"]), CaseQueries.Id(form, "VillageId"), CaseworkNames.Parse<ServiceMatter>(form["Matter"]),
                    form["Done"], CaseQueries.Id(form, "ReferredToId"), TownClock.ParseDay(form["FollowUpDue"])), village, referred, choice.Child, actor, now);
            if (decision.Event is not { } logged)
                return await FormAsync(context, session, CaseQueries.Values(form), decision.Refusal!.Message, StatusCodes.Status422UnprocessableEntity, time, ct);
            CaseChildren.Open(session, vault, choice);
            session.Events.StartStream<WindowContact>(id, logged);
            await session.SaveChangesAsync(ct);
            return SavedFlash.SeeOther(context, $"/casework/ledger/{id}", "window-contact");
        }).RequireCapability(Capability.KeepServiceLedger);

        group.MapGet("/ledger/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
            await session.LoadAsync<WindowContact>(id, ct) is { } contact
                ? await ContactAsync(context, vault, contact, new Dictionary<string, string[]> { ["ConcludedOn"] = [time.Today().IsoDate()] }, null, 200, time, ct)
                : Results.NotFound()).RequireCapability(Capability.ReadCasework);

        group.MapPost("/ledger/{id:guid}/conclude", async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            var stream = await session.Events.FetchForWriting<WindowContact>(id, ct);
            if (stream.Aggregate is not { } contact) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var decision = CaseDecisions.Conclude(contact, TownClock.ParseDay(form["ConcludedOn"]), form["Outcome"], context.User.Actor(), time.GetUtcNow());
            if (decision.Event is not { } e)
                return await ContactAsync(context, vault, contact, CaseQueries.Values(form), decision.Refusal!.Message, 422, time, ct);
            stream.AppendOne(e);
            if (await session.SaveOrRefuseAsync(ct) is { Succeeded: false } stale)
                return await ContactAsync(context, vault, contact, CaseQueries.Values(form), stale.Refusal, 409, time, ct);
            return SavedFlash.SeeOther(context, $"/casework/ledger/{id}", "window-concluded");
        }).RequireCapability(Capability.KeepServiceLedger);
    }

    private static async Task<IResult> ContactAsync(HttpContext context, PersonalDataVault vault, WindowContact contact, IReadOnlyDictionary<string, string[]> values,
        string? error, int status, TimeProvider time, CancellationToken ct)
    {
        var masked = await CaseChildren.MaskedNamesAsync(context, vault, [contact.Child], ct);
        return PageResults.Page<ContactPage, ContactPageModel>(context,
            new(contact, contact.Child is { } c ? masked.GetValueOrDefault(c.Id) : null, values, error, time.Today()), status);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, IReadOnlyDictionary<string, string[]> values, string? error, int status,
        TimeProvider time, CancellationToken ct) =>
        PageResults.Page<ContactFormPage, ContactFormPageModel>(context,
            new(await CaseQueries.VillagesAsync(session, ct), await CaseQueries.UnitsAsync(session, ct), values, error, time.Today()), status);
}
