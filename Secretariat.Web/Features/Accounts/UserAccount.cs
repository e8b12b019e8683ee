using Kernel = Secretariat.Web.Infrastructure.Kernel;

namespace Secretariat.Web.Features.Accounts;

/// <summary>A local account. Passwords are hashed with ASP.NET Core's PasswordHasher; user names are unique.</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    /// <summary>The towns this account works in, each with its roles there: a role holds within its town only.</summary>
    public List<TownMembership> Memberships { get; set; } = [];

    /// <summary>区未保办 (reads every town of the district) and 区管理员 (adds towns): roles of the district, not of a town.</summary>
    public List<string> DistrictRoles { get; set; } = [];

    /// <summary>The account's enabled membership of a town: a membership the town's 管理员 disabled gives no role there.</summary>
    public TownMembership? In(string? town) => town is null ? null : Memberships.FirstOrDefault(m => m.Town == town && !m.Disabled);

    /// <summary>The membership of a town whether enabled or not (the town's 账号管理 pages, the command line).</summary>
    public TownMembership? MembershipOf(string? town) => town is null ? null : Memberships.FirstOrDefault(m => m.Town == town);

    /// <summary>The memberships that give roles: the towns the account may open.</summary>
    public IReadOnlyList<TownMembership> EnabledMemberships() => Memberships.Where(m => !m.Disabled).ToList();

    /// <summary>The account reads every town (a district role that reads towns, <see cref="Capability.ReadTown"/>), not only its memberships.</summary>
    public bool ReadsEveryTown => DistrictRoles.Any(r => Permissions.IsDistrictRole(r) && Permissions.Grants([r], Capability.ReadTown));

    public bool Disabled { get; set; }

    /// <summary>Set while the password is a generated one-time password: the user must choose their own first.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the account last signed in (any town); null before its first sign-in.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Where notices reach this (adult, staff) user: set by the user or by the office.</summary>
    public string? Email { get; set; }
    public string? Mobile { get; set; }

    /// <summary>The kinds of notice (<see cref="Kernel.NoticeKinds"/>) the user asked not to receive by e-mail.</summary>
    public List<string> MutedNotices { get; set; } = [];

    public bool Wants(string noticeKind) => !MutedNotices.Contains(noticeKind);
}

/// <summary>One town's roles of an account, with the unit a 成员单位联络人 acts for and the roster person (e.g. the 站长).</summary>
public sealed class TownMembership
{
    public string Town { get; set; } = "";
    public List<string> Roles { get; set; } = [];
    public Guid? UnitId { get; set; }
    public Guid? PersonId { get; set; }

    /// <summary>The town's administrator disabled the account in this town (its other towns are untouched).</summary>
    public bool Disabled { get; set; }
}

/// <summary>A signed-in session. The cookie only names it, so signing out (deleting it) ends it for real.</summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
}
