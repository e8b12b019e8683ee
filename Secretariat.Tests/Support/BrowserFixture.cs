using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; never a browser Playwright downloads itself.</summary>
public class BrowserFixture : IAsyncLifetime
{
    /// <summary>More settings of the app process (a deployment without the sample: <see cref="NoSampleBrowserFixture"/>).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = default!;
    public AppProcess App { get; private set; } = default!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (`apt-get install chromium fonts-noto-cjk`).");
        // A copy of this run's first start (with the sample unless the fixture turns it off): the app process starts as a restart.
        ConnectionString = await TestPostgres.NewDatabaseAsync("browser",
            await AppFixture.FirstStartAsync(!(Settings.TryGetValue("Town__LoadSample", out var sample) && sample == "false")));
        App = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Secretariat"] = ConnectionString,
            ["Admin__InitialPassword"] = AppFixture.AdminPassword,
            ["DataProtection__KeysDirectory"] = Path.Combine(Path.GetTempPath(), "secretariat-test-keys"),
            // The run's SMTP server (NotificationBrowserTests) listens on loopback, refused unless allowed.
            ["Notifications__PrivateNetworks"] = "127.0.0.1/32",
            // Every browser of the run signs in from 127.0.0.1.
            ["SignIn__AttemptsPerMinutePerAddressAndUser"] = "10000",
            ["Children__KeysDirectory"] = AppFixture.ChildKeysDirectory
        }.Concat(Settings).ToDictionary());
        // A shared, busy machine can take a few seconds for a first page; the tests wait for what they expect, so a longer
        // ceiling costs nothing when things are fast.
        SetDefaultExpectTimeout(10_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic"
            ]
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        return await context.NewPageAsync();
    }

    /// <summary>An account made by the app's own command line (`users add ...`), as an administrator would.</summary>
    public async Task AddUserAsync(params string[] arguments)
    {
        var (exitCode, output) = await AppProcess.RunToEndAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = ConnectionString }, ["users", "add", .. arguments]);
        Assert.True(exitCode == 0, output);
    }

    /// <summary>A new browser page that opens <paramref name="url"/>, signs in on the page it is sent to, and lands back there.</summary>
    public async Task<IPage> SignInAsync(string userName, string password, string url)
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"{App.BaseUrl}{url}");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{App.BaseUrl}{url}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}

/// <summary>A deployment started with <c>Town__LoadSample=false</c>: its first town is empty and no sample is loaded anywhere.</summary>
public sealed class NoSampleBrowserFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Town__LoadSample"] = "false" };
}
