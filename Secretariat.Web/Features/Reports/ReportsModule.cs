using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Reports;

/// <summary>The work station's semiannual reports to the leading group (R7, 附件3-2 第七项).</summary>
public static class ReportsModule
{
    /// <summary>Its documents, its due days, and what it contributes to the compliance engine and the daily reminders.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ReportOptions.From(configuration));
        services.AddSingleton<IComplianceRules, ReportComplianceRules>();
        services.AddSingleton<IDueReminders, ReportReminders>();
        services.AddSingleton<ReportFactContributors>();
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<SemiannualReport>(SnapshotLifecycle.Inline);
            options.Schema.For<SemiannualReport>().Duplicate(r => r.Year);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; the work station writes and the office receives, returns and tables (named per endpoint).
        var group = app.MapGroup("/reports").RequireCapability(Capability.ReadTown);
        group.MapReportPages();
        group.MapCreateReport();
        group.MapSaveReportDraft();
        group.MapSubmitReport();
        group.MapReceiveReport();
        group.MapReturnReport();
        group.MapTableReport();
        return app;
    }
}
