using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Station;

/// <summary>A member unit's liaison raised a topic (议题) to the work station (附件3 四: units raise topics to the station in time).</summary>
public sealed record TopicRaised(Guid TopicId, UnitRef Unit, string Title, string Ask, Guid? AttachmentId, string? AttachmentName,
    bool AttachmentContainsMinorsData, StepBy By);

/// <summary>The station put the topic on one of its meetings (an agenda item of that meeting, in the same transaction).</summary>
public sealed record TopicScheduled(Guid TopicId, Guid MeetingId, string MeetingTitle, DateOnly MeetingDate, StepBy By);

/// <summary>The station merged the topic into another one that answers it.</summary>
public sealed record TopicMerged(Guid TopicId, Guid IntoTopicId, string IntoTitle, StepBy By);

/// <summary>The station answered why the topic goes on no meeting.</summary>
public sealed record TopicDeclined(Guid TopicId, string Reason, StepBy By);

/// <summary>
/// The station drafted a matter for the leading group to decide (拟议事项, 正文 五(三)): from one of its meetings (and the topic that
/// meeting heard) or on its own.
/// </summary>
public sealed record DraftResolutionPrepared(Guid DraftId, string Text, UnitRef LeadUnit, IReadOnlyList<UnitRef> ResponsibleUnits, DateOnly DueOn,
    Guid? FromMeetingId, string? FromMeetingTitle, string? FromMinutesNumber, Guid? TopicId, string? TopicTitle, StepBy By);

/// <summary>The office put the draft on a leading-group meeting's agenda (the meeting's item carries it as a prepared matter).</summary>
public sealed record DraftResolutionTabled(Guid DraftId, Guid MeetingId, string MeetingTitle, DateOnly MeetingDate, StepBy By);

/// <summary>A task handed to the station (交办, 附件3-2 八): by the 组长 or by the district (a 批示), with its due date.</summary>
public sealed record AssignedTaskRecorded(Guid TaskId, AssignedTaskSource Source, string AssignedBy, string? Reference, string Text,
    DateOnly AssignedOn, DateOnly DueOn, StepBy By);

public sealed record AssignedTaskProgressed(Guid TaskId, Guid ProgressId, string Text, StepBy By);

public sealed record AssignedTaskCompleted(Guid TaskId, string Evidence, StepBy By);

public enum AssignedTaskSource
{
    /// <summary>The 组长 of the leading group.</summary>
    Leader,

    /// <summary>The district (区未保办), e.g. a 批示.</summary>
    District
}
