using Microsoft.AspNetCore.Authorization;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// Who may call what, named once: route groups and endpoints name a policy; rules that depend on the record
/// (a liaison's own unit, this meeting's convener, the current 站长) are each feature's own rule function.
/// </summary>
public static class Policies
{
    /// <summary>Every role of the town reads (查阅 and up).</summary>
    public const string Reader = "Reader";
    public const string Administrator = "Administrator";
    public const string Secretariat = "Secretariat";
    /// <summary>组长 or 副组长: they sign off or return the minutes of meetings they convened.</summary>
    public const string Leaders = "Leaders";
    public const string WorkStation = "WorkStation";
    /// <summary>工作站 or 办公室: appointments and training of child directors and supervisors.</summary>
    public const string TrainingManagers = "TrainingManagers";
    /// <summary>工作站 or 办公室 as reviewers: the 初审 of a campaign's evidence (六(三)).</summary>
    public const string Reviewers = "Reviewers";
    /// <summary>办公室 or 成员单位联络人: who files adjustments, proposes agenda items, reports progress.</summary>
    public const string SecretariatOrLiaison = "SecretariatOrLiaison";
    /// <summary>管理员 or 办公室: read the town's accounts (账号管理) and edit their contacts; read the notification log.</summary>
    public const string AdministratorOrSecretariat = "AdministratorOrSecretariat";
    /// <summary>区未保办: the district's reader of every town (the district view, the inbox of major matters).</summary>
    public const string District = "District";
    /// <summary>区管理员: adds towns and their first administrator; the jobs dashboard.</summary>
    public const string DistrictAdministrator = "DistrictAdministrator";
    /// <summary>A signed-in user whatever their role (their own password, signing out).</summary>
    public const string SignedIn = "SignedIn";

    public static AuthorizationBuilder AddSecretariatPolicies(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
        // In a town the district's reader reads as 查阅 does (TownAccess refuses its writes there whatever the route).
        .AddPolicy(Reader, p => p.RequireRole([.. Roles.All, DistrictRoles.Reader]))
        .AddPolicy(District, p => p.RequireRole(DistrictRoles.Reader))
        .AddPolicy(DistrictAdministrator, p => p.RequireRole(DistrictRoles.Administrator))
        .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
        .AddPolicy(Secretariat, p => p.RequireRole(Roles.Secretariat))
        .AddPolicy(AdministratorOrSecretariat, p => p.RequireRole(Roles.Administrator, Roles.Secretariat))
        .AddPolicy(Leaders, p => p.RequireRole(Roles.Leader, Roles.DeputyLeader))
        .AddPolicy(WorkStation, p => p.RequireRole(Roles.WorkStation))
        .AddPolicy(TrainingManagers, p => p.RequireRole(Roles.WorkStation, Roles.Secretariat))
        .AddPolicy(Reviewers, p => p.RequireRole(Roles.WorkStation, Roles.Secretariat))
        .AddPolicy(SecretariatOrLiaison, p => p.RequireRole(Roles.Secretariat, Roles.UnitLiaison));

    /// <summary>The answer when a record-level rule says no (the Chinese 403 page is rendered by the status-code pages).</summary>
    public static IResult Forbidden() => Results.StatusCode(StatusCodes.Status403Forbidden);
}
