using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// Thresholds of section SignIn: N failures lock a user name for M minutes; attempts a minute per client address (an office
/// behind one NAT address shares it) and per client address and user name (one guesser of one name).
/// </summary>
public sealed class SignInLockoutOptions
{
    public const string Section = "SignIn";
    public int LockoutFailures { get; set; } = 10;
    public int LockoutMinutes { get; set; } = 15;
    public int AttemptsPerMinutePerAddress { get; set; } = 300;
    public int AttemptsPerMinutePerAddressAndUser { get; set; } = 20;
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

    /// <summary>
    /// One more failure, counted on the latest record (the endpoint holds the name's lock meanwhile, so N failures at once count N).
    /// The Nth failure since the last success or the last lockout's end locks the name; failures during a lockout (tries that
    /// passed the check just before it began) are counted and do not lock it again. A lapsed lockout starts a new count.
    /// </summary>
    public static SignInFailures AfterFailure(SignInFailures? previous, string key, DateTimeOffset now, string? address, SignInLockoutOptions options)
    {
        var lapsed = previous?.LockedUntil is { } until && until <= now;
        var count = (previous is null || lapsed ? 0 : previous.Count) + 1;
        var locked = !lapsed && IsLocked(previous, now);
        var locks = !locked && count >= options.LockoutFailures;
        return new SignInFailures
        {
            Id = key, Count = count, LastFailureAt = now, LastAddress = address,
            LockedUntil = locks ? now.AddMinutes(options.LockoutMinutes) : lapsed ? null : previous?.LockedUntil,
            LockedAt = locks ? now : previous?.LockedAt,
            Lockouts = (previous?.Lockouts ?? 0) + (locks ? 1 : 0)
        };
    }

    /// <summary>The failures of one name are counted one at a time across every instance: (this class, the name's hash).</summary>
    public const int LockClass = 0x5EC0_0010;

    /// <summary>
    /// Takes the name's lock for the session's transaction (released when it commits): a failure then reads the count the one before it
    /// wrote. Every failure of one name queues here, whatever the instance.
    /// </summary>
    public static async Task LockAsync(IDocumentSession session, string key, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<int>("select count(*)::int from (select pg_advisory_xact_lock(?, hashtext(?))) as taken", ct, LockClass, key);
    }

    /// <summary>The key of the per-address-and-name limit: the client address and the lower-cased name.</summary>
    public static string PairKey(string? address, string key) => $"{address ?? "local"}|{key}";

    public const string TooManyAttempts = "登录尝试过于频繁，请一分钟后再试。";

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, SignInLockoutOptions options) =>
        services.AddSingleton(new SignInAttempts(options)).AddRateLimiter(limiter =>
        {
            // Per client address; an office behind one NAT address stays well under it, a password sprayer does not.
            // The per-address-and-name limit is taken in the endpoint, where the name is read from the form (SignInAttempts).
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.AttemptsPerMinutePerAddress, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(ChinesePages.Html(TooManyAttempts), ct);
            };
        });
}

/// <summary>
/// Sign-in attempts a minute per client address and user name (<see cref="SignInLockoutOptions.AttemptsPerMinutePerAddressAndUser"/>):
/// one guesser of one name is slowed down before the lockout, without an office behind one address sharing a small limit.
/// </summary>
public sealed class SignInAttempts(SignInLockoutOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.AttemptsPerMinutePerAddressAndUser, Window = TimeSpan.FromMinutes(1)
        }));

    /// <summary>Whether one more attempt of this name from this address is allowed now.</summary>
    public bool TryTake(string? address, string key)
    {
        using var lease = _limiter.AttemptAcquire(SignInLockoutRules.PairKey(address, key));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
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
