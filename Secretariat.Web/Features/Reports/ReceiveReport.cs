using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Reports;

public sealed record ReceiveReport(Guid ReportId, DateOnly? ReceivedOn, Actor Actor);

public static class ReceiveReportHandler
{
    public static async Task<CommandResult> Handle(ReceiveReport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<SemiannualReport>(command.ReportId, ct);
        return stream.Append(ReportDecisions.Receive(stream.Aggregate, command.ReceivedOn, command.Actor, time.GetUtcNow()));
    }
}

public static class ReceiveReportEndpoint
{
    public static void MapReceiveReport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/reports/{id:guid}/receive", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            DateOnly? on = DateOnly.TryParseExact(form["ReceivedOn"].ToString().Trim(), "yyyy-MM-dd", out var day) ? day : null;
            var result = await bus.InvokeAsync(new ReceiveReport(id, on, actor), ReportMessages.HandledElsewhere, ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct, form);
        }).RequireAuthorization();
    }
}
