namespace Secretariat.Web.Features.Accounts;

/// <summary>A local account. Passwords are hashed with ASP.NET Core's PasswordHasher; user names are unique.</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public List<string> Roles { get; set; } = [];

    /// <summary>The unit a 成员单位联络人 acts for.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The person on the roster this account belongs to, if any (e.g. the 站长, who approves work-station changes).</summary>
    public Guid? PersonId { get; set; }

    public bool Disabled { get; set; }

    /// <summary>Set while the password is a generated one-time password: the user must choose their own first.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A signed-in session. The cookie only names it, so signing out (deleting it) ends it for real.</summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
}
