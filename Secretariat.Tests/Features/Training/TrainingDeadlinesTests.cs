using Secretariat.Web.Features.Training;

namespace Secretariat.Tests.Features.Training;

public class TrainingDeadlinesTests
{
    private static readonly Guid Village = Guid.NewGuid();
    private static readonly Guid OtherVillage = Guid.NewGuid();

    private static ChildWorker AppointedOn(string date, ChildWorkerDuty duty = ChildWorkerDuty.ChildDirector) =>
        ChildWorker.Create(new ChildWorkerAppointed(Guid.NewGuid(), Guid.NewGuid(), "王芳", duty, Village, "建设村", D(date), "任命文件"));

    private static DateOnly D(string date) => DateOnly.Parse(date);

    private static List<Course> Courses(decimal childSocialWork, decimal other) =>
    [
        new("儿童保护政策", childSocialWork, true),
        new("其他", other, false)
    ];

    private static void Attend(ChildWorker worker, string endOn, TrainingKind kind = TrainingKind.Onboarding, bool counts = true) =>
        worker.Apply(new TrainingAttended(worker.Id, Guid.NewGuid(), "培训", kind, D(endOn), D(endOn), counts));

    [Theory]
    [InlineData("2021-11-30", "2022-02-28")]
    [InlineData("2023-11-30", "2024-02-29")] // leap year
    [InlineData("2023-11-29", "2024-02-29")]
    [InlineData("2024-01-31", "2024-04-30")]
    [InlineData("2022-01-28", "2022-04-28")]
    [InlineData("2024-12-31", "2025-03-31")]
    public void Onboarding_is_due_three_months_later_clamped_to_the_months_end(string appointed, string due) =>
        Assert.Equal(D(due), TrainingDeadlines.OnboardingDue(D(appointed)));

    [Fact]
    public void Onboarding_is_pending_then_due_soon_within_30_days_then_overdue()
    {
        var worker = AppointedOn("2021-11-30");
        Assert.Equal(RequirementState.Pending, TrainingDeadlines.StatusOf(worker, D("2022-01-28")).Onboarding.State);
        Assert.Equal(RequirementState.DueSoon, TrainingDeadlines.StatusOf(worker, D("2022-01-29")).Onboarding.State);
        Assert.Equal(RequirementState.DueSoon, TrainingDeadlines.StatusOf(worker, D("2022-02-28")).Onboarding.State);
        var overdue = TrainingDeadlines.StatusOf(worker, D("2022-03-01")).Onboarding;
        Assert.Equal(RequirementState.Overdue, overdue.State);
        Assert.Equal(D("2022-02-28"), overdue.DueOn);
    }

    [Fact]
    public void A_session_on_the_due_day_counts()
    {
        var worker = AppointedOn("2023-11-30");
        Attend(worker, "2024-02-29");
        var status = TrainingDeadlines.StatusOf(worker, D("2024-03-15")).Onboarding;
        Assert.Equal(RequirementState.Done, status.State);
        Assert.False(status.MetLate);
        Assert.Equal(D("2024-02-29"), status.MetOn);
    }

    [Fact]
    public void A_session_the_day_after_the_due_day_is_a_late_completion()
    {
        var worker = AppointedOn("2023-11-30");
        Assert.Equal(RequirementState.Overdue, TrainingDeadlines.StatusOf(worker, D("2024-03-01")).Onboarding.State);
        Attend(worker, "2024-03-01");
        var status = TrainingDeadlines.StatusOf(worker, D("2024-03-01")).Onboarding;
        Assert.Equal(RequirementState.Done, status.State);
        Assert.True(status.MetLate);
        Assert.Contains("逾期 1 天完成", status.Explanation);
    }

    [Fact]
    public void A_session_under_half_child_social_work_does_not_count()
    {
        Assert.False(CourseShare.Counts(Courses(4.5m, 5)));
        Assert.True(CourseShare.Counts(Courses(5, 5)));
        Assert.Contains("低于 50%", CourseShare.Explain(Courses(4, 6)));

        var worker = AppointedOn("2026-01-10");
        Attend(worker, "2026-02-01", counts: false);
        Assert.Equal(RequirementState.Overdue, TrainingDeadlines.StatusOf(worker, D("2026-04-11")).Onboarding.State);
    }

    [Fact]
    public void A_rotation_session_also_meets_onboarding_but_another_kind_does_not()
    {
        var worker = AppointedOn("2026-01-10");
        Attend(worker, "2026-02-01", TrainingKind.Other);
        Assert.NotEqual(RequirementState.Done, TrainingDeadlines.StatusOf(worker, D("2026-03-01")).Onboarding.State);
        Attend(worker, "2026-03-02", TrainingKind.Rotation);
        Assert.Equal(RequirementState.Done, TrainingDeadlines.StatusOf(worker, D("2026-03-02")).Onboarding.State);
    }

    [Fact]
    public void A_transfer_does_not_restart_the_onboarding_clock()
    {
        var worker = AppointedOn("2026-01-10");
        var decided = ChildWorkerDecisions.Transfer(worker, new MemberUnit { Id = OtherVillage, Name = "新合村", Kind = UnitKind.Village },
            D("2026-02-01"), "");
        worker.Apply(decided.Event!);
        var status = TrainingDeadlines.StatusOf(worker, D("2026-04-11"));
        Assert.Equal(RequirementState.Overdue, status.Onboarding.State);
        Assert.Equal(D("2026-04-10"), status.Onboarding.DueOn);
        Assert.Equal("新合村", status.Appointment!.PostingOn(D("2026-04-11")).UnitName);
    }

    [Fact]
    public void Leaving_stops_the_clock_and_re_appointment_starts_a_new_one()
    {
        var worker = AppointedOn("2025-01-10");
        worker.Apply(ChildWorkerDecisions.Leave(worker, D("2025-03-01"), "换届").Event!);
        Assert.Equal(RequirementState.NotApplicable, TrainingDeadlines.StatusOf(worker, D("2025-05-01")).Onboarding.State);
        // The onboarding of the ended appointment is not counted against them: they left before its due day.
        Assert.Equal(RequirementState.NotApplicable, TrainingDeadlines.Obligations(worker, D("2025-05-01")).Single().Status.State);

        Attend(worker, "2025-02-01"); // during the first appointment
        var again = ChildWorkerDecisions.Appoint(worker, [worker], worker.Id, Guid.NewGuid(), null, ChildWorkerDuty.ChildDirector,
            new MemberUnit { Id = Village, Name = "建设村", Kind = UnitKind.Village }, D("2025-06-15"), "");
        worker.Apply(again.Event!);
        var status = TrainingDeadlines.StatusOf(worker, D("2025-08-01")).Onboarding;
        Assert.Equal(RequirementState.Pending, status.State);
        Assert.Equal(D("2025-09-15"), status.DueOn);
        Assert.Equal(RequirementState.Overdue, TrainingDeadlines.StatusOf(worker, D("2025-09-16")).Onboarding.State);
    }

    [Fact]
    public void Rotation_applies_from_the_year_after_appointment_once_per_calendar_year()
    {
        var worker = AppointedOn("2022-01-28");
        Assert.Equal(RequirementState.NotApplicable, TrainingDeadlines.StatusOf(worker, D("2022-12-15")).Rotation.State);
        Assert.Equal(RequirementState.Pending, TrainingDeadlines.StatusOf(worker, D("2023-06-01")).Rotation.State);
        Assert.Equal(RequirementState.DueSoon, TrainingDeadlines.StatusOf(worker, D("2023-12-01")).Rotation.State);
        Attend(worker, "2023-12-31", TrainingKind.Rotation);
        Assert.Equal(RequirementState.Done, TrainingDeadlines.StatusOf(worker, D("2023-12-31")).Rotation.State);
        // 2024 was missed: overdue in 2025 until a session is attended that year.
        var missed = TrainingDeadlines.StatusOf(worker, D("2025-01-01")).Rotation;
        Assert.Equal(RequirementState.Overdue, missed.State);
        Assert.Contains("2024 年度未参加轮训", missed.Explanation);
        Attend(worker, "2025-03-01", TrainingKind.Rotation, counts: false);
        Assert.Equal(RequirementState.Overdue, TrainingDeadlines.StatusOf(worker, D("2025-03-02")).Rotation.State);
        Attend(worker, "2025-04-01", TrainingKind.Rotation);
        Assert.Equal(RequirementState.Done, TrainingDeadlines.StatusOf(worker, D("2025-04-02")).Rotation.State);

        var years = TrainingDeadlines.Obligations(worker, D("2025-04-02")).Where(o => o.Requirement == Requirement.Rotation)
            .ToDictionary(o => o.Year!.Value, o => o.Status.State);
        Assert.Equal(RequirementState.Done, years[2023]);
        Assert.Equal(RequirementState.Overdue, years[2024]);
        Assert.Equal(RequirementState.Done, years[2025]);
    }

    [Fact]
    public void Someone_not_yet_appointed_or_gone_has_nothing_applicable()
    {
        var worker = AppointedOn("2026-05-01");
        var before = TrainingDeadlines.StatusOf(worker, D("2026-04-30"));
        Assert.Equal(RequirementState.NotApplicable, before.Onboarding.State);
        Assert.Equal("尚未到任", before.Onboarding.Explanation);
    }

    [Fact]
    public void The_app_checks_item_72_from_the_coverage_table() =>
        Assert.False(DirectorInEveryVillageCheck.Outcome(new(2026, 12, 1), []).Passed);
}
