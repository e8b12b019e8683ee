using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.DataProtection;

namespace Secretariat.Web.Infrastructure.Web;

public static class Authentication
{
    /// <summary>Cookie sign-in against server-side sessions, the named policies, antiforgery and Razor components.</summary>
    public static IServiceCollection AddSecretariatWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var keys = configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keyDir
            ? keyDir
            : Path.Combine(environment.ContentRootPath, ".data", "keys");
        var protection = services.AddDataProtection().SetApplicationName("Secretariat").PersistKeysToFileSystem(new DirectoryInfo(keys));
        // Encrypted at rest with the configured certificate; without one, in plain form (said at start).
        KeysAtRest.Configure(protection, configuration);

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/sign-in";
                o.LogoutPath = "/sign-out";
                o.AccessDeniedPath = "/forbidden";
                o.Cookie.Name = "secretariat";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure over HTTPS (also behind a TLS proxy with forwarded headers), plain only over plain HTTP.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SignInEndpoints.ValidateSessionAsync;
                o.Events.OnRedirectToLogin = RedirectForHtmx(o.Events.OnRedirectToLogin);
            });
        services.AddAuthorizationBuilder().AddSecretariatPolicies();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ForbiddenInPlace>();
        services.AddSecretariatHeaders();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddRazorComponents();
        // A route or query value that does not parse reaches the Chinese error page with the parameter's name.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Chinese text as text, not as &#x...; entities: smaller pages that read the same in the source.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return services;
    }

    /// <summary>htmx follows no 302 into a swap: tell it to navigate to the sign-in page instead.</summary>
    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> RedirectForHtmx(
        Func<RedirectContext<CookieAuthenticationOptions>, Task> fallback) => context =>
    {
        // Signing in is the district's, not a town's: /sign-in at the root, back to the town's page afterwards.
        var request = context.Request;
        context.RedirectUri = $"{request.Scheme}://{request.Host}/sign-in?ReturnUrl=" + Uri.EscapeDataString(request.PathBase + request.Path + request.QueryString);
        if (context.Request.Headers.ContainsKey("HX-Request"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers["HX-Redirect"] = context.RedirectUri;
            return Task.CompletedTask;
        }
        return fallback(context);
    };

    /// <summary>
    /// A policy that says no answers 403 in place with the Chinese status page, as a record-level refusal does.
    /// Hangfire's dashboard keeps the cookie scheme's redirect to /forbidden, as it always had.
    /// </summary>
    private sealed class ForbiddenInPlace : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
        {
            if (!result.Forbidden || context.Request.Path.StartsWithSegments("/hangfire"))
                return _default.HandleAsync(next, context, policy, result);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            var required = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => Policies.CapabilitiesOf(a.Policy)).OfType<IReadOnlyList<Capability>>()
                .Where(anyOf => !anyOf.Any(context.User.Can)).SelectMany(c => c).ToList();
            if (required is { Count: > 0 }) context.Items[ChinesePages.RequiredCapabilitiesKey] = required;
            return Task.CompletedTask;
        }
    }

    /// <summary>The request pipeline around the endpoints: errors in Chinese, sign-in, the one-time password gate, antiforgery.</summary>
    public static void UseSecretariatWeb(this WebApplication app)
    {
        app.UseSecretariatHeaders();
        app.UseStatusCodePages(ChinesePages.StatusCodeAsync);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ChinesePages.HandleExceptionAsync });
        // /t/{town}/... becomes the town's path base before routing, so routes are each town's own.
        app.UseTownPaths();
        // A NUL in the address (the query, or a path segment) cannot be stored or searched for: the request is refused before any page reads it.
        app.Use((context, next) =>
        {
            if ((context.Request.Path.Value?.Contains('\0') ?? false) || context.Request.Query.Any(q => q.Key.Contains('\0') || q.Value.Any(v => v?.Contains('\0') == true)))
            {
                context.Items[ChinesePages.ProblemKey] = ChinesePages.AddressUnreadable;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }
            return next(context);
        });
        app.UseRouting();
        // An empty id names no record (and Marten refuses it as a stream id): not found, never a 500.
        app.Use((context, next) =>
        {
            foreach (var value in context.Request.RouteValues.Values)
                if (value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }
            return next(context);
        });
        app.UseAuthentication();
        app.UseMiddleware<OneTimePasswordGate>();
        app.UseMiddleware<TownAccess>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryOnEveryChange>();
        app.UseAntiforgery();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (!KeysAtRest.IsConfigured(app.Configuration))
                app.Logger.LogWarning("数据保护密钥未加密保存（未配置 DataProtection:Certificate:Path）。Data-protection keys are stored unencrypted: " +
                                      "set DataProtection__Certificate__Path and DataProtection__Certificate__Password (README, Security and operation).");
            var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses) Console.WriteLine($"Secretariat 已启动，请用浏览器打开 Open: {address}/sign-in");
        });
    }
}
