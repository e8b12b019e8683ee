namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>
/// The child directors' reviews and allowances in the station's half-year report (附件3-2 四、七): the reviews finalised in the period by grade,
/// and the allowances paid in it (count and total). Counts and amounts only.
/// </summary>
public sealed class DirectorReviewReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct)
    {
        // A year's review is finalised in it or the year after; its payments are for its own months.
        int first = start.Year - 1, last = end.Year;
        var years = await session.Query<DirectorYear>().Where(y => y.Year >= first && y.Year <= last).ToListAsync(ct);
        return Sections(years, start, end);
    }

    public static IReadOnlyList<CountedSection> Sections(IReadOnlyList<DirectorYear> years, DateOnly start, DateOnly end)
    {
        bool In(DateOnly day) => day >= start && day <= end;
        var finalised = years.Where(y => y.FinalisedAt is { } at && In(at.ToTownDate())).ToList();
        var payments = years.SelectMany(y => y.Payments.Select(p => (Year: y, Payment: p))).Where(x => In(x.Payment.PaidOn)).ToList();
        IReadOnlyList<CountedFact> rows =
        [
            new("年度考核定稿", finalised.Count,
                finalised.Count == 0 ? null : string.Join("、", Enum.GetValues<ReviewGrade>().Select(g => $"{g.Chinese()} {finalised.Count(y => y.Grade == g)}"))),
            new("津补贴发放（笔）", payments.Count, $"合计 {payments.Sum(x => x.Payment.Amount).Yuan()}"),
            new("获发津补贴的儿童主任", payments.Select(x => x.Year.PersonId).Distinct().Count()),
        ];
        return [new("director-reviews", "儿童主任考核与津补贴（附件2 第73项）", rows)];
    }
}
