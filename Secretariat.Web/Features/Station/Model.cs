using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Station;

public enum TopicStatus
{
    /// <summary>Raised, not answered yet.</summary>
    Open,
    Scheduled,
    Merged,
    Declined
}

/// <summary>A topic (议题) a unit raised to the station, and the station's answer; inline snapshot of its stream.</summary>
public sealed class Topic
{
    public Guid Id { get; set; }
    public UnitRef Unit { get; set; } = new(Guid.Empty, "");
    public Guid UnitId { get; set; }
    public string Title { get; set; } = "";
    public string Ask { get; set; } = "";
    public Guid? AttachmentId { get; set; }
    public string? AttachmentName { get; set; }
    public bool AttachmentContainsMinorsData { get; set; }
    public StepBy RaisedBy { get; set; } = new(Guid.Empty, "", default);

    /// <summary>The day it was raised on the town's calendar (a column: the 30-day reminder and the half-year count read it).</summary>
    public DateOnly RaisedOn { get; set; }

    public TopicStatus Status { get; set; }

    /// <summary>The day the station answered (scheduled, merged or declined); null while open.</summary>
    public DateOnly? AnsweredOn { get; set; }

    public Guid? MeetingId { get; set; }
    public string? MeetingTitle { get; set; }
    public DateOnly? MeetingDate { get; set; }
    public Guid? MergedIntoId { get; set; }
    public string? MergedIntoTitle { get; set; }
    public string? DeclineReason { get; set; }
    public StepBy? AnsweredBy { get; set; }

    public static Topic Create(TopicRaised e) => new()
    {
        Id = e.TopicId, Unit = e.Unit, UnitId = e.Unit.Id, Title = e.Title, Ask = e.Ask, AttachmentId = e.AttachmentId, AttachmentName = e.AttachmentName,
        AttachmentContainsMinorsData = e.AttachmentContainsMinorsData, RaisedBy = e.By, RaisedOn = e.By.At.ToTownDate()
    };

    public void Apply(TopicScheduled e)
    {
        (Status, MeetingId, MeetingTitle, MeetingDate) = (TopicStatus.Scheduled, e.MeetingId, e.MeetingTitle, e.MeetingDate);
        Answered(e.By);
    }

    public void Apply(TopicMerged e)
    {
        (Status, MergedIntoId, MergedIntoTitle) = (TopicStatus.Merged, e.IntoTopicId, e.IntoTitle);
        Answered(e.By);
    }

    public void Apply(TopicDeclined e)
    {
        (Status, DeclineReason) = (TopicStatus.Declined, e.Reason);
        Answered(e.By);
    }

    private void Answered(StepBy by)
    {
        AnsweredBy = by;
        AnsweredOn = by.At.ToTownDate();
    }

    /// <summary>The station's answer in one sentence, as the unit reads it.</summary>
    public string Answer => Status switch
    {
        TopicStatus.Scheduled => $"已列入《{MeetingTitle}》（{MeetingDate:yyyy-MM-dd}）议程",
        TopicStatus.Merged => $"已并入议题“{MergedIntoTitle}”一并研究",
        TopicStatus.Declined => $"暂不上会：{DeclineReason}",
        _ => "待工作站答复"
    };
}

/// <summary>A matter the station prepared for the leading group to decide (拟议事项), and where it went; inline snapshot.</summary>
public sealed class DraftResolution
{
    public Guid Id { get; set; }
    public string Text { get; set; } = "";
    public UnitRef LeadUnit { get; set; } = new(Guid.Empty, "");
    public List<UnitRef> ResponsibleUnits { get; set; } = [];
    public DateOnly DueOn { get; set; }
    public Guid? FromMeetingId { get; set; }
    public string? FromMeetingTitle { get; set; }
    public string? FromMinutesNumber { get; set; }
    public Guid? TopicId { get; set; }
    public string? TopicTitle { get; set; }
    public StepBy PreparedBy { get; set; } = new(Guid.Empty, "", default);
    public DateOnly PreparedOn { get; set; }
    public Guid? TabledMeetingId { get; set; }
    public string? TabledMeetingTitle { get; set; }
    public DateOnly? TabledMeetingDate { get; set; }

    public static DraftResolution Create(DraftResolutionPrepared e) => new()
    {
        Id = e.DraftId, Text = e.Text, LeadUnit = e.LeadUnit, ResponsibleUnits = [.. e.ResponsibleUnits], DueOn = e.DueOn, FromMeetingId = e.FromMeetingId,
        FromMeetingTitle = e.FromMeetingTitle, FromMinutesNumber = e.FromMinutesNumber, TopicId = e.TopicId, TopicTitle = e.TopicTitle, PreparedBy = e.By,
        PreparedOn = e.By.At.ToTownDate()
    };

    public void Apply(DraftResolutionTabled e) => (TabledMeetingId, TabledMeetingTitle, TabledMeetingDate) = (e.MeetingId, e.MeetingTitle, e.MeetingDate);

    /// <summary>What the leading group's minutes start a resolution from when the draft is on its agenda.</summary>
    public PreparedMatter ToPrepared() => new(Id, Text, LeadUnit.Id, ResponsibleUnits.Select(u => u.Id).ToList(), DueOn);
}

public sealed record TaskProgress(Guid Id, string Text, StepBy By);

/// <summary>A task handed to the station (交办) and how far it has got; inline snapshot.</summary>
public sealed class AssignedTask
{
    public Guid Id { get; set; }
    public AssignedTaskSource Source { get; set; }
    public string AssignedBy { get; set; } = "";
    public string? Reference { get; set; }
    public string Text { get; set; } = "";
    public DateOnly AssignedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public List<TaskProgress> Progress { get; set; } = [];
    public bool IsDone { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Evidence { get; set; }
    public StepBy RecordedBy { get; set; } = new(Guid.Empty, "", default);

    public static AssignedTask Create(AssignedTaskRecorded e) => new()
    {
        Id = e.TaskId, Source = e.Source, AssignedBy = e.AssignedBy, Reference = e.Reference, Text = e.Text, AssignedOn = e.AssignedOn, DueOn = e.DueOn,
        RecordedBy = e.By
    };

    public void Apply(AssignedTaskProgressed e) => Progress.Add(new TaskProgress(e.ProgressId, e.Text, e.By));

    public void Apply(AssignedTaskCompleted e)
    {
        IsDone = true;
        DoneOn = e.By.At.ToTownDate();
        Evidence = e.Evidence;
    }

    /// <summary>The same four states as a decided matter's.</summary>
    public ResolutionStatus StatusOn(DateOnly today) => Resolution.StatusOf(IsDone, DueOn, Progress.Count, today);
}

public static class StationNames
{
    public static string Chinese(this TopicStatus status) => status switch
    {
        TopicStatus.Open => "待答复",
        TopicStatus.Scheduled => "已上会",
        TopicStatus.Merged => "已合并",
        TopicStatus.Declined => "暂不上会",
        _ => status.ToString()
    };

    public static string Chinese(this AssignedTaskSource source) => source == AssignedTaskSource.Leader ? "组长交办" : "区级交办（批示）";
}
