namespace Secretariat.Web.Features.Capacity;

/// <summary>A social organisation supported, a youth social worker or a volunteer team; the inline snapshot of its stream.</summary>
public sealed class CapacityRecord
{
    public Guid Id { get; set; }
    public CapacityKind Kind { get; set; }
    public string Name { get; set; } = "";
    public Guid? VillageId { get; set; }
    public string? VillageName { get; set; }
    public string Detail { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? EndRecordedAt { get; set; }

    /// <summary>In place on a day: begun, not ended (the end day is no longer counted).</summary>
    public bool IsActiveOn(DateOnly day) => From <= day && (EndedOn is not { } end || day < end);

    public static CapacityRecord Create(CapacityRecorded e) => new()
    {
        Id = e.RecordId, Kind = e.Kind, Name = e.Name, VillageId = e.VillageId, VillageName = e.VillageName, Detail = e.Detail, From = e.From,
        RecordedBy = e.RecordedBy, RecordedAt = e.RecordedAt
    };

    public void Apply(CapacityEnded e)
    {
        EndedOn = e.EndedOn;
        EndRecordedAt = e.RecordedAt;
    }
}

public static class CapacityKinds
{
    public static string Chinese(this CapacityKind kind) => kind switch
    {
        CapacityKind.Organisation => "社会组织（社会工作服务机构）",
        CapacityKind.YouthSocialWorker => "青少年事务社工",
        _ => "村（社区）未成年人保护志愿服务队"
    };

    /// <summary>What the detail field asks for, by kind.</summary>
    public static string DetailLabel(this CapacityKind kind) => kind switch
    {
        CapacityKind.Organisation => "扶持方式（财政资助、办公场所、税收优惠等）",
        CapacityKind.YouthSocialWorker => "配备方式（公益岗位、购买社会工作服务等）",
        _ => "队员人数与服务内容"
    };
}
