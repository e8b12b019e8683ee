using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.DirectorReviews;

/// <summary>A review as entered: the grade, an optional score (0-100), the station's comment.</summary>
public sealed record ReviewDraft(ReviewGrade Grade, int? Score, string? Comment);

/// <summary>A payment as entered: the months of the year it is for, the amount in yuan, the day it was paid.</summary>
public sealed record AllowanceDraft(int FromMonth, int ToMonth, decimal Amount, DateOnly PaidOn);

public static class DirectorReviewDecisions
{
    public const int MaxCommentLength = 500;
    public const int MinScore = 0;
    public const int MaxScore = 100;

    /// <summary>The most one payment may be: a child director's allowance is a few hundred yuan a month (a typo of a zero or two is caught).</summary>
    public const decimal MaxAmount = 50_000m;

    /// <summary>Reviews and payments go back to the year the app's dates begin (<see cref="UserDates.Earliest"/>).</summary>
    public static string? YearProblem(int year, DateOnly today) =>
        year < UserDates.Earliest.Year || year > today.Year ? $"年度须在 {UserDates.Earliest.Year} 至 {today.Year} 年之间。" : null;

    private static bool ServedAsDirectorIn(ChildWorker worker, int year) =>
        DirectorFigures.Spans(worker, year, new DateOnly(year, 12, 31)).Count > 0;

    public static Decision<DirectorReviewRecorded> Record(DirectorYear? state, Guid yearId, ChildWorker worker, int year, ReviewDraft draft, Actor actor,
        DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!actor.Can(Capability.ReviewChildDirectors)) return new Refusal("无权登记儿童主任考核。");
        if (YearProblem(year, today) is { } problem) return new Refusal(problem);
        if (!ServedAsDirectorIn(worker, year)) return new Refusal($"{worker.Name}在 {year} 年未担任儿童主任，不能登记该年度考核。");
        if (worker.Appointments.Where(a => a.Duty == ChildWorkerDuty.ChildDirector).Min(a => a.From) > today)
            return new Refusal("尚未到任，不能登记考核。");
        if (state?.IsFinal == true) return new Refusal($"{year} 年度考核已定稿，不能再修改。");
        if (draft.Score is { } score && (score < MinScore || score > MaxScore)) return new Refusal($"考核分数须在 {MinScore} 至 {MaxScore} 之间。");
        var comment = draft.Comment?.Trim() ?? "";
        if (comment.Length == 0) return new Refusal("请填写考核评语。");
        if (comment.Length > MaxCommentLength) return new Refusal($"考核评语不能超过 {MaxCommentLength} 个字。");
        return new DirectorReviewRecorded(yearId, worker.Id, worker.Name, year, draft.Grade, draft.Score, comment, StepBy.Of(actor, now));
    }

    /// <summary>
    /// Finalising (定稿) freezes the review and the figures shown with it: only once the year is over or the person no longer serves as child
    /// director (a director who left mid-year can be reviewed for the part served), and only a review already recorded.
    /// </summary>
    public static Decision<DirectorReviewFinalised> Finalise(DirectorYear? state, ChildWorker worker, ReviewFigures figures, Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!actor.Can(Capability.ReviewChildDirectors)) return new Refusal("无权定稿儿童主任考核。");
        if (state?.Grade is null) return new Refusal("请先登记考核等次和评语，再定稿。");
        if (state.IsFinal) return new Refusal($"{state.Year} 年度考核已定稿。");
        var stillServing = worker.AppointmentOn(today) is { Duty: ChildWorkerDuty.ChildDirector };
        if (today.Year <= state.Year && stillServing) return new Refusal($"{state.Year} 年度尚未结束，年度结束后（或离任后）方可定稿。");
        return new DirectorReviewFinalised(state.Id, figures, StepBy.Of(actor, now));
    }

    public static Decision<AllowancePaid> Pay(DirectorYear? state, Guid yearId, Guid paymentId, ChildWorker worker, int year, AllowanceDraft draft,
        Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!actor.Can(Capability.ReviewChildDirectors)) return new Refusal("无权登记津补贴发放。");
        if (YearProblem(year, today) is { } problem) return new Refusal(problem);
        if (draft.FromMonth is < 1 or > 12 || draft.ToMonth is < 1 or > 12) return new Refusal("发放期间的月份须在 1 至 12 之间。");
        if (draft.ToMonth < draft.FromMonth) return new Refusal("发放期间的截止月份不能早于起始月份。");
        if (draft.Amount <= 0) return new Refusal("发放金额须大于 0。");
        if (draft.Amount > MaxAmount) return new Refusal($"单笔发放金额不能超过 {MaxAmount.Yuan()}。");
        if (decimal.Round(draft.Amount, 2) != draft.Amount) return new Refusal("发放金额最多保留两位小数（精确到分）。");
        if (draft.PaidOn > today) return new Refusal("发放日期不能晚于今天。");
        if (draft.PaidOn < new DateOnly(year, 1, 1)) return new Refusal($"发放日期不能早于 {year} 年 1 月 1 日。");
        var periodFirst = new DateOnly(year, draft.FromMonth, 1);
        var periodLast = new DateOnly(year, draft.ToMonth, 1).AddMonths(1);
        if (!DirectorFigures.Spans(worker, year, new DateOnly(year, 12, 31)).Any(s => s.From < periodLast && periodFirst < s.Until))
            return new Refusal($"{worker.Name}在 {year} 年 {draft.FromMonth}-{draft.ToMonth} 月未担任儿童主任。");
        if (state?.Payments.FirstOrDefault(p => p.Overlaps(draft.FromMonth, draft.ToMonth)) is { } paid)
            return new Refusal($"该期间与已登记的发放（{paid.Period(year)}，{paid.Amount.Yuan()}）重叠。");
        return new AllowancePaid(yearId, paymentId, worker.Id, worker.Name, year, draft.FromMonth, draft.ToMonth, draft.Amount, draft.PaidOn,
            StepBy.Of(actor, now));
    }
}
