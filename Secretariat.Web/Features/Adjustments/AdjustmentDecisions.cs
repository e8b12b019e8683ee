
namespace Secretariat.Web.Features.Adjustments;

/// <summary>
/// Pure decisions on member adjustments (R1): a unit proposes to the office, the office accepts or returns, and
/// the 组长 (work station: the 站长) approves or rejects. Approval yields the roster events as well.
/// </summary>
public static class AdjustmentDecisions
{
    public const int MaxCommentLength = 500;

    public static Decision<AdjustmentFiled> File(Guid adjustmentId, string number, AdjustmentProposal proposal, Actor actor,
        BodyRoster? body, IReadOnlyDictionary<Guid, MemberUnit> units, DateTimeOffset now)
    {
        if (!actor.Can(Capability.FileAdjustments))
            return new Refusal("只有办公室或成员单位联络人可以提出成员调整申请。");
        if (!actor.CanFor(Capability.FileAdjustments, proposal.UnitId))
            return new Refusal("成员单位联络人只能为本单位提出调整申请。");
        if (Check(proposal, actor, body, units, now.ToTownDate()) is { } refusal) return refusal;
        return new AdjustmentFiled(adjustmentId, number, Normalised(proposal), new StepBy(actor.UserId, actor.Name, now));
    }

    public static Decision<AdjustmentAmended> Amend(MemberAdjustment? current, int expectedVersion, AdjustmentProposal proposal, Actor actor,
        BodyRoster? body, IReadOnlyDictionary<Guid, MemberUnit> units, DateTimeOffset now)
    {
        if (Stale(current, expectedVersion) is { } stale) return stale;
        if (current!.Status != AdjustmentStatus.Returned) return new Refusal($"只有已退回的申请可以修改后重新提交（当前：{current.Status.Chinese()}）。");
        if (!MayActForFiler(current, actor)) return new Refusal("只有提出申请的单位可以修改该申请。");
        if (proposal.UnitId != current.Proposal.UnitId) return new Refusal("不能更改申请单位。");
        if (Check(proposal, actor, body, units, now.ToTownDate()) is { } refusal) return refusal;
        return new AdjustmentAmended(current.Id, Normalised(proposal), new StepBy(actor.UserId, actor.Name, now));
    }

    public static Decision<AdjustmentAcceptedForApproval> Accept(MemberAdjustment? current, int expectedVersion, Actor actor, string? comment,
        DateTimeOffset now)
    {
        if (Stale(current, expectedVersion) is { } stale) return stale;
        if (!actor.Can(Capability.HandleAdjustments)) return new Refusal("只有领导小组办公室可以受理申请。");
        if (current!.Status != AdjustmentStatus.Submitted) return new Refusal($"该申请当前为“{current.Status.Chinese()}”，不能受理。");
        if (TooLong(comment) is { } refusal) return refusal;
        return new AdjustmentAcceptedForApproval(current.Id, Trim(comment), new StepBy(actor.UserId, actor.Name, now));
    }

    public static Decision<AdjustmentReturned> Return(MemberAdjustment? current, int expectedVersion, Actor actor, string? comment,
        DateTimeOffset now)
    {
        if (Stale(current, expectedVersion) is { } stale) return stale;
        if (!actor.Can(Capability.HandleAdjustments)) return new Refusal("只有领导小组办公室可以退回申请。");
        if (current!.Status != AdjustmentStatus.Submitted) return new Refusal($"该申请当前为“{current.Status.Chinese()}”，不能退回。");
        if (string.IsNullOrWhiteSpace(comment)) return new Refusal("退回时请写明意见，便于单位修改。");
        if (TooLong(comment) is { } refusal) return refusal;
        return new AdjustmentReturned(current.Id, comment.Trim(), new StepBy(actor.UserId, actor.Name, now));
    }

    public static Decision<AdjustmentWithdrawn> Withdraw(MemberAdjustment? current, int expectedVersion, Actor actor, string? reason,
        DateTimeOffset now)
    {
        if (Stale(current, expectedVersion) is { } stale) return stale;
        if (!MayActForFiler(current!, actor)) return new Refusal("只有提出申请的单位可以撤回该申请。");
        if (current!.Status.IsDecided()) return new Refusal($"该申请已{current.Status.Chinese()}，不能撤回。");
        if (TooLong(reason) is { } refusal) return refusal;
        return new AdjustmentWithdrawn(current.Id, Trim(reason), new StepBy(actor.UserId, actor.Name, now));
    }

    /// <summary>Approval: the adjustment's event and, on the body's roster, the events it puts into effect from its effective date.</summary>
    public static Decided Approve(MemberAdjustment? current, int expectedVersion, Actor actor, string? comment, BodyRoster? body,
        IReadOnlyDictionary<Guid, MemberUnit> units, DateTimeOffset now)
    {
        if (MayDecide(current, expectedVersion, actor, body, now) is { } refusal) return refusal;
        if (TooLong(comment) is { } tooLong) return tooLong;
        var approved = new AdjustmentApproved(current!.Id, current.Proposal.ProposedEffectiveOn, Trim(comment), new StepBy(actor.UserId, actor.Name, now));
        return Decided.Append(current.Id, approved).And(RosterChanges(current.Proposal, body!, units, $"成员调整 {current.Number}", current.Id));
    }

    public static Decision<AdjustmentRejected> Reject(MemberAdjustment? current, int expectedVersion, Actor actor, string? comment,
        BodyRoster? body, DateTimeOffset now)
    {
        if (MayDecide(current, expectedVersion, actor, body, now) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(comment)) return new Refusal("驳回时请写明理由。");
        if (TooLong(comment) is { } tooLong) return tooLong;
        return new AdjustmentRejected(current!.Id, comment.Trim(), new StepBy(actor.UserId, actor.Name, now));
    }

    /// <summary>
    /// The roster events a proposal makes, checked on a copy of the roster: every rule of the roster holds, and a
    /// seat that must be held by one person (组长, 主任, 站长) is held by exactly one from the effective day.
    /// </summary>
    public static Decided RosterChanges(AdjustmentProposal proposal, BodyRoster body, IReadOnlyDictionary<Guid, MemberUnit> units, string basis,
        Guid? adjustmentId = null)
    {
        var on = proposal.ProposedEffectiveOn;
        var copy = new BodyRoster
        {
            Id = body.Id, Kind = body.Kind, Name = body.Name, Basis = body.Basis, EstablishedOn = body.EstablishedOn,
            Tenures = [.. body.Tenures]
        };
        var events = new List<object>();
        var member = proposal.MemberPersonId is { } personId ? copy.Tenures.FirstOrDefault(t => t.PersonId == personId && t.IsActiveOn(on)) : null;

        Refusal? Depart(Tenure tenure, bool refilled)
        {
            var decided = RosterDecisions.Depart(copy, new EndMembership(body.Kind, tenure.PersonId, on, proposal.Reason, basis, adjustmentId), refilled);
            if (decided.Refusal is { } refusal) return refusal;
            copy.Apply(decided.Event!);
            events.Add(decided.Event!);
            return null;
        }

        Refusal? Appoint(Guid personId, string name, RosterRole role, Guid? unitId, string? position)
        {
            var decided = RosterDecisions.Appoint(copy,
                new AppointMember(body.Kind, Guid.NewGuid(), personId, name, role, unitId, position, on, basis, adjustmentId), units);
            if (decided.Refusal is { } refusal) return refusal;
            copy.Apply(decided.Event!);
            events.Add(decided.Event!);
            return null;
        }

        var refusal = proposal.Kind switch
        {
            AdjustmentKind.Add => Appoint(Guid.NewGuid(), proposal.NewPersonName!, proposal.NewRole!.Value, proposal.UnitId, proposal.NewPosition),
            AdjustmentKind.Remove => member is null ? NotAMember(body, on) : Depart(member, refilled: false),
            AdjustmentKind.Replace => member is null
                ? NotAMember(body, on)
                : Depart(member, refilled: true) ?? Appoint(Guid.NewGuid(), proposal.NewPersonName!, proposal.NewRole ?? member.Role,
                    member.UnitId, proposal.NewPosition ?? member.Position),
            AdjustmentKind.ChangeRole => member is null
                ? NotAMember(body, on)
                : Depart(member, refilled: true) ?? Appoint(member.PersonId, member.PersonName, proposal.NewRole!.Value, member.UnitId,
                    proposal.NewPosition ?? member.Position),
            _ => new Refusal("未知的调整类型。")
        };
        if (refusal is not null) return refusal;

        foreach (var role in RosterNames.RolesOf(body.Kind).Where(r => r.IsSingleSeat()))
        {
            var before = body.ActiveOn(on).Count(t => t.Role == role);
            var after = copy.ActiveOn(on).Count(t => t.Role == role);
            if (before >= 1 && after != 1)
                return new Refusal($"{body.Kind.Chinese()}必须始终有且只有一名{role.Chinese()}：该调整会使其变为 {after} 名。");
        }
        return Decided.Append(body.Id, events);
    }

    private static Refusal? Check(AdjustmentProposal proposal, Actor actor, BodyRoster? body, IReadOnlyDictionary<Guid, MemberUnit> units,
        DateOnly today)
    {
        if (proposal.Body is not (BodyKind.LeadingGroup or BodyKind.WorkStation))
            return new Refusal("成员调整适用于领导小组和工作站。");
        if (body is null) return new Refusal($"{proposal.Body.Chinese()}尚未成立。");
        if (!units.ContainsKey(proposal.UnitId)) return new Refusal("请选择提出申请的单位。");
        if (string.IsNullOrWhiteSpace(proposal.Reason)) return new Refusal("请填写调整原因（如：工作变动）。");
        if (proposal.Reason.Length > MaxCommentLength) return new Refusal($"调整原因不能超过 {MaxCommentLength} 个字。");
        if (UserDates.Problem(proposal.ProposedEffectiveOn, today, "拟生效日期") is { } outOfRange) return new Refusal(outOfRange);
        if (proposal.ProposedEffectiveOn < body.EstablishedOn)
            return new Refusal($"生效日期 {proposal.ProposedEffectiveOn:yyyy-MM-dd} 早于{body.Kind.Chinese()}成立日期 {body.EstablishedOn:yyyy-MM-dd}。");
        if (proposal.Kind is AdjustmentKind.Add or AdjustmentKind.Replace && string.IsNullOrWhiteSpace(proposal.NewPersonName))
            return new Refusal("请填写新成员姓名。");
        if (proposal.Kind is AdjustmentKind.Add or AdjustmentKind.ChangeRole && proposal.NewRole is null)
            return new Refusal("请选择职务。");
        if (proposal.Kind is not AdjustmentKind.Add && proposal.MemberPersonId is null)
            return new Refusal("请选择要调整的现任成员。");
        if (proposal.Kind is not AdjustmentKind.Add)
        {
            var member = body.Tenures.FirstOrDefault(t => t.PersonId == proposal.MemberPersonId && t.IsActiveOn(proposal.ProposedEffectiveOn));
            // A unit speaks for its own members; seats without a unit (组长、副组长) go through the office.
            if (member is not null && !actor.CanForAll(Capability.FileAdjustments) && member.UnitId != proposal.UnitId)
                return new Refusal($"{member.PersonName} 不是本单位的成员，不能为其提出调整。");
        }
        if (proposal.NewPersonName is { } name && body.ActiveOn(proposal.ProposedEffectiveOn).Any(t => t.PersonName == name.Trim())
            && proposal.Kind is AdjustmentKind.Add or AdjustmentKind.Replace)
            return new Refusal($"{name.Trim()} 已是{body.Kind.Chinese()}成员，不能重复添加。");
        return RosterChanges(Normalised(proposal), body, units, "申请").Refusal;
    }

    private static Refusal? MayDecide(MemberAdjustment? current, int expectedVersion, Actor actor, BodyRoster? body, DateTimeOffset now)
    {
        if (Stale(current, expectedVersion) is { } stale) return stale;
        if (body is null) return new Refusal("该机构尚未成立。");
        if (!IsApprover(actor, current!.Proposal.Body, body, now.ToTownDate()))
            return new Refusal(current.Proposal.Body == BodyKind.WorkStation ? "工作站成员调整只能由站长审批。" : "领导小组成员调整只能由组长审批。");
        if (current.FiledBy.UserId == actor.UserId) return new Refusal("不能审批自己提交的申请。");
        if (current.Status != AdjustmentStatus.PendingApproval)
            return new Refusal($"该申请当前为“{current.Status.Chinese()}”，不能审批。");
        return null;
    }

    /// <summary>
    /// Who approves a request of <paramref name="kind"/>: the 组长 for the leading group, for the work station the
    /// person who is its 站长 on <paramref name="on"/> by <paramref name="body"/> (the work station's roster).
    /// </summary>
    public static bool IsApprover(Actor actor, BodyKind kind, BodyRoster? body, DateOnly on) => kind == BodyKind.WorkStation
        ? body?.IsStationMaster(actor, on) == true
        : actor.Can(Capability.ApproveAdjustments);

    /// <summary>Someone else acted since the page was shown: never a lost update.</summary>
    private static Refusal? Stale(MemberAdjustment? current, int expectedVersion)
    {
        if (current is null) return new Refusal("找不到该申请。");
        return current.Version != expectedVersion ? new Refusal($"已被他人处理，当前状态：{current.Status.Chinese()}。请刷新后查看。") : null;
    }

    /// <summary>
    /// Who speaks for the filer (amends a returned request, withdraws it): the account that filed it, or a liaison of the
    /// unit it is for. Not the office: the request is the unit's (四、组织架构; 附件3-1), the office only accepts or returns
    /// it. The page shows those forms by it.
    /// </summary>
    public static bool MayActForFiler(MemberAdjustment current, Actor actor) =>
        current.FiledBy.UserId == actor.UserId || actor.ActsForOwnUnit(Capability.FileAdjustments, current.Proposal.UnitId);

    private static AdjustmentProposal Normalised(AdjustmentProposal p) => p with
    {
        NewPersonName = Trim(p.NewPersonName), NewPosition = Trim(p.NewPosition), Reason = p.Reason.Trim()
    };

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Refusal? TooLong(string? text) =>
        text is { Length: > MaxCommentLength } ? new Refusal($"意见不能超过 {MaxCommentLength} 个字。") : null;

    private static Refusal NotAMember(BodyRoster body, DateOnly on) =>
        new($"所选人员在 {on:yyyy-MM-dd} 不是{body.Kind.Chinese()}成员。");
}
