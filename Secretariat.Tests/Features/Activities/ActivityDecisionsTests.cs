using Secretariat.Web.Features.Activities;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Features.Activities;

/// <summary>附件2 第25项 without a database: the quarter's last month and last day, the breach after it, the record rule, photos and consent.</summary>
public class ActivityDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly MemberUnit Jianshe = new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village, SortOrder = 2 };
    private static readonly MemberUnit Shuangqilong = new() { Id = Guid.NewGuid(), Name = "双骑龙村", Kind = UnitKind.Village, SortOrder = 1 };
    private static readonly MemberUnit Tongguan = new() { Id = Guid.NewGuid(), Name = "铜罐社区", Kind = UnitKind.Community, SortOrder = 3 };
    private static readonly MemberUnit Womens = new() { Id = Guid.NewGuid(), Name = "妇联", Kind = UnitKind.TownBody, SortOrder = 4 };
    private static readonly IReadOnlyList<MemberUnit> Villages = [Shuangqilong, Jianshe, Tongguan];
    private static readonly IReadOnlyList<MemberUnit> Units = [.. Villages, Womens];

    private static Actor As(string role, Guid? unit = null) => new(Guid.NewGuid(), role, [role], unit, null);

    private static ActivityDraft Draft(DateOnly? on = null, Guid? village = null, Guid? organiser = null, int participants = 30, string? consent = null,
        string title = "家长学校：科学育儿") =>
        new(ActivityKind.ParentSchool, title, on ?? new DateOnly(2026, 11, 10), village ?? Jianshe.Id, organiser ?? Womens.Id, "村党群服务中心", participants, consent);

    private static Activity Held(MemberUnit village, DateOnly on, ActivityKind kind = ActivityKind.ParentSchool, DateOnly? recordedOn = null) =>
        Activity.Create(ActivityDecisions.Record(Guid.NewGuid(), Draft(on, village.Id) with { Kind = kind }, Units, [], As(Roles.WorkStation),
            new DateTimeOffset((recordedOn ?? on).ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8)), recordedOn ?? on).Event!);

    private static readonly CadenceOptions FromQ3 = new() { CheckFrom = new DateOnly(2026, 7, 1) };

    private static IReadOnlyList<Finding> Findings(DateOnly asOf, IReadOnlyList<Activity> activities, CadenceOptions? cadence = null) =>
        ActivityCadence.Evaluate(new ActivityFacts(asOf, Villages, activities), cadence ?? new CadenceOptions()).ToList();

    [Fact]
    public void A_village_without_an_activity_is_reminded_in_the_last_month_and_on_the_last_day_and_breached_the_day_after()
    {
        // 2026 Q3, the first quarter checked: 双骑龙村 and 建设村 held one, 铜罐社区 none.
        IReadOnlyList<Activity> activities = [Held(Shuangqilong, new(2026, 7, 15)), Held(Jianshe, new(2026, 9, 1), ActivityKind.LawPublicity)];
        IReadOnlyList<Finding> Findings(DateOnly asOf, IReadOnlyList<Activity> activities) => ActivityDecisionsTests.Findings(asOf, activities, FromQ3);

        Assert.Empty(Findings(new(2026, 8, 31), activities));
        var firstDayOfLastMonth = Assert.Single(Findings(new(2026, 9, 1), activities));
        Assert.Equal(("S25-activities", "铜罐社区", Severity.Reminder, new DateOnly(2026, 9, 30)),
            (firstDayOfLastMonth.Rule, firstDayOfLastMonth.Subject, firstDayOfLastMonth.Severity, firstDayOfLastMonth.DueOn));
        var lastDay = Assert.Single(Findings(new(2026, 9, 30), activities));
        Assert.Equal(Severity.Reminder, lastDay.Severity);
        Assert.Equal([Tongguan.Id], lastDay.UnitIds);

        // The day after the quarter: the same alert (same key) escalates to a breach.
        var after = Assert.Single(Findings(new(2026, 10, 1), activities));
        Assert.Equal((lastDay.Key, Severity.Breach, "2026年第3季度"), (after.Key, after.Severity, after.Period));
        Assert.Contains("附件2 第25项", after.Explanation);
    }

    [Fact]
    public void An_activity_on_the_quarters_last_day_meets_it_and_one_on_the_next_day_does_not()
    {
        var lastDay = new DateOnly(2026, 12, 31);
        IReadOnlyList<Activity> activities =
        [
            Held(Shuangqilong, new(2026, 10, 8)), Held(Jianshe, lastDay), Held(Tongguan, new(2027, 1, 1))
        ];
        var findings = Findings(new(2027, 1, 1), activities);
        // Q4 2026: only 铜罐社区 missed it (its activity on 1 January counts for Q1 2027); Q1 2027 has not reached its last month.
        var breach = Assert.Single(findings);
        Assert.Equal(("铜罐社区", Severity.Breach, "2026年第4季度"), (breach.Subject, breach.Severity, breach.Period));
    }

    [Fact]
    public void The_quarter_before_the_last_is_no_alert_and_a_quarter_before_check_from_is_not_checked()
    {
        // Nothing held in 2026: on 1 October Q3 is breached for every village; Q2 is the evidence item's, not an alert.
        var findings = Findings(new(2026, 10, 1), []);
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(("2026年第3季度", Severity.Breach), (f.Period, f.Severity)));
        // In Q4's last month: Q3's breaches stay (the quarter before) and Q4's reminders come; on 1 January Q3's are gone, Q4's breached.
        Assert.Equal([("2026年第3季度", Severity.Breach, 3), ("2026年第4季度", Severity.Reminder, 3)],
            Findings(new(2026, 12, 1), []).GroupBy(f => (f.Period, f.Severity)).Select(g => (g.Key.Period, g.Key.Severity, g.Count())).OrderBy(g => g.Period));
        Assert.All(Findings(new(2027, 1, 1), []), f => Assert.Equal(("2026年第4季度", Severity.Breach), (f.Period, f.Severity)));
        Assert.Empty(Findings(new(2026, 10, 1), [], new CadenceOptions { CheckFrom = new DateOnly(2026, 10, 1) }));
    }

    [Fact]
    public void The_what_if_does_not_see_an_activity_recorded_later_than_the_day()
    {
        // Held in September, recorded on 5 October: the rule as of 30 September (engine facts) did not know it yet.
        var late = Held(Tongguan, new(2026, 9, 20), recordedOn: new DateOnly(2026, 10, 5));
        var facts = new ActivityFacts(new(2026, 9, 30), Villages, new[] { late }.Where(a => a.RecordedAt.ToTownDate() <= new DateOnly(2026, 9, 30)).ToList());
        Assert.Equal(3, ActivityCadence.Evaluate(facts, FromQ3).Count());
        Assert.Equal(2, Findings(new(2026, 9, 30), [late], FromQ3).Count);
    }

    [Fact]
    public void A_record_is_refused_in_Chinese_for_bad_input_and_outside_the_own_village_or_unit()
    {
        var station = As(Roles.WorkStation);
        Assert.Equal("请填写活动主题。", ActivityDecisions.Record(Guid.NewGuid(), Draft(title: " "), Units, [], station, Now, Today).Refusal!.Message);
        Assert.Contains("不能晚于今天", ActivityDecisions.Record(Guid.NewGuid(), Draft(Today.AddDays(1)), Units, [], station, Now, Today).Refusal!.Message);
        Assert.Contains("参加人数", ActivityDecisions.Record(Guid.NewGuid(), Draft(participants: 0), Units, [], station, Now, Today).Refusal!.Message);
        Assert.Equal("所选村（社区）不存在。", ActivityDecisions.Record(Guid.NewGuid(), Draft(village: Womens.Id), Units, [], station, Now, Today).Refusal!.Message);
        Assert.Equal("所选组织单位不存在。", ActivityDecisions.Record(Guid.NewGuid(), Draft(organiser: Guid.NewGuid()), Units, [], station, Now, Today).Refusal!.Message);

        // 建设村's director records 建设村's activity, not 铜罐社区's organised by 妇联; 妇联's liaison records what 妇联 organised anywhere.
        var director = As(Roles.ChildDirector, Jianshe.Id);
        Assert.False(ActivityDecisions.Record(Guid.NewGuid(), Draft(), Units, [], director, Now, Today).IsRefused);
        Assert.Contains("本村（社区）", ActivityDecisions.Record(Guid.NewGuid(), Draft(village: Tongguan.Id), Units, [], director, Now, Today).Refusal!.Message);
        Assert.False(ActivityDecisions.Record(Guid.NewGuid(), Draft(village: Tongguan.Id), Units, [], As(Roles.UnitLiaison, Womens.Id), Now, Today).IsRefused);
        Assert.True(ActivityDecisions.Record(Guid.NewGuid(), Draft(), Units, [], As(Roles.Reader), Now, Today).IsRefused);
    }

    [Fact]
    public void A_photo_showing_minors_is_evidence_only_with_a_consent_record()
    {
        ActivityPhoto[] photos = [new(Guid.NewGuid(), "合影.jpg", "image/jpeg", 1000, ShowsMinors: true), new(Guid.NewGuid(), "签到表.pdf", "application/pdf", 1000, false)];
        var without = Activity.Create(ActivityDecisions.Record(Guid.NewGuid(), Draft(), Units, photos, As(Roles.WorkStation), Now, Today).Event!);
        var with = Activity.Create(ActivityDecisions.Record(Guid.NewGuid(), Draft(consent: "监护人书面同意书 12 份，存村委会"), Units, photos,
            As(Roles.WorkStation), Now, Today).Event!);
        Assert.Equal((1, 2), (without.EvidencePhotos, with.EvidencePhotos));

        var quarter = new Quarter(2026, 4);
        var outcome = ActivitiesPerVillageCheck.Outcome(Today, [quarter, quarter.Previous], new ActivityFacts(Today, Villages, [without]), new CadenceOptions());
        Assert.Contains("建设村 1 次（11月10日家长学校/家庭教育指导“家长学校：科学育儿”，照片 1 张可作印证，1 张含未成年人且无监护人同意记录，不作印证）", outcome.Text);
        Assert.Contains("未开展：双骑龙村、铜罐社区", outcome.Text);
        Assert.False(outcome.Passed);
    }

    [Fact]
    public void The_evidence_item_is_met_when_every_village_held_one_in_every_ended_quarter_checked()
    {
        var day = new DateOnly(2026, 10, 15);
        var q3 = new Quarter(2026, 3);
        IReadOnlyList<Activity> all = [Held(Shuangqilong, new(2026, 7, 1)), Held(Jianshe, new(2026, 8, 1)), Held(Tongguan, new(2026, 9, 30))];
        var facts = new ActivityFacts(day, Villages, all);
        // Q4 has just begun (not ended: not counted against), Q3 met by all three; Q2 before CheckFrom.
        var outcome = ActivitiesPerVillageCheck.Outcome(day, [new Quarter(2026, 4), q3, q3.Previous], facts, new CadenceOptions { CheckFrom = new DateOnly(2026, 7, 1) });
        Assert.True(outcome.Passed, outcome.Text);
        Assert.Contains("2026年第2季度：无村（社区）开展活动；未开展：双骑龙村、建设村、铜罐社区（检查起始日前，不计）", outcome.Text);
        Assert.False(ActivitiesPerVillageCheck.Outcome(day, [new Quarter(2026, 4), q3, q3.Previous], facts, new CadenceOptions()).Passed);
    }
}
