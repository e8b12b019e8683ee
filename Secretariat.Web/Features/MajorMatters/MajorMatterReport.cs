namespace Secretariat.Web.Features.MajorMatters;

/// <summary>One step of a report's chain, as both sides read it.</summary>
public sealed record MajorMatterStep(string What, string? Comment, StepBy By);

public sealed record InstructionProgress(Guid Id, string Unit, string Text, StepBy By);

public enum MajorMatterState
{
    /// <summary>待签收</summary>
    Reported,
    /// <summary>已签收 (no instruction)</summary>
    SignedFor,
    /// <summary>批示落实中</summary>
    Instructed,
    /// <summary>批示逾期</summary>
    Overdue,
    /// <summary>批示已办结</summary>
    Done
}

/// <summary>A major matter's report to the district and what came of it: 报区 → 签收 → 批示 → 落实 → 办结; inline snapshot of its stream.</summary>
public sealed class MajorMatterReport
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    public Guid ResolutionId { get; set; }
    public string Text { get; set; } = "";
    public string ResolutionText { get; set; } = "";
    public Guid MeetingId { get; set; }
    public string MeetingTitle { get; set; } = "";
    public string MinutesNumber { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public StepBy ReportedBy { get; set; } = new(Guid.Empty, "", default);
    public DateOnly ReportedOn { get; set; }

    public DateOnly? SignedOn { get; set; }
    public StepBy? SignedBy { get; set; }

    public string? Instruction { get; set; }
    public DateOnly? InstructionDueOn { get; set; }
    public StepBy? InstructedBy { get; set; }
    public List<InstructionProgress> Progress { get; set; } = [];

    public bool IsDone { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Evidence { get; set; }
    public List<MajorMatterStep> Timeline { get; set; } = [];

    public bool IsSignedFor => SignedOn is not null;
    public bool HasInstruction => Instruction is not null;

    public MajorMatterState StateOn(DateOnly today) =>
        IsDone ? MajorMatterState.Done
        : InstructionDueOn is { } due && today > due ? MajorMatterState.Overdue
        : HasInstruction ? MajorMatterState.Instructed
        : IsSignedFor ? MajorMatterState.SignedFor
        : MajorMatterState.Reported;

    public static MajorMatterReport Create(MajorMatterReported e) => new()
    {
        Id = e.ReportId, Number = e.Number, Year = e.Year, Sequence = e.Sequence, ResolutionId = e.ResolutionId, Text = e.Text,
        ResolutionText = e.ResolutionText, MeetingId = e.MeetingId, MeetingTitle = e.MeetingTitle, MinutesNumber = e.MinutesNumber,
        DueOn = e.DueOn, ReportedBy = e.By, ReportedOn = e.By.At.ToTownDate(),
        Timeline = [new MajorMatterStep($"以 {e.Number} 报区未保办", null, e.By)]
    };

    public void Apply(MajorMatterSignedFor e)
    {
        SignedOn = e.SignedOn;
        SignedBy = e.By;
        Timeline.Add(new MajorMatterStep($"区未保办于 {e.SignedOn:yyyy-MM-dd} 签收", null, e.By));
    }

    public void Apply(InstructionGiven e)
    {
        Instruction = e.Text;
        InstructionDueOn = e.DueOn;
        InstructedBy = e.By;
        Timeline.Add(new MajorMatterStep($"区未保办批示，限 {e.DueOn:yyyy-MM-dd} 前办结", e.Text, e.By));
    }

    public void Apply(InstructionProgressReported e)
    {
        Progress.Add(new InstructionProgress(e.ProgressId, e.Unit, e.Text, e.By));
        Timeline.Add(new MajorMatterStep($"报送落实情况（{e.Unit}）", e.Text, e.By));
    }

    public void Apply(InstructionDone e)
    {
        IsDone = true;
        DoneOn = e.By.At.ToTownDate();
        Evidence = e.Evidence;
        Timeline.Add(new MajorMatterStep("批示办结", e.Evidence, e.By));
    }
}

public static class MajorMatterNames
{
    public static string Chinese(this MajorMatterState state) => state switch
    {
        MajorMatterState.Reported => "待签收",
        MajorMatterState.SignedFor => "已签收",
        MajorMatterState.Instructed => "批示落实中",
        MajorMatterState.Overdue => "批示逾期",
        MajorMatterState.Done => "批示已办结",
        _ => state.ToString()
    };

    public static string CssClass(this MajorMatterState state) => state switch
    {
        MajorMatterState.Overdue => "status-overdue",
        MajorMatterState.Done => "status-done",
        _ => "status-open"
    };
}
