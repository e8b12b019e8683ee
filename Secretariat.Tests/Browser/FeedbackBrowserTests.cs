using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// What the user sees when an htmx request fails or takes long, and what stays in the tab after signing out
/// (wwwroot/js/app.js, the live region #feedback and the bar #progress in the Shell).
/// </summary>
public class FeedbackBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ServerErrorPage =
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错</title></head>" +
        "<body><main><h1>出错了</h1><p>系统出现错误，操作未完成。请稍后重试；如仍有问题请联系管理员。</p></main></body></html>";

    private static bool IsHtmx(IRequest request) => request.Headers.ContainsKey("hx-request");

    private async Task<IPage> SignedInAsync(string url = "/t/tgy/")
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.App.BaseUrl}{url}");
        await page.GetByLabel("用户名").FillAsync(AppFixture.AdminUser);
        await page.GetByLabel("密码").FillAsync(AppFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}{url}");
        return page;
    }

    [Fact]
    public async Task A_500_on_a_form_shows_the_reason_in_the_live_region_keeps_the_typed_text_and_retries()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.App.BaseUrl}/sign-in");
        await page.RouteAsync("**/sign-in", async route =>
        {
            if (route.Request.Method == "POST" && IsHtmx(route.Request))
                await route.FulfillAsync(new() { Status = 500, ContentType = "text/html; charset=utf-8", Body = ServerErrorPage });
            else await route.ContinueAsync();
        });
        await page.GetByLabel("用户名").FillAsync("someone");
        await page.GetByLabel("密码").FillAsync("a-wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        var feedback = page.Locator("#feedback[role=status][aria-live]");
        await Expect(feedback).ToContainTextAsync("系统出现错误，操作未完成");
        await Expect(feedback).ToContainTextAsync("您填写的内容仍保留在页面上");
        await Expect(feedback).ToBeVisibleAsync();
        // Nothing was swapped: what the user typed is still there.
        await Expect(page.GetByLabel("用户名")).ToHaveValueAsync("someone");
        await Expect(page.GetByLabel("密码")).ToHaveValueAsync("a-wrong-password");

        // The server is back: 重试 sends the same form again, and its answer (a refusal in place, 422) replaces the message.
        await page.UnrouteAllAsync();
        await feedback.GetByRole(AriaRole.Button, new() { Name = "重试" }).ClickAsync();
        await Expect(page.Locator("#sign-in p.error")).ToBeVisibleAsync();
        await Expect(feedback).ToBeEmptyAsync();
        await Expect(page.GetByLabel("用户名")).ToHaveValueAsync("someone");
    }

    [Fact]
    public async Task A_dropped_connection_says_so_and_retry_loads_the_page_once_the_network_is_back()
    {
        var page = await SignedInAsync();
        await page.RouteAsync("**/roster/units", async route =>
        {
            if (IsHtmx(route.Request)) await route.AbortAsync("connectionreset");
            else await route.ContinueAsync();
        });
        var heading = await page.Locator("main h1").TextContentAsync();
        await page.Locator("nav").GetByText("成员单位").ClickAsync();

        var feedback = page.Locator("#feedback");
        await Expect(feedback).ToContainTextAsync("网络连接中断");
        await Expect(feedback.GetByRole(AriaRole.Button, new() { Name = "重试" })).ToBeVisibleAsync();
        await Expect(feedback.GetByRole(AriaRole.Button, new() { Name = "刷新页面" })).ToBeVisibleAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(heading!);
        await Expect(page.Locator("#main")).Not.ToHaveAttributeAsync("aria-busy", "true");

        await page.UnrouteAllAsync();
        await feedback.GetByRole(AriaRole.Button, new() { Name = "重试" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/units");
        await Expect(page.Locator("main h1")).Not.ToHaveTextAsync(heading!);
        await Expect(feedback).ToBeEmptyAsync();
    }

    [Fact]
    public async Task A_request_that_takes_long_shows_the_progress_bar_and_marks_the_target_busy_and_a_timeout_is_reported()
    {
        var page = await SignedInAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/roster/secretariat", async route =>
        {
            if (IsHtmx(route.Request)) await release.Task;
            await route.ContinueAsync();
        });
        await page.Locator("nav").GetByText("办公室").First.ClickAsync();
        await Expect(page.Locator("#progress")).ToBeVisibleAsync();
        await Expect(page.Locator("#main")).ToHaveAttributeAsync("aria-busy", "true");
        release.SetResult();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/secretariat");
        await Expect(page.Locator("#progress")).ToBeHiddenAsync();
        await Expect(page.Locator("#main")).Not.ToHaveAttributeAsync("aria-busy", "true");

        // The configured timeout is 30 s: shortened here, a request that never answers is reported, nothing swapped.
        Assert.Equal(30000, await page.EvaluateAsync<int>("() => htmx.config.timeout"));
        await page.EvaluateAsync("() => { htmx.config.timeout = 500; }");
        var never = new TaskCompletionSource();
        await page.RouteAsync("**/roster/work-station", async route =>
        {
            if (IsHtmx(route.Request)) await never.Task;
            await route.ContinueAsync();
        });
        await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "工作站", Exact = true }).ClickAsync();
        await Expect(page.Locator("#feedback")).ToContainTextAsync("服务器长时间没有响应");
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/secretariat");
        never.SetResult();
    }

    [Fact]
    public async Task Nothing_of_htmx_stays_in_the_tabs_storage_after_signing_out()
    {
        var page = await SignedInAsync("/t/tgy/roster/leading-group");
        await page.Locator("nav").GetByRole(AriaRole.Link, new() { Name = "工作站", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/work-station");
        await page.Locator("nav").GetByText("成员单位").ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/units");

        // No page snapshots are kept while signed in (historyCacheSize 0): no names in the tab's storage.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => htmx.config.historyCacheSize"));
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('htmx-history-cache')"));
        Assert.DoesNotContain("叶伟", await page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, sessionStorage, localStorage))"));

        // Back still works: a history miss reloads the page from the server instead of restoring a snapshot.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/roster/work-station");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("铜罐驿镇未成年人保护工作站");
        await Expect(page.Locator("header.site-header")).ToBeVisibleAsync();

        // A cache left by an older version of the app (htmx's default kept ten pages) goes too when signing out.
        await page.EvaluateAsync("() => { sessionStorage.setItem('htmx-history-cache', JSON.stringify([{ url: '/t/tgy/roster/leading-group', content: '叶伟' }])); localStorage.setItem('htmx-history-cache', '叶伟'); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
        var keys = await page.EvaluateAsync<string[]>(
            "() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter(k => k.startsWith('htmx'))");
        Assert.Empty(keys);
        Assert.DoesNotContain("叶伟", await page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, sessionStorage, localStorage))"));
    }
}
