using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>
/// The child directors' yearly review (考核, 附件3-2 四) and allowances (津补贴, 附件2 第73项): per director and year, the figures the app knows
/// (training, activities, visits), the station's grade and comment, the payments; the review deadline in the compliance engine, item 73's
/// live figure and the half-year report's counts.
/// </summary>
public static class DirectorReviewsModule
{
    public static IServiceCollection AddDirectorReviews(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, DirectorReviewComplianceRules>()
            .AddSingleton<IEvidenceRecordCheck, DirectorReviewsCheck>()
            .AddSingleton<IReportFactContributions, DirectorReviewReportFacts>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<DirectorYear>(SnapshotLifecycle.Inline);
                options.Schema.For<DirectorYear>().Duplicate(y => y.Year);
            });

    public static IEndpointRouteBuilder MapDirectorReviews(this IEndpointRouteBuilder app)
    {
        // Grades and allowances are the directors' employment records: read with ReadDirectorReviews; recording needs
        // Capability.ReviewChildDirectors on its endpoints.
        var group = app.MapGroup("/director-reviews").RequireCapability(Capability.ReadDirectorReviews);
        group.MapDirectorReviewPages();
        group.MapRecordDirectorReview();
        group.MapFinaliseDirectorReview();
        group.MapRecordAllowancePayment();
        return app;
    }
}
