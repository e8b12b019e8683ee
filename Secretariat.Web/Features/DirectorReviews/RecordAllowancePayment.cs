using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>Record an allowance (津补贴) paid to a child director for months of a year.</summary>
public sealed record RecordAllowancePayment(Guid PersonId, int Year, Guid PaymentId, AllowanceDraft Draft, Actor Actor);

public static class RecordAllowancePaymentHandler
{
    public static async Task<CommandResult> Handle(RecordAllowancePayment command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var worker = await session.LoadAsync<ChildWorker>(command.PersonId, ct);
        if (worker is null) return CommandResult.Refused("该儿童主任不存在。");
        var id = DirectorYear.IdOf(session.TenantId, command.PersonId, command.Year);
        var stream = await session.Events.FetchForWriting<DirectorYear>(id, ct);
        var decided = DirectorReviewDecisions.Pay(stream.Aggregate, id, command.PaymentId, worker, command.Year, command.Draft, command.Actor, time.GetUtcNow());
        if (!decided.IsRefused) stream.AppendOne(decided.Event!);
        return decided.Result;
    }
}

public static class RecordAllowancePaymentEndpoint
{
    public static void MapRecordAllowancePayment(this RouteGroupBuilder group) =>
        group.MapPost("/{personId:guid}/{year:int}/allowances", async (Guid personId, int year, HttpContext context, IQuerySession session, TimeProvider time,
            IMessageBus bus, CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = new AllowanceForm { FromMonth = posted["FromMonth"], ToMonth = posted["ToMonth"], Amount = posted["Amount"], PaidOn = posted["PaidOn"] };
            var (draft, problem) = form.ToDraft(time.Today());
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new RecordAllowancePayment(personId, year, Guid.NewGuid(), draft!, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/director-reviews/{personId}/{year}", "allowance");
                problem = result.Refusal;
            }
            return await DirectorReviewPages.YearPageAsync(context, session, personId, year, null, null, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ReviewChildDirectors);
}

/// <summary>The payment form as posted.</summary>
public sealed class AllowanceForm
{
    public string? FromMonth { get; set; }
    public string? ToMonth { get; set; }
    public string? Amount { get; set; }
    public string? PaidOn { get; set; }

    public (AllowanceDraft? Draft, string? Problem) ToDraft(DateOnly today)
    {
        if (!int.TryParse(FromMonth, out var from) || !int.TryParse(ToMonth, out var to)) return (null, "请选择发放期间的起止月份。");
        if (!decimal.TryParse(Amount?.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture,
                out var amount))
            return (null, "请按数字填写发放金额（元，如 1800 或 1800.50）。");
        var (paidOn, problem) = UserDates.Parse(PaidOn, today, "发放日期", "请按 年-月-日 填写发放日期。");
        return problem is not null ? (null, problem) : (new AllowanceDraft(from, to, amount, paidOn), null);
    }
}
