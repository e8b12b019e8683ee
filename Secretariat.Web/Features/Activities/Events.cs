namespace Secretariat.Web.Features.Activities;

/// <summary>
/// The kinds of activity the station's 展示墙 (附件3 五(二)) and 附件2 record: 第25项 家长学校、家庭教育指导; 第34、63项 法治宣传;
/// 心理健康; 培训; 第35项 公益广告; 其他.
/// </summary>
public enum ActivityKind
{
    ParentSchool,
    LawPublicity,
    MentalHealth,
    Training,
    PublicServiceAd,
    Other
}

/// <summary>A photo of an activity: its metadata (the content is a stored file beside the event, never in it).</summary>
/// <param name="ShowsMinors">The uploader said it shows minors (附件3-3 三): then it is evidence only with a consent record.</param>
public sealed record ActivityPhoto(Guid FileId, string FileName, string ContentType, long Size, bool ShowsMinors);

/// <summary>
/// An activity took place and was recorded: what, when, in which village or community (none: town-wide), which member unit organised it,
/// how many took part, its photos, and the guardians' consent record for photos showing minors (e.g. 监护人书面同意书 12 份，存村委会).
/// </summary>
public sealed record ActivityRecorded(
    Guid ActivityId, ActivityKind Kind, string Title, DateOnly HeldOn, Guid? VillageId, string? VillageName, Guid OrganiserId, string OrganiserName,
    string Place, int Participants, IReadOnlyList<ActivityPhoto> Photos, string? ConsentRecord, string RecordedBy, DateTimeOffset RecordedAt);
