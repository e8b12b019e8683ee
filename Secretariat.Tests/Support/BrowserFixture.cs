using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; never a browser Playwright downloads itself.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = default!;
    public AppProcess App { get; private set; } = default!;
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (`apt-get install chromium fonts-noto-cjk`).");
        ConnectionString = await TestPostgres.NewDatabaseAsync("browser");
        App = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Secretariat"] = ConnectionString,
            ["Admin__InitialPassword"] = AppFixture.AdminPassword,
            ["DataProtection__KeysDirectory"] = Path.Combine(Path.GetTempPath(), "secretariat-test-keys"),
            ["Children__KeysDirectory"] = AppFixture.ChildKeysDirectory
        });
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
