using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>Finalise (定稿) a child director's review: the figures the app knows today are frozen with it.</summary>
public sealed record FinaliseDirectorReview(Guid PersonId, int Year, Actor Actor);

public static class FinaliseDirectorReviewHandler
{
    public static async Task<CommandResult> Handle(FinaliseDirectorReview command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var worker = await session.LoadAsync<ChildWorker>(command.PersonId, ct);
        if (worker is null) return CommandResult.Refused("该儿童主任不存在。");
        var stream = await session.Events.FetchForWriting<DirectorYear>(DirectorYear.IdOf(session.TenantId, command.PersonId, command.Year), ct);
        var now = time.GetUtcNow();
        var figures = await DirectorFigures.LoadAsync(session, worker, command.Year, DirectorReviewPages.FiguresDay(command.Year, now.ToTownDate()), ct);
        var decided = DirectorReviewDecisions.Finalise(stream.Aggregate, worker, figures, command.Actor, now);
        if (!decided.IsRefused) stream.AppendOne(decided.Event!);
        return decided.Result;
    }
}

public static class FinaliseDirectorReviewEndpoint
{
    public static void MapFinaliseDirectorReview(this RouteGroupBuilder group) =>
        group.MapPost("/{personId:guid}/{year:int}/finalise", async (Guid personId, int year, HttpContext context, IQuerySession session, IMessageBus bus,
            CancellationToken ct) =>
        {
            var result = await bus.InvokeAsync<CommandResult>(new FinaliseDirectorReview(personId, year, context.User.Actor()), ct);
            if (result.Succeeded) return SavedFlash.SeeOther(context, $"/director-reviews/{personId}/{year}", "director-review-final");
            return await DirectorReviewPages.YearPageAsync(context, session, personId, year, null, result.Refusal, null, null,
                StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ReviewChildDirectors);
}
