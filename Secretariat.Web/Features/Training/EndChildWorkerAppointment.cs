using Secretariat.Web.Features.Roster;
using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Infrastructure.Web;
using Wolverine;

namespace Secretariat.Web.Features.Training;

/// <summary>End a person's appointment (离任) with a reason; their training requirements stop from that day.</summary>
public sealed record EndChildWorkerAppointment(Guid PersonId, DateOnly EffectiveOn, string? Reason);

public static class EndChildWorkerAppointmentHandler
{
    public static async Task<CommandResult> Handle(EndChildWorkerAppointment command, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ChildWorker>(command.PersonId, ct);
        if (stream.Aggregate is not { } worker) return CommandResult.Refused("没有这名儿童主任或儿童督导员。");
        return stream.Append(ChildWorkerDecisions.Leave(worker, command.EffectiveOn, command.Reason));
    }
}

public static class EndChildWorkerAppointmentEndpoint
{
    public static void MapEndChildWorkerAppointment(this IEndpointRouteBuilder app)
    {
        app.MapPost("/training/people/{personId:guid}/leave", async (Guid personId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            if (!context.User.Actor().MayManageTraining()) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            string? problem;
            if (!DateOnly.TryParseExact(form["EffectiveOn"].ToString().Trim(), "yyyy-MM-dd", out var on)) problem = "请按 年-月-日 填写离任日期。";
            else
            {
                var result = await bus.InvokeAsync<CommandResult>(new EndChildWorkerAppointment(personId, on, form["Reason"]), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, $"/training/people/{personId}");
                problem = result.Refusal;
            }
            return await TrainingPages.PersonAsync(context, session, personId, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireAuthorization();
    }
}
