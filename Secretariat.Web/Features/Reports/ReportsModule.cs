using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Reports;

/// <summary>The work station's semiannual reports to the leading group (R7, 附件3-2 第七项).</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
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
