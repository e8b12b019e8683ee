
namespace Secretariat.Web.Features.Reports;

public sealed record ReceiveReport(Guid ReportId, DateOnly? ReceivedOn, Actor Actor);

public static class ReceiveReportHandler
{
    public static (CommandResult, Events) Handle(ReceiveReport command,
        [WriteAggregate(nameof(ReceiveReport.ReportId), Required = false)] SemiannualReport? report, TimeProvider time)
    {
        var decision = ReportDecisions.Receive(report, command.ReceivedOn, command.Actor, time.GetUtcNow());
        return decision.Outcome;
    }
}

public static class ReceiveReportEndpoint
{
    public static void MapReceiveReport(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/receive", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            DateOnly? on = DateOnly.TryParseExact(form["ReceivedOn"].ToString().Trim(), "yyyy-MM-dd", out var day) ? day : null;
            var result = await bus.InvokeAsync<CommandResult>(new ReceiveReport(id, on, actor), ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct, form);
        }).RequireCapability(Capability.ReceiveReports);
    }
}
