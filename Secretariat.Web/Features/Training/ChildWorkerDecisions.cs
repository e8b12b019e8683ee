
namespace Secretariat.Web.Features.Training;

/// <summary>What item 72 prefers and the social-work qualification, as entered on a form.</summary>
public sealed record ChildWorkerProfile(bool IsFemaleCommitteeMember, bool IsWomensFederationChair, string? QualificationLevel,
    DateOnly? QualifiedOn);

/// <summary>
/// Pure decisions on appointments of child directors and supervisors (R5): state + command -> events, or a refusal
/// in Chinese for the page. Appointments of one person never overlap; a director always sits in a village/community.
/// </summary>
public static class ChildWorkerDecisions
{
    public const int MaxNameLength = 40;
    public const int MaxTextLength = 200;
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public static Decision<ChildWorkerAppointed> Appoint(ChildWorker? worker, IEnumerable<ChildWorker> everyone, Guid personId,
        Guid appointmentId, string? name, ChildWorkerDuty duty, MemberUnit? unit, DateOnly effectiveOn, string? basis)
    {
        name = (worker?.Name ?? name)?.Trim() ?? "";
        if (name.Length == 0) return new Refusal("请填写姓名。");
        if (name.Length > MaxNameLength) return new Refusal($"姓名不能超过 {MaxNameLength} 个字。");
        if (effectiveOn < Earliest) return new Refusal("任职日期不正确。");
        if (basis?.Length > MaxTextLength) return new Refusal($"任职依据不能超过 {MaxTextLength} 个字。");
        if (duty == ChildWorkerDuty.ChildDirector && unit is null) return new Refusal("儿童主任须任职于某个村（社区），请选择村（社区）。");
        if (duty == ChildWorkerDuty.ChildDirector && unit!.Kind is not (UnitKind.Village or UnitKind.Community))
            return new Refusal($"“{unit.Name}”不是村（社区），儿童主任须任职于村（社区）。");
        if (worker is not null)
        {
            var open = worker.Appointments.FirstOrDefault(a => a.Until is null || a.Until > effectiveOn);
            if (open is not null)
                return new Refusal(open.Until is null
                    ? $"{name} 自 {open.From:yyyy-MM-dd} 起任{open.Duty.Chinese()}{At(open.Current)}，尚未离任；调到其他村（社区）请用“调动”，改任请先办理离任。"
                    : $"{name} 的上一任职到 {open.Until:yyyy-MM-dd} 才结束，新的任职日期不能早于该日。");
        }
        else if (everyone.FirstOrDefault(w => w.Id != personId && w.Name == name && w.Appointments.Any(a => a.Until is null)) is { } namesake)
            return new Refusal($"已有在任的 {namesake.Name}（{namesake.Appointments.Last().Duty.Chinese()}{At(namesake.Appointments.Last().Current)}），如是同一人请在名单中办理，不要重复任命。");
        return new ChildWorkerAppointed(personId, appointmentId, name, duty, unit?.Id, unit?.Name, effectiveOn, basis?.Trim() ?? "");
    }

    /// <summary>
    /// An appointment with the person's profile when one is given that they do not hold yet: a new person's stream starts with them.
    /// </summary>
    public static Decided Appoint(ChildWorker? worker, IEnumerable<ChildWorker> everyone, Guid personId, Guid appointmentId, string? name,
        ChildWorkerDuty duty, MemberUnit? unit, DateOnly effectiveOn, string? basis, ChildWorkerProfile? profile, DateOnly today)
    {
        var appointed = Appoint(worker, everyone, personId, appointmentId, name, duty, unit, effectiveOn, basis);
        if (appointed.Refusal is { } refusal) return refusal;
        var events = new List<object> { appointed.Event! };
        if (profile is not null && (worker is null || !worker.HasProfile(profile)))
        {
            var recorded = RecordProfile(worker ?? ChildWorker.Create(appointed.Event!), profile, today);
            if (recorded.Refusal is { } profileRefusal) return profileRefusal;
            events.Add(recorded.Event!);
        }
        return worker is null ? Decided.Start<ChildWorker>(personId, events) : Decided.Append(personId, events);
    }

    public static Decision<ChildWorkerTransferred> Transfer(ChildWorker worker, MemberUnit? unit, DateOnly effectiveOn, string? basis)
    {
        var appointment = worker.Appointments.LastOrDefault(a => a.Until is null);
        if (appointment is null || appointment.From > effectiveOn) return new Refusal($"{worker.Name} 在 {effectiveOn:yyyy-MM-dd} 未在任，不能调动。");
        if (appointment.Duty != ChildWorkerDuty.ChildDirector) return new Refusal("只有儿童主任在村（社区）之间调动；儿童督导员请办理离任后重新任命。");
        if (unit is null) return new Refusal("请选择调入的村（社区）。");
        if (unit.Kind is not (UnitKind.Village or UnitKind.Community)) return new Refusal($"“{unit.Name}”不是村（社区），儿童主任须任职于村（社区）。");
        var current = appointment.Current;
        if (effectiveOn <= current.From) return new Refusal($"调动日期须晚于 {current.From:yyyy-MM-dd}（现任职起始日）。");
        if (current.UnitId == unit.Id) return new Refusal($"{worker.Name} 已在{unit.Name}任职，无需调动。");
        if (basis?.Length > MaxTextLength) return new Refusal($"调动依据不能超过 {MaxTextLength} 个字。");
        return new ChildWorkerTransferred(worker.Id, appointment.Id, unit.Id, unit.Name, effectiveOn, basis?.Trim() ?? "");
    }

    public static Decision<ChildWorkerLeft> Leave(ChildWorker worker, DateOnly effectiveOn, string? reason)
    {
        var appointment = worker.Appointments.LastOrDefault(a => a.Until is null);
        if (appointment is null) return new Refusal($"{worker.Name} 目前未在任，无需办理离任。");
        reason = reason?.Trim() ?? "";
        if (reason.Length == 0) return new Refusal("请填写离任原因。");
        if (reason.Length > MaxTextLength) return new Refusal($"离任原因不能超过 {MaxTextLength} 个字。");
        if (effectiveOn <= appointment.Current.From)
            return new Refusal($"离任日期须晚于 {appointment.Current.From:yyyy-MM-dd}（{(appointment.Postings.Count > 1 ? "最近一次调动" : "任职")}日期）。");
        return new ChildWorkerLeft(worker.Id, appointment.Id, effectiveOn, reason);
    }

    public static Decision<ChildWorkerProfileRecorded> RecordProfile(ChildWorker worker, ChildWorkerProfile profile, DateOnly today)
    {
        var level = string.IsNullOrWhiteSpace(profile.QualificationLevel) ? null : profile.QualificationLevel.Trim();
        if (level is not null && !TrainingNames.QualificationLevels.Contains(level))
            return new Refusal($"社会工作职业资格等级只能是：{string.Join("、", TrainingNames.QualificationLevels)}。");
        if (level is not null && profile.QualifiedOn is null) return new Refusal("请填写取得社会工作职业资格的日期。");
        if (level is null && profile.QualifiedOn is not null) return new Refusal("填写了取得资格日期，请同时选择资格等级。");
        if (profile.QualifiedOn > today) return new Refusal("取得资格日期不能晚于今天。");
        return new ChildWorkerProfileRecorded(worker.Id, profile.IsFemaleCommitteeMember, profile.IsWomensFederationChair, level,
            level is null ? null : profile.QualifiedOn);
    }

    private static string At(Posting posting) => posting.UnitName is { } unit ? $"（{unit}）" : "";
}
