using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Secretariat.Web.Infrastructure.Web;
using Wolverine;

namespace Secretariat.Web.Features.Compliance;

/// <summary>A person marks an open alert as seen (已知悉) with a note on what is being done.</summary>
public sealed record AcknowledgeAlert(Guid AlertId, int ExpectedVersion, string? Note, Actor Actor);

public static class AcknowledgeAlertHandler
{
    public static async Task<CommandResult> Handle(AcknowledgeAlert command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ComplianceAlert>(command.AlertId, command.ExpectedVersion, ct);
        return stream.Append(AlertDecisions.Acknowledge(stream.Aggregate, command.Note, command.Actor, time.GetUtcNow()));
    }
}

public static class AcknowledgeAlertEndpoint
{
    public static void MapAcknowledgeAlert(this IEndpointRouteBuilder app)
    {
        app.MapPost("/compliance/alerts/{id:guid}/acknowledge", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus,
            CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var alert = await session.LoadAsync<ComplianceAlert>(id, ct);
            if (alert is null) return Results.NotFound();
            if (!AlertDecisions.MayAcknowledge(actor, alert)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            var version = int.TryParse(form["Version"], out var v) ? v : alert.Version;
            var result = await bus.InvokeAsync(new AcknowledgeAlert(id, version, form["Note"], actor), "这条提醒刚刚有了变化，请看过最新情况后再标记。", ct);
            if (result.Succeeded) return PageResults.SeeOther(context, $"/compliance/alerts/{id}");
            return await CompliancePages.AlertAsync(context, session, id, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct,
                form["Note"].ToString());
        }).RequireAuthorization();
    }
}
