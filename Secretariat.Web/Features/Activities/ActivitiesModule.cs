using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Activities;

/// <summary>
/// The station's 展示墙 (附件3 五(二)) as records: activities held in the villages and communities (家长学校、法治宣传、心理健康、培训、
/// 公益广告...), with their photos; 附件2 第25项's quarterly rule in the compliance engine and its evidence item's live figure.
/// </summary>
public static class ActivitiesModule
{
    public static IServiceCollection AddActivities(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, ActivityComplianceRules>()
            .AddSingleton<IReportFactContributions, ActivityReportFacts>()
            .AddSingleton<IEvidenceRecordCheck, ActivitiesPerVillageCheck>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<Activity>(SnapshotLifecycle.Inline);
                // A real column: the quarter's query never unpacks a document it does not return.
                options.Schema.For<Activity>().Duplicate(a => a.HeldOn);
            });

    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; recording needs Capability.RecordActivities on its endpoints.
        var group = app.MapGroup("/activities").RequireCapability(Capability.ReadTown);
        group.MapActivityPages();
        group.MapRecordActivity();
        return app;
    }
}
