namespace Secretariat.Web.Features.Suggestions;

/// <summary>Record a suggestion a unit received (附件2 第62项); its reply is due a month later.</summary>
public sealed record ReceiveSuggestion(Guid SuggestionId, SuggestionDraft Draft, Actor Actor);

public sealed record SuggestionFormPageModel(SuggestionForm Form, string? Error, IReadOnlyList<MemberUnit> Units);

public static class ReceiveSuggestionHandler
{
    public static async Task<CommandResult> Handle(ReceiveSuggestion command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        var decided = SuggestionDecisions.Receive(command.SuggestionId, command.Draft, units, command.Actor, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) session.Events.StartStream<Suggestion>(command.SuggestionId, decided.Event!);
        return decided.Result;
    }
}

public static class ReceiveSuggestionEndpoint
{
    public static void MapReceiveSuggestion(this RouteGroupBuilder group)
    {
        group.MapGet("/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await FormAsync(context, session, new SuggestionForm
            {
                Source = nameof(SuggestionSource.Procuratorate), ReceivedOn = time.Today().IsoDate(), UnitId = context.User.Actor().UnitId?.ToString()
            }, null, StatusCodes.Status200OK, ct)).RequireCapability(Capability.RecordSuggestions);

        group.MapPost("/new", async (HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus, CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = SuggestionForm.From(posted);
            var (draft, problem) = form.ToDraft(time.Today());
            if (problem is null)
            {
                var id = Guid.NewGuid();
                var result = await bus.InvokeAsync<CommandResult>(new ReceiveSuggestion(id, draft!, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/suggestions/{id}", "suggestion");
                problem = result.Refusal;
            }
            return await FormAsync(context, session, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordSuggestions);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, SuggestionForm form, string? error, int status,
        CancellationToken ct)
    {
        var actor = context.User.Actor();
        // A liaison chooses among the units they may record for: their own.
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).Where(u => SuggestionDecisions.MayRecord(actor, u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();
        return PageResults.Page<SuggestionFormPage, SuggestionFormPageModel>(context, new(form, error, units), status);
    }
}

/// <summary>The suggestion form as posted.</summary>
public sealed class SuggestionForm
{
    public string? Source { get; set; }
    public string? Reference { get; set; }
    public string? Subject { get; set; }
    public string? UnitId { get; set; }
    public string? ReceivedOn { get; set; }

    public static SuggestionForm From(IFormCollection form) => new()
    {
        Source = form["Source"], Reference = form["Reference"], Subject = form["Subject"], UnitId = form["UnitId"], ReceivedOn = form["ReceivedOn"]
    };

    public (SuggestionDraft? Draft, string? Problem) ToDraft(DateOnly today)
    {
        if (!FormValues.TryEnum<SuggestionSource>(Source, out var source)) return (null, "请选择建议机关。");
        var (received, problem) = UserDates.Parse(ReceivedOn, today, "收到日期", "请按 年-月-日 填写收到日期。");
        if (problem is not null) return (null, problem);
        Guid? unit = Guid.TryParse(UnitId, out var u) ? u : null;
        return (new SuggestionDraft(source, Reference, Subject, unit, received), null);
    }
}
