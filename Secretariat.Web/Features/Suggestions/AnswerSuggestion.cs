namespace Secretariat.Web.Features.Suggestions;

/// <summary>Record the unit's written reply to a suggestion.</summary>
public sealed record AnswerSuggestion(Guid SuggestionId, ReplyDraft Draft, Actor Actor);

public static class AnswerSuggestionHandler
{
    public static async Task<CommandResult> Handle(AnswerSuggestion command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Suggestion>(command.SuggestionId, ct);
        if (stream.Aggregate is null) return CommandResult.Refused("该建议不存在。");
        var decided = SuggestionDecisions.Answer(stream.Aggregate, command.Draft, command.Actor, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) stream.AppendOne(decided.Event!);
        return decided.Result;
    }
}

public static class AnswerSuggestionEndpoint
{
    public static void MapAnswerSuggestion(this RouteGroupBuilder group) =>
        group.MapPost("/{suggestionId:guid}/reply", async (Guid suggestionId, HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus,
            CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = new ReplyForm(posted["AnsweredOn"], posted["ReplyReference"], posted["Summary"]);
            var (day, problem) = UserDates.Parse(form.AnsweredOn, time.Today(), "回复日期", "请按 年-月-日 填写回复日期。");
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new AnswerSuggestion(suggestionId, new ReplyDraft(day, form.Reference, form.Summary),
                    context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/suggestions/{suggestionId}", "reply");
                problem = result.Refusal;
            }
            return await SuggestionPages.PageAsync(context, session, suggestionId, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordSuggestions);
}

/// <summary>The reply form as posted (kept when the page is shown again).</summary>
public sealed record ReplyForm(string? AnsweredOn, string? Reference, string? Summary);
