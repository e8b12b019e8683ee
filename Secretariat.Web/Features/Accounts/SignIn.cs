using Marten.Patching;
using System.Security.Claims;
using Htmx;
using Secretariat.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Accounts;

public sealed record SignInPageModel(string? ReturnUrl, string? Error = null, string? UserName = null);

public static class SignInEndpoints
{
    public const string SessionClaim = "secretariat:session";
    public const string FailedMessage = "用户名或密码不正确，或账号已停用。";

    public static void MapSignIn(this RouteGroupBuilder group)
    {
        group.MapGet("/sign-in", (HttpContext context, string? returnUrl) =>
                PageResults.Page<SignInPage, SignInPageModel>(context, new SignInPageModel(SafeReturnUrl(returnUrl))))
            .AllowAnonymous();

        group.MapPost("/sign-in", async ([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
                HttpContext context, AccountService accounts, IDocumentSession session, TimeProvider time, SignInLockoutOptions lockout,
                SignInAttempts attempts, ILogger<SignInPageModel> log, CancellationToken ct) =>
            {
                var now = time.GetUtcNow();
                var key = SignInLockoutRules.KeyOf(userName);
                var address = context.Connection.RemoteIpAddress?.ToString();
                // One address guessing one name: slowed down here, before any password is checked (the address as a whole has its own limit).
                if (key.Length > 0 && !attempts.TryTake(address, key))
                {
                    context.Response.Headers.RetryAfter = "60";
                    return Results.Content(ChinesePages.Html(SignInLockoutRules.TooManyAttempts), "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
                }
                var failures = key.Length == 0 ? null : await session.LoadAsync<SignInFailures>(key, ct);
                // While locked even the right password gets the lockout message: guessing gains nothing.
                if (SignInLockoutRules.IsLocked(failures, now))
                    return Refused(SignInLockoutRules.LockedMessage(failures!.LockedUntil!.Value));
                var account = string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)
                    ? null
                    : await accounts.VerifyAsync(userName, password, ct);
                if (account is null)
                {
                    if (key.Length == 0) return Refused(FailedMessage);
                    // Counted under the name's lock on the latest record: N failures at once count N, and the Nth locks the name.
                    await SignInLockoutRules.LockAsync(session, key, ct);
                    var latest = await session.LoadAsync<SignInFailures>(key, ct);
                    var after = SignInLockoutRules.AfterFailure(latest, key, now, address, lockout);
                    session.Store(after);
                    await session.SaveChangesAsync(ct);
                    if (!SignInLockoutRules.IsLocked(after, now)) return Refused(FailedMessage);
                    if (after.LockedAt == now)
                        log.LogWarning("Sign-in locked for {UserName} until {Until} after {Failures} failures (last from {Address})",
                            key, after.LockedUntil, after.Count, after.LastAddress);
                    return Refused(SignInLockoutRules.LockedMessage(after.LockedUntil!.Value));
                }
                if (failures is not null) session.Delete(failures);

                var signIn = new SignInSession { Id = Guid.NewGuid(), UserId = account.Id, StartedAt = now };
                session.Store(signIn);
                // Only the one field: a change the administrator saves meanwhile is not overwritten.
                session.Patch<UserAccount>(account.Id).Set(a => a.LastSignInAt, now);
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

                IResult Refused(string message) => PageResults.Page<SignInPage, SignInPageModel>(context,
                    new SignInPageModel(SafeReturnUrl(returnUrl), message, userName), StatusCodes.Status422UnprocessableEntity);
            })
            .RequireRateLimiting(SignInLockoutRules.RateLimitPolicy)
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
            // Nothing of the signed-in pages stays in this browser (htmx's storage, the page cache).
            context.Response.Headers["Clear-Site-Data"] = "\"cache\", \"storage\"";
            return Results.Redirect("/sign-in");
        }).RequireAuthorization(Policies.SignedIn);
    }

    public const string MustChangePasswordClaim = "secretariat:must-change-password";

    public static Task IssueCookieAsync(HttpContext context, UserAccount account, Guid sessionId)
    {
        // The cookie names the account and its server-side session; the roles come from the account on every
        // request, for the town the request is in (a membership changed is in force on the next click).
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(SessionClaim, sessionId.ToString())
        };
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
    }

    /// <summary>The account of the request, as the session check loaded it (null when not signed in).</summary>
    public static UserAccount? Account(this HttpContext context) => context.Items[typeof(UserAccount)] as UserAccount;

    /// <summary>
    /// The signed-in user as the policies see them in the request's town: that membership's roles, unit and roster
    /// person, plus the account's district roles. Outside a town, the district roles only.
    /// </summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount account, Guid sessionId, string? town)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(SessionClaim, sessionId.ToString())
        };
        if (account.In(town) is { } membership)
        {
            claims.AddRange(membership.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
            if (membership.UnitId is { } unit) claims.Add(new Claim(CurrentUser.UnitClaim, unit.ToString()));
            if (membership.PersonId is { } person) claims.Add(new Claim(CurrentUser.PersonClaim, person.ToString()));
        }
        claims.AddRange(account.DistrictRoles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.MustChangePassword) claims.Add(new Claim(MustChangePasswordClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>
    /// Only a path on this site, by a strict check: one leading slash, no scheme or host, no backslash, no control
    /// character (browsers drop tabs and newlines: "/\t/evil" is "//evil"), no encoded slash or backslash.
    /// </summary>
    public static string? SafeReturnUrl(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2000 || returnUrl[0] != '/') return null;
        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') return null;
        if (returnUrl.Any(c => char.IsControl(c) || c == '\\' || char.IsWhiteSpace(c))) return null;
        if (returnUrl.Contains("%2f", StringComparison.OrdinalIgnoreCase) || returnUrl.Contains("%5c", StringComparison.OrdinalIgnoreCase) ||
            returnUrl.Contains("%09") || returnUrl.Contains("%0a", StringComparison.OrdinalIgnoreCase) || returnUrl.Contains("%0d", StringComparison.OrdinalIgnoreCase))
            return null;
        return Uri.TryCreate(returnUrl, UriKind.Relative, out _) ? returnUrl : null;
    }

    /// <summary>Rejects a cookie whose server-side session was ended (signed out, account disabled); else the request's principal for its town.</summary>
    public static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var ct = context.HttpContext.RequestAborted;
        var town = services.GetRequiredService<CurrentTown>().Code;
        SignInSession? signIn = null;
        UserAccount? account = null;
        if (Guid.TryParse(context.Principal?.FindFirstValue(SessionClaim), out var sessionId) &&
            Guid.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            // Taken before the statement: a save of this process after it makes the request read the version again.
            var localCommits = town is null ? 0 : Infrastructure.Caching.ReadModelVersion.LocalCommitsOf(town);
            var read = await services.GetRequiredService<SessionCheck>().ReadAsync(sessionId, userId, town, ct);
            (signIn, account) = (read.Session, read.Account);
            if (town is not null) services.GetRequiredService<Infrastructure.Caching.RequestReadModelVersion>().Set(town, read.TownVersion, localCommits);
        }
        if (signIn is null || account is null || account.Disabled || signIn.UserId != account.Id)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.HttpContext.Items[typeof(UserAccount)] = account;
        context.ReplacePrincipal(PrincipalFor(account, sessionId, town));
    }
}
