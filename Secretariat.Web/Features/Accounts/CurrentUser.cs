using System.Security.Claims;

namespace Secretariat.Web.Features.Accounts;

public static class CurrentUser
{
    /// <summary>The signed-in user as the decisions see them.</summary>
    public static Actor Actor(this ClaimsPrincipal user) => new(
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
        user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
        Guid.TryParse(user.FindFirstValue(SignInEndpoints.UnitClaim), out var unit) ? unit : null,
        Guid.TryParse(user.FindFirstValue(SignInEndpoints.PersonClaim), out var person) ? person : null);
}
