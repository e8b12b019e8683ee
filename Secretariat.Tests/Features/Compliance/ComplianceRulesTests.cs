using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Compliance;

namespace Secretariat.Tests.Features.Compliance;

public class ComplianceRulesTests
{
    private static readonly ComplianceOptions Options = new();
    private static readonly DateOnly GroupSince = new(2022, 1, 28);

    private static ComplianceFacts Facts(DateOnly asOf, IReadOnlyList<MeetingFact>? meetings = null, IReadOnlyList<ResolutionFact>? resolutions = null,
        IReadOnlyList<AdjustmentFact>? adjustments = null, IReadOnlyList<ReportFact>? reports = null) =>
        new(asOf, GroupSince, meetings ?? [], resolutions ?? [], [], [], adjustments ?? [], reports ?? []);

    private static MeetingFact Meeting(string date, string? issued = null, string convened = "2026-01-02", string? cancelled = null) =>
        new(Guid.NewGuid(), "会议", DateOnly.Parse(date), DateOnly.Parse(convened), cancelled is null ? null : DateOnly.Parse(cancelled),
            issued is null ? null : DateOnly.Parse(issued), issued is null ? null : "铜罐驿未保领纪〔2026〕1号");

    private static Finding? Cadence(ComplianceFacts facts, int year) =>
        ComplianceRules.MeetingCadence(facts, With2026).SingleOrDefault(f => f.Key == $"R3:{year}");

    private static readonly ComplianceOptions With2026 = new() { CheckFrom = new DateOnly(2026, 1, 1) };

    [Fact]
    public void Meetings_warning_from_1_July_urgent_from_1_October_breach_after_the_year()
    {
        Assert.Null(Cadence(Facts(new DateOnly(2026, 6, 30)), 2026));
        Assert.Equal(Severity.Warning, Cadence(Facts(new DateOnly(2026, 7, 1)), 2026)!.Severity);
        Assert.Equal(Severity.Warning, Cadence(Facts(new DateOnly(2026, 9, 30)), 2026)!.Severity);
        Assert.Equal(Severity.Urgent, Cadence(Facts(new DateOnly(2026, 10, 1)), 2026)!.Severity);
        Assert.Equal(Severity.Breach, Cadence(Facts(new DateOnly(2027, 1, 1)), 2026)!.Severity);
        // Years before CheckFrom are not checked.
        Assert.Null(Cadence(Facts(new DateOnly(2026, 7, 1)), 2025));
    }

    [Fact]
    public void A_held_meeting_clears_the_warning_and_two_held_or_scheduled_clear_the_urgency()
    {
        var held = Meeting("2026-07-20");
        Assert.Equal(Severity.Warning, Cadence(Facts(new DateOnly(2026, 7, 19), [held]), 2026)!.Severity);
        Assert.Null(Cadence(Facts(new DateOnly(2026, 7, 20), [held]), 2026));
        Assert.Equal(Severity.Urgent, Cadence(Facts(new DateOnly(2026, 10, 1), [held]), 2026)!.Severity);
        var scheduled = Meeting("2026-11-15", convened: "2026-10-08");
        Assert.Equal(Severity.Urgent, Cadence(Facts(new DateOnly(2026, 10, 7), [held, scheduled]), 2026)!.Severity);
        Assert.Null(Cadence(Facts(new DateOnly(2026, 10, 8), [held, scheduled]), 2026));
        var cancelled = scheduled with { CancelledOn = new DateOnly(2026, 10, 20) };
        Assert.Equal(Severity.Urgent, Cadence(Facts(new DateOnly(2026, 10, 20), [held, cancelled]), 2026)!.Severity);
        // After the year only issued minutes count; issuing the second one later in January clears the breach.
        var second = Meeting("2026-11-15", convened: "2026-10-08");
        Assert.Equal(Severity.Breach, Cadence(Facts(new DateOnly(2027, 1, 1), [held with { MinutesIssuedOn = new DateOnly(2026, 8, 1) }, second]), 2026)!.Severity);
        Assert.Null(Cadence(Facts(new DateOnly(2027, 1, 5),
            [held with { MinutesIssuedOn = new DateOnly(2026, 8, 1) }, second with { MinutesIssuedOn = new DateOnly(2027, 1, 5) }]), 2026));
    }

    [Fact]
    public void Minutes_not_issued_15_days_after_the_meeting_is_a_finding_of_its_own()
    {
        var meeting = Meeting("2026-03-20");
        Finding? Minutes(string day, MeetingFact m) =>
            ComplianceRules.MinutesIssued(Facts(DateOnly.Parse(day), [m]), Options).SingleOrDefault();
        Assert.Null(Minutes("2026-04-03", meeting));
        var finding = Minutes("2026-04-04", meeting)!;
        Assert.Equal((Severity.Warning, new DateOnly(2026, 4, 4)), (finding.Severity, finding.DueOn!.Value));
        Assert.Contains("15 天内未签发印发纪要", finding.Explanation);
        Assert.Null(Minutes("2026-04-10", meeting with { MinutesIssuedOn = new DateOnly(2026, 4, 10) }));
        Assert.Null(Minutes("2026-04-10", meeting with { CancelledOn = new DateOnly(2026, 3, 1) }));
    }

    [Fact]
    public void Resolutions_get_reminders_30_and_7_days_before_and_are_overdue_after_the_due_day()
    {
        var r = new ResolutionFact(Guid.NewGuid(), 1, "建立留守儿童关爱台账", "铜罐驿未保领纪〔2026〕1号", [Guid.NewGuid()], new DateOnly(2026, 4, 1),
            new DateOnly(2026, 5, 31), null, false);
        Finding? On(string day, ResolutionFact x) => ComplianceRules.ResolutionsDue(Facts(DateOnly.Parse(day), resolutions: [x]), Options).SingleOrDefault();
        Assert.Null(On("2026-04-30", r));
        Assert.Equal((Severity.Reminder, 30), (On("2026-05-01", r)!.Severity, On("2026-05-01", r)!.ReminderDays!.Value));
        Assert.Equal(30, On("2026-05-23", r)!.ReminderDays);
        Assert.Equal(7, On("2026-05-24", r)!.ReminderDays);
        Assert.Equal(7, On("2026-05-31", r)!.ReminderDays);
        Assert.Equal(Severity.Warning, On("2026-06-01", r)!.Severity);
        Assert.Equal(Severity.Urgent, On("2026-06-01", r with { IsMajor = true })!.Severity);
        Assert.Null(On("2026-06-05", r with { DoneOn = new DateOnly(2026, 6, 5) }));
        Assert.NotNull(On("2026-06-04", r with { DoneOn = new DateOnly(2026, 6, 5) }));
        Assert.True(On("2026-05-24", r)!.Rank > On("2026-05-23", r)!.Rank);
    }

    [Fact]
    public void Adjustments_waiting_more_than_15_days_per_stage()
    {
        var a = new AdjustmentFact(Guid.NewGuid(), "调整〔2026〕1号", Guid.NewGuid(), "建设村", AdjustmentStatus.Submitted, new DateOnly(2026, 2, 1));
        Finding? On(string day, AdjustmentFact x) => ComplianceRules.AdjustmentsWaiting(Facts(DateOnly.Parse(day), adjustments: [x]), Options).SingleOrDefault();
        Assert.Null(On("2026-02-16", a));
        Assert.Equal($"adjustment:{a.Id}:Submitted", On("2026-02-17", a)!.Key);
        Assert.Null(On("2026-02-20", a with { Status = AdjustmentStatus.Returned }));
        Assert.Equal($"adjustment:{a.Id}:PendingApproval", On("2026-03-20", a with { Status = AdjustmentStatus.PendingApproval, WaitingSince = new DateOnly(2026, 3, 1) })!.Key);
    }

    [Fact]
    public void Reports_remind_before_and_breach_after_the_due_day_until_received()
    {
        var h1 = new ReportFact(2026, 1, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 15), null, null, "/t/tgy/reports");
        Finding? On(string day, ReportFact x) => ComplianceRules.SemiannualReports(Facts(DateOnly.Parse(day), reports: [x]), Options).SingleOrDefault();
        Assert.Null(On("2026-06-14", h1));
        Assert.Equal(30, On("2026-06-15", h1)!.ReminderDays);
        Assert.Equal(7, On("2026-07-08", h1)!.ReminderDays);
        Assert.Equal(Severity.Breach, On("2026-07-16", h1)!.Severity);
        Assert.Null(On("2026-07-20", h1 with { ReceivedOn = new DateOnly(2026, 7, 20) }));
        Assert.Equal(Severity.Breach, On("2026-07-19", h1 with { ReceivedOn = new DateOnly(2026, 7, 20) })!.Severity);
        Assert.Contains("已于 2026-07-14 报送，办公室尚未签收", On("2026-07-16", h1 with { SubmittedOn = new DateOnly(2026, 7, 14) })!.Explanation);
    }

    [Fact]
    public void Reconcile_opens_escalates_eases_revises_resolves_reopens_and_twice_changes_nothing()
    {
        var day = new DateOnly(2026, 5, 1);
        var now = DateTimeOffset.UtcNow;
        var finding = new Finding("resolution:1", Rules.ResolutionDue, "事项", "", Severity.Reminder, 30, new DateOnly(2026, 5, 31), "须于 2026-05-31 前办结", "/r", []);
        var opened = Assert.Single(AlertDecisions.Reconcile([], [finding], day, now));
        Assert.True(opened.StartsStream);
        var alert = ComplianceAlert.Create((AlertOpened)opened.Event);
        alert.Version = 1;
        Assert.Empty(AlertDecisions.Reconcile([alert], [finding], day, now));

        var sevenDays = finding with { ReminderDays = 7 };
        var escalated = Assert.Single(AlertDecisions.Reconcile([alert], [sevenDays], day, now));
        Assert.IsType<AlertEscalated>(escalated.Event);
        Assert.Equal(1, escalated.ExpectedVersion);
        var warned = ComplianceAlert.Create((AlertOpened)opened.Event);
        warned.Apply((AlertEscalated)escalated.Event);
        Assert.Equal(7, warned.ReminderDays);
        Assert.IsType<AlertEased>(Assert.Single(AlertDecisions.Reconcile([warned], [finding], day, now)).Event);
        Assert.IsType<AlertRevised>(Assert.Single(AlertDecisions.Reconcile([alert], [finding with { DueOn = new DateOnly(2026, 6, 10), Explanation = "须于 2026-06-10 前办结" }], day, now)).Event);
        var resolved = Assert.Single(AlertDecisions.Reconcile([alert], [], day, now));
        Assert.IsType<AlertResolved>(resolved.Event);
        alert.Apply((AlertResolved)resolved.Event);
        Assert.Empty(AlertDecisions.Reconcile([alert], [], day, now));
        Assert.IsType<AlertReopened>(Assert.Single(AlertDecisions.Reconcile([alert], [finding], day, now)).Event);
        Assert.Equal(AlertRank.IdFor("resolution:1"), opened.AlertId);
    }

    [Fact]
    public void Acknowledging_needs_a_note_the_right_person_and_an_open_alert()
    {
        var unit = Guid.NewGuid();
        var alert = ComplianceAlert.Create(new AlertOpened(Guid.NewGuid(), "resolution:x", Rules.ResolutionDue, "事项", "", [unit],
            new AlertState(Severity.Warning, null, null, "已逾期", "/r"), new DateOnly(2026, 6, 1), DateTimeOffset.UtcNow));
        Actor Person(string role, Guid? unitId = null) => new(Guid.NewGuid(), "某人", [role], unitId, null);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal("请写明说明（正在采取的措施或原因）。", AlertDecisions.Acknowledge(alert, "  ", Person(Roles.Secretariat), now).Refusal!.Message);
        Assert.Contains("不由你负责", AlertDecisions.Acknowledge(alert, "在办", Person(Roles.UnitLiaison, Guid.NewGuid()), now).Refusal!.Message);
        Assert.Contains("不由你负责", AlertDecisions.Acknowledge(alert, "在办", Person(Roles.WorkStation), now).Refusal!.Message);
        Assert.NotNull(AlertDecisions.Acknowledge(alert, "已督办", Person(Roles.UnitLiaison, unit), now).Event);
        Assert.Contains("不能超过", AlertDecisions.Acknowledge(alert, new string('字', 501), Person(Roles.Secretariat), now).Refusal!.Message);
        alert.Apply(new AlertResolved(alert.Id, new DateOnly(2026, 6, 2), now));
        Assert.Contains("已解除", AlertDecisions.Acknowledge(alert, "在办", Person(Roles.Secretariat), now).Refusal!.Message);
        Assert.Equal("没有这条提醒。", AlertDecisions.Acknowledge(null, "在办", Person(Roles.Secretariat), now).Refusal!.Message);
    }

    [Fact]
    public void An_alert_knows_the_days_it_was_open()
    {
        var now = DateTimeOffset.UtcNow;
        var state = new AlertState(Severity.Warning, null, null, "已逾期", "/r");
        var alert = ComplianceAlert.Create(new AlertOpened(Guid.NewGuid(), "k", Rules.ResolutionDue, "事项", "", [], state, new DateOnly(2026, 6, 1), now));
        alert.Apply(new AlertResolved(alert.Id, new DateOnly(2026, 6, 10), now));
        alert.Apply(new AlertReopened(alert.Id, state, new DateOnly(2026, 7, 1), now));
        Assert.False(alert.WasOpenOn(new DateOnly(2026, 5, 31)));
        Assert.True(alert.WasOpenOn(new DateOnly(2026, 6, 9)));
        Assert.False(alert.WasOpenOn(new DateOnly(2026, 6, 10)));
        Assert.False(alert.WasOpenOn(new DateOnly(2026, 6, 30)));
        Assert.True(alert.WasOpenOn(new DateOnly(2026, 12, 31)));
    }
}
