namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// Which alerts and figures a person is shown, by the reach of a capability (<see cref="Capability.FollowAlerts"/> to be
/// shown them, <see cref="Capability.AnswerAlerts"/> to answer for them): all of them; the station's rules; a unit's own.
/// </summary>
/// <param name="UnitCapabilities">What the person holds for their own unit (<see cref="ComplianceRule.UnitFollowersHold"/>); null: nothing beyond following.</param>
public sealed record Audience(bool Everything, bool WorkStation, Guid? UnitId, IReadOnlySet<Capability>? UnitCapabilities = null)
{
    public static Audience Of(Actor actor, Capability capability = Capability.FollowAlerts)
    {
        var reach = actor.ReachOf(capability);
        var unit = reach.HasFlag(Reach.OwnUnit) ? actor.UnitId : null;
        return new(reach.HasFlag(Reach.All), reach.HasFlag(Reach.Station), unit,
            unit is null ? null : Enum.GetValues<Capability>().Where(c => actor.ReachOf(c).HasFlag(Reach.OwnUnit)).ToHashSet());
    }

    /// <summary>Whose the alert's rule is (<see cref="ComplianceRule.Followers"/>) decides who beyond everything's followers sees it.</summary>
    public bool Sees(ComplianceAlert alert, ComplianceRule? rule) =>
        Everything || (WorkStation && rule is { } station && station.Followers.HasFlag(Reach.Station)) ||
        (UnitId is { } unit && rule is { } own && own.Followers.HasFlag(Reach.OwnUnit) && alert.UnitIds.Contains(unit) &&
         (own.UnitFollowersHold is not { } needed || UnitCapabilities?.Contains(needed) == true));

    public string CacheKey => $"{(Everything ? 1 : 0)}{(WorkStation ? 1 : 0)}{UnitId}" +
        (UnitCapabilities is { Count: > 0 } held ? ":" + string.Join(",", held.Order()) : "");
}

public sealed record AlertsPageModel(IReadOnlyList<ComplianceAlert> Alerts, string? Rule, Severity? Severity, bool ShowResolved);

public sealed record AlertPageModel(ComplianceAlert Alert, bool MayAcknowledge, string? Error, string? Note);

public static class CompliancePages
{
    public static void MapCompliancePages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (string? rule, string? severity, string? state, HttpContext context, IQuerySession session, ComplianceEngine engine,
            CancellationToken ct) =>
        {
            var audience = Audience.Of(context.User.Actor());
            var showResolved = state == "resolved";
            var query = session.Query<ComplianceAlert>().Where(a => a.IsOpen == !showResolved);
            if (engine.Filter(rule)?.ToArray() is { } codes) query = query.Where(a => a.Rule.IsOneOf(codes));
            if (Enum.TryParse<Severity>(severity, out var wanted) && Enum.IsDefined(wanted)) query = query.Where(a => a.Severity == wanted);
            var alerts = (await query.OrderByDescending(a => a.Rank).ThenBy(a => a.DueOn).Take(500).ToListAsync(ct))
                .Where(a => engine.Sees(audience, a)).ToList();
            return PageResults.Page<AlertsPage, AlertsPageModel>(context,
                new AlertsPageModel(alerts, rule, Enum.IsDefined(wanted) ? wanted : null, showResolved));
        });

        group.MapGet("/alerts/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await AlertAsync(context, session, id, null, StatusCodes.Status200OK, ct));
    }

    public static async Task<IResult> AlertAsync(HttpContext context, IQuerySession session, Guid id, string? error, int status, CancellationToken ct,
        string? note = null)
    {
        var actor = context.User.Actor();
        var engine = context.RequestServices.GetRequiredService<ComplianceEngine>();
        var alert = await session.LoadAsync<ComplianceAlert>(id, ct);
        if (alert is null) return Results.NotFound();
        if (!engine.Sees(Audience.Of(actor), alert)) return Policies.Forbidden();
        return PageResults.Page<AlertPage, AlertPageModel>(context,
            new AlertPageModel(alert, engine.MayAcknowledge(actor, alert), error, note), status);
    }
}
