using Secretariat.Web.Features.Activities;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.DirectorReviews;
using Secretariat.Web.Features.Training;

namespace Secretariat.Tests.Features.DirectorReviews;

/// <summary>附件2 第73项 / 附件3-2 四 without a database: who is due a review, the deadline's edges, the refusals, the frozen figures.</summary>
public class DirectorReviewDecisionsTests
{
    private static readonly Guid Jianshe = Guid.NewGuid();
    private static readonly Guid Tongguan = Guid.NewGuid();
    private static readonly Actor Station = new(Guid.NewGuid(), "刘兵", [Roles.WorkStation], null, null);
    private static readonly CadenceOptions Always = new();

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static ChildWorker Director(string name, DateOnly from, DateOnly? leftOn = null, Guid? village = null)
    {
        var person = Guid.NewGuid();
        var appointment = Guid.NewGuid();
        var worker = ChildWorker.Create(new ChildWorkerAppointed(person, appointment, name, ChildWorkerDuty.ChildDirector, village ?? Jianshe, "建设村", from,
            "镇政府任命"));
        if (leftOn is { } left) worker.Apply(new ChildWorkerLeft(person, appointment, left, "换届"));
        return worker;
    }

    private static DirectorYear Reviewed(ChildWorker worker, int year, DateOnly finalisedOn)
    {
        var state = new DirectorYear();
        var id = DirectorYear.IdOf("tgy", worker.Id, year);
        state.Apply(DirectorReviewDecisions.Record(null, id, worker, year, new(ReviewGrade.Competent, 85, "按时走访"), Station, At(finalisedOn)).Event!);
        state.Apply(DirectorReviewDecisions.Finalise(state, worker, Figures(year), Station, At(finalisedOn)).Event!);
        return state;
    }

    private static ReviewFigures Figures(int year) => new(new DateOnly(year, 12, 31), [], 365, 0, 0, [], 0, [], 0, 0, 0);

    private static IReadOnlyList<Finding> Findings(string asOf, IReadOnlyList<ChildWorker> directors, IReadOnlyList<DirectorYear>? years = null,
        CadenceOptions? cadence = null, DateOnly? townSince = null)
    {
        var day = DateOnly.Parse(asOf);
        return DirectorReviewCadence.Evaluate(new ReviewFacts(day, day.Year - 1, directors, years ?? [], townSince), cadence ?? Always).ToList();
    }

    [Fact]
    public void A_review_is_a_warning_in_March_on_the_deadline_day_too_and_a_breach_from_April_to_the_years_end()
    {
        var zhu = Director("朱美桦", new(2022, 1, 28));
        // The year's last day: that year's review is not due yet (the year before's would still be listed).
        var lastDay = DirectorReviewCadence.Evaluate(new ReviewFacts(new(2026, 12, 31), 2026, [zhu], [], null), Always);
        Assert.Empty(lastDay);
        Assert.Empty(Findings("2027-01-01", [zhu]));
        Assert.Empty(Findings("2027-02-28", [zhu]));
        var march = Assert.Single(Findings("2027-03-01", [zhu]));
        Assert.Equal((Severity.Warning, "S73-director-reviews", new DateOnly(2027, 3, 31)), (march.Severity, march.Rule, march.DueOn));
        Assert.Equal($"S73-director-reviews:{zhu.Id}:2026", march.Key);
        Assert.Contains("须于 2027年3月31日 前完成并定稿", march.Explanation);
        Assert.Equal(Severity.Warning, Assert.Single(Findings("2027-03-31", [zhu])).Severity);
        var april = Assert.Single(Findings("2027-04-01", [zhu]));
        Assert.Equal(Severity.Breach, april.Severity);
        Assert.Contains("尚未考核，已超过 2027年3月31日 的期限", april.Explanation);
        Assert.Equal(Severity.Breach, Assert.Single(Findings("2027-12-31", [zhu])).Severity);
        // The next year looks at its own year before: 2026's is on the evidence item, no longer an alert.
        Assert.Empty(DirectorReviewCadence.Evaluate(new ReviewFacts(new(2028, 1, 1), 2027, [], [], null), Always));

        // Finalised on the deadline day: nothing from then on; the what-if of a day before it still sees the warning.
        var reviewed = Reviewed(zhu, 2026, new(2027, 3, 31));
        Assert.Empty(Findings("2027-03-31", [zhu], [reviewed]));
        Assert.Empty(Findings("2027-06-01", [zhu], [reviewed]));
        Assert.Single(Findings("2027-03-30", [zhu], [reviewed]));
        // A review recorded but not finalised is still missing.
        var draft = new DirectorYear();
        draft.Apply(DirectorReviewDecisions.Record(null, Guid.NewGuid(), zhu, 2026, new(ReviewGrade.Excellent, null, "好"), Station, At(new(2027, 3, 2))).Event!);
        Assert.Contains("考核尚未定稿", Assert.Single(Findings("2027-03-10", [zhu], [draft])).Explanation);
    }

    [Fact]
    public void A_director_who_served_three_months_of_the_year_is_due_one_who_joined_in_December_or_left_in_March_is_not()
    {
        var leftInJune = Director("李丽妮", new(2022, 1, 28), new(2026, 6, 30));
        var leftInMarch = Director("罗翠", new(2022, 1, 28), new(2026, 3, 15));
        var joinedInDecember = Director("王新", new(2026, 12, 1));
        var joinedOnOctober1 = Director("何捷", new(2026, 10, 1));
        Assert.True(DirectorFigures.IsDue(leftInJune, 2026));
        Assert.False(DirectorFigures.IsDue(leftInMarch, 2026));
        Assert.False(DirectorFigures.IsDue(joinedInDecember, 2026));
        Assert.True(DirectorFigures.IsDue(joinedInDecember, 2027));
        Assert.True(DirectorFigures.IsDue(joinedOnOctober1, 2026));
        Assert.Equal(["何捷", "李丽妮"], Findings("2027-04-01", [leftInJune, leftInMarch, joinedInDecember, joinedOnOctober1]).Select(f => f.Subject).Order());
        // One who left mid-year may be finalised as soon as they left; one still serving only once the year is over.
        var june = new DirectorYear();
        june.Apply(DirectorReviewDecisions.Record(null, Guid.NewGuid(), leftInJune, 2026, new(ReviewGrade.Competent, 80, "离任前表现合格"), Station,
            At(new(2026, 7, 2))).Event!);
        Assert.False(DirectorReviewDecisions.Finalise(june, leftInJune, Figures(2026), Station, At(new(2026, 7, 2))).IsRefused);
        var serving = Director("朱美桦", new(2022, 1, 28));
        var open = new DirectorYear();
        open.Apply(DirectorReviewDecisions.Record(null, Guid.NewGuid(), serving, 2026, new(ReviewGrade.Competent, 80, "合格"), Station, At(new(2026, 12, 20)))
            .Event!);
        Assert.Equal("2026 年度尚未结束，年度结束后（或离任后）方可定稿。",
            DirectorReviewDecisions.Finalise(open, serving, Figures(2026), Station, At(new(2026, 12, 31))).Refusal!.Message);
        Assert.False(DirectorReviewDecisions.Finalise(open, serving, Figures(2026), Station, At(new(2027, 1, 1))).IsRefused);
    }

    [Fact]
    public void No_finding_in_a_town_without_directors_for_a_year_before_CheckFrom_or_before_the_town_started_here()
    {
        var zhu = Director("朱美桦", new(2022, 1, 28));
        Assert.Empty(Findings("2027-04-01", []));
        Assert.Empty(Findings("2027-04-01", [zhu], cadence: new CadenceOptions { CheckFrom = new(2027, 1, 1) }));
        Assert.Single(Findings("2027-04-01", [zhu], cadence: new CadenceOptions { CheckFrom = new(2026, 12, 31) }));
        // The sample town loaded on its first start (or a town just added) in January did not keep the year before here.
        Assert.Empty(Findings("2027-04-01", [zhu], townSince: new(2027, 1, 5)));
        Assert.Single(Findings("2027-04-01", [zhu], townSince: new(2026, 12, 31)));
    }

    [Fact]
    public void The_score_the_comment_and_a_finalised_review_are_checked()
    {
        var zhu = Director("朱美桦", new(2022, 1, 28));
        var now = At(new(2027, 1, 10));
        DirectorReviewRecorded? Ok(int? score) => DirectorReviewDecisions.Record(null, Guid.NewGuid(), zhu, 2026, new(ReviewGrade.Competent, score, "合格"), Station, now).Event;
        Assert.NotNull(Ok(0));
        Assert.NotNull(Ok(100));
        Assert.NotNull(Ok(null));
        string Refused(ReviewDraft draft, int year = 2026, ChildWorker? worker = null, Actor? actor = null) =>
            DirectorReviewDecisions.Record(null, Guid.NewGuid(), worker ?? zhu, year, draft, actor ?? Station, now).Refusal!.Message;
        Assert.Equal("考核分数须在 0 至 100 之间。", Refused(new(ReviewGrade.Competent, 101, "合格")));
        Assert.Equal("考核分数须在 0 至 100 之间。", Refused(new(ReviewGrade.Competent, -1, "合格")));
        Assert.Equal("请填写考核评语。", Refused(new(ReviewGrade.Competent, 90, "  ")));
        Assert.Equal("考核评语不能超过 500 个字。", Refused(new(ReviewGrade.Competent, 90, new string('好', 501))));
        Assert.Equal("年度须在 2000 至 2027 年之间。", Refused(new(ReviewGrade.Competent, 90, "合格"), 2028));
        Assert.Equal("朱美桦在 2021 年未担任儿童主任，不能登记该年度考核。", Refused(new(ReviewGrade.Competent, 90, "合格"), 2021));
        Assert.Equal("无权登记儿童主任考核。", Refused(new(ReviewGrade.Competent, 90, "合格"), actor: new(Guid.NewGuid(), "查阅", [Roles.Reader], null, null)));
        var final = Reviewed(zhu, 2026, new(2027, 1, 10));
        Assert.Equal("2026 年度考核已定稿，不能再修改。",
            DirectorReviewDecisions.Record(final, final.Id, zhu, 2026, new(ReviewGrade.Excellent, 95, "改"), Station, now).Refusal!.Message);
        Assert.Equal("请先登记考核等次和评语，再定稿。", DirectorReviewDecisions.Finalise(null, zhu, Figures(2026), Station, now).Refusal!.Message);
    }

    [Fact]
    public void A_payment_has_a_period_in_the_directors_service_a_positive_capped_amount_in_fen_and_a_past_day()
    {
        var leftInJune = Director("李丽妮", new(2022, 1, 28), new(2026, 7, 1));
        var now = At(new(2026, 12, 10));
        var paid = new DirectorYear();
        paid.Apply(DirectorReviewDecisions.Pay(null, Guid.NewGuid(), Guid.NewGuid(), leftInJune, 2026, new(1, 6, 1800.50m, new(2026, 7, 5)), Station, now).Event!);
        Assert.Equal(1800.50m, paid.PaidTotal);
        string Refused(AllowanceDraft draft) => DirectorReviewDecisions.Pay(paid, paid.Id, Guid.NewGuid(), leftInJune, 2026, draft, Station, now).Refusal!.Message;
        Assert.Equal("该期间与已登记的发放（2026年1-6月，1800.50 元）重叠。", Refused(new(6, 6, 300, new(2026, 7, 5))));
        Assert.Equal("李丽妮在 2026 年 7-12 月未担任儿童主任。", Refused(new(7, 12, 300, new(2026, 12, 5))));
        Assert.Equal("发放金额须大于 0。", Refused(new(6, 6, 0, new(2026, 7, 5))));
        Assert.Equal("单笔发放金额不能超过 50000.00 元。", Refused(new(6, 6, 50_000.01m, new(2026, 7, 5))));
        Assert.Equal("发放金额最多保留两位小数（精确到分）。", Refused(new(6, 6, 10.005m, new(2026, 7, 5))));
        Assert.Equal("发放期间的截止月份不能早于起始月份。", Refused(new(6, 5, 300, new(2026, 7, 5))));
        Assert.Equal("发放期间的月份须在 1 至 12 之间。", Refused(new(0, 5, 300, new(2026, 7, 5))));
        Assert.Equal("发放日期不能晚于今天。", Refused(new(6, 6, 300, new(2026, 12, 11))));
        Assert.Equal("发放日期不能早于 2026 年 1 月 1 日。", Refused(new(6, 6, 300, new(2025, 12, 31))));
    }

    [Fact]
    public void The_figures_count_the_training_attended_and_the_activities_and_visits_of_the_village_while_the_director_served_there()
    {
        var worker = Director("朱美桦", new(2026, 3, 1), new(2026, 9, 1));
        var session = TrainingSession.Create(new TrainingSessionRecorded(Guid.NewGuid(), "儿童主任轮训", TrainingKind.Rotation, new(2026, 4, 10), new(2026, 4, 10),
            "工作站", "镇政府", [new Course("儿童权利", 3, true), new Course("政策", 1.5m, false)], [], [], "刘兵", At(new(2026, 4, 10))));
        worker.Apply(new TrainingAttended(worker.Id, session.Id, session.Title, session.Kind, session.StartOn, session.EndOn, true));
        Activity Held(DateOnly on, Guid village) => Activity.Create(new ActivityRecorded(Guid.NewGuid(), ActivityKind.ParentSchool, "家长课堂", on, village,
            "建设村", Guid.NewGuid(), "建设村", "村委会", 20, [], null, "刘兵", At(on)));
        var child = new ChildRecord { Id = Guid.NewGuid(), VillageId = Jianshe };
        child.Visits.Add(new ChildVisit(Guid.NewGuid(), new(2026, 5, 1), VisitKind.Regular, VisitFinding.Stable, false, false, "朱美桦"));
        child.Visits.Add(new ChildVisit(Guid.NewGuid(), new(2026, 10, 1), VisitKind.Regular, VisitFinding.Stable, false, false, "朱美桦"));
        var elsewhere = new ChildRecord { Id = Guid.NewGuid(), VillageId = Tongguan };
        elsewhere.Visits.Add(new ChildVisit(Guid.NewGuid(), new(2026, 5, 1), VisitKind.Regular, VisitFinding.Stable, false, false, "赵筱晗"));
        var figures = DirectorFigures.Of(worker, 2026, new(2026, 12, 31), [session],
            [Held(new(2026, 2, 20), Jianshe), Held(new(2026, 6, 1), Jianshe), Held(new(2026, 6, 1), Tongguan)], [child, elsewhere]);
        Assert.Equal(["建设村（2026年3月1日至2026年8月31日）"], figures.Postings);
        Assert.Equal((1, 4.5m, 1, 1, 1, 1), (figures.TrainingSessions, figures.TrainingHours, figures.Activities, figures.Visits, figures.VisitsByDirector,
            figures.ChildrenVisited));
        Assert.Equal("4月10日轮训“儿童主任轮训”，4.5 学时", Assert.Single(figures.Training));
    }
}
