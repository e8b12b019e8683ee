namespace Secretariat.Web.Features.Roster;

public enum BodyKind
{
    LeadingGroup,
    Secretariat,
    WorkStation
}

public enum RosterRole
{
    Leader,
    DeputyLeader,
    Member,
    SecretariatDirector,
    SecretariatDeputyDirector,
    SecretariatStaff,
    StationMaster,
    DeputyStationMaster,
    StationMember,
    ChildSupervisor,
    ChildDirector
}

public enum UnitKind
{
    TownBody,
    Village,
    Community,
    Organisation
}

public static class RosterNames
{
    /// <summary>
    /// Each body's stream has a fixed id within its town: the stream's identity is (town, id) under conjoined tenancy,
    /// so every town has its own leading group under the same id (and databases from before towns keep theirs).
    /// </summary>
    public static Guid BodyId(BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => Guid.Parse("6a1d0001-0000-4000-8000-000000000001"),
        BodyKind.Secretariat => Guid.Parse("6a1d0001-0000-4000-8000-000000000002"),
        BodyKind.WorkStation => Guid.Parse("6a1d0001-0000-4000-8000-000000000003"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind))
    };

    public static readonly Guid SampleTownStreamId = Guid.Parse("6a1d0001-0000-4000-8000-0000000000ff");

    public static string Chinese(this BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => "领导小组",
        BodyKind.Secretariat => "领导小组办公室",
        BodyKind.WorkStation => "未成年人保护工作站",
        _ => kind.ToString()
    };

    public static string Slug(this BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => "leading-group",
        BodyKind.Secretariat => "secretariat",
        BodyKind.WorkStation => "work-station",
        _ => kind.ToString()
    };

    public static string Chinese(this RosterRole role) => role switch
    {
        RosterRole.Leader => "组长",
        RosterRole.DeputyLeader => "副组长",
        RosterRole.Member => "成员",
        RosterRole.SecretariatDirector => "主任",
        RosterRole.SecretariatDeputyDirector => "副主任",
        RosterRole.SecretariatStaff => "工作人员",
        RosterRole.StationMaster => "站长",
        RosterRole.DeputyStationMaster => "副站长",
        RosterRole.StationMember => "成员",
        RosterRole.ChildSupervisor => "儿童督导员",
        RosterRole.ChildDirector => "儿童主任",
        _ => role.ToString()
    };

    public static string Chinese(this UnitKind kind) => kind switch
    {
        UnitKind.TownBody => "镇属单位",
        UnitKind.Village => "村",
        UnitKind.Community => "社区",
        UnitKind.Organisation => "社会组织",
        _ => kind.ToString()
    };

    /// <summary>The roles a body has, in the order a roster lists them.</summary>
    public static IReadOnlyList<RosterRole> RolesOf(BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => [RosterRole.Leader, RosterRole.DeputyLeader, RosterRole.Member],
        BodyKind.Secretariat => [RosterRole.SecretariatDirector, RosterRole.SecretariatDeputyDirector, RosterRole.SecretariatStaff],
        BodyKind.WorkStation =>
        [
            RosterRole.StationMaster, RosterRole.DeputyStationMaster, RosterRole.StationMember, RosterRole.ChildSupervisor,
            RosterRole.ChildDirector
        ],
        _ => []
    };

    /// <summary>Roles held by exactly one person at a time.</summary>
    public static bool IsSingleSeat(this RosterRole role) =>
        role is RosterRole.Leader or RosterRole.SecretariatDirector or RosterRole.StationMaster;
}
