using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Capacity;

/// <summary>
/// 附件2's counts of social forces (第69、71、74项): social organisations supported, the station's youth social workers, a volunteer team in every
/// village; their rules in the compliance engine and the evidence items' live figures.
/// </summary>
public static class CapacityModule
{
    public static IServiceCollection AddCapacity(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, CapacityComplianceRules>()
            .AddSingleton<IReportFactContributions, CapacityReportFacts>()
            .AddSingleton<IEvidenceRecordCheck, OrganisationsSupportedCheck>()
            .AddSingleton<IEvidenceRecordCheck, YouthSocialWorkerCheck>()
            .AddSingleton<IEvidenceRecordCheck, VolunteerTeamsCheck>()
            .ConfigureMarten(options => options.Projections.Snapshot<CapacityRecord>(SnapshotLifecycle.Inline));

    public static IEndpointRouteBuilder MapCapacity(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; recording needs Capability.RecordCapacity on its endpoints.
        var group = app.MapGroup("/capacity").RequireCapability(Capability.ReadTown);
        group.MapCapacityPages();
        group.MapRecordCapacity();
        return app;
    }
}
