namespace Secretariat.Web.Features.StaffChecks;

/// <summary>One 从业查询 and, for a record found, the end of the employment; the inline snapshot of its stream.</summary>
public sealed class StaffCheck
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public string UnitName { get; set; } = "";
    public string Position { get; set; } = "";
    public string StaffLabel { get; set; } = "";
    public StaffCheckKind Kind { get; set; }
    public DateOnly CheckedOn { get; set; }
    public DateOnly? StartsOn { get; set; }
    public StaffCheckResult Result { get; set; }
    public DateOnly? EndByOn { get; set; }
    public string? EndByNote { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public DateOnly? EndedOn { get; set; }
    public DateTimeOffset? EndedRecordedAt { get; set; }

    /// <summary>The person as the unit names them: 岗位 and label.</summary>
    public string Who => StaffLabel.Length > 0 ? $"{Position}（{StaffLabel}）" : Position;

    /// <summary>A new hire checked after starting work (the check must come first).</summary>
    public bool CheckedAfterStart => Kind == StaffCheckKind.NewHire && StartsOn is { } starts && CheckedOn > starts;

    public static StaffCheck Create(StaffChecked e) => new()
    {
        Id = e.CheckId, UnitId = e.UnitId, UnitName = e.UnitName, Position = e.Position, StaffLabel = e.StaffLabel, Kind = e.Kind,
        CheckedOn = e.CheckedOn, StartsOn = e.StartsOn, Result = e.Result, EndByOn = e.EndByOn, EndByNote = e.EndByNote,
        RecordedBy = e.RecordedBy, RecordedAt = e.RecordedAt
    };

    public void Apply(StaffEmploymentEnded e)
    {
        EndedOn = e.EndedOn;
        EndedRecordedAt = e.RecordedAt;
    }
}

public static class StaffCheckTexts
{
    public static string Chinese(this StaffCheckKind kind) => kind == StaffCheckKind.NewHire ? "入职前查询" : "定期查询";

    public static string Chinese(this StaffCheckResult result) => result == StaffCheckResult.NoRecord ? "无记录" : "有记录";
}
