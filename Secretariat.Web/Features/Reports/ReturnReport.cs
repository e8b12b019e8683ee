
namespace Secretariat.Web.Features.Reports;

public sealed record ReturnReport(Guid ReportId, string? Comment, Actor Actor);

public static class ReturnReportHandler
{
    public static (CommandResult, Events) Handle(ReturnReport command,
        [WriteAggregate(nameof(ReturnReport.ReportId), Required = false)] SemiannualReport? report, TimeProvider time)
    {
        var decision = ReportDecisions.Return(report, command.Comment, command.Actor, time.GetUtcNow());
        return decision.Outcome;
    }
}

public static class ReturnReportEndpoint
{
    public static void MapReturnReport(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/return", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(new ReturnReport(id, form["Comment"], actor), ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct, form);
        }).RequireCapability(Capability.ReceiveReports);
    }
}
