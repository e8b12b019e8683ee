namespace Secretariat.Web.Features.Training;

public enum Requirement
{
    Onboarding,
    Rotation
}

/// <summary>已完成 / 即将到期 / 已逾期 / 不适用, plus 待完成 for a deadline more than the warning window away.</summary>
public enum RequirementState
{
    Done,
    DueSoon,
    Overdue,
    Pending,
    NotApplicable
}

public sealed record RequirementStatus(RequirementState State, DateOnly? DueOn, DateOnly? MetOn, string Explanation)
{
    /// <summary>Met, but after the due day.</summary>
    public bool MetLate => State == RequirementState.Done && MetOn > DueOn;

    public static RequirementStatus NotApplicable(string why) => new(RequirementState.NotApplicable, null, null, why);
}

/// <summary>One requirement of one appointment: its onboarding, or its rotation in one calendar year.</summary>
public sealed record Obligation(Guid AppointmentId, Requirement Requirement, int? Year, RequirementStatus Status);

/// <summary>Where a person stands on both requirements on a day.</summary>
public sealed record TrainingStatus(Appointment? Appointment, RequirementStatus Onboarding, RequirementStatus Rotation);

/// <summary>
/// R6 on the Asia/Shanghai calendar: onboarding within 3 months of appointment (same day-of-month, clamped to the
/// month's end), rotation at least once per calendar year from the year after appointment; only sessions whose
/// child-social-work share is at least half count. A transfer keeps the clock; leaving stops it; re-appointment
/// starts a new one.
/// </summary>
public static class TrainingDeadlines
{
    public const int DefaultDueSoonDays = 30;

    /// <summary>DateOnly.AddMonths clamps to the month's last day: 2021-11-30 -> 2022-02-28, 2023-11-30 -> 2024-02-29.</summary>
    public static DateOnly OnboardingDue(DateOnly appointedOn) => appointedOn.AddMonths(3);

    public static TrainingStatus StatusOf(ChildWorker worker, DateOnly asOf, int dueSoonDays = DefaultDueSoonDays)
    {
        var appointment = worker.AppointmentOn(asOf);
        if (appointment is null)
        {
            var why = worker.Appointments.Any(a => a.From > asOf) ? "尚未到任" : "已离任";
            return new TrainingStatus(null, RequirementStatus.NotApplicable(why), RequirementStatus.NotApplicable(why));
        }
        return new TrainingStatus(appointment, Onboarding(appointment, worker.Attended, asOf, dueSoonDays),
            Rotation(appointment, worker.Attended, asOf, dueSoonDays));
    }

    public static RequirementStatus Onboarding(Appointment appointment, IReadOnlyList<Attendance> attended, DateOnly asOf,
        int dueSoonDays = DefaultDueSoonDays)
    {
        var due = OnboardingDue(appointment.From);
        var met = attended
            .Where(a => a.Counts && a.Kind is TrainingKind.Onboarding or TrainingKind.Rotation)
            .Where(a => a.EndOn >= appointment.From && a.EndOn <= asOf && (appointment.Until is null || a.StartOn < appointment.Until))
            .MinBy(a => a.EndOn);
        if (met is not null)
        {
            var late = met.EndOn > due ? $"（逾期 {met.EndOn.DayNumber - due.DayNumber} 天完成）" : "";
            return new RequirementStatus(RequirementState.Done, due, met.EndOn, $"{met.EndOn:yyyy-MM-dd} 参加《{met.Title}》{late}");
        }
        return Pending(due, asOf, dueSoonDays, "入职培训");
    }

    public static RequirementStatus Rotation(Appointment appointment, IReadOnlyList<Attendance> attended, DateOnly asOf,
        int dueSoonDays = DefaultDueSoonDays)
    {
        var firstYear = appointment.From.Year + 1;
        if (asOf.Year < firstYear) return RequirementStatus.NotApplicable($"任职当年以入职培训为准，{firstYear} 年起每年轮训");
        var thisYear = RotationIn(appointment, attended, asOf.Year, asOf);
        if (thisYear is not null) return Done(asOf.Year, thisYear);
        var lastYear = asOf.Year - 1;
        if (lastYear >= firstYear && RotationIn(appointment, attended, lastYear, asOf) is null)
            return new RequirementStatus(RequirementState.Overdue, new DateOnly(lastYear, 12, 31), null,
                $"{lastYear} 年度未参加轮训；{asOf.Year} 年参加后恢复");
        return Pending(new DateOnly(asOf.Year, 12, 31), asOf, dueSoonDays, $"{asOf.Year} 年度轮训");
    }

    /// <summary>Every requirement an appointment has had up to a day, for the person's page and the ledger's history.</summary>
    public static IReadOnlyList<Obligation> Obligations(ChildWorker worker, DateOnly asOf, int dueSoonDays = DefaultDueSoonDays)
    {
        var obligations = new List<Obligation>();
        foreach (var appointment in worker.Appointments.Where(a => a.From <= asOf))
        {
            var lastDay = appointment.Until is { } until && until.AddDays(-1) < asOf ? until.AddDays(-1) : asOf;
            var onboarding = Onboarding(appointment, worker.Attended, lastDay, dueSoonDays);
            if (onboarding.State != RequirementState.Done && appointment.Until is { } left && left <= asOf && left <= onboarding.DueOn)
                onboarding = RequirementStatus.NotApplicable($"{left:yyyy-MM-dd} 离任，期限前不再要求");
            obligations.Add(new Obligation(appointment.Id, Requirement.Onboarding, null, onboarding));
            for (var year = appointment.From.Year + 1; year <= lastDay.Year; year++)
            {
                var yearEnd = new DateOnly(year, 12, 31);
                var met = RotationIn(appointment, worker.Attended, year, lastDay);
                RequirementStatus status;
                if (met is not null) status = Done(year, met);
                else if (year < lastDay.Year) status = new RequirementStatus(RequirementState.Overdue, yearEnd, null, $"{year} 年度未参加轮训");
                else if (appointment.Until is { } ended && ended <= yearEnd && ended <= asOf)
                    status = RequirementStatus.NotApplicable($"{ended:yyyy-MM-dd} 离任，当年不再要求");
                else status = Pending(yearEnd, asOf, dueSoonDays, $"{year} 年度轮训");
                obligations.Add(new Obligation(appointment.Id, Requirement.Rotation, year, status));
            }
        }
        return obligations;
    }

    private static Attendance? RotationIn(Appointment appointment, IReadOnlyList<Attendance> attended, int year, DateOnly asOf) =>
        attended.Where(a => a.Counts && a.EndOn.Year == year && a.EndOn <= asOf && a.EndOn >= appointment.From)
            .MinBy(a => a.EndOn);

    private static RequirementStatus Done(int year, Attendance met) =>
        new(RequirementState.Done, new DateOnly(year, 12, 31), met.EndOn, $"{met.EndOn:yyyy-MM-dd} 参加《{met.Title}》");

    private static RequirementStatus Pending(DateOnly due, DateOnly asOf, int dueSoonDays, string what)
    {
        var daysLeft = due.DayNumber - asOf.DayNumber;
        if (daysLeft < 0) return new RequirementStatus(RequirementState.Overdue, due, null, $"{what}应于 {due:yyyy-MM-dd} 前完成，已逾期 {-daysLeft} 天");
        if (daysLeft <= dueSoonDays)
            return new RequirementStatus(RequirementState.DueSoon, due, null, $"{what}须于 {due:yyyy-MM-dd} 前完成，还剩 {daysLeft} 天");
        return new RequirementStatus(RequirementState.Pending, due, null, $"{what}须于 {due:yyyy-MM-dd} 前完成");
    }

    public static string Chinese(this RequirementState state) => state switch
    {
        RequirementState.Done => "已完成",
        RequirementState.DueSoon => "即将到期",
        RequirementState.Overdue => "已逾期",
        RequirementState.Pending => "待完成",
        RequirementState.NotApplicable => "不适用",
        _ => state.ToString()
    };

    public static string CssClass(this RequirementState state) => state switch
    {
        RequirementState.Done => "state-done",
        RequirementState.DueSoon => "state-due-soon",
        RequirementState.Overdue => "state-overdue",
        RequirementState.Pending => "state-pending",
        _ => "state-na"
    };
}
