using Secretariat.Web.Features.Adjustments;

namespace Secretariat.Tests.Features.Adjustments;

public class AdjustmentDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly On = new(2026, 4, 1);
    private static readonly Guid Jianshe = SampleTown.UnitId("建设村");
    private static readonly Guid PartyOffice = SampleTown.UnitId("党政办");
    private static readonly Guid Police = SampleTown.UnitId("派出所");

    private static readonly Actor Liaison = new(Guid.NewGuid(), "建设村联络员", [Roles.UnitLiaison], Jianshe, null);
    private static readonly Actor OtherLiaison = new(Guid.NewGuid(), "党政办联络员", [Roles.UnitLiaison], PartyOffice, null);
    private static readonly Actor Clerk = new(Guid.NewGuid(), "赵旦月", [Roles.Secretariat], null, SampleTown.PersonId("赵旦月"));
    private static readonly Actor Leader = new(Guid.NewGuid(), "叶伟", [Roles.Leader], null, SampleTown.PersonId("叶伟"));
    private static readonly Actor StationMaster = new(Guid.NewGuid(), "刘兵", [Roles.WorkStation], null, SampleTown.PersonId("刘兵"));
    private static readonly Actor Deputy = new(Guid.NewGuid(), "胡鹏来", [Roles.DeputyLeader], null, SampleTown.PersonId("胡鹏来"));

    private static readonly IReadOnlyDictionary<Guid, MemberUnit> Units = SampleTown.Units
        .Select((u, i) => new MemberUnit { Id = SampleTown.UnitId(u.Name), Name = u.Name, Kind = u.Kind, SortOrder = i })
        .ToDictionary(u => u.Id);

    private static BodyRoster Body(BodyKind kind)
    {
        var body = BodyRoster.Create(new BodyEstablished(RosterNames.BodyId(kind), kind, kind.Chinese(), SampleTown.Basis, SampleTown.EstablishedOn));
        foreach (var seat in SampleTown.SeatsOf(kind))
            body.Apply(RosterDecisions.Appoint(body, new AppointMember(kind, SampleTown.TenureId(kind, seat.Name), SampleTown.PersonId(seat.Name),
                seat.Name, seat.Role, seat.Unit is null ? null : SampleTown.UnitId(seat.Unit), seat.Position, SampleTown.EstablishedOn,
                SampleTown.Basis), Units).Event!);
        return body;
    }

    private static readonly BodyRoster Group = Body(BodyKind.LeadingGroup);
    private static readonly BodyRoster Station = Body(BodyKind.WorkStation);

    private static AdjustmentProposal Replace(string member, string by, Guid unit, BodyKind body = BodyKind.LeadingGroup, DateOnly? on = null) =>
        new(body, AdjustmentKind.Replace, unit, SampleTown.PersonId(member), by, null, null, "工作变动", on ?? On);

    private static AdjustmentProposal JiansheReplacement => Replace("刘建容", "张新", Jianshe);

    private static MemberAdjustment Filed(AdjustmentProposal proposal, Actor by, BodyRoster? body = null)
    {
        var filed = AdjustmentDecisions.File(Guid.NewGuid(), "调整〔2026〕1号", proposal, by, body ?? Group, Units, Now);
        Assert.Null(filed.Refusal);
        return MemberAdjustment.Create(filed.Event!);
    }

    private static MemberAdjustment Accepted(AdjustmentProposal proposal, Actor by, BodyRoster? body = null)
    {
        var adjustment = Filed(proposal, by, body);
        adjustment.Apply(AdjustmentDecisions.Accept(adjustment, adjustment.Version, Clerk, null, Now).Event!);
        return adjustment;
    }

    [Fact]
    public void A_liaison_files_for_their_own_unit()
    {
        var filed = AdjustmentDecisions.File(Guid.NewGuid(), "调整〔2026〕1号", JiansheReplacement, Liaison, Group, Units, Now);
        Assert.Null(filed.Refusal);
        Assert.Equal("张新", filed.Event!.Proposal.NewPersonName);
        Assert.Equal(Liaison.UserId, filed.Event.By.UserId);
    }

    [Fact]
    public void A_liaison_cannot_file_for_another_unit_or_its_members()
    {
        Assert.Contains("只能为本单位", AdjustmentDecisions.File(Guid.NewGuid(), "n", JiansheReplacement, OtherLiaison, Group, Units, Now).Refusal!.Message);
        var othersMember = Replace("孔波", "张新", Jianshe);
        Assert.Contains("不是本单位的成员", AdjustmentDecisions.File(Guid.NewGuid(), "n", othersMember, Liaison, Group, Units, Now).Refusal!.Message);
    }

    [Fact]
    public void Only_the_office_and_liaisons_file()
    {
        Assert.NotNull(AdjustmentDecisions.File(Guid.NewGuid(), "n", JiansheReplacement, Leader, Group, Units, Now).Refusal);
        Assert.Null(AdjustmentDecisions.File(Guid.NewGuid(), "n", JiansheReplacement, Clerk, Group, Units, Now).Refusal);
    }

    [Fact]
    public void An_effective_date_before_the_body_was_set_up_is_refused()
    {
        var early = Replace("刘建容", "张新", Jianshe, on: new DateOnly(2022, 1, 27));
        Assert.Contains("早于", AdjustmentDecisions.File(Guid.NewGuid(), "n", early, Liaison, Group, Units, Now).Refusal!.Message);
    }

    [Fact]
    public void Removing_someone_who_is_not_a_member_is_refused()
    {
        var proposal = new AdjustmentProposal(BodyKind.LeadingGroup, AdjustmentKind.Remove, Jianshe, Guid.NewGuid(), null, null, null, "工作变动", On);
        Assert.Contains("不是领导小组成员", AdjustmentDecisions.File(Guid.NewGuid(), "n", proposal, Liaison, Group, Units, Now).Refusal!.Message);
    }

    [Fact]
    public void A_person_is_not_added_twice_to_the_same_body()
    {
        var proposal = new AdjustmentProposal(BodyKind.LeadingGroup, AdjustmentKind.Add, Jianshe, null, "刘建容", RosterRole.Member, "负责人", "增补", On);
        Assert.Contains("不能重复添加", AdjustmentDecisions.File(Guid.NewGuid(), "n", proposal, Liaison, Group, Units, Now).Refusal!.Message);
    }

    [Fact]
    public void The_group_keeps_exactly_one_leader()
    {
        var secondLeader = new AdjustmentProposal(BodyKind.LeadingGroup, AdjustmentKind.Add, PartyOffice, null, "王五", RosterRole.Leader, "镇长", "任命", On);
        Assert.Contains("组长", AdjustmentDecisions.File(Guid.NewGuid(), "n", secondLeader, Clerk, Group, Units, Now).Refusal!.Message);
        var noLeader = new AdjustmentProposal(BodyKind.LeadingGroup, AdjustmentKind.Remove, PartyOffice, SampleTown.PersonId("叶伟"), null, null, null, "调离", On);
        Assert.Contains("组长", AdjustmentDecisions.File(Guid.NewGuid(), "n", noLeader, Clerk, Group, Units, Now).Refusal!.Message);
        var demoted = new AdjustmentProposal(BodyKind.LeadingGroup, AdjustmentKind.ChangeRole, PartyOffice, SampleTown.PersonId("叶伟"), null, RosterRole.Member, null, "调整", On);
        Assert.Contains("有且只有一名组长", AdjustmentDecisions.File(Guid.NewGuid(), "n", demoted, Clerk, Group, Units, Now).Refusal!.Message);
        var newLeader = Replace("叶伟", "王五", PartyOffice);
        Assert.Null(AdjustmentDecisions.File(Guid.NewGuid(), "n", newLeader, Clerk, Group, Units, Now).Refusal);
    }

    [Fact]
    public void Approval_by_the_leader_yields_the_roster_events_from_the_effective_date()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        var approved = AdjustmentDecisions.Approve(adjustment, adjustment.Version, Leader, "同意", Group, Units, Now);
        Assert.Null(approved.Refusal);
        Assert.Equal(On, approved.Of<AdjustmentApproved>().Single().EffectiveOn);
        var rosterEvents = approved.On(Group.Id);
        var departed = Assert.IsType<MemberDeparted>(rosterEvents[0]);
        var appointed = Assert.IsType<MemberAppointed>(rosterEvents[1]);
        Assert.Equal(SampleTown.PersonId("刘建容"), departed.PersonId);
        Assert.Equal(On, departed.EffectiveOn);
        Assert.Equal(("张新", RosterRole.Member, (Guid?)Jianshe, On), (appointed.PersonName, appointed.Role, appointed.UnitId, appointed.EffectiveOn));
        Assert.Contains("调整〔2026〕1号", appointed.Basis);

        var after = new BodyRoster { Id = Group.Id, Kind = Group.Kind, EstablishedOn = Group.EstablishedOn, Tenures = [.. Group.Tenures] };
        foreach (var e in rosterEvents) after.Apply((dynamic)e);
        Assert.Contains(after.ActiveOn(On.AddDays(-1)), t => t.PersonName == "刘建容");
        Assert.DoesNotContain(after.ActiveOn(On), t => t.PersonName == "刘建容");
        Assert.Contains(after.ActiveOn(On), t => t.PersonName == "张新");
    }

    [Fact]
    public void Only_the_approver_of_that_body_approves()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        Assert.Contains("只能由组长审批", AdjustmentDecisions.Approve(adjustment, adjustment.Version, Deputy, null, Group, Units, Now).Refusal!.Message);
        Assert.Contains("只能由组长审批", AdjustmentDecisions.Approve(adjustment, adjustment.Version, Clerk, null, Group, Units, Now).Refusal!.Message);

        var stationChange = Accepted(Replace("邹利", "钱芳", SampleTown.UnitId("双骑龙村"), BodyKind.WorkStation), Clerk, Station);
        Assert.Contains("只能由站长审批", AdjustmentDecisions.Approve(stationChange, stationChange.Version, Leader, null, Station, Units, Now).Refusal!.Message);
        Assert.Null(AdjustmentDecisions.Approve(stationChange, stationChange.Version, StationMaster, null, Station, Units, Now).Refusal);
    }

    [Fact]
    public void No_one_approves_their_own_request()
    {
        var clerkAndLeader = new Actor(Guid.NewGuid(), "叶伟", [Roles.Leader, Roles.Secretariat], null, null);
        var adjustment = Accepted(JiansheReplacement, clerkAndLeader);
        Assert.Contains("不能审批自己提交的申请", AdjustmentDecisions.Approve(adjustment, adjustment.Version, clerkAndLeader, null, Group, Units, Now).Refusal!.Message);
    }

    [Fact]
    public void A_request_not_yet_accepted_by_the_office_cannot_be_approved()
    {
        var adjustment = Filed(JiansheReplacement, Liaison);
        Assert.Contains("待受理", AdjustmentDecisions.Approve(adjustment, adjustment.Version, Leader, null, Group, Units, Now).Refusal!.Message);
    }

    [Fact]
    public void A_decision_on_a_stale_version_says_someone_else_handled_it()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        var seen = adjustment.Version;
        adjustment.Apply(AdjustmentDecisions.Reject(adjustment, seen, Leader, "人选另议", Group, Now).Event!);
        var late = AdjustmentDecisions.Approve(adjustment, seen, Leader, null, Group, Units, Now);
        Assert.Contains("已被他人处理", late.Refusal!.Message);
        Assert.Contains("已驳回", late.Refusal.Message);
        Assert.Empty(late.On(Group.Id));
    }

    [Fact]
    public void Returned_requests_are_amended_and_resubmitted_by_their_unit()
    {
        var adjustment = Filed(JiansheReplacement, Liaison);
        Assert.NotNull(AdjustmentDecisions.Return(adjustment, adjustment.Version, Clerk, " ", Now).Refusal);
        Assert.NotNull(AdjustmentDecisions.Return(adjustment, adjustment.Version, Liaison, "请补充", Now).Refusal);
        adjustment.Apply(AdjustmentDecisions.Return(adjustment, adjustment.Version, Clerk, "请写明新成员职务", Now).Event!);
        Assert.Equal(AdjustmentStatus.Returned, adjustment.Status);

        var amendedProposal = JiansheReplacement with { NewPosition = "建设村党支部书记" };
        Assert.NotNull(AdjustmentDecisions.Amend(adjustment, adjustment.Version, amendedProposal, OtherLiaison, Group, Units, Now).Refusal);
        var amended = AdjustmentDecisions.Amend(adjustment, adjustment.Version, amendedProposal, Liaison, Group, Units, Now);
        Assert.Null(amended.Refusal);
        adjustment.Apply(amended.Event!);
        Assert.Equal(AdjustmentStatus.Submitted, adjustment.Status);
        Assert.Equal("建设村党支部书记", adjustment.Proposal.NewPosition);
        Assert.Equal(3, adjustment.Timeline.Count);
    }

    [Fact]
    public void Rejection_needs_a_reason_and_ends_the_request()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        Assert.NotNull(AdjustmentDecisions.Reject(adjustment, adjustment.Version, Leader, "", Group, Now).Refusal);
        adjustment.Apply(AdjustmentDecisions.Reject(adjustment, adjustment.Version, Leader, "人选另议", Group, Now).Event!);
        Assert.Equal(AdjustmentStatus.Rejected, adjustment.Status);
        Assert.NotNull(AdjustmentDecisions.Withdraw(adjustment, adjustment.Version, Liaison, null, Now).Refusal);
    }

    [Fact]
    public void The_office_neither_withdraws_nor_amends_a_units_request()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        Assert.Equal("只有提出申请的单位可以撤回该申请。", AdjustmentDecisions.Withdraw(adjustment, adjustment.Version, Clerk, null, Now).Refusal?.Message);
        Assert.False(AdjustmentDecisions.MayActForFiler(adjustment, Clerk));
        Assert.True(AdjustmentDecisions.MayActForFiler(adjustment, Liaison));
    }

    [Fact]
    public void A_unit_withdraws_its_request_before_approval_only()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        Assert.NotNull(AdjustmentDecisions.Withdraw(adjustment, adjustment.Version, OtherLiaison, null, Now).Refusal);
        adjustment.Apply(AdjustmentDecisions.Withdraw(adjustment, adjustment.Version, Liaison, "人选有变", Now).Event!);
        Assert.Equal(AdjustmentStatus.Withdrawn, adjustment.Status);
        Assert.NotNull(AdjustmentDecisions.Approve(adjustment, adjustment.Version, Leader, null, Group, Units, Now).Refusal);
    }

    [Fact]
    public void A_change_that_became_invalid_before_approval_is_refused_at_approval()
    {
        var adjustment = Accepted(JiansheReplacement, Liaison);
        // Meanwhile 刘建容 left through another approved change.
        var changed = new BodyRoster { Id = Group.Id, Kind = Group.Kind, EstablishedOn = Group.EstablishedOn, Tenures = [.. Group.Tenures] };
        changed.Apply(RosterDecisions.Depart(changed, new EndMembership(BodyKind.LeadingGroup, SampleTown.PersonId("刘建容"), new DateOnly(2026, 3, 15), "退休", "另案")).Event!);
        var late = AdjustmentDecisions.Approve(adjustment, adjustment.Version, Leader, null, changed, Units, Now);
        Assert.Contains("不是领导小组成员", late.Refusal!.Message);
        Assert.Empty(late.On(changed.Id));
    }
}
