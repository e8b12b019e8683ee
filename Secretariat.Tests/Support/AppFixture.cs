using Alba;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Secretariat.Tests.Support;

/// <summary>
/// One app host per test class, on its own fresh database in the run's PostgreSQL, with the town's sample loaded
/// and an administrator whose password the tests know.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "test-admin-password";

    public IAlbaHost Host { get; private set; } = default!;
    public string ConnectionString { get; protected set; } = "";

    protected void SetHost(IAlbaHost host) => Host = host;
    protected virtual bool LoadSample => true;

    /// <summary>Off by default: a test that counts events must not see the alerts a background recheck raises meanwhile.</summary>
    protected virtual bool RecheckAfterChanges => false;

    /// <summary>The children's data keys of every test host (one file per child id: hosts never share a child).</summary>
    public static readonly string ChildKeysDirectory = Path.Combine(Path.GetTempPath(), "secretariat-test-child-keys");

    /// <summary>31 February: Hangfire's "never".</summary>
    public const string NeverCron = "0 0 31 2 *";

    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>
    /// Whether the host starts on a copy of a first start (<see cref="FirstStartAsync"/>): the same database a host of this
    /// run made on its own first start, so a restart of that deployment. Off for a fixture whose first start differs (another
    /// clock, other keys): it makes its own.
    /// </summary>
    protected virtual bool StartsFromFirstStartCopy => true;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = StartsFromFirstStartCopy
            ? await TestPostgres.NewDatabaseAsync("app", await FirstStartAsync(LoadSample))
            : await TestPostgres.NewDatabaseAsync("app");
        Host = await StartHostAsync(ConnectionString, Configure);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<bool, Lazy<Task<string>>> FirstStarts = new();

    /// <summary>
    /// The database a first start leaves (with the sample or without), made once per run by a host like every fixture's, stopped,
    /// then copied for each fixture (CREATE DATABASE … TEMPLATE): migrating and loading the sample took most of a fixture's start.
    /// </summary>
    public static Task<string> FirstStartAsync(bool sample) =>
        FirstStarts.GetOrAdd(sample, s => new Lazy<Task<string>>(() => MakeFirstStartAsync(s))).Value;

    private static async Task<string> MakeFirstStartAsync(bool sample)
    {
        var connectionString = await TestPostgres.NewDatabaseAsync(sample ? "first_start_sample" : "first_start_empty");
        var host = await new FirstStartHost(sample).StartHostAsync(connectionString);
        await host.DisposeAsync();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await TestPostgres.MakeTemplateAsync(database);
        return database;
    }

    private sealed class FirstStartHost(bool sample) : AppFixture
    {
        protected override bool LoadSample => sample;
    }

    public Task<IAlbaHost> StartHostAsync(string connectionString, Action<IWebHostBuilder>? configure = null) =>
        AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Secretariat", connectionString);
            builder.UseSetting("Admin:InitialPassword", AdminPassword);
            builder.UseSetting("Hangfire:WorkerCount", "1");
            builder.UseSetting("Town:LoadSample", LoadSample ? "true" : "false");
            builder.UseSetting("Compliance:RecheckAfterChangeSeconds", RecheckAfterChanges ? "1" : "0");
            // The daily job must not fire during a run that crosses 07:00 in Shanghai: tests run the job themselves.
            builder.UseSetting("Compliance:Cron", NeverCron);
            builder.UseSetting("Notifications:RemindersCron", NeverCron);
            builder.UseSetting("DataProtection:KeysDirectory", Path.Combine(Path.GetTempPath(), "secretariat-test-keys"));
            // Every request of a test host comes from one address and a class signs its users in many times a minute: the
            // per-address-and-name limit is tested on its own (SignInLimitTests), not met by accident.
            builder.UseSetting("SignIn:AttemptsPerMinutePerAddressAndUser", "10000");
            builder.UseSetting("Children:KeysDirectory", ChildKeysDirectory);
            builder.UseSetting("Children:RetentionCron", NeverCron);
            configure?.Invoke(builder);
        });

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
    }

    /// <summary>An account made the way the app makes them; a role bound to a unit (成员单位联络人, 儿童主任) is bound to 建设村.</summary>
    public async Task CreateUserAsync(string userName, string password, string[] roles, bool oneTimePassword = false)
    {
        using var scope = Host.Services.CreateScope();
        var (_, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateInTownAsync(userName, userName, password, roles,
            Permissions.NeedsUnit(roles) ? "建设村" : null, oneTimePassword: oneTimePassword);
        Assert.Null(refusal);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task<string> ScalarTextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync()) ?? "";
    }
}

/// <summary>A signed-in user's cookies and antiforgery token, for Alba scenarios.</summary>
public sealed partial record SignedIn(string Cookie, string RequestToken)
{
    public static async Task<(string Cookie, string Token)> AnonymousFormAsync(IAlbaHost host)
    {
        var page = await host.Scenario(s => s.Get.Url("/sign-in"));
        return (CookiesOf(page, ""), TokenIn(await page.ReadAsTextAsync()));
    }

    /// <summary>Posts the sign-in form like a browser and checks the status it answers.</summary>
    public static async Task<(IScenarioResult Result, string Cookie)> PostSignInAsync(IAlbaHost host, string userName, string password,
        HttpStatusCode expected)
    {
        var (cookie, token) = await AnonymousFormAsync(host);
        var result = await host.Scenario(s =>
        {
            s.Post.Url("/sign-in");
            s.WriteFormData(new Dictionary<string, string>
            {
                ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token
            });
            s.WithRequestHeader("Cookie", cookie);
            s.StatusCodeShouldBe(expected);
        });
        return (result, CookiesOf(result, cookie));
    }

    public static async Task<SignedIn> AsAsync(IAlbaHost host, string userName, string password)
    {
        var (_, cookie) = await PostSignInAsync(host, userName, password, HttpStatusCode.Redirect);
        // Tokens are bound to the user: take a fresh one from a signed-in page of every account (its own password).
        var home = await host.Scenario(s =>
        {
            s.Get.Url("/account/password");
            s.WithRequestHeader("Cookie", cookie);
        });
        return new SignedIn(CookiesOf(home, cookie), TokenIn(await home.ReadAsTextAsync()));
    }

    /// <summary>Merges the response's Set-Cookie headers into a Cookie header value.</summary>
    public static string CookiesOf(IScenarioResult result, string previous)
    {
        var jar = previous.Split("; ", StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        foreach (var header in result.Context.Response.Headers.SetCookie)
        {
            var pair = header!.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) jar.Remove(pair[0]);
            else jar[pair[0]] = pair[1];
        }
        return string.Join("; ", jar.Select(p => $"{p.Key}={p.Value}"));
    }

    public static string TokenIn(string html)
    {
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException("No antiforgery token in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public static class ScenarioExtensions
{
    public static void As(this Scenario scenario, SignedIn user) => scenario.WithRequestHeader("Cookie", user.Cookie);

    public static void AsHtmx(this Scenario scenario, SignedIn user)
    {
        scenario.WithRequestHeader("Cookie", user.Cookie);
        scenario.WithRequestHeader("HX-Request", "true");
    }
}

public static class SampleTownAccounts
{
    /// <summary>The sample town's code: the town of the notice, which the first start loads.</summary>
    public const string Town = "tgy";

    /// <summary>The sample town's profile as the first start registers it.</summary>
    public static readonly TownProfile Profile = TownProfile.New(Town, SampleTown.TownName, "铜罐驿", DateTimeOffset.UnixEpoch);

    /// <summary>An account of the sample town (the tests' usual case); district roles go to the district.</summary>
    public static Task<(UserAccount? Account, string? Refusal)> CreateInTownAsync(this AccountService accounts, string userName, string displayName,
        string password, IReadOnlyCollection<string> roles, string? unitName, CancellationToken ct = default, bool oneTimePassword = false,
        string? personName = null) =>
        accounts.CreateAsync(userName, displayName, password, roles.Any(Roles.All.Contains) ? [Town] : [], roles, unitName, ct, oneTimePassword, personName);
}
