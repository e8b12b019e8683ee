using Marten;
using Microsoft.AspNetCore.Hosting;

namespace Secretariat.Tests.Features.Accounts;

/// <summary>The defaults of the lockout (10 failures lock a name for 15 minutes).</summary>
public sealed class ConcurrentFailuresFixture : AppFixture;

/// <summary>A lockout far away, so that 40 failures at once are counted and nothing else happens.</summary>
public sealed class CountingFixture : AppFixture
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("SignIn:LockoutFailures", "100");
}

/// <summary>Small limits a minute: 3 attempts per address and name, 8 per address.</summary>
public sealed class PairLimitFixture : AppFixture
{
    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("SignIn:AttemptsPerMinutePerAddressAndUser", "3");
        builder.UseSetting("SignIn:AttemptsPerMinutePerAddress", "8");
        builder.UseSetting("SignIn:LockoutFailures", "100");
    }
}

internal static class WrongPasswords
{
    /// <summary>Posts the sign-in form <paramref name="times"/> times at once, each with its own form and token, from one address.</summary>
    public static async Task<int[]> AtOnceAsync(AppFixture app, string userName, int times, string? address = null)
    {
        var forms = await Task.WhenAll(Enumerable.Range(0, times).Select(_ => SignedIn.AnonymousFormAsync(app.Host)));
        var results = await Task.WhenAll(forms.Select((form, i) => app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-in");
            s.WriteFormData(new Dictionary<string, string>
            {
                ["userName"] = userName, ["password"] = $"wrong-password-{i}", ["__RequestVerificationToken"] = form.Token
            });
            s.WithRequestHeader("Cookie", form.Cookie);
            if (address is not null) s.ConfigureHttpContext(c => c.Connection.RemoteIpAddress = IPAddress.Parse(address));
            s.IgnoreStatusCode();
        })));
        return results.Select(r => r.Context.Response.StatusCode).ToArray();
    }

    public static async Task<SignInFailures?> StoredAsync(AppFixture app, string userName)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<SignInFailures>(SignInLockoutRules.KeyOf(userName));
    }
}

/// <summary>Failures of one name are counted one at a time, whatever arrives together: 40 at once lock the name (issue 25).</summary>
public class ConcurrentSignInFailureTests(ConcurrentFailuresFixture app) : IClassFixture<ConcurrentFailuresFixture>
{
    [Fact]
    public async Task Forty_wrong_passwords_at_once_count_forty_and_lock_the_name_once()
    {
        await app.CreateUserAsync("raced", "raced-password-1", [Roles.Reader]);
        var statuses = await WrongPasswords.AtOnceAsync(app, "raced", 40);
        Assert.All(statuses, s => Assert.Equal(422, s));
        var stored = await WrongPasswords.StoredAsync(app, "raced");
        Assert.NotNull(stored);
        Assert.Equal(40, stored.Count);
        Assert.Equal(1, stored.Lockouts);
        Assert.True(stored.LockedUntil > DateTimeOffset.UtcNow.AddMinutes(14), $"locked until {stored.LockedUntil}");
        // Locked: even the right password gets the lockout message.
        var (result, _) = await SignedIn.PostSignInAsync(app.Host, "raced", "raced-password-1", (HttpStatusCode)422);
        Assert.Contains("登录失败次数过多", await result.ReadAsTextAsync());
    }
}

public class ConcurrentSignInCountTests(CountingFixture app) : IClassFixture<CountingFixture>
{
    [Fact]
    public async Task Forty_failures_at_once_are_forty_in_the_record()
    {
        var statuses = await WrongPasswords.AtOnceAsync(app, "counted-name", 40);
        Assert.All(statuses, s => Assert.Equal(422, s));
        var stored = await WrongPasswords.StoredAsync(app, "counted-name");
        Assert.Equal(40, stored!.Count);
        Assert.Null(stored.LockedUntil);
        Assert.Equal(0, stored.Lockouts);
    }
}

/// <summary>Each address may try one name a few times a minute (SignIn:AttemptsPerMinutePerAddressAndUser), and all names more (…PerAddress).</summary>
public class SignInLimitTests(PairLimitFixture app) : IClassFixture<PairLimitFixture>
{
    [Fact]
    public async Task One_name_from_one_address_is_limited_before_the_address_and_others_go_on()
    {
        const string office = "10.1.1.1";
        for (var i = 0; i < 3; i++) Assert.Equal(new[] { 422 }, await WrongPasswords.AtOnceAsync(app, "guessed", 1, office));
        var limited = await WrongPasswords.AtOnceAsync(app, "guessed", 1, office);
        Assert.Equal(new[] { 429 }, limited);
        // The fourth was not even checked: the record counts three.
        Assert.Equal(3, (await WrongPasswords.StoredAsync(app, "guessed"))!.Count);
        // Another name from the same address (a colleague behind the office's NAT), and the same name from elsewhere, go on.
        Assert.Equal(new[] { 422 }, await WrongPasswords.AtOnceAsync(app, "colleague", 1, office));
        Assert.Equal(new[] { 422 }, await WrongPasswords.AtOnceAsync(app, "guessed", 1, "10.2.2.2"));
        // The address as a whole has its own limit (8 a minute): four more names, then 429 for any name.
        for (var i = 0; i < 3; i++) Assert.Equal(new[] { 422 }, await WrongPasswords.AtOnceAsync(app, $"sprayed{i}", 1, office));
        Assert.Equal(new[] { 429 }, await WrongPasswords.AtOnceAsync(app, "sprayed-last", 1, office));
    }
}
