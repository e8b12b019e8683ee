
namespace Secretariat.Web.Features.Reports;

/// <summary>One saved version of the report; a submitted one carries its frozen facts and is never changed again.</summary>
public sealed record ReportVersion(int Number, Dictionary<string, string> Sections, Dictionary<string, string> Notes, StepBy SavedBy)
{
    public StepBy? SubmittedBy { get; init; }
    public ReportFacts? Facts { get; init; }

    public bool IsSubmitted => SubmittedBy is not null;

    public string Section(string key) => Sections.GetValueOrDefault(key, "");

    public string Note(string key) => Notes.GetValueOrDefault(key, "");
}

public sealed record ReportStep(string What, string? Comment, StepBy By);

/// <summary>
/// The semiannual report (半年汇报) of one half-year: every version, its status and its way through the office. The
/// aggregate the decisions read and the inline snapshot the pages read; its stream version guards stale saves.
/// </summary>
public sealed class SemiannualReport
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Duplicated as a column: the list reads a year's reports.</summary>
    public int Year { get; set; }

    public HalfYear Half { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public ReportStatus Status { get; set; }
    public StepBy CreatedBy { get; set; } = default!;
    public DateOnly? SubmittedOn { get; set; }
    public string? ReturnComment { get; set; }
    public Guid? TabledMeetingId { get; set; }
    public string? TabledMeetingTitle { get; set; }
    public List<ReportVersion> Versions { get; set; } = [];
    public List<ReportStep> Timeline { get; set; } = [];

    public ReportVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>The version a new save starts from while it is still a draft (returned: the next save is a new version).</summary>
    public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;

    public static SemiannualReport Create(ReportCreated e) => new()
    {
        Id = e.ReportId, Year = e.Year, Half = e.Half, DueOn = e.DueOn, Status = ReportStatus.Draft, CreatedBy = e.By,
        Timeline = [new ReportStep("创建草稿", null, e.By)]
    };

    public void Apply(ReportDraftSaved e)
    {
        Versions.Add(new ReportVersion(e.VersionNumber, new Dictionary<string, string>(e.Sections), new Dictionary<string, string>(e.Notes), e.By));
        Timeline.Add(new ReportStep($"保存第 {e.VersionNumber} 版", null, e.By));
    }

    public void Apply(ReportSubmitted e)
    {
        var index = Versions.FindIndex(v => v.Number == e.VersionNumber);
        if (index >= 0) Versions[index] = Versions[index] with { SubmittedBy = e.By, Facts = e.Facts };
        Status = ReportStatus.Submitted;
        SubmittedOn = Infrastructure.Time.TownClock.ToTownDate(e.By.At);
        ReturnComment = null;
        ReceivedOn = null;
        Timeline.Add(new ReportStep($"站长报送第 {e.VersionNumber} 版", null, e.By));
    }

    public void Apply(ReportReceived e)
    {
        Status = ReportStatus.Received;
        ReceivedOn = e.ReceivedOn;
        Timeline.Add(new ReportStep($"办公室签收（{e.ReceivedOn:yyyy-MM-dd}）", null, e.By));
    }

    public void Apply(ReportReturned e)
    {
        Status = ReportStatus.Returned;
        ReturnComment = e.Comment;
        Timeline.Add(new ReportStep("退回修改", e.Comment, e.By));
    }

    public void Apply(ReportTabled e)
    {
        TabledMeetingId = e.MeetingId;
        TabledMeetingTitle = e.MeetingTitle;
        Timeline.Add(new ReportStep($"列入《{e.MeetingTitle}》议题", null, e.By));
    }
}
