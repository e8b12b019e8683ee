namespace Secretariat.Web.Features.Suggestions;

public sealed record SuggestionsPageModel(IReadOnlyList<Suggestion> Suggestions, DateOnly Today, bool MayRecord);

public sealed record SuggestionPageModel(Suggestion Suggestion, DateOnly Today, bool MayAnswer, ReplyForm Form, string? Error);

public static class SuggestionPages
{
    public static void MapSuggestionPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var suggestions = (await session.Query<Suggestion>().ToListAsync(ct)).OrderByDescending(s => s.ReceivedOn).ThenBy(s => s.UnitName).ToList();
            return PageResults.Page<SuggestionsPage, SuggestionsPageModel>(context,
                new(suggestions, time.Today(), context.User.Can(Capability.RecordSuggestions)));
        });

        group.MapGet("/{suggestionId:guid}", async (Guid suggestionId, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await PageAsync(context, session, suggestionId, new ReplyForm(time.Today().IsoDate(), null, null), null, StatusCodes.Status200OK, ct));
    }

    public static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, Guid suggestionId, ReplyForm form, string? error, int status,
        CancellationToken ct)
    {
        var suggestion = await session.LoadAsync<Suggestion>(suggestionId, ct);
        if (suggestion is null) return Results.NotFound();
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var mayAnswer = suggestion.AnsweredOn is null && SuggestionDecisions.MayRecord(context.User.Actor(), suggestion.UnitId);
        return PageResults.Page<SuggestionPage, SuggestionPageModel>(context, new(suggestion, today, mayAnswer, form, error), status);
    }
}
