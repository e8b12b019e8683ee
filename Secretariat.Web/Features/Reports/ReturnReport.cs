using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Reports;

public sealed record ReturnReport(Guid ReportId, string? Comment, Actor Actor);

public static class ReturnReportHandler
{
    public static async Task<CommandResult> Handle(ReturnReport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<SemiannualReport>(command.ReportId, ct);
        return stream.Append(ReportDecisions.Return(stream.Aggregate, command.Comment, command.Actor, time.GetUtcNow()));
    }
}

public static class ReturnReportEndpoint
{
    public static void MapReturnReport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/reports/{id:guid}/return", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync(new ReturnReport(id, form["Comment"], actor), ReportMessages.HandledElsewhere, ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct, form);
        }).RequireAuthorization();
    }
}
