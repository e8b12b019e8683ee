using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.Compliance;

public class AlertDecisionsTests
{
    private static readonly ComplianceRule Resolutions = MeetingCadence.Resolutions;

    [Fact]
    public void Reconcile_opens_escalates_eases_revises_resolves_reopens_and_twice_changes_nothing()
    {
        var day = new DateOnly(2026, 5, 1);
        var now = DateTimeOffset.UtcNow;
        var finding = new Finding("resolution:1", MeetingCadence.Resolutions.Code, "事项", "", Severity.Reminder, 30, new DateOnly(2026, 5, 31), "须于 2026-05-31 前办结", "/r", []);
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
        var alert = ComplianceAlert.Create(new AlertOpened(Guid.NewGuid(), "resolution:x", MeetingCadence.Resolutions.Code, "事项", "", [unit],
            new AlertState(Severity.Warning, null, null, "已逾期", "/r"), new DateOnly(2026, 6, 1), DateTimeOffset.UtcNow));
        Actor Person(string role, Guid? unitId = null) => new(Guid.NewGuid(), "某人", [role], unitId, null);
        var now = DateTimeOffset.UtcNow;
        Assert.Equal("请写明说明（正在采取的措施或原因）。", AlertDecisions.Acknowledge(alert, Resolutions, "  ", Person(Roles.Secretariat), now).Refusal!.Message);
        Assert.Contains("不由你负责", AlertDecisions.Acknowledge(alert, Resolutions, "在办", Person(Roles.UnitLiaison, Guid.NewGuid()), now).Refusal!.Message);
        Assert.Contains("不由你负责", AlertDecisions.Acknowledge(alert, Resolutions, "在办", Person(Roles.WorkStation), now).Refusal!.Message);
        Assert.NotNull(AlertDecisions.Acknowledge(alert, Resolutions, "已督办", Person(Roles.UnitLiaison, unit), now).Event);
        Assert.Contains("不能超过", AlertDecisions.Acknowledge(alert, Resolutions, new string('字', 501), Person(Roles.Secretariat), now).Refusal!.Message);
        alert.Apply(new AlertResolved(alert.Id, new DateOnly(2026, 6, 2), now));
        Assert.Contains("已解除", AlertDecisions.Acknowledge(alert, Resolutions, "在办", Person(Roles.Secretariat), now).Refusal!.Message);
        Assert.Equal("没有这条提醒。", AlertDecisions.Acknowledge(null, Resolutions, "在办", Person(Roles.Secretariat), now).Refusal!.Message);
    }

    [Fact]
    public void An_alert_knows_the_days_it_was_open()
    {
        var now = DateTimeOffset.UtcNow;
        var state = new AlertState(Severity.Warning, null, null, "已逾期", "/r");
        var alert = ComplianceAlert.Create(new AlertOpened(Guid.NewGuid(), "k", MeetingCadence.Resolutions.Code, "事项", "", [], state, new DateOnly(2026, 6, 1), now));
        alert.Apply(new AlertResolved(alert.Id, new DateOnly(2026, 6, 10), now));
        alert.Apply(new AlertReopened(alert.Id, state, new DateOnly(2026, 7, 1), now));
        Assert.False(alert.WasOpenOn(new DateOnly(2026, 5, 31)));
        Assert.True(alert.WasOpenOn(new DateOnly(2026, 6, 9)));
        Assert.False(alert.WasOpenOn(new DateOnly(2026, 6, 10)));
        Assert.False(alert.WasOpenOn(new DateOnly(2026, 6, 30)));
        Assert.True(alert.WasOpenOn(new DateOnly(2026, 12, 31)));
    }
}
