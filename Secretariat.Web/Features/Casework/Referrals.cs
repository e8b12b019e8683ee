namespace Secretariat.Web.Features.Casework;

/// <summary>One referral as its unit sees it: what is asked, by when, the answer; never the child (no reference, no name).</summary>
public sealed record ReferralRow(string Source, Guid RecordId, Guid? StepId, string UnitName, DateOnly Since, string What, DateOnly? DueOn, string? Reply,
    DateOnly? AnsweredOn, bool IsReferral);

public sealed record ReferralsPageModel(IReadOnlyList<ReferralRow> Rows, string? UnitName, IReadOnlyDictionary<string, string[]> Values, string? Error,
    Guid? ErrorRow, DateOnly Today);

/// <summary>
/// The referrals (转介) and case-plan steps given to units: a 成员单位联络人 sees and answers its own unit's only (the permission table's
/// reach of <see cref="Capability.AnswerReferrals"/>), with nothing of the child; the station sees every unit's.
/// </summary>
public static class ReferralEndpoints
{
    public static void MapReferrals(this RouteGroupBuilder group)
    {
        group.MapGet("/referrals", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await PageAsync(context, session, new Dictionary<string, string[]> { ["DoneOn"] = [time.Today().IsoDate()] }, null, null, 200, time, ct))
            .RequireCapability(Capability.AnswerReferrals);

        group.MapPost("/referrals/contacts/{id:guid}", async (Guid id, HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
        {
            var stream = await session.Events.FetchForWriting<WindowContact>(id, ct);
            if (stream.Aggregate is not { } contact) return Results.NotFound();
            var actor = context.User.Actor();
            if (contact.ReferredToId is not { } unit || !CaseDecisions.MaySeeReferral(actor, unit)) return Policies.Forbidden();
            var form = await context.Request.ReadFormAsync(ct);
            var decision = CaseDecisions.AnswerContact(contact, form["Reply"], actor, time.GetUtcNow());
            if (decision.Event is not { } e) return await PageAsync(context, session, CaseQueries.Values(form), decision.Refusal!.Message, id, 422, time, ct);
            stream.AppendOne(e);
            await session.SaveChangesAsync(ct);
            return SavedFlash.SeeOther(context, "/casework/referrals", "referral-answered");
        }).RequireCapability(Capability.AnswerReferrals);

        group.MapPost("/referrals/plans/{id:guid}", async (Guid id, HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
        {
            var stream = await session.Events.FetchForWriting<CasePlan>(id, ct);
            if (stream.Aggregate is not { } plan) return Results.NotFound();
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            var stepId = Guid.TryParse(form["StepId"], out var s) ? s : Guid.Empty;
            if (plan.Steps.FirstOrDefault(x => x.Id == stepId) is not { } step || !CaseDecisions.MaySeeReferral(actor, step.OwnerId)) return Policies.Forbidden();
            var decision = CaseDecisions.CompleteStep(plan, stepId, TownClock.ParseDay(form["DoneOn"]), form["Reply"], actor, time.GetUtcNow());
            if (decision.Event is not { } e) return await PageAsync(context, session, CaseQueries.Values(form), decision.Refusal!.Message, stepId, 422, time, ct);
            stream.AppendOne(e);
            await session.SaveChangesAsync(ct);
            return SavedFlash.SeeOther(context, "/casework/referrals", "referral-answered");
        }).RequireCapability(Capability.AnswerReferrals);
    }

    private static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, IReadOnlyDictionary<string, string[]> values, string? error,
        Guid? errorRow, int status, TimeProvider time, CancellationToken ct)
    {
        var actor = context.User.Actor();
        var all = actor.CanForAll(Capability.AnswerReferrals);
        var unit = actor.UnitId;
        var contactsQuery = session.Query<WindowContact>().Where(c => c.ReferredToId != null);
        if (!all) contactsQuery = contactsQuery.Where(c => c.ReferredToId == unit);
        var contacts = await contactsQuery.OrderByDescending(c => c.On).Take(300).ToListAsync(ct);
        var plans = await session.Query<CasePlan>().OrderByDescending(p => p.OpenedOn).Take(500).ToListAsync(ct);
        var rows = contacts.Where(c => CaseDecisions.MaySeeReferral(actor, c.ReferredToId!.Value))
            .Select(c => new ReferralRow("接待转介", c.Id, null, c.ReferredToName!, c.On, $"{c.Matter.Chinese()}：{c.Done}", c.FollowUpDue, c.Reply,
                c.RepliedBy?.At.ToTownDate(), true))
            .Concat(plans.SelectMany(p => p.Steps.Where(st => CaseDecisions.MaySeeReferral(actor, st.OwnerId))
                .Select(st => new ReferralRow(st.IsReferral ? "个案转介" : "个案方案步骤", p.Id, st.Id, st.OwnerName, p.OpenedOn, st.Title, st.DueOn, st.Reply,
                    st.DoneOn, st.IsReferral))))
            .OrderBy(r => r.AnsweredOn is null ? 0 : 1).ThenBy(r => r.DueOn ?? DateOnly.MaxValue).ToList();
        var unitName = all || unit is not { } own ? null : (await session.LoadAsync<MemberUnit>(own, ct))?.Name;
        return PageResults.Page<ReferralsPage, ReferralsPageModel>(context, new(rows, unitName, values, error, errorRow, time.Today()), status);
    }
}
