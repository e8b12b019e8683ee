using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>账号管理 in Chromium: a liaison made in the browser signs in with the one-time password; the pages pass axe wide and narrow.</summary>
public class AccountAdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly List<string> _errors = [];

    private async Task<IPage> SignInAsync(string userName, string password, string url)
    {
        var page = await browser.SignInAsync(userName, password, url);
        Watch(page, userName);
        return page;
    }

    private void Watch(IPage page, string who)
    {
        // A refusal answers 422 on purpose (rendered in place): Chromium logs that response, nothing else may be logged.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("status of 422")) lock (_errors) _errors.Add($"{who} {page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add($"{who} {page.Url}: {error}"); };
    }

    [Fact]
    public async Task The_administrator_creates_a_liaison_who_signs_in_with_the_one_time_password_sets_their_own_and_sees_their_units_resolutions()
    {
        // The main pages' data: issued minutes with a resolution led by 建设村.
        await MainPages.UrlsAsync(browser);
        var baseUrl = browser.App.BaseUrl;
        var admin = await SignInAsync(AppFixture.AdminUser, AppFixture.AdminPassword, "/t/tgy/");
        await admin.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "账号管理", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{baseUrl}/t/tgy/accounts");
        await Expect(admin.Locator("h1")).ToHaveTextAsync("账号管理");
        await Expect(admin.Locator("nav.site-nav [aria-current=page]")).ToHaveTextAsync("账号管理");
        await admin.GetByRole(AriaRole.Link, new() { Name = "新建账号" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("新建账号");

        // A liaison without a unit is refused in place (htmx, 422), the typed values kept.
        await admin.GetByLabel("用户名").FillAsync("jianshe.liaison");
        await admin.GetByLabel("姓名").FillAsync("建设村联络员");
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = Roles.UnitLiaison }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
        await Expect(admin.Locator("[role=alert]")).ToContainTextAsync("成员单位联络人必须绑定一个单位。");
        await Expect(admin.Locator("select[name=UnitId]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(admin.GetByLabel("用户名")).ToHaveValueAsync("jianshe.liaison");

        await admin.Locator("select[name=UnitId]").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
        await Expect(admin.Locator("main")).ToContainTextAsync("请将一次性密码交给本人，此页关闭后不再显示");
        var password = (await admin.Locator("code.one-time-password").TextContentAsync())!.Trim();
        Assert.True(password.Length >= 12, password);
        Assert.DoesNotContain(password, admin.Url);
        var violations = await AccessibilityBrowserTests.RunAxeAsync(admin, MainPages.AxeSource());
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await admin.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/sign-in"));

        // The liaison: the one-time password leads to 修改密码, then to their unit's resolutions.
        var liaison = await browser.NewPageAsync();
        Watch(liaison, "jianshe.liaison");
        await liaison.GotoAsync($"{baseUrl}/t/tgy/resolutions");
        await liaison.GetByLabel("用户名").FillAsync("jianshe.liaison");
        await liaison.GetByLabel("密码").FillAsync(password);
        await liaison.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(liaison).ToHaveURLAsync($"{baseUrl}{ChangePasswordEndpoints.Path}");
        await Expect(liaison.Locator("main")).ToContainTextAsync("您正在使用一次性密码");
        await liaison.Locator("input[name=current]").FillAsync(password);
        await liaison.Locator("input[name=replacement]").FillAsync("jianshe-own-password");
        await liaison.Locator("input[name=confirmation]").FillAsync("jianshe-own-password");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await Expect(liaison).ToHaveURLAsync($"{baseUrl}/t/tgy/");
        await liaison.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "议定事项", Exact = true }).ClickAsync();
        await Expect(liaison).ToHaveURLAsync($"{baseUrl}/t/tgy/resolutions");
        await Expect(liaison.Locator("select[name=unit] option:checked")).ToHaveTextAsync("建设村");
        await Expect(liaison.Locator("main")).ToContainTextAsync("建立留守儿童关爱台账");
        await Expect(liaison.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "账号管理" })).ToHaveCountAsync(0);
        await Expect(liaison.Locator(".sign-out").GetByRole(AriaRole.Link, new() { Name = "我的账号" })).ToHaveCountAsync(1);

        // The administrator sees it signed in, and the creation in its record.
        var back = await SignInAsync(AppFixture.AdminUser, AppFixture.AdminPassword, "/t/tgy/accounts");
        var row = back.Locator("tr", new() { Has = back.GetByRole(AriaRole.Link, new() { Name = "jianshe.liaison" }) });
        await Expect(row).ToContainTextAsync("建设村");
        await Expect(row).Not.ToContainTextAsync("从未登录");
        await row.GetByRole(AriaRole.Link, new() { Name = "jianshe.liaison" }).ClickAsync();
        await Expect(back.Locator("main")).ToContainTextAsync("创建账号 jianshe.liaison（建设村联络员）");
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }

    [Fact]
    public async Task The_account_pages_and_the_district_administrators_pages_pass_axe_and_fit_a_narrow_screen()
    {
        await browser.AddUserAsync("axe.reader", "--role", "查阅", "--name", "查阅人员", "--password", "axe-reader-password");
        var baseUrl = browser.App.BaseUrl;
        var admin = await SignInAsync(AppFixture.AdminUser, AppFixture.AdminPassword, "/t/tgy/accounts");
        await admin.GetByRole(AriaRole.Link, new() { Name = "axe.reader" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/t/tgy/accounts/[0-9a-f-]{36}$"));
        var account = new Uri(admin.Url).AbsolutePath;
        var axe = MainPages.AxeSource();
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            await admin.SetViewportSizeAsync(width, 900);
            foreach (var url in new[] { "/t/tgy/accounts", "/t/tgy/accounts/new", account, "/account", "/district/towns", "/district/working-days" })
            {
                await admin.GotoAsync($"{baseUrl}{url}");
                await Expect(admin.Locator("h1").First).ToBeVisibleAsync();
                problems.AddRange((await AccessibilityBrowserTests.RunAxeAsync(admin, axe)).Select(v => $"{width}px {url}: {v}"));
                if (!await admin.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll)) problems.Add($"{width}px {url}: scrolls sideways: " +
                    string.Join("; ", await admin.EvaluateAsync<string[]>(ResponsiveBrowserTests.Culprits)));
                if (width == 375) await admin.Locator("summary.menu-button").ClickAsync();
                problems.AddRange((await admin.EvaluateAsync<string[]>(ResponsiveBrowserTests.BrokenMenuLinks)).Select(p => $"{width}px {url}: menu {p}"));
            }
        }

        // A refusal marks its field, and a reset shows the password once: both pass too.
        await admin.SetViewportSizeAsync(1280, 900);
        await admin.GotoAsync($"{baseUrl}{account}");
        await admin.Locator("input[name=Mobile]").FillAsync("12345");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存联系方式" }).ClickAsync();
        await Expect(admin.Locator("[role=alert]")).ToContainTextAsync("手机号码格式不正确");
        await Expect(admin.Locator("input[name=Mobile]")).ToHaveAttributeAsync("aria-invalid", "true");
        problems.AddRange((await AccessibilityBrowserTests.RunAxeAsync(admin, axe)).Select(v => $"refused contacts: {v}"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        await Expect(admin.Locator("code.one-time-password")).ToBeVisibleAsync();
        problems.AddRange((await AccessibilityBrowserTests.RunAxeAsync(admin, axe)).Select(v => $"reset: {v}"));
        await Expect(admin.Locator("main")).ToContainTextAsync("重置密码（已生成一次性密码");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }
}
