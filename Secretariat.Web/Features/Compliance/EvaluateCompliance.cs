
namespace Secretariat.Web.Features.Compliance;

/// <summary>Evaluate every rule as of a day and return the findings; changes nothing (the what-if and the dashboard's preview).</summary>
public sealed record EvaluateCompliance(DateOnly AsOf);

public sealed record ComplianceReport(DateOnly AsOf, IReadOnlyList<Finding> Findings);

public static class EvaluateComplianceHandler
{
    public static async Task<ComplianceReport> Handle(EvaluateCompliance command, IMessageContext message, IDocumentStore store,
        ComplianceEngine engine, CancellationToken ct)
    {
        // The town the command was sent for (the what-if of a town's dashboard).
        await using var session = store.QuerySession(message.TenantId ?? throw new InvalidOperationException("EvaluateCompliance runs for a town."));
        return await engine.EvaluateAsync(session, command.AsOf, ct);
    }
}
