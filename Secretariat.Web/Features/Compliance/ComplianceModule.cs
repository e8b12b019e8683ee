using Marten.Schema;
using Marten.Schema.Indexing.Unique;
using JasperFx.Events.Projections;
using Secretariat.Web.Features.Reports;

namespace Secretariat.Web.Features.Compliance;

/// <summary>The notice's cadences checked as of a day, event-sourced alerts, the daily job and the dashboard.</summary>
public static class ComplianceModule
{
    public static IServiceCollection AddCompliance(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ComplianceOptions.Section).Get<ComplianceOptions>() ?? new ComplianceOptions();
        options.ReportDueDays = configuration.GetValue(ReportPeriods.DueDaysKey, ReportPeriods.DefaultDueDays);
        services.AddSingleton(options);
        var recheck = new ComplianceRecheck();
        services.AddSingleton(recheck);
        services.ConfigureMarten(store =>
        {
            store.Listeners.Add(new RequestRecheckOnChanges(recheck));
            store.Projections.Snapshot<ComplianceAlert>(SnapshotLifecycle.Inline);
            store.Schema.For<ComplianceAlert>().UniqueIndex(UniqueIndexType.Computed, "mt_doc_compliancealert_uidx_key", TenancyScope.PerTenant, a => a.Key).Duplicate(a => a.IsOpen).Duplicate(a => a.Rank).Duplicate(a => a.Rule);
        });
        services.AddHostedService<ComplianceSchedule>();
        services.AddHostedService<ComplianceRecheckService>();
        return services;
    }

    public static IEndpointRouteBuilder MapCompliance(this IEndpointRouteBuilder app)
    {
        app.MapGroup("").RequireCapability(Capability.ReadTown).MapDashboard();
        var compliance = app.MapGroup("/compliance").RequireCapability(Capability.ReadTown);
        compliance.MapCompliancePages();
        compliance.MapRaiseAlerts();
        compliance.MapAcknowledgeAlert();
        return app;
    }
}
