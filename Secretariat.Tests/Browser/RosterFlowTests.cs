using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class RosterFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task SignInAsync(IPage page, string baseUrl, string password = AppFixture.AdminPassword)
    {
        await page.GotoAsync($"{baseUrl}/t/tgy/roster/leading-group");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
        await page.GetByLabel("用户名").FillAsync(AppFixture.AdminUser);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    [Fact]
    public async Task A_clerk_signs_in_and_reads_the_roster_today_and_as_of_a_past_date()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, browser.App.BaseUrl);

        // Back where the clerk was going, with the leading group as the notice set it up.
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/leading-group");
        await Expect(page.Locator("h1")).ToHaveTextAsync("铜罐驿镇未成年人保护工作领导小组");
        await Expect(page.Locator("table[data-role=Leader] td.name")).ToHaveTextAsync("叶伟");
        await Expect(page.Locator("table[data-role=DeputyLeader] tbody tr")).ToHaveCountAsync(5);
        await Expect(page.Locator("table[data-role=Member] tbody tr")).ToHaveCountAsync(21);

        // htmx comes from the app itself (npm, copied by the build), never from a CDN.
        Assert.True(await page.EvaluateAsync<bool>("() => typeof htmx !== 'undefined' && htmx.version.startsWith('2.')"));
        Assert.Equal(0, await page.Locator("script[src^=http]").CountAsync());

        // The navigation swaps the main region through htmx and pushes the URL.
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "工作站", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/work-station");
        await Expect(page.Locator("h1")).ToHaveTextAsync("铜罐驿镇未成年人保护工作站");
        await Expect(page.Locator("table[data-role=ChildDirector] tbody tr")).ToHaveCountAsync(9);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the navigation reloaded the page instead of swapping");
        // The menu marks the new page, and focus is on its heading.
        await Expect(page.Locator("nav.site-nav a[href='/t/tgy/roster/work-station']")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("nav.site-nav a[href='/t/tgy/roster/leading-group']")).Not.ToHaveAttributeAsync("aria-current", "page");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('#main h1')"), "focus did not move to the heading");
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("未成年人保护工作站"));

        // The date picker shows the roster as it stood the day before the notice.
        await page.Locator("input[name=asOf]").FillAsync("2022-01-27");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/work-station?asOf=2022-01-27");
        await Expect(page.Locator(".notice")).ToContainTextAsync("尚未成立");

        // A person's page from a roster row.
        await page.Locator("nav").GetByText("领导小组").ClickAsync();
        await page.Locator("table[data-role=DeputyLeader]").GetByText("刘兵").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("刘兵");
        await Expect(page.Locator("table.tenures tbody tr")).ToHaveCountAsync(3);

        // Back button restores the previous page.
        await page.GoBackAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("铜罐驿镇未成年人保护工作领导小组");

        // Print view: the navigation is hidden on paper.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("header.site-header")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Sign out, and the roster is closed again.
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/roster/work-station");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_message_in_the_page()
    {
        var page = await browser.NewPageAsync();
        await SignInAsync(page, browser.App.BaseUrl, "wrong-password");
        await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("用户名或密码不正确，或账号已停用。");
        await Expect(page.GetByLabel("用户名")).ToHaveValueAsync(AppFixture.AdminUser);
    }

    [Fact]
    public async Task A_new_user_replaces_the_one_time_password_before_anything_else()
    {
        var (exitCode, output) = await AppProcess.RunToEndAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = browser.ConnectionString },
            "users", "add", "chayue", "--role", "查阅", "--name", "区未保办");
        Assert.True(exitCode == 0, output);
        var oneTime = System.Text.RegularExpressions.Regex.Match(output, "一次性密码：([A-Za-z0-9]+)").Groups[1].Value;

        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/roster/units");
        await page.GetByLabel("用户名").FillAsync("chayue");
        await page.GetByLabel("密码").FillAsync(oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/account/password");
        await Expect(page.Locator(".notice")).ToContainTextAsync("一次性密码");
        // Typed only once htmx is there: a click before it would post the form natively and race the page that follows.
        await page.WaitForLoadStateAsync(LoadState.Load);

        await page.GetByLabel("当前密码").FillAsync(oneTime);
        await page.GetByLabel("新密码（至少 10 位）").FillAsync("district-office-1");
        await page.GetByLabel("再次输入新密码").FillAsync("district-office-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await Expect(page.Locator("[role=alert]")).ToHaveTextAsync("两次输入的新密码不一致。");
        // The refused form is settled once its first invalid field holds the focus; typing before that can land in the old form.
        await Expect(page.GetByLabel("再次输入新密码")).ToBeFocusedAsync();

        await page.GetByLabel("当前密码").FillAsync(oneTime);
        await page.GetByLabel("新密码（至少 10 位）").FillAsync("district-office-1");
        await page.GetByLabel("再次输入新密码").FillAsync("district-office-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        // Then the home page opens (the 工作台), and the rest of the app with it.
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/");
        await Expect(page.Locator("h1")).ToContainTextAsync("工作台");
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/roster/leading-group");
        await Expect(page.Locator("table[data-role=Leader] td.name")).ToHaveTextAsync("叶伟");
    }

    [Fact]
    public async Task Forms_work_without_javascript()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await SignInAsync(page, browser.App.BaseUrl);
        await Expect(page.Locator("table[data-role=Leader] td.name")).ToHaveTextAsync("叶伟");
        await page.Locator("input[name=asOf]").FillAsync("2022-01-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/leading-group?asOf=2022-01-28");
        await Expect(page.Locator("strong.total")).ToHaveTextAsync("27");
    }

    [Fact]
    public async Task Pages_run_under_the_content_security_policy_without_a_violation()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy") || message.Text.Contains("Refused to")) violations.Add(message.Text);
        };
        page.PageError += (_, error) => violations.Add(error);
        await SignInAsync(page, browser.App.BaseUrl);
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/leading-group");
        foreach (var url in new[] { "/t/tgy/", "/t/tgy/meetings", "/t/tgy/meetings/calendar", "/t/tgy/resolutions", "/t/tgy/training", "/t/tgy/training/coverage", "/t/tgy/reports", "/t/tgy/adjustments", "/t/tgy/compliance", "/t/tgy/account/lockouts" })
        {
            await page.GotoAsync($"{browser.App.BaseUrl}{url}");
            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
        }
        // htmx swaps under the policy too (no inline style injected, no eval).
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "会议", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/meetings");

        // The print button works through the app's own script, not an inline handler.
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/adjustments/notice");
        await page.EvaluateAsync("() => { window.print = () => { window.__printed = true; }; }");
        await page.Locator("[data-print]").First.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__printed === true"), "the print button did nothing");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
