namespace Secretariat.Web.Features.Training;

/// <summary>A person was appointed child director of a village/community, or child supervisor of the town, from a day.</summary>
public sealed record ChildWorkerAppointed(
    Guid PersonId, Guid AppointmentId, string PersonName, ChildWorkerDuty Duty, Guid? UnitId, string? UnitName, DateOnly EffectiveOn,
    string Basis);

/// <summary>A child director moved from one village/community to another; the appointment (and its training clock) goes on.</summary>
public sealed record ChildWorkerTransferred(Guid PersonId, Guid AppointmentId, Guid UnitId, string UnitName, DateOnly EffectiveOn, string Basis);

/// <summary>An appointment ended (离任); the person no longer holds it from <see cref="EffectiveOn"/> (that day included).</summary>
public sealed record ChildWorkerLeft(Guid PersonId, Guid AppointmentId, DateOnly EffectiveOn, string Reason);

/// <summary>
/// What item 72 prefers and what qualification the person holds, as recorded (or corrected) by the station.
/// </summary>
public sealed record ChildWorkerProfileRecorded(
    Guid PersonId, bool IsFemaleCommitteeMember, bool IsWomensFederationChair, string? QualificationLevel, DateOnly? QualifiedOn);

/// <summary>A training session took place and was recorded, with its courses, attendees and materials.</summary>
public sealed record TrainingSessionRecorded(
    Guid SessionId, string Title, TrainingKind Kind, DateOnly StartOn, DateOnly EndOn, string Organiser, string Place,
    IReadOnlyList<Course> Courses, IReadOnlyList<Attendee> Attendees, IReadOnlyList<MaterialInfo> Materials, string RecordedBy,
    DateTimeOffset RecordedAt);

/// <summary>An appointed child director or supervisor attended a recorded session (kept on the person's own stream).</summary>
public sealed record TrainingAttended(Guid PersonId, Guid SessionId, string Title, TrainingKind Kind, DateOnly StartOn, DateOnly EndOn,
    bool Counts);

public sealed record Course(string Title, decimal Hours, bool IsChildSocialWork);

/// <summary>An attendee: an appointed person (<see cref="PersonId"/> set) or someone else by name.</summary>
public sealed record Attendee(Guid? PersonId, string Name, string? UnitName);

public sealed record MaterialInfo(Guid MaterialId, string FileName, string ContentType, long Size)
{
    /// <summary>The uploader said the material holds minors' information (附件3-3 三); false for materials from before the flag.</summary>
    public bool ContainsMinorsData { get; init; }
}
