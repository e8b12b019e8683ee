namespace Secretariat.Web.Features.Children;

/// <summary>The station reviews (审核) a village's entries of a quarter.</summary>
public sealed record ReviewChildQuarter(int Year, int Quarter, Guid? VillageId, Actor Actor);

/// <summary>The station records that a quarter's data was submitted (报送) on a day.</summary>
public sealed record SubmitChildQuarter(int Year, int Quarter, DateOnly? SubmittedOn, Actor Actor);

public sealed record QuartersPageModel(QuarterLedger Ledger, DateOnly Today, string? Error);

public static class ChildQuarterHandler
{
    // Explicit: the entries are counted from every record of the village (data the quarter's aggregate lacks).
    public static async Task<CommandResult> Handle(ReviewChildQuarter command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ChildDataQuarter>(ChildDataQuarter.IdFor(command.Year, command.Quarter), ct);
        var village = command.VillageId is { } id ? await session.LoadAsync<MemberUnit>(id, ct) : null;
        var quarter = new Quarter(command.Year, command.Quarter);
        var entries = village is null ? 0 : QuarterLedger.EntriesIn(await new ChildQueries(session).AllAsync(ct), quarter, village.Id);
        var decision = QuarterDecisions.Review(stream.Aggregate, quarter, village, entries, command.Actor, time.GetUtcNow());
        if (decision.Event is { } e) stream.AppendOne(e);
        return decision.Result;
    }

    public static async Task<CommandResult> Handle(SubmitChildQuarter command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<ChildDataQuarter>(ChildDataQuarter.IdFor(command.Year, command.Quarter), ct);
        var ledger = await QuarterLedger.LoadAsync(session, command.Year, ct);
        var decision = QuarterDecisions.Submit(stream.Aggregate, ledger.Quarters[command.Quarter - 1], ledger.Villages, command.SubmittedOn, command.Actor,
            time.GetUtcNow());
        if (decision.Event is { } e) stream.AppendOne(e);
        return decision.Result;
    }
}

public static class ChildQuarterEndpoints
{
    public static void MapChildQuarters(this RouteGroupBuilder group)
    {
        group.MapGet("/quarters", async (int? year, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today();
            var shown = year is { } y && Quarter.IsValid(y, 1, today) ? y : today.Year;
            return PageResults.Page<QuartersPage, QuartersPageModel>(context, new(await QuarterLedger.LoadAsync(session, shown, ct), today, null));
        }).RequireCapability(Capability.ReadChildRegisters);

        group.MapPost("/quarters/{year:int}/{quarter:int}/review", async (int year, int quarter, HttpContext context, IQuerySession session, IMessageBus bus,
            TimeProvider time, CancellationToken ct) =>
        {
            if (!Quarter.IsValid(year, quarter, time.Today())) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(
                new ReviewChildQuarter(year, quarter, Guid.TryParse(form["VillageId"], out var village) ? village : null, context.User.Actor()), ct);
            return await AfterAsync(context, session, year, result, time, ct);
        }).RequireCapability(Capability.KeepChildRegisters);

        group.MapPost("/quarters/{year:int}/{quarter:int}/submit", async (int year, int quarter, HttpContext context, IQuerySession session, IMessageBus bus,
            TimeProvider time, CancellationToken ct) =>
        {
            if (!Quarter.IsValid(year, quarter, time.Today())) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(new SubmitChildQuarter(year, quarter, ChildForm.Day(form, "SubmittedOn"), context.User.Actor()), ct);
            return await AfterAsync(context, session, year, result, time, ct);
        }).RequireCapability(Capability.KeepChildRegisters);
    }

    private static async Task<IResult> AfterAsync(HttpContext context, IQuerySession session, int year, CommandResult result, TimeProvider time, CancellationToken ct) =>
        result.Succeeded
            ? SavedFlash.SeeOther(context, $"/children/quarters?year={year}", "quarter")
            : PageResults.Page<QuartersPage, QuartersPageModel>(context, new(await QuarterLedger.LoadAsync(session, year, ct), time.Today(), result.Refusal),
                StatusCodes.Status422UnprocessableEntity);
}
