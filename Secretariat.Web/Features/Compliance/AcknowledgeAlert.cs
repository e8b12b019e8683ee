
namespace Secretariat.Web.Features.Compliance;

/// <summary>A person marks an open alert as seen (已知悉) with a note on what is being done, as of the revision they read.</summary>
public sealed record AcknowledgeAlert(Guid AlertId, int SeenRevision, string? Note, Actor Actor);

public static class AcknowledgeAlertHandler
{
    // Notes never conflict with one another: the stream is locked for the transaction instead of refused on its version.
    public static (CommandResult, Events) Handle(AcknowledgeAlert command,
        [WriteAggregate(nameof(AcknowledgeAlert.AlertId), Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] ComplianceAlert? alert,
        ComplianceEngine engine, TimeProvider time)
    {
        var decision = AlertDecisions.Acknowledge(alert, alert is null ? null : engine.Rule(alert.Rule), command.Note, command.Actor, time.GetUtcNow(),
            command.SeenRevision);
        return decision.Outcome;
    }
}

public static class AcknowledgeAlertEndpoint
{
    public static void MapAcknowledgeAlert(this RouteGroupBuilder group)
    {
        group.MapPost("/alerts/{id:guid}/acknowledge", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus,
            ComplianceEngine engine, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var alert = await session.LoadAsync<ComplianceAlert>(id, ct);
            if (alert is null) return Results.NotFound();
            if (!engine.MayAcknowledge(actor, alert)) return Policies.Forbidden();
            var form = await context.Request.ReadFormAsync(ct);
            var version = int.TryParse(form["Version"], out var v) ? v : alert.Revision;
            var result = await bus.InvokeAsync<CommandResult>(new AcknowledgeAlert(id, version, form["Note"], actor), ct);
            if (result.Succeeded) return PageResults.SeeOther(context, $"/compliance/alerts/{id}");
            return await CompliancePages.AlertAsync(context, session, id, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct,
                form["Note"].ToString());
        }).RequireCapability(Capability.AnswerAlerts);
    }
}
