namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// Who sees and does what with a campaign's evidence, record by record: each rule takes its capability and reach from the
/// permission table (the routes' capabilities say who may call at all).
/// </summary>
public static class CampaignAccess
{
    /// <summary>Every unit's submissions, or (a unit's reach) the own unit's and every unit's for the items the own unit leads.</summary>
    public static bool MaySeeSubmissions(this Actor actor, CampaignItem item, Guid unitId) =>
        actor.CanFor(Capability.ReadUnitRecords, unitId) || (item.Lead?.UnitId is { } lead && actor.CanFor(Capability.ReadUnitRecords, lead));

    public static bool MaySubmitFor(this Actor actor, Guid unitId) => actor.CanFor(Capability.SubmitEvidence, unitId);

    public static bool MayReview(this Actor actor) => actor.Can(Capability.ReviewEvidence);

    public static bool MayReportRectification(this Actor actor, CampaignItem item) =>
        actor.CanForAll(Capability.ReportRectification) || (item.Lead?.UnitId is { } lead && actor.CanFor(Capability.ReportRectification, lead));

    /// <summary>The district's side of the cycle (验收, rectification), which the town's own forms leave to it.</summary>
    public static bool IsDistrict(this Actor actor) => actor.Can(Capability.RunDistrictCampaigns);

    /// <summary>The office's part: the task table, the forms on every unit's behalf, the evidence pack.</summary>
    public static bool ManagesCampaigns(this Actor actor) => actor.Can(Capability.ManageCampaigns);
}
