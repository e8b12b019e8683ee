namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>The signed-in user a decision is taken for.</summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlyCollection<string> Roles, Guid? UnitId, Guid? PersonId)
{
    public bool Is(string role) => Roles.Contains(role);
}

/// <summary>Who did a step, as recorded on it.</summary>
public sealed record StepBy(Guid UserId, string Name, DateTimeOffset At)
{
    public static StepBy Of(Actor actor, DateTimeOffset at) => new(actor.UserId, actor.Name, at);
}

/// <summary>The roles of a town's accounts, as the notice names them (UI terms).</summary>
public static class Roles
{
    public const string Administrator = "管理员";
    public const string Secretariat = "办公室";
    public const string Leader = "组长";
    public const string DeputyLeader = "副组长";
    public const string UnitLiaison = "成员单位联络人";
    public const string WorkStation = "工作站";
    public const string Reader = "查阅";

    public static readonly IReadOnlyList<string> All = [Administrator, Secretariat, Leader, DeputyLeader, UnitLiaison, WorkStation, Reader];
}

/// <summary>Roles of the district (区), held by an account for every town of the deployment.</summary>
public static class DistrictRoles
{
    /// <summary>区未保办: reads every town's records; writes nothing in a town.</summary>
    public const string Reader = "区未保办";
    /// <summary>区管理员: adds towns and their first administrator.</summary>
    public const string Administrator = "区管理员";

    public static readonly IReadOnlyList<string> All = [Reader, Administrator];
}
