using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.Meetings;

public class MeetingCadenceTests
{
    private static readonly CadenceOptions Cadence = new();
    private static readonly MeetingCadenceOptions Options = new();
    private static readonly DateOnly GroupSince = new(2022, 1, 28);

    private static MeetingCadenceFacts Facts(DateOnly asOf, IReadOnlyList<DatedMeeting>? meetings = null, IReadOnlyList<DatedResolution>? resolutions = null) =>
        new(asOf, GroupSince, meetings ?? [], resolutions ?? []);

    private static DatedMeeting Meeting(string date, string? issued = null, string convened = "2026-01-02", string? cancelled = null) =>
        new(Guid.NewGuid(), "会议", DateOnly.Parse(date), DateOnly.Parse(convened), cancelled is null ? null : DateOnly.Parse(cancelled),
            issued is null ? null : DateOnly.Parse(issued), issued is null ? null : "铜罐驿未保领纪〔2026〕1号");

    private static Finding? Cadence2026(MeetingCadenceFacts facts, int year) =>
        MeetingCadence.MeetingsHeld(facts, With2026, Options).SingleOrDefault(f => f.Key == $"R3:{year}");

    private static readonly CadenceOptions With2026 = new() { CheckFrom = new DateOnly(2026, 1, 1) };

    [Fact]
    public void Meetings_warning_from_1_July_urgent_from_1_October_breach_after_the_year()
    {
        Assert.Null(Cadence2026(Facts(new DateOnly(2026, 6, 30)), 2026));
        Assert.Equal(Severity.Warning, Cadence2026(Facts(new DateOnly(2026, 7, 1)), 2026)!.Severity);
        Assert.Equal(Severity.Warning, Cadence2026(Facts(new DateOnly(2026, 9, 30)), 2026)!.Severity);
        Assert.Equal(Severity.Urgent, Cadence2026(Facts(new DateOnly(2026, 10, 1)), 2026)!.Severity);
        Assert.Equal(Severity.Breach, Cadence2026(Facts(new DateOnly(2027, 1, 1)), 2026)!.Severity);
        // Years before CheckFrom are not checked.
        Assert.Null(Cadence2026(Facts(new DateOnly(2026, 7, 1)), 2025));
    }

    [Fact]
    public void A_held_meeting_clears_the_warning_and_two_held_or_scheduled_clear_the_urgency()
    {
        var held = Meeting("2026-07-20");
        Assert.Equal(Severity.Warning, Cadence2026(Facts(new DateOnly(2026, 7, 19), [held]), 2026)!.Severity);
        Assert.Null(Cadence2026(Facts(new DateOnly(2026, 7, 20), [held]), 2026));
        Assert.Equal(Severity.Urgent, Cadence2026(Facts(new DateOnly(2026, 10, 1), [held]), 2026)!.Severity);
        var scheduled = Meeting("2026-11-15", convened: "2026-10-08");
        Assert.Equal(Severity.Urgent, Cadence2026(Facts(new DateOnly(2026, 10, 7), [held, scheduled]), 2026)!.Severity);
        Assert.Null(Cadence2026(Facts(new DateOnly(2026, 10, 8), [held, scheduled]), 2026));
        var cancelled = scheduled with { CancelledOn = new DateOnly(2026, 10, 20) };
        Assert.Equal(Severity.Urgent, Cadence2026(Facts(new DateOnly(2026, 10, 20), [held, cancelled]), 2026)!.Severity);
        // After the year only issued minutes count; issuing the second one later in January clears the breach.
        var second = Meeting("2026-11-15", convened: "2026-10-08");
        Assert.Equal(Severity.Breach, Cadence2026(Facts(new DateOnly(2027, 1, 1), [held with { MinutesIssuedOn = new DateOnly(2026, 8, 1) }, second]), 2026)!.Severity);
        Assert.Null(Cadence2026(Facts(new DateOnly(2027, 1, 5),
            [held with { MinutesIssuedOn = new DateOnly(2026, 8, 1) }, second with { MinutesIssuedOn = new DateOnly(2027, 1, 5) }]), 2026));
    }

    [Fact]
    public void Minutes_not_issued_15_days_after_the_meeting_is_a_finding_of_its_own()
    {
        var meeting = Meeting("2026-03-20");
        Finding? Minutes(string day, DatedMeeting m) =>
            MeetingCadence.MinutesIssued(Facts(DateOnly.Parse(day), [m]), Cadence, Options).SingleOrDefault();
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
        var r = new DatedResolution(Guid.NewGuid(), 1, "建立留守儿童关爱台账", "铜罐驿未保领纪〔2026〕1号", [Guid.NewGuid()], new DateOnly(2026, 4, 1),
            new DateOnly(2026, 5, 31), null, false);
        Finding? On(string day, DatedResolution x) => MeetingCadence.ResolutionsDue(Facts(DateOnly.Parse(day), resolutions: [x]), Cadence).SingleOrDefault();
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
    public void The_app_checks_item_12_from_issued_minutes()
    {
        Assert.False(MeetingsWithMinutesCheck.Outcome(2026, ["铜罐驿未保领纪〔2026〕1号"], Options.MeetingsPerYear).Passed);
        var two = MeetingsWithMinutesCheck.Outcome(2026, ["铜罐驿未保领纪〔2026〕1号", "铜罐驿未保领纪〔2026〕2号"], Options.MeetingsPerYear);
        Assert.True(two.Passed);
        Assert.Contains("2026年已召开并印发纪要的领导小组会议 2 次（至少 2 次）", two.Text);
    }
}
