
namespace Secretariat.Tests.Features.Roster;

public class RosterDecisionsTests
{
    private static readonly DateOnly SetUp = new(2022, 1, 28);
    private static readonly MemberUnit Village = new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village };
    private static readonly MemberUnit Office = new() { Id = Guid.NewGuid(), Name = "党政办", Kind = UnitKind.TownBody };
    private static readonly Dictionary<Guid, MemberUnit> Units = new() { [Village.Id] = Village, [Office.Id] = Office };

    private static BodyRoster Body(BodyKind kind = BodyKind.LeadingGroup) =>
        BodyRoster.Create(new BodyEstablished(RosterNames.BodyId(kind), kind, "测试机构", "测试文号", SetUp));

    private static AppointMember Appoint(string name, RosterRole role, DateOnly? on = null, Guid? unit = null, BodyKind body = BodyKind.LeadingGroup,
        Guid? person = null) =>
        new(body, Guid.NewGuid(), person ?? SampleTown.PersonId(name), name, role, unit, "职务", on ?? SetUp, "测试文号");

    private static BodyRoster With(BodyRoster body, params AppointMember[] commands)
    {
        foreach (var command in commands) body.Apply(RosterDecisions.Appoint(body, command, Units).Event!);
        return body;
    }

    [Fact]
    public void Establishing_twice_is_refused()
    {
        var refused = RosterDecisions.Establish(Body(), new EstablishBody(BodyKind.LeadingGroup, "领导小组", "文号", SetUp));
        Assert.Contains("不能重复成立", refused.Refusal!.Message);
    }

    [Fact]
    public void Establishing_needs_a_name_and_a_basis()
    {
        Assert.NotNull(RosterDecisions.Establish(null, new EstablishBody(BodyKind.WorkStation, " ", "文号", SetUp)).Refusal);
        Assert.NotNull(RosterDecisions.Establish(null, new EstablishBody(BodyKind.WorkStation, "工作站", "", SetUp)).Refusal);
        var established = RosterDecisions.Establish(null, new EstablishBody(BodyKind.WorkStation, " 工作站 ", "文号", SetUp)).Event!;
        Assert.Equal("工作站", established.Name);
        Assert.Equal(RosterNames.BodyId(BodyKind.WorkStation), established.BodyId);
    }

    [Fact]
    public void Appointing_produces_the_event_with_its_effective_date()
    {
        var decision = RosterDecisions.Appoint(Body(), Appoint("叶伟", RosterRole.Leader, new DateOnly(2023, 5, 1)), Units);
        Assert.Null(decision.Refusal);
        Assert.Equal(new DateOnly(2023, 5, 1), decision.Event!.EffectiveOn);
        Assert.Equal(RosterRole.Leader, decision.Event.Role);
    }

    [Fact]
    public void Appointing_before_the_body_was_set_up_is_refused()
    {
        var refused = RosterDecisions.Appoint(Body(), Appoint("叶伟", RosterRole.Member, new DateOnly(2022, 1, 27)), Units).Refusal;
        Assert.Contains("早于", refused!.Message);
    }

    [Fact]
    public void A_second_leader_is_refused()
    {
        var body = With(Body(), Appoint("叶伟", RosterRole.Leader));
        var refused = RosterDecisions.Appoint(body, Appoint("张三", RosterRole.Leader), Units).Refusal;
        Assert.Contains("只能有一名组长", refused!.Message);
    }

    [Fact]
    public void The_same_person_is_not_added_twice()
    {
        var body = With(Body(), Appoint("孔波", RosterRole.Member));
        var refused = RosterDecisions.Appoint(body, Appoint("孔波", RosterRole.DeputyLeader, new DateOnly(2023, 1, 1)), Units).Refusal;
        Assert.Contains("不能重复添加", refused!.Message);
    }

    [Fact]
    public void A_person_who_left_can_be_appointed_again_from_the_day_they_left()
    {
        var body = With(Body(), Appoint("孔波", RosterRole.Member));
        body.Apply(RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, SampleTown.PersonId("孔波"), new DateOnly(2023, 3, 1), "工作变动", "审批单")).Event!);
        Assert.Null(RosterDecisions.Appoint(body, Appoint("孔波", RosterRole.Member, new DateOnly(2023, 3, 1)), Units).Refusal);
        Assert.NotNull(RosterDecisions.Appoint(body, Appoint("孔波", RosterRole.Member, new DateOnly(2023, 2, 28)), Units).Refusal);
    }

    [Fact]
    public void A_role_the_body_does_not_have_is_refused()
    {
        var refused = RosterDecisions.Appoint(Body(), Appoint("邹利", RosterRole.ChildDirector, unit: Village.Id), Units).Refusal;
        Assert.Contains("没有“儿童主任”", refused!.Message);
    }

    [Fact]
    public void A_child_director_belongs_to_a_village_or_community()
    {
        var station = Body(BodyKind.WorkStation);
        Assert.NotNull(RosterDecisions.Appoint(station, Appoint("邹利", RosterRole.ChildDirector, unit: Office.Id, body: BodyKind.WorkStation), Units).Refusal);
        Assert.NotNull(RosterDecisions.Appoint(station, Appoint("邹利", RosterRole.ChildDirector, body: BodyKind.WorkStation), Units).Refusal);
        Assert.Null(RosterDecisions.Appoint(station, Appoint("邹利", RosterRole.ChildDirector, unit: Village.Id, body: BodyKind.WorkStation), Units).Refusal);
    }

    [Fact]
    public void An_unknown_unit_is_refused()
    {
        Assert.Contains("不存在", RosterDecisions.Appoint(Body(), Appoint("孔波", RosterRole.Member, unit: Guid.NewGuid()), Units).Refusal!.Message);
    }

    [Fact]
    public void A_blank_or_overlong_name_is_refused()
    {
        Assert.NotNull(RosterDecisions.Appoint(Body(), Appoint("  ", RosterRole.Member), Units).Refusal);
        Assert.NotNull(RosterDecisions.Appoint(Body(), Appoint(new string('张', 41), RosterRole.Member), Units).Refusal);
    }

    [Fact]
    public void Removing_someone_who_is_not_a_member_is_refused()
    {
        var refused = RosterDecisions.Depart(Body(), new EndMembership(BodyKind.LeadingGroup, Guid.NewGuid(), new DateOnly(2023, 1, 1), "工作变动", "审批单")).Refusal;
        Assert.Contains("不是", refused!.Message);
    }

    [Fact]
    public void The_leader_cannot_simply_be_removed()
    {
        var body = With(Body(), Appoint("叶伟", RosterRole.Leader));
        var refused = RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, SampleTown.PersonId("叶伟"), new DateOnly(2023, 1, 1), "工作变动", "审批单")).Refusal;
        Assert.Contains("必须始终有一名组长", refused!.Message);
    }

    [Fact]
    public void Leaving_needs_a_reason_and_a_date_after_the_start()
    {
        var body = With(Body(), Appoint("孔波", RosterRole.Member, new DateOnly(2023, 1, 1)));
        var person = SampleTown.PersonId("孔波");
        Assert.NotNull(RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, person, new DateOnly(2023, 6, 1), " ", "审批单")).Refusal);
        Assert.NotNull(RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, person, new DateOnly(2023, 1, 1), "工作变动", "审批单")).Refusal);
        Assert.NotNull(RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, person, new DateOnly(2022, 12, 31), "工作变动", "审批单")).Refusal);
        Assert.Null(RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, person, new DateOnly(2023, 6, 1), "工作变动", "审批单")).Refusal);
    }

    [Fact]
    public void The_roster_as_of_a_date_counts_a_departure_from_its_effective_day()
    {
        var body = With(Body(), Appoint("孔波", RosterRole.Member));
        body.Apply(RosterDecisions.Depart(body, new EndMembership(BodyKind.LeadingGroup, SampleTown.PersonId("孔波"), new DateOnly(2024, 7, 1), "工作变动", "审批单")).Event!);
        Assert.Single(body.ActiveOn(new DateOnly(2024, 6, 30)));
        Assert.Empty(body.ActiveOn(new DateOnly(2024, 7, 1)));
        Assert.Empty(body.ActiveOn(new DateOnly(2022, 1, 27)));
    }

    [Fact]
    public void A_unit_is_registered_once_by_name()
    {
        var refused = RosterDecisions.RegisterUnit(null, [Village], new RegisterMemberUnit(Guid.NewGuid(), "建设村", UnitKind.Village, 1)).Refusal;
        Assert.Contains("不能重复登记", refused!.Message);
        Assert.NotNull(RosterDecisions.RegisterUnit(null, [], new RegisterMemberUnit(Guid.NewGuid(), "", UnitKind.Village, 1)).Refusal);
    }

    [Fact]
    public void The_sample_town_matches_the_notice()
    {
        Assert.Single(SampleTown.LeadingGroup, s => s.Role == RosterRole.Leader);
        Assert.Equal(5, SampleTown.LeadingGroup.Count(s => s.Role == RosterRole.DeputyLeader));
        Assert.Equal(21, SampleTown.LeadingGroup.Count(s => s.Role == RosterRole.Member));
        Assert.Equal(20, SampleTown.WorkStation.Count);
        Assert.Equal(9, SampleTown.WorkStation.Count(s => s.Role == RosterRole.ChildDirector));
        Assert.Equal(9, SampleTown.WorkStation.Where(s => s.Role == RosterRole.ChildDirector).Select(s => s.Unit).Distinct().Count());
    }
}
