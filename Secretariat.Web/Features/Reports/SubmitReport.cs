using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Reports;

public sealed record SubmitReport(Guid ReportId, Actor Actor);

public static class SubmitReportHandler
{
    /// <summary>The facts are computed in the submitting transaction and frozen into the event.</summary>
    public static async Task<CommandResult> Handle(SubmitReport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<SemiannualReport>(command.ReportId, ct);
        if (stream.Aggregate is not { } report) return CommandResult.Refused("找不到该汇报。");
        var station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        var facts = await new ReportFactsQuery(session).AsOfPeriodEndAsync(report.Year, report.Half, ct);
        return stream.Append(ReportDecisions.Submit(report, station, facts, command.Actor, time.GetUtcNow()));
    }
}

public static class SubmitReportEndpoint
{
    public static void MapSubmitReport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/reports/{id:guid}/submit", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            // Only work-station staff or an account linked to a roster person can be the 站长; the decision checks the seat.
            if (!actor.Is(Roles.WorkStation) && actor.PersonId is null) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var result = await bus.InvokeAsync(new SubmitReport(id, actor), ReportMessages.HandledElsewhere, ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct);
        }).RequireAuthorization();
    }
}
