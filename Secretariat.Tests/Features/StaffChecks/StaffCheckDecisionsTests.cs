using Secretariat.Web.Features.StaffChecks;

namespace Secretariat.Tests.Features.StaffChecks;

/// <summary>
/// 附件2 第21项 without a database: 30 working days across 国庆 and 春节 with their make-up days, the periodic check's edges, the end of the
/// employment, the evidence figure, the record rule and bad input.
/// </summary>
public class StaffCheckDecisionsTests
{
    private static readonly MemberUnit School = new() { Id = Guid.NewGuid(), Name = "中心小学", Kind = UnitKind.TownBody };
    private static readonly MemberUnit Clinic = new() { Id = Guid.NewGuid(), Name = "卫生院", Kind = UnitKind.TownBody };
    private static readonly IReadOnlyList<MemberUnit> Units = [School, Clinic];
    private static readonly Actor Office = new(Guid.NewGuid(), "李文", [Roles.Secretariat], null, null);
    private static readonly Actor SchoolLiaison = new(Guid.NewGuid(), "王老师", [Roles.UnitLiaison], School.Id, null);
    private static readonly DateOnly Today = new(2026, 12, 7);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static Decision<StaffChecked> Decide(StaffCheckDraft draft, Actor? actor = null) =>
        StaffCheckDecisions.Record(Guid.NewGuid(), draft, Units, actor ?? Office, WorkingDayCalendar.Shipped, At(Today), Today);

    private static StaffCheck Checked(DateOnly on, StaffCheckResult result = StaffCheckResult.NoRecord, string label = "A01",
        StaffCheckKind kind = StaffCheckKind.Periodic, DateOnly? starts = null)
    {
        var decided = StaffCheckDecisions.Record(Guid.NewGuid(), new(School.Id, "保安", label, kind, on, starts, result), Units, Office,
            WorkingDayCalendar.Shipped, At(on), Today);
        return StaffCheck.Create(decided.Event!);
    }

    private static IReadOnlyList<Finding> Findings(DateOnly asOf, params StaffCheck[] checks) =>
        StaffCheckCadence.Evaluate(asOf, checks, new CadenceOptions(), new StaffCheckOptions()).ToList();

    [Theory]
    [InlineData("2025-09-26", "2025-11-13")] // 国庆 2025: 10/1-10/8 off, 9/28 (Sun) and 10/11 (Sat) worked
    [InlineData("2025-01-24", "2025-03-13")] // 春节 2025: 1/28-2/4 off, 1/26 (Sun) and 2/8 (Sat) worked
    [InlineData("2026-02-12", "2026-04-01")] // 春节 2026: 2/15-2/23 off, 2/14 (Sat) and 2/28 (Sat) worked
    public void A_record_found_sets_the_end_thirty_working_days_later_on_the_state_councils_calendar(string checkedOn, string endBy)
    {
        var check = Checked(DateOnly.Parse(checkedOn), StaffCheckResult.RecordFound);
        Assert.Equal(DateOnly.Parse(endBy), check.EndByOn);
        Assert.Null(check.EndByNote);
        var due = DateOnly.Parse(endBy);
        var first = Assert.Single(Findings(DateOnly.Parse(checkedOn), check));
        Assert.Equal(Severity.Warning, first.Severity);
        var onTheDay = Assert.Single(Findings(due, check));
        Assert.Equal(Severity.Warning, onTheDay.Severity);
        Assert.Null(onTheDay.ReminderDays);
        Assert.Equal("S21-staff-checks", onTheDay.Rule);
        var after = Assert.Single(Findings(due.AddDays(1), check));
        Assert.Equal(Severity.Breach, after.Severity);
        Assert.Contains("附件2 第21项", after.Explanation);
    }

    [Fact]
    public void A_record_found_outside_the_shipped_years_says_its_end_was_counted_monday_to_friday()
    {
        var decided = StaffCheckDecisions.Record(Guid.NewGuid(), new(School.Id, "保安", "", StaffCheckKind.Periodic, new(2026, 12, 1), null,
            StaffCheckResult.RecordFound), Units, Office, WorkingDayCalendar.Shipped, At(Today), Today);
        Assert.Contains("2027年", decided.Event!.EndByNote);
        Assert.Null(Checked(new(2026, 3, 2)).EndByOn);
    }

    [Fact]
    public void Ending_the_employment_in_time_ends_the_alert()
    {
        var check = Checked(new(2025, 9, 26), StaffCheckResult.RecordFound);
        var ended = StaffCheckDecisions.EndEmployment(check, new(2025, 11, 13), Office, At(new(2025, 11, 13)), Today);
        check.Apply(ended.Event!);
        Assert.Empty(Findings(new(2025, 11, 14), check));
        Assert.True(StaffChecksCheck.Outcome(new(2025, 12, 1), [check]).Passed);
        Assert.Equal("已登记该人员离职或解除聘用。", StaffCheckDecisions.EndEmployment(check, new(2025, 11, 14), Office, At(Today), Today).Refusal!.Message);
    }

    [Fact]
    public void Staff_are_checked_again_every_period_with_a_reminder_before_and_a_breach_after()
    {
        var check = Checked(new(2025, 3, 10));
        Assert.Empty(Findings(new(2026, 2, 7), check));
        Assert.Equal(30, Assert.Single(Findings(new(2026, 2, 8), check)).ReminderDays);
        Assert.Equal(Severity.Reminder, Assert.Single(Findings(new(2026, 3, 10), check)).Severity);
        Assert.Equal(Severity.Breach, Assert.Single(Findings(new(2026, 3, 11), check)).Severity);
        // A new check of the same person restarts the period; another person is their own.
        Assert.Empty(Findings(new(2026, 3, 11), check, Checked(new(2026, 3, 1))));
        Assert.Single(Findings(new(2026, 3, 11), check, Checked(new(2026, 3, 1), label: "A02")));
        // Two years set by the town.
        Assert.Empty(StaffCheckCadence.Evaluate(new(2026, 3, 11), [check], new CadenceOptions(), new StaffCheckOptions { StaffCheckPeriodYears = 2 }));
    }

    [Fact]
    public void A_new_hire_checked_after_starting_fails_the_evidence_item()
    {
        var before = Checked(new(2025, 8, 20), kind: StaffCheckKind.NewHire, starts: new(2025, 9, 1));
        Assert.False(before.CheckedAfterStart);
        Assert.True(StaffChecksCheck.Outcome(new(2025, 12, 1), [before]).Passed);
        var after = Checked(new(2025, 9, 5), label: "A03", kind: StaffCheckKind.NewHire, starts: new(2025, 9, 1));
        var outcome = StaffChecksCheck.Outcome(new(2025, 12, 1), [before, after]);
        Assert.False(outcome.Passed);
        Assert.Contains("入职后补查 1 人次", outcome.Text);
        Assert.False(StaffChecksCheck.Outcome(new(2025, 12, 1), []).Passed);
    }

    [Fact]
    public void Bad_input_and_another_units_check_are_refused_in_chinese()
    {
        StaffCheckDraft Draft(Guid? unit = null, string? position = "保安", DateOnly? on = null, StaffCheckKind kind = StaffCheckKind.Periodic, DateOnly? starts = null) =>
            new(unit ?? School.Id, position, "", kind, on ?? Today, starts, StaffCheckResult.NoRecord);
        Assert.Equal("请选择查询单位。", Decide(Draft(unit: Guid.NewGuid())).Refusal!.Message);
        Assert.Equal("请填写被查询人员的岗位。", Decide(Draft(position: " ")).Refusal!.Message);
        Assert.Contains("岗位不能超过", Decide(Draft(position: new string('岗', 31))).Refusal!.Message);
        Assert.Equal("查询日期不能晚于今天。", Decide(Draft(on: Today.AddDays(1))).Refusal!.Message);
        Assert.Contains("请检查年份", Decide(Draft(on: new(1999, 12, 31))).Refusal!.Message);
        Assert.Equal("新招录人员请填写入职日期。", Decide(Draft(kind: StaffCheckKind.NewHire)).Refusal!.Message);
        Assert.Equal("只能登记本单位的从业查询。", Decide(Draft(unit: Clinic.Id), SchoolLiaison).Refusal!.Message);
        Assert.False(Decide(Draft(), SchoolLiaison).IsRefused);
    }
}
