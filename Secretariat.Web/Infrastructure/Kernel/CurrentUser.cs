using System.Security.Claims;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>The signed-in user of a request as every feature sees it: the claims sign-in issues, read back as an <see cref="Actor"/>.</summary>
public static class CurrentUser
{
    /// <summary>The unit a 成员单位联络人 acts for, in the request's town.</summary>
    public const string UnitClaim = "secretariat:unit";

    /// <summary>The roster person the account is linked to in the request's town (e.g. the 站长).</summary>
    public const string PersonClaim = "secretariat:person";

    /// <summary>The signed-in user as the decisions see them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
        Guid.TryParse(user.FindFirstValue(UnitClaim), out var unit) ? unit : null,
        Guid.TryParse(user.FindFirstValue(PersonClaim), out var person) ? person : null);
}
