
namespace Secretariat.Web.Features.Roster;

/// <summary>Pure decisions on a body's roster: state + command -> events, or a refusal.</summary>
public static class RosterDecisions
{
    public const int MaxNameLength = 40;
    public const int MaxTextLength = 200;

    public const int MaxBasisLength = 60;
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <param name="today">When given, a founding document dated after it is refused (the form and the command line give it).</param>
    public static Decision<BodyEstablished> Establish(BodyRoster? current, EstablishBody command, DateOnly? today = null)
    {
        if (current is not null)
            return new Refusal($"{command.Kind.Chinese()}已经成立（{current.EstablishedOn.ChineseDate()}，{current.Basis}），不能重复成立。");
        var name = command.Name?.Trim() ?? "";
        var basis = command.Basis?.Trim() ?? "";
        var issuer = command.Issuer?.Trim();
        if (name.Length == 0) return new Refusal("请填写机构名称。");
        if (name.Length > MaxNameLength) return new Refusal($"机构名称不能超过 {MaxNameLength} 个字。");
        if (basis.Length == 0) return new Refusal("请填写成立依据（文件文号）。");
        if (basis.Length > MaxBasisLength) return new Refusal($"文号不能超过 {MaxBasisLength} 个字。");
        if (issuer is { Length: > MaxNameLength }) return new Refusal($"发文机关不能超过 {MaxNameLength} 个字。");
        if (new[] { name, basis, issuer ?? "" }.Any(text => text.Any(char.IsControl) || text.IndexOfAny(['<', '>']) >= 0))
            return new Refusal("机构名称、发文机关和文号不能含有 < > 或控制字符。");
        if (command.EstablishedOn < Earliest) return new Refusal($"成文日期不能早于 {Earliest.ChineseDate()}。");
        if (today is { } day && command.EstablishedOn > day) return new Refusal($"成文日期 {command.EstablishedOn.ChineseDate()} 晚于今天：请填写文件上的成文日期。");
        return new BodyEstablished(RosterNames.BodyId(command.Kind), command.Kind, name, basis, command.EstablishedOn,
            string.IsNullOrEmpty(issuer) ? null : issuer, command.By);
    }

    /// <summary>Several bodies set up by one document (the leading group with its office, the work station): each stream starts with its act.</summary>
    public static Decided EstablishAll(IReadOnlyDictionary<BodyKind, BodyRoster> current, EstablishBodies command, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(command.Issuer)) return new Refusal("请填写发文机关（如 某某镇人民政府）。");
        Decided? decided = null;
        foreach (var kind in command.Bodies)
        {
            var one = Establish(current.GetValueOrDefault(kind),
                new EstablishBody(kind, command.Names[kind], command.Basis, command.On, command.Issuer, command.By), today);
            if (one.Refusal is { } refusal) return refusal;
            decided = decided is null ? Decided.Start<BodyRoster>(one.Event!.BodyId, one.Event) : decided.AndStart<BodyRoster>(one.Event!.BodyId, one.Event);
        }
        return decided ?? new Refusal("请选择要成立的机构（领导小组及其办公室、未成年人保护工作站）。");
    }

    public static Decision<MemberAppointed> Appoint(BodyRoster? body, AppointMember command, IReadOnlyDictionary<Guid, MemberUnit> units)
    {
        if (body is null) return new Refusal("该机构尚未成立，不能任命成员。");
        var name = command.PersonName?.Trim() ?? "";
        if (name.Length == 0) return new Refusal("请填写姓名。");
        if (name.Length > MaxNameLength) return new Refusal($"姓名不能超过 {MaxNameLength} 个字。");
        if ((command.Position?.Length ?? 0) > MaxTextLength) return new Refusal($"职务不能超过 {MaxTextLength} 个字。");
        if (string.IsNullOrWhiteSpace(command.Basis)) return new Refusal("请填写任命依据（文件文号或审批单）。");
        if (!RosterNames.RolesOf(body.Kind).Contains(command.Role))
            return new Refusal($"{body.Kind.Chinese()}没有“{command.Role.Chinese()}”这一职务。");
        if (command.EffectiveOn < body.EstablishedOn)
            return new Refusal($"生效日期 {command.EffectiveOn:yyyy-MM-dd} 早于{body.Kind.Chinese()}成立日期 {body.EstablishedOn:yyyy-MM-dd}。");

        MemberUnit? unit = null;
        if (command.UnitId is { } unitId && !units.TryGetValue(unitId, out unit))
            return new Refusal("所选单位不存在。");
        if (command.Role == RosterRole.ChildDirector && unit?.Kind is not (UnitKind.Village or UnitKind.Community))
            return new Refusal("儿童主任必须属于一个村或社区。");

        // A seat held from a date onwards: the person must not already hold a seat in this body on or after it.
        if (body.Tenures.Any(t => t.PersonId == command.PersonId && (t.Until is null || t.Until > command.EffectiveOn)))
            return new Refusal($"{name} 已是{body.Kind.Chinese()}成员，不能重复添加。");
        if (command.Role.IsSingleSeat() &&
            body.Tenures.FirstOrDefault(t => t.Role == command.Role && (t.Until is null || t.Until > command.EffectiveOn)) is { } holder)
            return new Refusal($"{body.Kind.Chinese()}只能有一名{command.Role.Chinese()}，现任为 {holder.PersonName}。");

        // The unit's name as it was that day travels with the event: history reads as it stood.
        return new MemberAppointed(command.TenureId, command.PersonId, name, command.Role, command.UnitId, unit?.Name,
            command.Position?.Trim() ?? "", command.EffectiveOn, command.Basis.Trim(), command.AdjustmentId);
    }

    public static Decision<MemberDeparted> Depart(BodyRoster? body, EndMembership command) => Depart(body, command, vacatingSingleSeat: false);

    /// <param name="vacatingSingleSeat">
    /// True when the same change fills the seat again (a replacement): the caller then checks the seat is held once.
    /// </param>
    public static Decision<MemberDeparted> Depart(BodyRoster? body, EndMembership command, bool vacatingSingleSeat)
    {
        if (body is null) return new Refusal("该机构尚未成立。");
        var tenure = body.Tenures.FirstOrDefault(t => t.PersonId == command.PersonId && t.IsActiveOn(command.EffectiveOn));
        if (tenure is null) return new Refusal($"该人员在 {command.EffectiveOn:yyyy-MM-dd} 不是{body.Kind.Chinese()}成员，无法移出。");
        if (string.IsNullOrWhiteSpace(command.Reason)) return new Refusal("请填写调整原因。");
        if (string.IsNullOrWhiteSpace(command.Basis)) return new Refusal("请填写调整依据。");
        if (command.EffectiveOn <= tenure.From)
            return new Refusal($"离任日期必须晚于任职日期 {tenure.From:yyyy-MM-dd}。");
        if (tenure.Role.IsSingleSeat() && !vacatingSingleSeat)
            return new Refusal($"{body.Kind.Chinese()}必须始终有一名{tenure.Role.Chinese()}：请以“替换”方式调整。");
        return new MemberDeparted(tenure.Id, tenure.PersonId, command.EffectiveOn, command.Reason.Trim(), command.Basis.Trim(), command.AdjustmentId);
    }

    public static Decision<MemberUnitRegistered> RegisterUnit(MemberUnit? existing, IEnumerable<MemberUnit> all, RegisterMemberUnit command)
    {
        var name = command.Name?.Trim() ?? "";
        if (name.Length == 0) return new Refusal("请填写单位名称。");
        if (name.Length > MaxNameLength) return new Refusal($"单位名称不能超过 {MaxNameLength} 个字。");
        if (existing is not null) return new Refusal($"单位“{existing.Name}”已登记。");
        if (all.Any(u => u.Name == name)) return new Refusal($"单位“{name}”已登记，不能重复登记。");
        return new MemberUnitRegistered(command.UnitId, name, command.Kind, command.SortOrder);
    }
}
