using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using JasperFx.Events.Projections;
using Secretariat.Web.Infrastructure.Jobs;

namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// The compliance engine over every rule the features register (<see cref="IComplianceRules"/>), event-sourced alerts, their
/// notices, the daily job and the recheck after a change, and the alert pages.
/// </summary>
public static class ComplianceModule
{
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(ComplianceOptions.Section).Get<ComplianceOptions>() ?? new ComplianceOptions());
        services.AddSingleton<ComplianceEngine>();
        services.AddSingleton<TownRunClaims>();
        var recheck = new ComplianceRecheck();
        services.AddSingleton(recheck);
        services.ConfigureMarten(store =>
        {
            store.Listeners.Add(new RequestRecheckOnChanges(recheck));
            store.Storage.ExtendedSchemaObjects.Add(TownRunClaims.Table());
            store.Projections.Snapshot<ComplianceAlert>(SnapshotLifecycle.Inline);
            store.Schema.For<ComplianceAlert>().UniqueIndex(UniqueIndexType.Computed, "mt_doc_compliancealert_uidx_key", TenancyScope.PerTenant, a => a.Key).Duplicate(a => a.IsOpen).Duplicate(a => a.Rank).Duplicate(a => a.Rule);
        });
        services.AddHostedService<ComplianceSchedule>();
        services.AddHostedService<ComplianceRecheckService>();
        return services;
    }

    public static IEndpointRouteBuilder MapCompliance(this IEndpointRouteBuilder app)
    {
        var compliance = app.MapGroup("/compliance").RequireCapability(Capability.ReadTown);
        compliance.MapCompliancePages();
        compliance.MapRaiseAlerts();
        compliance.MapAcknowledgeAlert();
        return app;
    }
}
