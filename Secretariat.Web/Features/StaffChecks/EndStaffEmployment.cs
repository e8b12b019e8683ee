namespace Secretariat.Web.Features.StaffChecks;

/// <summary>Record that the person no longer works at the unit (解除聘用 after a record, or 离职).</summary>
public sealed record EndStaffEmployment(Guid CheckId, DateOnly EndedOn, Actor Actor);

public static class EndStaffEmploymentHandler
{
    public static async Task<CommandResult> Handle(EndStaffEmployment command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<StaffCheck>(command.CheckId, ct);
        if (stream.Aggregate is null) return CommandResult.Refused("该查询记录不存在。");
        var decided = StaffCheckDecisions.EndEmployment(stream.Aggregate, command.EndedOn, command.Actor, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) stream.AppendOne(decided.Event!);
        return decided.Result;
    }
}

public static class EndStaffEmploymentEndpoint
{
    public static void MapEndStaffEmployment(this RouteGroupBuilder group) =>
        group.MapPost("/{checkId:guid}/end", async (Guid checkId, HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus,
            CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            string? endedOn = posted["EndedOn"];
            var (day, problem) = UserDates.Parse(endedOn, time.Today(), "解除日期", "请按 年-月-日 填写解除日期。");
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new EndStaffEmployment(checkId, day, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/staff-checks/{checkId}", "staff-end");
                problem = result.Refusal;
            }
            return await StaffCheckPages.PageAsync(context, session, checkId, endedOn, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordStaffChecks);
}
