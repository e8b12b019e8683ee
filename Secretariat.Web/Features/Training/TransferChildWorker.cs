
namespace Secretariat.Web.Features.Training;

/// <summary>Move a child director to another village/community; the onboarding clock is not restarted.</summary>
public sealed record TransferChildWorker(Guid PersonId, Guid? UnitId, DateOnly EffectiveOn, string? Basis);

public static class TransferChildWorkerHandler
{
    public static async Task<(CommandResult, Events)> Handle(TransferChildWorker command,
        [WriteAggregate(nameof(TransferChildWorker.PersonId), Required = false)] ChildWorker? worker, IDocumentSession session, CancellationToken ct)
    {
        if (worker is null) return (CommandResult.Refused("没有这名儿童主任。"), []);
        var unit = command.UnitId is { } unitId ? await session.LoadAsync<MemberUnit>(unitId, ct) : null;
        var decision = ChildWorkerDecisions.Transfer(worker, unit, command.EffectiveOn, command.Basis);
        return decision.Outcome;
    }
}

public static class TransferChildWorkerEndpoint
{
    public static void MapTransferChildWorker(this RouteGroupBuilder group)
    {
        group.MapPost("/people/{personId:guid}/transfer", async (Guid personId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            string? problem = null;
            Guid? unit = Guid.TryParse(form["UnitId"], out var parsedUnit) ? parsedUnit : null;
            if (unit is null) problem = "请选择调入的村（社区）。";
            var (on, dateProblem) = UserDates.Parse(form["EffectiveOn"], UserDates.Today(context), "调动日期", "请按 年-月-日 填写调动日期。");
            problem ??= dateProblem;
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new TransferChildWorker(personId, unit, on, form["Basis"]), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, $"/training/people/{personId}");
                problem = result.Refusal;
            }
            return await TrainingPages.PersonAsync(context, session, personId, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ManageTraining);
    }
}
