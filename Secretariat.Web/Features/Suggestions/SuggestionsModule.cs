using JasperFx.Events.Projections;

namespace Secretariat.Web.Features.Suggestions;

/// <summary>
/// 附件2 第62项: suggestions a unit receives from the court, the procuratorate, the police or the justice office, and its written reply
/// within a month; the rule in the compliance engine and the evidence item's live figure.
/// </summary>
public static class SuggestionsModule
{
    public static IServiceCollection AddSuggestions(this IServiceCollection services) =>
        services.AddSingleton<IComplianceRules, ReplyComplianceRules>()
            .AddSingleton<IReportFactContributions, SuggestionReportFacts>()
            .AddSingleton<IEvidenceRecordCheck, WrittenRepliesCheck>()
            .ConfigureMarten(options =>
            {
                options.Projections.Snapshot<Suggestion>(SnapshotLifecycle.Inline);
                options.Schema.For<Suggestion>().Duplicate(s => s.ReceivedOn);
            });

    public static IEndpointRouteBuilder MapSuggestions(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads; recording needs Capability.RecordSuggestions on its endpoints.
        var group = app.MapGroup("/suggestions").RequireCapability(Capability.ReadTown);
        group.MapSuggestionPages();
        group.MapReceiveSuggestion();
        group.MapAnswerSuggestion();
        return app;
    }
}
