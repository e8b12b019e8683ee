namespace Secretariat.Web.Features.Capacity;

/// <summary>What the town keeps for 附件2's counts of social forces: 第69项 social organisations supported, 第71项 the station's youth social workers, 第74项 a volunteer team per village.</summary>
public enum CapacityKind
{
    /// <summary>附件2 第69项: a social organisation or social work agency the town supports (财政资助、办公场所、税收优惠...); at least two.</summary>
    Organisation,
    /// <summary>附件2 第71项: a youth social worker (青少年事务社工) at the station (公益岗位、购买社会工作服务); at least one.</summary>
    YouthSocialWorker,
    /// <summary>附件2 第74项: a village's or community's minor-protection volunteer team; one in every village.</summary>
    VolunteerTeam
}

/// <summary>
/// A social force was recorded from a day: its kind, name, the village (a volunteer team's), and with what it is supported or how it is
/// staffed (e.g. 财政资助 5 万元/年、提供办公场所; 购买社会工作服务; 队员 12 人).
/// </summary>
public sealed record CapacityRecorded(Guid RecordId, CapacityKind Kind, string Name, Guid? VillageId, string? VillageName, string Detail, DateOnly From,
    string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The support, the post or the team ended on a day (that day included).</summary>
public sealed record CapacityEnded(Guid RecordId, DateOnly EndedOn, string RecordedBy, DateTimeOffset RecordedAt);
