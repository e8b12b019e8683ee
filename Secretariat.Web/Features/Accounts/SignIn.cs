using System.Security.Claims;
using Htmx;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Secretariat.Web.Infrastructure.Web;

namespace Secretariat.Web.Features.Accounts;

public sealed record SignInPageModel(string? ReturnUrl, string? Error = null, string? UserName = null);

public static class SignInEndpoints
{
    public const string SessionClaim = "secretariat:session";
    public const string UnitClaim = "secretariat:unit";
    public const string PersonClaim = "secretariat:person";
    public const string FailedMessage = "用户名或密码不正确，或账号已停用。";

    public static void MapSignIn(this RouteGroupBuilder group)
    {
        group.MapGet("/sign-in", (HttpContext context, string? returnUrl) =>
                PageResults.Page<SignInPage, SignInPageModel>(context, new SignInPageModel(SafeReturnUrl(returnUrl))))
            .AllowAnonymous();

        group.MapPost("/sign-in", async ([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
                HttpContext context, AccountService accounts, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
            {
                var account = string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)
                    ? null
                    : await accounts.VerifyAsync(userName, password, ct);
                if (account is null)
                    return PageResults.Page<SignInPage, SignInPageModel>(context,
                        new SignInPageModel(SafeReturnUrl(returnUrl), FailedMessage, userName), StatusCodes.Status422UnprocessableEntity);

                var signIn = new SignInSession { Id = Guid.NewGuid(), UserId = account.Id, StartedAt = time.GetUtcNow() };
                session.Store(signIn);
                await session.SaveChangesAsync(ct);

                await IssueCookieAsync(context, account, signIn.Id);

                var target = account.MustChangePassword ? ChangePasswordEndpoints.Path : SafeReturnUrl(returnUrl) ?? "/";
                if (context.Request.IsHtmx())
                {
                    // A full navigation, so the new page carries antiforgery tokens for the signed-in user.
                    context.Response.Htmx(h => h.Redirect(target));
                    return Results.NoContent();
                }
                return Results.Redirect(target);
            })
            .AllowAnonymous();

        // Whatever the role, also while a one-time password must still be changed (OneTimePasswordGate lets it through).
        group.MapPost("/sign-out", async (HttpContext context, IDocumentSession session, CancellationToken ct) =>
        {
            if (Guid.TryParse(context.User.FindFirstValue(SessionClaim), out var sessionId))
            {
                session.Delete<SignInSession>(sessionId);
                await session.SaveChangesAsync(ct);
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/sign-in");
        }).RequireAuthorization(Policies.SignedIn);
    }

    public const string MustChangePasswordClaim = "secretariat:must-change-password";

    public static Task IssueCookieAsync(HttpContext context, UserAccount account, Guid sessionId)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(SessionClaim, sessionId.ToString())
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.UnitId is { } unit) claims.Add(new Claim(UnitClaim, unit.ToString()));
        if (account.PersonId is { } person) claims.Add(new Claim(PersonClaim, person.ToString()));
        if (account.MustChangePassword) claims.Add(new Claim(MustChangePasswordClaim, "true"));
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
    }

    /// <summary>Only a path on this site: never an open redirect.</summary>
    public static string? SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : null;

    /// <summary>Rejects a cookie whose server-side session was ended (signed out, account disabled).</summary>
    public static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var session = context.HttpContext.RequestServices.GetRequiredService<IQuerySession>();
        var valid = Guid.TryParse(context.Principal?.FindFirstValue(SessionClaim), out var sessionId)
                    && await session.LoadAsync<SignInSession>(sessionId, context.HttpContext.RequestAborted) is not null;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
