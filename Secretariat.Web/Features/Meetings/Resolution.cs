
namespace Secretariat.Web.Features.Meetings;

public sealed record Progress(Guid Id, UnitRef Unit, string Text, StepBy By);

/// <summary>A decided matter (议定事项) and how far it has got; inline snapshot of its stream.</summary>
public sealed class Resolution
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public string MeetingTitle { get; set; } = "";
    public string MinutesNumber { get; set; } = "";
    public DateOnly MeetingDate { get; set; }

    /// <summary>The day its minutes were issued and it went to its units.</summary>
    public DateOnly IssuedOn { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public UnitRef LeadUnit { get; set; } = new(Guid.Empty, "");
    public List<UnitRef> ResponsibleUnits { get; set; } = [];

    /// <summary>Lead and responsible units' ids, for the "my unit's resolutions" queries.</summary>
    public List<Guid> UnitIds { get; set; } = [];

    public DateOnly DueOn { get; set; }
    public bool IsMajor { get; set; }
    public List<Progress> Progress { get; set; } = [];

    /// <summary>Kept as a column so the board filters 未开始 / 推进中 in the database.</summary>
    public int ProgressCount { get; set; }
    public List<MeetingStep> Timeline { get; set; } = [];
    public bool IsDone { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Evidence { get; set; }
    public Guid? CarriedToMeetingId { get; set; }
    public string? CarriedToMeetingTitle { get; set; }

    /// <summary>The body whose meeting decided it (a document from before bodies: the leading group's).</summary>
    public BodyKind Body { get; set; }

    /// <summary>The prepared matter (拟议事项) it adopted, if any.</summary>
    public Guid? OriginId { get; set; }

    public ResolutionStatus StatusOn(DateOnly today) => StatusOf(IsDone, DueOn, Progress.Count, today);

    /// <summary>The one status rule, also for counts read from the snapshot's columns without the whole document.</summary>
    public static ResolutionStatus StatusOf(bool isDone, DateOnly dueOn, int progressCount, DateOnly today) =>
        isDone ? ResolutionStatus.Done
        : today > dueOn ? ResolutionStatus.Overdue
        : progressCount > 0 ? ResolutionStatus.InProgress
        : ResolutionStatus.NotStarted;

    public bool Concerns(Guid unitId) => UnitIds.Contains(unitId);

    public static Resolution Create(ResolutionIssued e) => new()
    {
        Id = e.ResolutionId, MeetingId = e.MeetingId, MeetingTitle = e.MeetingTitle, MinutesNumber = e.MinutesNumber, MeetingDate = e.MeetingDate,
        IssuedOn = Infrastructure.Time.TownClock.ToTownDate(e.By.At), Order = e.Order, Text = e.Text, LeadUnit = e.LeadUnit, ResponsibleUnits = [.. e.ResponsibleUnits],
        UnitIds = [e.LeadUnit.Id, .. e.ResponsibleUnits.Select(u => u.Id).Where(id => id != e.LeadUnit.Id)], DueOn = e.DueOn, IsMajor = e.IsMajor,
        Body = e.Body, OriginId = e.OriginId, Timeline = [new MeetingStep($"随 {e.MinutesNumber} 印发", null, e.By)]
    };

    public void Apply(ResolutionProgressPosted e)
    {
        Progress.Add(new Progress(e.ProgressId, e.Unit, e.Text, e.By));
        ProgressCount = Progress.Count;
    }

    public void Apply(ResolutionDueExtended e)
    {
        Timeline.Add(new MeetingStep($"期限由 {DueOn:yyyy-MM-dd} 延至 {e.DueOn:yyyy-MM-dd}", e.Reason, e.By));
        DueOn = e.DueOn;
    }

    public void Apply(ResolutionCompleted e)
    {
        IsDone = true;
        DoneOn = Infrastructure.Time.TownClock.ToTownDate(e.By.At);
        Evidence = e.Evidence;
        Timeline.Add(new MeetingStep("办结", e.Evidence, e.By));
    }

    public void Apply(ResolutionCarriedOver e)
    {
        CarriedToMeetingId = e.ToMeetingId;
        CarriedToMeetingTitle = e.ToMeetingTitle;
        Timeline.Add(new MeetingStep($"列入《{e.ToMeetingTitle}》议题", null, e.By));
    }
}
