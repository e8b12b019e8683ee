
namespace Secretariat.Web.Features.Training;

/// <summary>End a person's appointment (离任) with a reason; their training requirements stop from that day.</summary>
public sealed record EndChildWorkerAppointment(Guid PersonId, DateOnly EffectiveOn, string? Reason);

public static class EndChildWorkerAppointmentHandler
{
    public static (CommandResult, Events) Handle(EndChildWorkerAppointment command,
        [WriteAggregate(nameof(EndChildWorkerAppointment.PersonId), Required = false)] ChildWorker? worker)
    {
        if (worker is null) return (CommandResult.Refused("没有这名儿童主任或儿童督导员。"), []);
        var decision = ChildWorkerDecisions.Leave(worker, command.EffectiveOn, command.Reason);
        return decision.Outcome;
    }
}

public static class EndChildWorkerAppointmentEndpoint
{
    public static void MapEndChildWorkerAppointment(this RouteGroupBuilder group)
    {
        group.MapPost("/people/{personId:guid}/leave", async (Guid personId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var (on, problem) = UserDates.Parse(form["EffectiveOn"], UserDates.Today(context), "离任日期", "请按 年-月-日 填写离任日期。");
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new EndChildWorkerAppointment(personId, on, form["Reason"]), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, $"/training/people/{personId}");
                problem = result.Refusal;
            }
            return await TrainingPages.PersonAsync(context, session, personId, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ManageTraining);
    }
}
