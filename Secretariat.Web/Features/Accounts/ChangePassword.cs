using System.Security.Claims;
using Htmx;
using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Accounts;

public sealed record ChangePasswordPageModel(bool Required, string? Error = null);

public static class ChangePasswordEndpoints
{
    public const string Path = "/account/password";

    /// <summary>Mapped on a group at <see cref="Path"/> that any signed-in account reaches (the one-time password gate lets it through).</summary>
    public static void MapChangePassword(this RouteGroupBuilder group)
    {
        group.MapGet("", (HttpContext context) => PageResults.Page<ChangePasswordPage, ChangePasswordPageModel>(context,
            new ChangePasswordPageModel(MustChange(context))));

        group.MapPost("", async ([FromForm] string? current, [FromForm] string? replacement, [FromForm] string? confirmation,
                HttpContext context, AccountService accounts, IQuerySession session, CancellationToken ct) =>
            {
                var userId = Guid.Parse(context.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
                var sessionId = Guid.Parse(context.User.FindFirstValue(SignInEndpoints.SessionClaim)!);
                var refusal = await accounts.ChangePasswordAsync(userId, sessionId, current, replacement, confirmation, ct);
                if (refusal is not null)
                    return PageResults.Page<ChangePasswordPage, ChangePasswordPageModel>(context,
                        new ChangePasswordPageModel(MustChange(context), refusal), StatusCodes.Status422UnprocessableEntity);

                // A new cookie without the "must change" mark, for the same server-side session.
                var account = await session.LoadAsync<UserAccount>(userId, ct);
                await SignInEndpoints.IssueCookieAsync(context, account!, sessionId);
                if (context.Request.IsHtmx())
                {
                    context.Response.Htmx(h => h.Redirect("/"));
                    return Results.NoContent();
                }
                return Results.Redirect("/");
            });
    }

    private static bool MustChange(HttpContext context) => context.User.HasClaim(c => c.Type == SignInEndpoints.MustChangePasswordClaim);
}

/// <summary>Until a one-time password is replaced, every page leads to the change-password page.</summary>
public sealed class OneTimePasswordGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == SignInEndpoints.MustChangePasswordClaim)
            && !context.Request.Path.StartsWithSegments(ChangePasswordEndpoints.Path)
            && !context.Request.Path.StartsWithSegments("/sign-out")
            && !context.Request.Path.StartsWithSegments("/sign-in"))
        {
            if (context.Request.IsHtmx()) context.Response.Htmx(h => h.Redirect(ChangePasswordEndpoints.Path));
            else context.Response.Redirect(ChangePasswordEndpoints.Path);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
