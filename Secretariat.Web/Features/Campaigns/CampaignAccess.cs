namespace Secretariat.Web.Features.Campaigns;

/// <summary>Who sees and does what with a campaign's evidence, rule by rule (the routes' policies say who may call at all).</summary>
public static class CampaignAccess
{
    /// <summary>A liaison sees their own unit's submissions, and every unit's for the items their unit leads; everyone else of the town sees all.</summary>
    public static bool MaySeeSubmissions(this Actor actor, CampaignItem item, Guid unitId) =>
        !IsOnlyLiaison(actor) || actor.UnitId == unitId || (item.Lead?.UnitId is { } lead && actor.UnitId == lead);

    public static bool MaySubmitFor(this Actor actor, Guid unitId) =>
        actor.Is(Roles.Secretariat) || (actor.Is(Roles.UnitLiaison) && actor.UnitId == unitId);

    public static bool MayReview(this Actor actor) => actor.Is(Roles.WorkStation) || actor.Is(Roles.Secretariat);

    public static bool MayReportRectification(this Actor actor, CampaignItem item) =>
        actor.Is(Roles.Secretariat) || (actor.Is(Roles.UnitLiaison) && item.Lead?.UnitId is { } lead && actor.UnitId == lead);

    public static bool IsDistrict(this Actor actor) => actor.Is(DistrictRoles.Reader);

    private static bool IsOnlyLiaison(Actor actor) =>
        actor.Is(Roles.UnitLiaison) && !actor.Is(Roles.Secretariat) && !actor.Is(Roles.WorkStation) && !actor.Is(Roles.Leader)
        && !actor.Is(Roles.DeputyLeader) && !actor.Is(DistrictRoles.Reader);
}
