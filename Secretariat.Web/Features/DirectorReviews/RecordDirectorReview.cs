using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>Record (or correct, until finalised) the station's review of a child director's year.</summary>
public sealed record RecordDirectorReview(Guid PersonId, int Year, ReviewDraft Draft, Actor Actor);

public static class RecordDirectorReviewHandler
{
    public static async Task<CommandResult> Handle(RecordDirectorReview command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var worker = await session.LoadAsync<ChildWorker>(command.PersonId, ct);
        if (worker is null) return CommandResult.Refused("该儿童主任不存在。");
        var id = DirectorYear.IdOf(session.TenantId, command.PersonId, command.Year);
        var stream = await session.Events.FetchForWriting<DirectorYear>(id, ct);
        var decided = DirectorReviewDecisions.Record(stream.Aggregate, id, worker, command.Year, command.Draft, command.Actor, time.GetUtcNow());
        if (!decided.IsRefused) stream.AppendOne(decided.Event!);
        return decided.Result;
    }
}

public static class RecordDirectorReviewEndpoint
{
    public static void MapRecordDirectorReview(this RouteGroupBuilder group) =>
        group.MapPost("/{personId:guid}/{year:int}/review", async (Guid personId, int year, HttpContext context, IQuerySession session, IMessageBus bus,
            CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = new ReviewForm { Grade = posted["Grade"], Score = posted["Score"], Comment = posted["Comment"] };
            var (draft, problem) = form.ToDraft();
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new RecordDirectorReview(personId, year, draft!, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/director-reviews/{personId}/{year}", "director-review");
                problem = result.Refusal;
            }
            return await DirectorReviewPages.YearPageAsync(context, session, personId, year, form, problem, null, null, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ReviewChildDirectors);
}

/// <summary>The review form as posted.</summary>
public sealed class ReviewForm
{
    public string? Grade { get; set; }
    public string? Score { get; set; }
    public string? Comment { get; set; }

    public static ReviewForm Of(DirectorYear? year) =>
        new() { Grade = year?.Grade?.ToString(), Score = year?.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture), Comment = year?.Comment };

    public (ReviewDraft? Draft, string? Problem) ToDraft()
    {
        if (!FormValues.TryEnum<ReviewGrade>(Grade, out var grade)) return (null, "请选择考核等次。");
        int? score = null;
        if (!string.IsNullOrWhiteSpace(Score))
        {
            if (!int.TryParse(Score.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s))
                return (null, $"考核分数请填写 {DirectorReviewDecisions.MinScore} 至 {DirectorReviewDecisions.MaxScore} 之间的整数（可不填）。");
            score = s;
        }
        return (new ReviewDraft(grade, score, Comment), null);
    }
}
