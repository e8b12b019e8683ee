namespace Secretariat.Web.Features.StaffChecks;

/// <summary>A check as entered, before it is checked.</summary>
public sealed record StaffCheckDraft(Guid? UnitId, string? Position, string? StaffLabel, StaffCheckKind Kind, DateOnly CheckedOn, DateOnly? StartsOn,
    StaffCheckResult Result);

public static class StaffCheckDecisions
{
    public const int MaxPositionLength = 30;
    public const int MaxLabelLength = 30;

    /// <summary>附件2 第21项 (未成年人保护法 第六十二条): a record found -> the employment ends within 30 working days of the check.</summary>
    public const int WorkingDaysToEnd = 30;

    /// <summary>The day the employment must end by, on the State Council's calendar, and its note when a year had to be guessed.</summary>
    public static WorkingDayCount EndBy(DateOnly checkedOn, WorkingDayCalendar calendar) => calendar.AddWorkingDays(checkedOn, WorkingDaysToEnd);

    /// <summary>The record rule of <see cref="Capability.RecordStaffChecks"/>: every unit's, or the actor's own unit's.</summary>
    public static bool MayRecord(Actor actor, Guid unitId) => actor.CanFor(Capability.RecordStaffChecks, unitId);

    public static Decision<StaffChecked> Record(Guid id, StaffCheckDraft draft, IReadOnlyList<MemberUnit> units, Actor actor, WorkingDayCalendar calendar,
        DateTimeOffset now, DateOnly today)
    {
        if (draft.UnitId is not { } unitId || units.FirstOrDefault(u => u.Id == unitId) is not { } unit) return new Refusal("请选择查询单位。");
        var position = draft.Position?.Trim() ?? "";
        if (position.Length == 0) return new Refusal("请填写被查询人员的岗位。");
        if (position.Length > MaxPositionLength) return new Refusal($"岗位不能超过 {MaxPositionLength} 个字。");
        var label = draft.StaffLabel?.Trim() ?? "";
        if (label.Length > MaxLabelLength) return new Refusal($"人员标识不能超过 {MaxLabelLength} 个字。");
        if (draft.CheckedOn > today) return new Refusal("查询日期不能晚于今天。");
        if (draft.CheckedOn < UserDates.Earliest) return new Refusal(UserDates.OutOfRange("查询日期", today));
        DateOnly? starts = null;
        if (draft.Kind == StaffCheckKind.NewHire)
        {
            if (draft.StartsOn is not { } s) return new Refusal("新招录人员请填写入职日期。");
            if (!UserDates.InRange(s, today)) return new Refusal(UserDates.OutOfRange("入职日期", today));
            starts = s;
        }
        if (!MayRecord(actor, unit.Id)) return new Refusal("只能登记本单位的从业查询。");
        DateOnly? endBy = null;
        string? note = null;
        if (draft.Result == StaffCheckResult.RecordFound)
        {
            var count = EndBy(draft.CheckedOn, calendar);
            (endBy, note) = (count.Day, count.Note);
        }
        return new StaffChecked(id, unit.Id, unit.Name, position, label, draft.Kind, draft.CheckedOn, starts, draft.Result, endBy, note, actor.Name, now);
    }

    /// <summary>
    /// The person no longer works at the unit: dismissed after a record was found, or left (a person who left is not checked again).
    /// </summary>
    public static Decision<StaffEmploymentEnded> EndEmployment(StaffCheck check, DateOnly endedOn, Actor actor, DateTimeOffset now, DateOnly today)
    {
        if (check.EndedOn is not null) return new Refusal("已登记该人员离职或解除聘用。");
        if (!MayRecord(actor, check.UnitId)) return new Refusal("只能登记本单位的从业查询。");
        if (endedOn > today) return new Refusal("解除日期不能晚于今天。");
        if (endedOn < check.CheckedOn) return new Refusal($"解除日期不能早于查询日期（{check.CheckedOn:yyyy-MM-dd}）。");
        return new StaffEmploymentEnded(check.Id, endedOn, actor.Name, now);
    }
}
