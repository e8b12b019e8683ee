using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>A child director in the year's list: where they served, whether a review is due, its state, the allowances paid.</summary>
public sealed record DirectorRow(ChildWorker Worker, string Villages, bool IsDue, DirectorYear? State);

public sealed record DirectorReviewsPageModel(int Year, int CurrentYear, IReadOnlyList<DirectorRow> Rows, DateOnly DueOn);

public sealed record DirectorYearPageModel(ChildWorker Worker, int Year, DirectorYear? State, ReviewFigures Figures, bool IsDue, bool MayReview,
    ReviewForm ReviewForm, string? ReviewError, AllowanceForm AllowanceForm, string? AllowanceError, DateOnly Today);

public static class DirectorReviewPages
{
    /// <summary>The day a year's live figures are read on: the year's last day once it is over, else today.</summary>
    public static DateOnly FiguresDay(int year, DateOnly today) => today.Year > year ? new DateOnly(year, 12, 31) : today;

    public static void MapDirectorReviewPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (int? year, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today();
            // A year out of range shows the current one (a page never fails on what the address says).
            var shown = year is { } y && DirectorReviewDecisions.YearProblem(y, today) is null ? y : today.Year;
            var facts = await DirectorReviewCadence.FactsAsync(session, today, ct, shown);
            var rows = facts.Directors.OrderBy(d => d.Name).Select(d => new DirectorRow(d,
                string.Join("、", DirectorFigures.Spans(d, shown, new DateOnly(shown, 12, 31)).Select(s => s.VillageName).Distinct()),
                DirectorFigures.IsDue(d, shown), facts.YearOf(d.Id))).ToList();
            return PageResults.Page<DirectorReviewsPage, DirectorReviewsPageModel>(context,
                new(shown, today.Year, rows, DirectorReviewCadence.DueOn(shown)));
        });

        group.MapGet("/{personId:guid}/{year:int}", async (Guid personId, int year, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await YearPageAsync(context, session, personId, year, null, null, null, null, StatusCodes.Status200OK, ct));
    }

    /// <summary>A director's year: the figures (live, or frozen with the finalised review), the review and its form, the allowances and theirs.</summary>
    public static async Task<IResult> YearPageAsync(HttpContext context, IQuerySession session, Guid personId, int year, ReviewForm? reviewForm,
        string? reviewError, AllowanceForm? allowanceForm, string? allowanceError, int status, CancellationToken ct)
    {
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var worker = await session.LoadAsync<ChildWorker>(personId, ct);
        if (worker is null || DirectorReviewDecisions.YearProblem(year, today) is not null ||
            DirectorFigures.Spans(worker, year, new DateOnly(year, 12, 31)).Count == 0)
            return Results.NotFound();
        var state = await session.LoadAsync<DirectorYear>(DirectorYear.IdOf(session.TenantId, personId, year), ct);
        var figures = state?.Figures ?? await DirectorFigures.LoadAsync(session, worker, year, FiguresDay(year, today), ct);
        return PageResults.Page<DirectorYearPage, DirectorYearPageModel>(context, new(worker, year, state, figures, DirectorFigures.IsDue(worker, year),
            context.User.Can(Capability.ReviewChildDirectors), reviewForm ?? ReviewForm.Of(state), reviewError,
            allowanceForm ?? new AllowanceForm { FromMonth = "1", ToMonth = "12", PaidOn = today.IsoDate() }, allowanceError, today), status);
    }
}
