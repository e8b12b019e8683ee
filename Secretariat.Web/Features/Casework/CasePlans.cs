using Secretariat.Web.Features.Children;

namespace Secretariat.Web.Features.Casework;

public sealed record PlansPageModel(IReadOnlyList<CasePlan> Plans, bool ShowClosed, DateOnly Today);

public sealed record PlanFormPageModel(IReadOnlyList<MemberUnit> Villages, IReadOnlyDictionary<string, string[]> Values, string? Error, DateOnly Today);

public sealed record PlanPageModel(CasePlan Plan, string? MaskedName, IReadOnlyList<MemberUnit> Units, IReadOnlyDictionary<string, string[]> Values,
    string? Error, DateOnly Today);

/// <summary>Case plans (一人一方案 / 一事一方案, 附件3-3 四): steps with an owner unit and a due day, 转介 with a reply due, reviews, closure.</summary>
public static class CasePlanEndpoints
{
    public static void MapCasePlans(this RouteGroupBuilder group)
    {
        group.MapGet("/plans", async (string? state, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var closed = state == "closed";
            var query = closed ? session.Query<CasePlan>().Where(p => p.ClosedOn != null) : session.Query<CasePlan>().Where(p => p.ClosedOn == null);
            var plans = await query.OrderByDescending(p => p.OpenedOn).Take(300).ToListAsync(ct);
            return PageResults.Page<PlansPage, PlansPageModel>(context, new(plans, closed, time.Today()));
        }).RequireCapability(Capability.ReadCasework);

        group.MapGet("/plans/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await FormAsync(context, session, new Dictionary<string, string[]>
            {
                ["Kind"] = [nameof(PlanKind.OneChild)], ["ReviewDue"] = [time.Today().AddMonths(1).IsoDate()]
            }, null, 200, time, ct)).RequireCapability(Capability.KeepCasePlans);

        // Handled here, never on the bus: the form may carry a new child's identity (personal-data store only).
        group.MapPost("/plans/new", async (HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var actor = context.User.Actor();
            var now = time.GetUtcNow();
            var kind = CaseworkNames.Parse<PlanKind>(form["Kind"]);
            var village = await CaseQueries.UnitAsync(session, CaseQueries.Id(form, "VillageId"), ct);
            if (village is not null && village.Kind is not (UnitKind.Village or UnitKind.Community)) village = null;
            var choice = await CaseChildren.ChooseAsync(session, form, village, required: kind == PlanKind.OneChild, actor, now, ct);
            var id = Guid.CreateVersion7();
            Decision<CasePlanOpened> decision = choice.Problem is { } problem
                ? new Refusal(problem)
                : CaseDecisions.OpenPlan(id, kind, form["Title"], choice.Child, TownClock.ParseDay(form["ReviewDue"]), actor, now);
            if (decision.Event is not { } opened) return await FormAsync(context, session, CaseQueries.Values(form), decision.Refusal!.Message, 422, time, ct);
            CaseChildren.Open(session, vault, choice);
            session.Events.StartStream<CasePlan>(id, opened);
            await session.SaveChangesAsync(ct);
            return SavedFlash.SeeOther(context, $"/casework/plans/{id}", "plan-opened");
        }).RequireCapability(Capability.KeepCasePlans);

        group.MapGet("/plans/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
            await session.LoadAsync<CasePlan>(id, ct) is { } plan
                ? await PlanAsync(context, session, vault, plan, new Dictionary<string, string[]> { ["DoneOn"] = [time.Today().IsoDate()] }, null, 200, time, ct)
                : Results.NotFound()).RequireCapability(Capability.ReadCasework);

        MapPlanCommand(group, "/steps", "plan-step", async (p, f, a, now, session, ct) =>
            {
                var owner = await CaseQueries.UnitAsync(session, CaseQueries.Id(f, "OwnerId"), ct);
                if (owner is not null && owner.Kind is not (UnitKind.TownBody or UnitKind.Organisation)) owner = null;
                return CaseDecisions.AddStep(p, Guid.CreateVersion7(), f["StepTitle"], owner, f["IsReferral"] == "true", TownClock.ParseDay(f["DueOn"]), a, now).Box();
            });
        MapPlanCommand(group, "/steps/done", "plan-step-done", (p, f, a, now, _, _) =>
            Task.FromResult(CaseDecisions.CompleteStep(p, Guid.TryParse(f["StepId"], out var s) ? s : Guid.Empty, TownClock.ParseDay(f["DoneOn"]), f["Reply"], a, now).Box()));
        MapPlanCommand(group, "/review", "plan-reviewed", (p, f, a, now, _, _) =>
            Task.FromResult(CaseDecisions.Review(p, f["Conclusion"], TownClock.ParseDay(f["NextReviewDue"]), a, now).Box()));
        MapPlanCommand(group, "/close", "plan-closed", (p, f, a, now, _, _) =>
            Task.FromResult(CaseDecisions.Close(p, f["ClosingReason"], a, now).Box()));
    }

    public static (object? Event, string? Refusal) Box<T>(this Decision<T> d) where T : class => (d.Event, d.Refusal?.Message);

    private static void MapPlanCommand(RouteGroupBuilder group, string path, string saved,
        Func<CasePlan, IFormCollection, Actor, DateTimeOffset, IDocumentSession, CancellationToken, Task<(object? Event, string? Refusal)>> decide) =>
        group.MapPost("/plans/{id:guid}" + path, async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            var stream = await session.Events.FetchForWriting<CasePlan>(id, ct);
            if (stream.Aggregate is not { } plan) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var (e, refusal) = await decide(plan, form, context.User.Actor(), time.GetUtcNow(), session, ct);
            if (e is null) return await PlanAsync(context, session, vault, plan, CaseQueries.Values(form), refusal, 422, time, ct);
            stream.AppendOne(e);
            if (await session.SaveOrRefuseAsync(ct) is { Succeeded: false } stale)
                return await PlanAsync(context, session, vault, plan, CaseQueries.Values(form), stale.Refusal, 409, time, ct);
            return SavedFlash.SeeOther(context, $"/casework/plans/{id}", saved);
        }).RequireCapability(Capability.KeepCasePlans);

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, IReadOnlyDictionary<string, string[]> values, string? error, int status,
        TimeProvider time, CancellationToken ct) =>
        PageResults.Page<PlanFormPage, PlanFormPageModel>(context, new(await CaseQueries.VillagesAsync(session, ct), values, error, time.Today()), status);

    private static async Task<IResult> PlanAsync(HttpContext context, IQuerySession session, PersonalDataVault vault, CasePlan plan,
        IReadOnlyDictionary<string, string[]> values, string? error, int status, TimeProvider time, CancellationToken ct)
    {
        var masked = await CaseChildren.MaskedNamesAsync(context, vault, [plan.Child], ct);
        return PageResults.Page<PlanPage, PlanPageModel>(context, new(plan, plan.Child is { } c ? masked.GetValueOrDefault(c.Id) : null,
            await CaseQueries.UnitsAsync(session, ct), values, error, time.Today()), status);
    }
}
