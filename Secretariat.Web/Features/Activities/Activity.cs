namespace Secretariat.Web.Features.Activities;

/// <summary>A recorded activity; the inline snapshot of its stream.</summary>
public sealed class Activity
{
    public Guid Id { get; set; }
    public ActivityKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public Guid? VillageId { get; set; }
    public string? VillageName { get; set; }
    public Guid OrganiserId { get; set; }
    public string OrganiserName { get; set; } = "";
    public string Place { get; set; } = "";
    public int Participants { get; set; }
    public List<ActivityPhoto> Photos { get; set; } = [];
    public string? ConsentRecord { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>A photo is evidence unless it shows minors without a consent record (附件3-3 三: 尊重隐私).</summary>
    public bool IsEvidence(ActivityPhoto photo) => !photo.ShowsMinors || !string.IsNullOrWhiteSpace(ConsentRecord);

    public int EvidencePhotos => Photos.Count(IsEvidence);

    public static Activity Create(ActivityRecorded e) => new()
    {
        Id = e.ActivityId, Kind = e.Kind, Title = e.Title, HeldOn = e.HeldOn, VillageId = e.VillageId, VillageName = e.VillageName,
        OrganiserId = e.OrganiserId, OrganiserName = e.OrganiserName, Place = e.Place, Participants = e.Participants, Photos = [.. e.Photos],
        ConsentRecord = e.ConsentRecord, RecordedBy = e.RecordedBy, RecordedAt = e.RecordedAt
    };
}

public static class ActivityKinds
{
    public static string Chinese(this ActivityKind kind) => kind switch
    {
        ActivityKind.ParentSchool => "家长学校/家庭教育指导",
        ActivityKind.LawPublicity => "法治宣传",
        ActivityKind.MentalHealth => "心理健康",
        ActivityKind.Training => "培训",
        ActivityKind.PublicServiceAd => "公益广告",
        _ => "其他"
    };
}
