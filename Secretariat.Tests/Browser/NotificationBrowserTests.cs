using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>通知设置 and 通知记录 in Chromium: the 管理员 sets up e-mail against the run's SMTP server, sends a test, sees it delivered.</summary>
public class NotificationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly SmtpSink smtp = new();
    private readonly List<string> errors = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task The_administrator_configures_e_mail_sends_a_test_and_finds_it_delivered_in_the_log()
    {
        var baseUrl = browser.App.BaseUrl;
        var admin = await browser.SignInAsync(AppFixture.AdminUser, AppFixture.AdminPassword, "/t/tgy/");
        admin.Console += (_, m) => { if (m.Type == "error" && !m.Text.Contains("status of 422")) errors.Add($"{admin.Url}: {m.Text}"); };
        admin.PageError += (_, e) => errors.Add($"{admin.Url}: {e}");
        await admin.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "通知设置", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{baseUrl}/t/tgy/notifications/channels");
        await Expect(admin.Locator("h1")).ToHaveTextAsync("通知设置");
        await Expect(admin.Locator("main")).ToContainTextAsync("尚未配置任何通知渠道");

        // A bad port is refused in place, at its field.
        await admin.GetByLabel("启用邮件通知").CheckAsync();
        await admin.GetByLabel("邮件服务器地址").FillAsync("127.0.0.1");
        await admin.GetByLabel("端口", new() { Exact = true }).FillAsync("0");
        await admin.GetByLabel("加密方式").SelectOptionAsync("None");
        await admin.GetByLabel("发件人邮箱").FillAsync("wbb@tgy.test");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.Locator("[role=alert]")).ToContainTextAsync("端口须为 1 到 65535");
        await Expect(admin.Locator("input[name=SmtpPort]")).ToHaveAttributeAsync("aria-invalid", "true");

        await admin.Locator("input[name=SmtpPort]").FillAsync(smtp.Port.ToString());
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("已保存。");
        await Expect(admin.Locator("main")).ToContainTextAsync("已启用：电子邮件");

        await admin.GetByLabel("渠道").SelectOptionAsync("Email");
        await admin.GetByLabel("测试邮件发给（仅电子邮件）").FillAsync("admin@tgy.test");
        await admin.GetByRole(AriaRole.Button, new() { Name = "发送测试" }).ClickAsync();
        await Expect(admin.Locator("[role=status]").Last).ToContainTextAsync("测试通知已通过电子邮件发出（admin@tgy.test）");
        var mail = Assert.Single(await smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == "admin@tgy.test"), 1));
        Assert.Equal("测试通知", mail.Subject);

        await admin.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "通知记录", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{baseUrl}/t/tgy/notifications");
        var row = admin.Locator("tr", new() { HasText = "admin@tgy.test" });
        await Expect(row).ToContainTextAsync("已送达");
        await Expect(row).ToContainTextAsync("电子邮件");

        var axe = MainPages.AxeSource();
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            await admin.SetViewportSizeAsync(width, 900);
            foreach (var url in new[] { "/t/tgy/notifications/channels", "/t/tgy/notifications", "/t/tgy/notifications?status=Dead" })
            {
                await admin.GotoAsync($"{baseUrl}{url}");
                await Expect(admin.Locator("h1").First).ToBeVisibleAsync();
                problems.AddRange((await AccessibilityBrowserTests.RunAxeAsync(admin, axe)).Select(v => $"{width}px {url}: {v}"));
                if (!await admin.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll)) problems.Add($"{width}px {url}: scrolls sideways: " +
                    string.Join("; ", await admin.EvaluateAsync<string[]>(ResponsiveBrowserTests.Culprits)));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
