using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// 示范创建 (六、工作步骤; 附件2): a campaign's task table, each unit's evidence with its versions, the station's 初审, the district's 验收
/// and rectification, the negative list's zero reports, the progress matrix and the evidence pack. Everything is the town's (its tenant).
/// </summary>
public static class CampaignsModule
{
    /// <summary>Its documents, its deadlines in the compliance engine, and the record checks the other features contribute.</summary>
    public static IServiceCollection AddCampaigns(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, CampaignComplianceRules>()
            .AddSingleton<RecordChecks>()
            .ConfigureMarten(options =>
        {
            options.Projections.Snapshot<Campaign>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<UnitEvidence>(SnapshotLifecycle.Inline);
            options.Projections.Snapshot<ItemAcceptance>(SnapshotLifecycle.Inline);
            options.Schema.For<UnitEvidence>().Duplicate(e => e.CampaignId).Duplicate(e => e.ItemId);
            options.Schema.For<ItemAcceptance>().Duplicate(a => a.CampaignId);
            options.Schema.For<FrozenRecord>().Duplicate(f => f.CampaignId);
            // The district's own record, outside every town.
            options.Schema.For<DistrictCampaignTemplate>().SingleTenanted();
        });

    public static IEndpointRouteBuilder MapCampaigns(this IEndpointRouteBuilder app)
    {
        var town = app.MapGroup("/campaigns").RequireCapability(Capability.ReadTown);
        town.MapCampaignPages();
        town.MapCampaignCommands();
        town.MapNewCampaignItem();
        town.MapEvidencePack();
        app.MapGroup(DistrictCampaigns.Path).DistrictWide().RequireCapability(Capability.ReadEveryTown).MapDistrictCampaigns();
        app.MapGroup(DistrictCampaigns.Path).DistrictWide().RequireCapability(Capability.ReadEveryTown).MapDistrictEvidencePack();
        return app;
    }
}
