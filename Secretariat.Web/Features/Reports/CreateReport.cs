
namespace Secretariat.Web.Features.Reports;

public sealed record CreateReport(int Year, HalfYear Half, int DueDays, Actor Actor);

public static class CreateReportHandler
{
    // Kept explicit: the stream id is computed from the period, and a year outside the range has none.
    public static async Task<CommandResult> Handle(CreateReport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        // A year outside the decision's range has no stream id: the decision refuses it without a lookup.
        var existing = command.Year is >= 2022 and <= 9999
            ? await session.LoadAsync<SemiannualReport>(ReportPeriods.IdFor(command.Year, command.Half), ct)
            : null;
        var decided = ReportDecisions.Create(existing, command.Year, command.Half, command.DueDays, command.Actor, time.GetUtcNow());
        if (decided.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        // Two clerks creating the same half-year at once: the second start of the fixed stream id fails at commit, and the
        // retried handler finds the report and the decision refuses a second one.
        session.Events.StartStream<SemiannualReport>(decided.Event!.ReportId, decided.Event);
        return CommandResult.Done;
    }
}

public static class CreateReportEndpoint
{
    public static void MapCreateReport(this RouteGroupBuilder group)
    {
        group.MapPost("", async (HttpContext context, IQuerySession session, IMessageBus bus, ReportOptions options, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            var yearText = form["Year"].ToString().Trim();
            string? problem = null;
            if (!int.TryParse(yearText, out var year)) problem = "请填写年份（如 2025）。";
            else if (!Enum.TryParse<HalfYear>(form["Half"], out var half) || !Enum.IsDefined(half)) problem = "请选择上半年或下半年。";
            else
            {
                var result = await bus.InvokeAsync<CommandResult>(new CreateReport(year, half, options.DueDaysAfterPeriodEnd, actor), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, $"/reports/{ReportPeriods.IdFor(year, half)}");
                problem = result.Refusal;
            }
            return await ReportPages.ListAsync(context, session, int.TryParse(yearText, out var shown) && shown is >= 2000 and <= 2100 ? shown : null,
                problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.WriteReports);
    }
}
