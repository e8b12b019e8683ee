using Microsoft.Playwright;

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
            ["DataProtection__KeysDirectory"] = Path.Combine(Path.GetTempPath(), "secretariat-test-keys")
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

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}
