using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.MajorMatters;

/// <summary>
/// 重大事项报区 (R10, 五(三)): the office reports a major resolution to the district office, which signs for it and may give an
/// instruction the town carries out to 办结. Everything is the town's (its tenant); the district acts on it through its own routes.
/// </summary>
public static class MajorMattersModule
{
    public static IServiceCollection AddMajorMatters(this IServiceCollection services) =>
        services.AddRecordPanel<ResolutionMajorMatter>(RecordPanels.Resolution).AddSingleton<IComplianceRules, InstructionComplianceRules>()
            .ConfigureMarten(options =>
        {
            options.Projections.Snapshot<MajorMatterReport>(SnapshotLifecycle.Inline);
            options.Schema.For<MajorMatterReport>().Duplicate(r => r.IsDone).Duplicate(r => r.InstructionDueOn)
                .UniqueIndex(UniqueIndexType.Computed, "mt_doc_majormatterreport_uidx_resolution", TenancyScope.PerTenant, r => r.ResolutionId);
        });

    public static IEndpointRouteBuilder MapMajorMatters(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/major-matters").RequireCapability(Capability.ReadTown).MapTownMajorMatters();
        app.MapGroup(MajorMatterPages.DistrictPath).DistrictWide().RequireCapability(Capability.ReadEveryTown).MapDistrictMajorMatters();
        return app;
    }
}
