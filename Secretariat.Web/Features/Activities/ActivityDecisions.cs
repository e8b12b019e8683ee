namespace Secretariat.Web.Features.Activities;

/// <summary>An activity as entered, before it is checked.</summary>
public sealed record ActivityDraft(ActivityKind Kind, string? Title, DateOnly HeldOn, Guid? VillageId, Guid? OrganiserId, string? Place, int Participants,
    string? ConsentRecord);

public static class ActivityDecisions
{
    public const int MaxTitleLength = 100;
    public const int MaxTextLength = 200;
    public const int MaxParticipants = 100_000;

    /// <summary>
    /// The record rule of <see cref="Capability.RecordActivities"/>: every activity, or (own unit) one held in the actor's village or
    /// organised by the actor's unit.
    /// </summary>
    public static bool MayRecord(Actor actor, Guid? villageId, Guid organiserId) =>
        actor.CanFor(Capability.RecordActivities, organiserId) || villageId is { } village && actor.CanFor(Capability.RecordActivities, village);

    /// <summary>The activity's stream starts with its record; photos showing minors stay out of evidence without a consent record.</summary>
    public static Decision<ActivityRecorded> Record(Guid activityId, ActivityDraft draft, IReadOnlyList<MemberUnit> units, IReadOnlyList<ActivityPhoto> photos,
        Actor actor, DateTimeOffset now, DateOnly today)
    {
        var title = draft.Title?.Trim() ?? "";
        if (title.Length == 0) return new Refusal("请填写活动主题。");
        if (title.Length > MaxTitleLength) return new Refusal($"活动主题不能超过 {MaxTitleLength} 个字。");
        if (draft.HeldOn > today) return new Refusal("活动日期不能晚于今天：活动举办后再登记。");
        if (draft.HeldOn < UserDates.Earliest) return new Refusal(UserDates.OutOfRange("活动日期", today));
        MemberUnit? village = null;
        if (draft.VillageId is { } villageId)
        {
            village = units.FirstOrDefault(u => u.Id == villageId && u.Kind is UnitKind.Village or UnitKind.Community);
            if (village is null) return new Refusal("所选村（社区）不存在。");
        }
        if (draft.OrganiserId is not { } organiserId) return new Refusal("请选择组织单位。");
        var organiser = units.FirstOrDefault(u => u.Id == organiserId);
        if (organiser is null) return new Refusal("所选组织单位不存在。");
        var place = draft.Place?.Trim() ?? "";
        if (place.Length > MaxTextLength) return new Refusal($"活动地点不能超过 {MaxTextLength} 个字。");
        if (draft.Participants is < 1 or > MaxParticipants) return new Refusal($"参加人数须在 1 至 {MaxParticipants} 之间。");
        var consent = draft.ConsentRecord?.Trim();
        if (consent is { Length: > MaxTextLength }) return new Refusal($"监护人同意记录不能超过 {MaxTextLength} 个字。");
        if (!MayRecord(actor, village?.Id, organiser.Id)) return new Refusal("只能登记本村（社区）举办或本单位组织的活动。");
        return new ActivityRecorded(activityId, draft.Kind, title, draft.HeldOn, village?.Id, village?.Name, organiser.Id, organiser.Name, place,
            draft.Participants, photos, string.IsNullOrEmpty(consent) ? null : consent, actor.Name, now);
    }
}
