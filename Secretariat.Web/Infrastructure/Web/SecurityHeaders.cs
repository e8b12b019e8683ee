using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>Headers every response carries, response compression, and static files with long cache lifetimes.</summary>
public static class SecurityHeaders
{
    /// <summary>Only the app's own scripts and styles; nothing inline, nothing framed, nothing from elsewhere.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Hangfire's own dashboard writes inline scripts and styles: it alone is allowed them (管理员 only).</summary>
    private const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddSecretariatHeaders(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddResponseCompression(o =>
        {
            // Pages carry antiforgery tokens: over HTTPS compression would open them to BREACH-style guessing, and a
            // reverse proxy that terminates TLS compresses on its own terms (see README: behind a reverse proxy).
            o.EnableForHttps = false;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddSingleton<StaticAssets>();
        services.AddSingleton<PrecompressedAssets>();
        return services;
    }

    public static void UseSecretariatHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire") ? DashboardPolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                // A signed-in page is never kept by the browser: Back after 退出登录 asks the server (and the sign-in page).
                if (context.User.Identity?.IsAuthenticated == true && headers.ContentType.ToString().StartsWith("text/html", StringComparison.Ordinal)
                    && !headers.CacheControl.ToString().Contains("no-store"))
                    headers.CacheControl = "no-store";
                headers.Remove("Server");
                headers.Remove("blazor-enhanced-nav");
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseResponseCompression();
        var assets = app.Services.GetRequiredService<StaticAssets>();
        var precompressed = app.Services.GetRequiredService<PrecompressedAssets>();
        app.Use((context, next) => precompressed.InvokeAsync(context, next));
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = assets.SetCacheLifetime });
    }
}

/// <summary>
/// Fingerprinted URLs for the files under wwwroot (<c>/css/site.css?v=hash</c>): a fingerprinted request is cached for a
/// year, since a changed file gets a new URL; a plain one is revalidated.
/// </summary>
public sealed class StaticAssets(IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, string> _urls = new();

    public string Url(string path) => _urls.GetOrAdd(path, p =>
    {
        var file = environment.WebRootFileProvider.GetFileInfo(p);
        if (!file.Exists) return "/" + p;
        using var stream = file.CreateReadStream();
        return $"/{p}?v={Convert.ToHexString(SHA256.HashData(stream))[..12].ToLowerInvariant()}";
    });

    public void SetCacheLifetime(StaticFileResponseContext context) => context.Context.Response.Headers.CacheControl = CacheControl(context.Context.Request);

    /// <summary>A year for the current fingerprint, else revalidate.</summary>
    public string CacheControl(HttpRequest request)
    {
        var path = request.Path.Value?.TrimStart('/') ?? "";
        return request.Query.TryGetValue("v", out var version) && Url(path).EndsWith("?v=" + version, StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
    }
}
