using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Reports;

/// <summary>The work station's semiannual reports to the leading group (R7, 附件3-2 第七项).</summary>
public static class ReportsModule
{
    /// <summary>
    /// Who may ask to submit at all: work-station staff or an account linked to a roster person (anyone else: 403).
    /// Whether they hold the 站长 seat today is <see cref="ReportDecisions.IsStationMaster"/>, which the decision checks
    /// and refuses in Chinese.
    /// </summary>
    public const string SubmitPolicy = "ReportSubmitters";

    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Snapshot<SemiannualReport>(SnapshotLifecycle.Inline);
            options.Schema.For<SemiannualReport>().Duplicate(r => r.Year);
        });
        services.AddAuthorizationBuilder().AddPolicy(SubmitPolicy, p => p.RequireAssertion(context =>
            context.User.IsInRole(Roles.WorkStation) || context.User.Actor().PersonId is not null));
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; the work station writes and the office receives, returns and tables (named per endpoint).
        var group = app.MapGroup("/reports").RequireAuthorization(Policies.Reader);
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
