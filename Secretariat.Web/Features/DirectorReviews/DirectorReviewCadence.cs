using Secretariat.Web.Features.Towns;
using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>
/// What the rule reads on a day for the year before it: the child directors who served in that year, the years' reviews and payments recorded
/// by then, and the day the town started in the app (null: not known).
/// </summary>
public sealed record ReviewFacts(DateOnly AsOf, int Year, IReadOnlyList<ChildWorker> Directors, IReadOnlyList<DirectorYear> Years, DateOnly? TownSince)
{
    /// <summary>The person's year as it stood on the day (a review finalised later is not known then; payments made later neither).</summary>
    public DirectorYear? YearOf(Guid personId) => Years.FirstOrDefault(y => y.PersonId == personId);

    public bool IsFinalOn(Guid personId) => YearOf(personId)?.FinalisedAt is { } at && at.ToTownDate() <= AsOf;

    public IReadOnlyList<AllowancePayment> PaidBy(Guid personId) => YearOf(personId)?.Payments.Where(p => p.At.ToTownDate() <= AsOf).ToList() ?? [];

    public IReadOnlyList<ChildWorker> Due => Directors.Where(d => DirectorFigures.IsDue(d, Year)).OrderBy(d => d.Name).ToList();
}

/// <summary>
/// 附件2 第73项 (工作考核激励机制、津补贴制度) and 附件3-2 四 (儿童主任……考核): every child director who served at least three months of a year has the
/// station's review of that year finalised by 31 March of the next. Why then: the review reads the whole year's records (the last quarter's
/// visits and activities are entered in the weeks after it), and the first quarter is when the station also plans the year's rotation
/// training (第75项); 31 March leaves the review done before the half-year report (附件3-2 七) that counts it. In March a missing review is a
/// 警告; from 1 April a 违规, kept until the year's end (older years are on the evidence item, not alerts). A year is checked only when it
/// ended on or after CheckFrom and after the town started in the app: a town just added, or the sample town on its first start, did not
/// keep that year's reviews here.
/// </summary>
public static class DirectorReviewCadence
{
    public static readonly ComplianceRule Reviews = new("S73-director-reviews", "儿童主任年度考核", "附件2 第73项；附件3-2 四", Reach.Station, 97);

    public static DateOnly DueOn(int year) => new(year + 1, 3, 31);

    public static string Key(Guid personId, int year) => $"{Reviews.Code}:{personId}:{year}";

    public static IEnumerable<Finding> Evaluate(ReviewFacts facts, CadenceOptions cadence)
    {
        var yearEnd = new DateOnly(facts.Year, 12, 31);
        var due = DueOn(facts.Year);
        if (facts.AsOf < due.AddMonths(-1).AddDays(1) || !cadence.Checks(yearEnd) || facts.TownSince is { } since && since > yearEnd) yield break;
        var breach = facts.AsOf > due;
        foreach (var director in facts.Due.Where(d => !facts.IsFinalOn(d.Id)))
        {
            var state = facts.YearOf(director.Id)?.Grade is null ? "尚未考核" : "考核尚未定稿";
            yield return new Finding(Key(director.Id, facts.Year), Reviews.Code, director.Name, $"{facts.Year}年度", breach ? Severity.Breach : Severity.Warning,
                null, due, breach
                    ? $"儿童主任{director.Name}的 {facts.Year} 年度考核{state}，已超过 {due.ChineseDate()} 的期限（附件2 第73项；附件3-2 四）"
                    : $"儿童主任{director.Name}的 {facts.Year} 年度考核{state}，须于 {due.ChineseDate()} 前完成并定稿（附件2 第73项；附件3-2 四）",
                $"/director-reviews/{director.Id}/{facts.Year}", []);
        }
    }

    /// <summary>The year before <paramref name="asOf"/> (or <paramref name="year"/>): its directors, their years as recorded by then, the town's start.</summary>
    public static async Task<ReviewFacts> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct, int? year = null)
    {
        var y = year ?? asOf.Year - 1;
        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var directors = (await session.Query<ChildWorker>().Where(w => w.ServesFrom <= to && (w.ServesUntil == null || w.ServesUntil > from)).ToListAsync(ct))
            .Where(w => DirectorFigures.Spans(w, y, to).Count > 0).ToList();
        var years = (await session.Query<DirectorYear>().Where(d => d.Year == y).ToListAsync(ct)).ToList();
        var profile = await session.LoadAsync<TownProfile>(session.TenantId, ct);
        return new ReviewFacts(asOf, y, directors, years, profile?.CreatedAt.ToTownDate());
    }

    /// <summary>
    /// 附件2 第73项's figure on a day: for the last year ended, who was due a review, whose is finalised (grade, score) and whose is missing, and
    /// the allowances paid for it; for the current year so far, the allowances paid. Met when every due review of the last year is finalised
    /// and every due director was paid an allowance for it.
    /// </summary>
    public static CheckOutcome Outcome(ReviewFacts last, ReviewFacts current)
    {
        var due = last.Due;
        string Paid(ReviewFacts facts) => string.Join("；", facts.Directors.OrderBy(d => d.Name).Where(d => facts.PaidBy(d.Id).Count > 0).Select(d =>
            $"{d.Name} {string.Join("、", facts.PaidBy(d.Id).OrderBy(p => p.FromMonth).Select(p => $"{p.Period(facts.Year)} {p.Amount.Yuan()}（{p.PaidOn.ChineseDate()} 发放）"))}"));
        decimal Total(ReviewFacts facts) => facts.Directors.Sum(d => facts.PaidBy(d.Id).Sum(p => p.Amount));
        var final = due.Where(d => last.IsFinalOn(d.Id)).ToList();
        var missing = due.Where(d => !last.IsFinalOn(d.Id)).Select(d => d.Name).ToList();
        var unpaid = due.Where(d => last.PaidBy(d.Id).Count == 0).Select(d => d.Name).ToList();
        var text = new System.Text.StringBuilder($"{last.Year} 年度：应考核儿童主任 {due.Count} 名（当年任职满 3 个月），已定稿 {final.Count} 名");
        if (final.Count > 0)
            text.Append("：" + string.Join("；", final.Select(d => last.YearOf(d.Id)!).Select(y =>
                $"{y.PersonName} {y.Grade?.Chinese()}{(y.Score is { } s ? $" {s} 分" : "")}（{y.FinalisedAt!.Value.ChineseDate()} 定稿）")));
        if (missing.Count > 0) text.Append($"；未考核或未定稿：{string.Join("、", missing)}");
        text.Append($"。津补贴发放合计 {Total(last).Yuan()}");
        if (Paid(last) is { Length: > 0 } paid) text.Append("：" + paid);
        if (unpaid.Count > 0) text.Append($"；未发放：{string.Join("、", unpaid)}");
        text.Append($"。{current.Year} 年截至{current.AsOf.ChineseDate()}，津补贴发放合计 {Total(current).Yuan()}");
        if (Paid(current) is { Length: > 0 } paidNow) text.Append("：" + paidNow);
        text.Append('。');
        return new(due.Count > 0 && missing.Count == 0 && unpaid.Count == 0, text.ToString());
    }
}

/// <summary>The rule in the compliance engine (registered by <see cref="DirectorReviewsModule"/>).</summary>
public sealed class DirectorReviewComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [DirectorReviewCadence.Reviews];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        // Before March nothing is due: the facts are not even loaded.
        asOf.Month < 3 ? [] : DirectorReviewCadence.Evaluate(await DirectorReviewCadence.FactsAsync(session, asOf, ct), cadence).ToList();
}

/// <summary>附件2 第73项's figure: the reviews and the allowances paid.</summary>
public sealed class DirectorReviewsCheck : IEvidenceRecordCheck
{
    public string Code => "DirectorReviewsAndAllowances";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        DirectorReviewCadence.Outcome(await DirectorReviewCadence.FactsAsync(session, day, ct),
            await DirectorReviewCadence.FactsAsync(session, day, ct, day.Year));
}
