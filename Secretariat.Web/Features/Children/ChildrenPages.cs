namespace Secretariat.Web.Features.Children;

/// <summary>A child as a list shows it: its next visit, and its name masked for those who may read it (null otherwise).</summary>
public sealed record ChildRow(ChildRecord Child, ChildDue? Due, string? MaskedName);

public sealed record ChildrenPageModel(IReadOnlyList<ChildRow> Rows, int Total, IReadOnlyList<MemberUnit> Villages, Guid? Village, ChildRegister? Register,
    RiskLevel? Level, bool OverdueOnly, string? Reference, DateOnly Today);

public sealed record VisitsPageModel(IReadOnlyList<ChildRow> Rows, IReadOnlyList<MemberUnit> Villages, Guid? Village, bool AllVillages, DateOnly Today);

public sealed record ChildCountsPageModel(ChildCounts Counts, RiskScale Scale);

public sealed record ChildPageModel(ChildRecord Child, ChildDue? Due, RiskScale Scale, ChildPersonalData? Masked, bool Unreadable, Actor Actor,
    string? Error, IReadOnlyDictionary<string, string[]> Values, DateOnly Today);

/// <summary>The registers' pages: the list, the director's visits, the counts, a child's record.</summary>
public static class ChildrenPages
{
    /// <summary>A list shows at most this many children (filters narrow it).</summary>
    public const int MaxShown = 500;

    public static void MapChildrenPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (Guid? village, string? register, string? level, string? state, string? reference, HttpContext context, IQuerySession session,
            PersonalDataVault vault, TimeProvider time, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var today = time.Today();
            var queries = new ChildQueries(session);
            var scale = await RiskScale.LoadAsync(session, ct);
            var wantedRegister = ChildNames.Parse<ChildRegister>(register);
            var wantedLevel = ChildNames.Parse<RiskLevel>(level);
            var wantedReference = reference?.Trim() is { Length: > 0 } r ? r[..Math.Min(r.Length, 20)].ToUpperInvariant() : null;
            var children = (await queries.OnRegistersAsync(today, village, ct))
                .Where(c => ChildDecisions.MayRead(actor, c))
                .Where(c => wantedRegister is null || c.Registers.Contains(wantedRegister.Value))
                .Where(c => wantedLevel is null || c.RiskLevel == wantedLevel)
                .Where(c => wantedReference is null || c.Reference.Contains(wantedReference, StringComparison.Ordinal))
                .Select(c => VisitStatus.Of(c, scale, today))
                .Where(d => state != "overdue" || d.State == VisitState.Overdue)
                .ToList();
            var rows = await RowsAsync(context, vault, actor, children.Take(MaxShown).ToList(), ct);
            return PageResults.Page<ChildrenPage, ChildrenPageModel>(context, new(rows, children.Count, await VisibleVillagesAsync(queries, actor, ct), village,
                wantedRegister, wantedLevel, state == "overdue", wantedReference, today));
        }).RequireCapability(Capability.ReadChildRegisters);

        group.MapGet("/visits", async (Guid? village, HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var today = time.Today();
            var queries = new ChildQueries(session);
            var scale = await RiskScale.LoadAsync(session, ct);
            var all = actor.CanForAll(Capability.RecordVisits);
            // A 儿童主任 sees their own village; the station picks one (or sees every village's due visits).
            var shown = all ? village : actor.UnitId;
            var due = (await queries.OnRegistersAsync(today, shown, ct)).Where(c => ChildDecisions.MayVisit(actor, c))
                .Select(c => VisitStatus.Of(c, scale, today)).OrderBy(d => d.DueOn).ThenBy(d => d.Child.Reference, StringComparer.Ordinal).ToList();
            var rows = await RowsAsync(context, vault, actor, due.Take(MaxShown).ToList(), ct);
            return PageResults.Page<VisitsPage, VisitsPageModel>(context, new(rows, all ? await queries.VillagesAsync(ct) : [], shown, all, today));
        }).RequireCapability(Capability.RecordVisits);

        // Counts only (no reference, no name): every reader of the town; the alerts about visits link here.
        group.MapGet("/counts", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            PageResults.Page<ChildCountsPage, ChildCountsPageModel>(context,
                new(await new ChildQueries(session).CountsAsync(time.Today(), ct), await RiskScale.LoadAsync(session, ct))));

        group.MapGet("/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time, CancellationToken ct) =>
        {
            if (await session.LoadAsync<ChildRecord>(id, ct) is not { } child) return Results.NotFound();
            if (!ChildDecisions.MayRead(context.User.Actor(), child)) return PersonalDataEndpoints.Refused(context);
            return await ChildAsync(context, session, vault, time, child, null, StatusCodes.Status200OK, ct);
        }).RequireCapability(Capability.ReadChildRegisters);
    }

    public static async Task<IResult> ChildAsync(HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time, ChildRecord child,
        string? error, int status, CancellationToken ct, IReadOnlyDictionary<string, string[]>? values = null)
    {
        var actor = context.User.Actor();
        var today = time.Today();
        var scale = await RiskScale.LoadAsync(session, ct);
        ChildPersonalData? masked = null;
        var unreadable = false;
        if (child.HasPersonalData && ChildDecisions.MayReadPersonalData(actor, child))
        {
            var profiles = await vault.ProfilesAsync(context.RequiredTown().Id, [child.Id], ct);
            if (profiles.TryGetValue(child.Id, out var profile)) masked = Mask(profile);
            else unreadable = true;
        }
        if (masked is not null) PersonalDataEndpoints.NoStore(context);
        return PageResults.Page<ChildPage, ChildPageModel>(context, new(child, child.IsOnRegistersOn(today) ? VisitStatus.Of(child, scale, today) : null, scale,
            masked, unreadable, actor, error, values ?? new Dictionary<string, string[]> { ["RequestedOn"] = [today.IsoDate()] }, today), status);
    }

    /// <summary>The profile as lists and the record's page show it: each field masked, the notes hidden.</summary>
    public static ChildPersonalData Mask(ChildPersonalData data) => new(
        data.Name is { } name ? PersonalDataRules.MaskName(name) : null,
        data.IdNumber is { } id ? PersonalDataRules.MaskIdNumber(id) : null,
        data.Address is { } address ? PersonalDataRules.MaskAddress(address) : null,
        data.Guardians.Select(g => new Guardian(PersonalDataRules.MaskName(g.Name), g.Relation, PersonalDataRules.MaskPhone(g.Phone))).ToList(),
        data.Notes is null ? null : "（已隐藏）");

    private static async Task<IReadOnlyList<ChildRow>> RowsAsync(HttpContext context, PersonalDataVault vault, Actor actor, IReadOnlyList<ChildDue> due,
        CancellationToken ct)
    {
        var readable = due.Where(d => d.Child.HasPersonalData && ChildDecisions.MayReadPersonalData(actor, d.Child)).Select(d => d.Child.Id).ToList();
        var profiles = await vault.ProfilesAsync(context.RequiredTown().Id, readable, ct);
        if (profiles.Count > 0) PersonalDataEndpoints.NoStore(context);
        return due.Select(d => new ChildRow(d.Child, d, profiles.TryGetValue(d.Child.Id, out var p) && p.Name is { } name ? PersonalDataRules.MaskName(name) : null))
            .ToList();
    }

    private static async Task<IReadOnlyList<MemberUnit>> VisibleVillagesAsync(ChildQueries queries, Actor actor, CancellationToken ct) =>
        (await queries.VillagesAsync(ct)).Where(v => actor.CanFor(Capability.ReadChildRegisters, v.Id)).ToList();
}
