namespace Secretariat.Web.Features.StaffChecks;

/// <summary>Why a person was checked (附件2 第21项: 新招录人员入职前查询, 在职人员定期查询).</summary>
public enum StaffCheckKind
{
    NewHire,
    Periodic
}

/// <summary>What the 从业查询 returned: no record of 性侵害、虐待、拐卖、暴力伤害等违法犯罪, or a record.</summary>
public enum StaffCheckResult
{
    NoRecord,
    RecordFound
}

/// <summary>
/// A unit that employs people in close contact with minors checked one of its staff (附件2 第21项, 未成年人保护法 第六十二条). The person is
/// named by the unit's own label (岗位 and 工号 or initials), never a minor's data. A new hire's starting day is kept to show the check came
/// first; a record found sets the day the employment must end by: 30 working days after the check on the State Council's calendar.
/// </summary>
public sealed record StaffChecked(
    Guid CheckId, Guid UnitId, string UnitName, string Position, string StaffLabel, StaffCheckKind Kind, DateOnly CheckedOn, DateOnly? StartsOn,
    StaffCheckResult Result, DateOnly? EndByOn, string? EndByNote, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The person no longer works at the unit from a day: dismissed after a record was found (解除聘用), or left (离职).</summary>
public sealed record StaffEmploymentEnded(Guid CheckId, DateOnly EndedOn, string RecordedBy, DateTimeOffset RecordedAt);
