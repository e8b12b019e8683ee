using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Secretariat.Web.Features.Accounts;

/// <summary>Thresholds of section SignIn: N failures lock a user name for M minutes; attempts per client address a minute.</summary>
public sealed class SignInLockoutOptions
{
    public const string Section = "SignIn";
    public int LockoutFailures { get; set; } = 10;
    public int LockoutMinutes { get; set; } = 15;
    public int AttemptsPerMinutePerAddress { get; set; } = 60;
}

/// <summary>
/// Failed sign-ins of one user name (lower-cased), whether or not an account of that name exists, so that a lockout
/// says nothing about which accounts exist.
/// </summary>
public sealed class SignInFailures
{
    public string Id { get; set; } = "";
    public int Count { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
    public string? LastAddress { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? LockedAt { get; set; }
    public int Lockouts { get; set; }
}

/// <summary>Pure rules of the lockout; the endpoint loads and stores the document.</summary>
public static class SignInLockoutRules
{
    public const string RateLimitPolicy = "sign-in";

    public static string KeyOf(string? userName) => (userName ?? "").Trim().ToLowerInvariant();

    public static bool IsLocked(SignInFailures? failures, DateTimeOffset now) => failures?.LockedUntil is { } until && until > now;

    public static string LockedMessage(DateTimeOffset until) =>
        $"登录失败次数过多，请于 {until.ChineseDateTime()}（北京时间）后再试。";

    /// <summary>One more failure; the Nth within a lockout's reach locks the name (a lapsed lockout starts a new count).</summary>
    public static SignInFailures AfterFailure(SignInFailures? previous, string key, DateTimeOffset now, string? address, SignInLockoutOptions options)
    {
        var lapsed = previous?.LockedUntil is { } until && until <= now;
        var count = (previous is null || lapsed ? 0 : previous.Count) + 1;
        var locks = count >= options.LockoutFailures;
        return new SignInFailures
        {
            Id = key, Count = locks ? 0 : count, LastFailureAt = now, LastAddress = address,
            LockedUntil = locks ? now.AddMinutes(options.LockoutMinutes) : lapsed ? null : previous?.LockedUntil,
            LockedAt = locks ? now : previous?.LockedAt,
            Lockouts = (previous?.Lockouts ?? 0) + (locks ? 1 : 0)
        };
    }

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, SignInLockoutOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            // Per client address; an office behind one NAT address stays well under it, a password sprayer does not.
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AttemptsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(ChinesePages.Html("登录尝试过于频繁，请一分钟后再试。"), ct);
            };
        });
}

public sealed record LockoutsPageModel(IReadOnlyList<SignInFailures> Lockouts, DateTimeOffset Now);

public static class LockoutsEndpoint
{
    /// <summary>
    /// A town's 管理员: the user names of the town's own accounts locked now or before, newest first. The 区管理员 sees every
    /// name, also those without an account (guessing shows there); a town's administrator learns nothing of other towns.
    /// </summary>
    public static void MapLockouts(this RouteGroupBuilder group) =>
        group.MapGet("/account/lockouts", async (HttpContext context, IQuerySession session, CurrentTown town, TimeProvider time, CancellationToken ct) =>
        {
            var query = session.Query<SignInFailures>().Where(f => f.Lockouts > 0);
            if (!context.User.Can(Capability.AdministerDistrict))
            {
                var code = town.Required;
                var names = (await session.Query<UserAccount>().Where(u => u.Memberships.Any(m => m.Town == code)).Select(u => u.UserName).ToListAsync(ct))
                    .Select(SignInLockoutRules.KeyOf).ToArray();
                query = query.Where(f => f.Id.IsOneOf(names));
            }
            var lockouts = await query.OrderByDescending(f => f.LockedAt).Take(200).ToListAsync(ct);
            return PageResults.Page<LockoutsPage, LockoutsPageModel>(context, new LockoutsPageModel(lockouts, time.GetUtcNow()));
        }).RequireCapability(Capability.AdministerAccounts);
}
