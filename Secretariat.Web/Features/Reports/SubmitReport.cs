using Secretariat.Web.Features.Compliance;

namespace Secretariat.Web.Features.Reports;

public sealed record SubmitReport(Guid ReportId, Actor Actor);

public static class SubmitReportHandler
{
    /// <summary>The facts are computed in the submitting transaction and frozen into the event.</summary>
    public static async Task<(CommandResult, Events)> Handle(SubmitReport command,
        [WriteAggregate(nameof(SubmitReport.ReportId), Required = false)] SemiannualReport? report, IDocumentSession session, ComplianceEngine compliance,
        ReportFactContributors contributors,
        TimeProvider time, CancellationToken ct)
    {
        if (report is null) return (CommandResult.Refused("找不到该汇报。"), []);
        var station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        var facts = await new ReportFactsQuery(session, compliance, contributors).AsOfPeriodEndAsync(report.Year, report.Half, ct);
        var decision = ReportDecisions.Submit(report, station, facts, command.Actor, time.GetUtcNow());
        return decision.Outcome;
    }
}

public static class SubmitReportEndpoint
{
    public static void MapSubmitReport(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/submit", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var result = await bus.InvokeAsync<CommandResult>(new SubmitReport(id, actor), ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct);
        }).RequireCapability(Capability.ActAsStationMaster);
    }
}
