
namespace Secretariat.Web.Features.Compliance;

/// <summary>Evaluate every rule as of a day and return the findings; changes nothing (the what-if and the dashboard's preview).</summary>
public sealed record EvaluateCompliance(DateOnly AsOf);

public sealed record ComplianceReport(DateOnly AsOf, IReadOnlyList<Finding> Findings);

public static class EvaluateComplianceHandler
{
    public static async Task<ComplianceReport> Handle(EvaluateCompliance command, IMessageContext message, IDocumentStore store,
        ComplianceOptions options, CancellationToken ct)
    {
        // The town the command was sent for (the what-if of a town's dashboard).
        await using var session = store.QuerySession(message.TenantId ?? throw new InvalidOperationException("EvaluateCompliance runs for a town."));
        return await EvaluateAsync(session, options, command.AsOf, ct);
    }

    public static async Task<ComplianceReport> EvaluateAsync(IQuerySession session, ComplianceOptions options, DateOnly asOf, CancellationToken ct)
    {
        options = await options.ForTownAsync(session, ct);
        var facts = await new ComplianceQueries(session, options).FactsAsync(asOf, ct);
        return new ComplianceReport(asOf, ComplianceRules.Evaluate(facts, options));
    }
}
