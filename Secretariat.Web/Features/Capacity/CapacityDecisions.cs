namespace Secretariat.Web.Features.Capacity;

/// <summary>A record as entered.</summary>
public sealed record CapacityDraft(CapacityKind Kind, string? Name, Guid? VillageId, string? Detail, DateOnly From);

public static class CapacityDecisions
{
    public const int MaxNameLength = 100;
    public const int MaxDetailLength = 300;

    public static Decision<CapacityRecorded> Record(Guid id, CapacityDraft draft, IReadOnlyList<MemberUnit> villages, Actor actor, DateTimeOffset now,
        DateOnly today)
    {
        var name = draft.Name?.Trim() ?? "";
        if (name.Length == 0) return new Refusal("请填写名称（社会组织名称、社工姓名或志愿服务队名称）。");
        if (name.Length > MaxNameLength) return new Refusal($"名称不能超过 {MaxNameLength} 个字。");
        var detail = draft.Detail?.Trim() ?? "";
        if (detail.Length == 0) return new Refusal($"请填写{draft.Kind.DetailLabel()}。");
        if (detail.Length > MaxDetailLength) return new Refusal($"说明不能超过 {MaxDetailLength} 个字。");
        if (draft.From > today) return new Refusal("起始日期不能晚于今天。");
        if (draft.From < UserDates.Earliest) return new Refusal(UserDates.OutOfRange("起始日期", today));
        MemberUnit? village = null;
        if (draft.Kind == CapacityKind.VolunteerTeam)
        {
            village = villages.FirstOrDefault(v => v.Id == draft.VillageId);
            if (village is null) return new Refusal("志愿服务队请选择所在村（社区）。");
        }
        if (!actor.Can(Capability.RecordCapacity)) return new Refusal("无权登记。");
        return new CapacityRecorded(id, draft.Kind, name, village?.Id, village?.Name, detail, draft.From, actor.Name, now);
    }

    public static Decision<CapacityEnded> End(CapacityRecord record, DateOnly endedOn, Actor actor, DateTimeOffset now, DateOnly today)
    {
        if (record.EndedOn is not null) return new Refusal("该记录已登记终止。");
        if (endedOn <= record.From) return new Refusal($"终止日期须晚于起始日期（{record.From:yyyy-MM-dd}）。");
        if (endedOn > today) return new Refusal("终止日期不能晚于今天。");
        return new CapacityEnded(record.Id, endedOn, actor.Name, now);
    }
}
