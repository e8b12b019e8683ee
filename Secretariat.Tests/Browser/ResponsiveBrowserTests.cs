using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>Every main page at a phone's 375 px and a desktop's 1280 px: no sideways scroll, no menu word broken.</summary>
public class ResponsiveBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    internal const string NoSidewaysScroll = "() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth";

    /// <summary>Menu links whose text takes more than one line (a word broken), with their line count.</summary>
    internal const string BrokenMenuLinks =
        """
        () => [...document.querySelectorAll('nav.site-nav a, .sign-out a, .sign-out button')].map(a => {
          const range = document.createRange(); range.selectNodeContents(a);
          const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
          return { text: a.textContent.trim(), lines: tops.size };
        }).filter(l => l.lines !== 1).map(l => `${l.text}: ${l.lines} lines`)
        """;

    /// <summary>The outermost elements that stick out on the right (for the failure message).</summary>
    internal const string Culprits =
        """
        () => { const w = document.scrollingElement.clientWidth;
          return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && e.getBoundingClientRect().width > 1
              && (!e.parentElement || e.parentElement.getBoundingClientRect().right <= w + 1))
            .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)})`); }
        """;

    [Theory]
    [InlineData(MainPages.Office, MainPages.OfficePassword)]
    [InlineData(MainPages.Liaison, MainPages.LiaisonPassword)]
    public async Task No_main_page_scrolls_sideways_and_no_menu_word_breaks(string user, string password)
    {
        var urls = MainPages.OpenedBy(await MainPages.UrlsAsync(browser), MainPages.RoleOf(user));
        var page = await browser.SignInAsync(user, password, "/t/tgy/");
        var problems = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 800);
            foreach (var url in urls)
            {
                await page.GotoAsync($"{browser.App.BaseUrl}{url}");
                await Expect(page.Locator("h1").First).ToBeVisibleAsync();
                if (!await page.EvaluateAsync<bool>(NoSidewaysScroll))
                {
                    var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
                    var culprits = await page.EvaluateAsync<string[]>(Culprits);
                    problems.Add($"{width}px {url}: scrolls sideways ({widths[0]} > {widths[1]}): {string.Join("; ", culprits)}");
                }
                var menu = page.Locator("details.menu");
                if (width == 375)
                {
                    // Collapsed behind the menu button: open it to see the links.
                    await Expect(page.Locator("nav.site-nav")).ToBeHiddenAsync();
                    await page.Locator("summary.menu-button").ClickAsync();
                    await Expect(page.Locator("nav.site-nav")).ToBeVisibleAsync();
                    if (!await page.EvaluateAsync<bool>(NoSidewaysScroll)) problems.Add($"{width}px {url}: scrolls sideways with the menu open");
                }
                else
                {
                    await Expect(page.Locator("summary.menu-button")).ToBeHiddenAsync();
                    await Expect(page.Locator("nav.site-nav")).ToBeVisibleAsync();
                }
                problems.AddRange((await page.EvaluateAsync<string[]>(BrokenMenuLinks)).Select(p => $"{width}px {url}: menu {p}"));
                await Expect(menu).ToHaveCountAsync(1);
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Wide_tables_scroll_in_their_own_container_with_the_first_column_held()
    {
        await MainPages.UrlsAsync(browser);
        var page = await browser.SignInAsync(MainPages.Office, MainPages.OfficePassword, "/t/tgy/training");
        await page.SetViewportSizeAsync(375, 800);
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/training");
        var container = page.Locator(".table-scroll").First;
        Assert.True(await container.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the ledger fits 375 px: nothing to scroll, the test proves nothing");
        var first = container.Locator("tbody tr").First.Locator("td, th").First;
        var before = (await first.BoundingBoxAsync())!.X;
        await container.EvaluateAsync("e => { e.scrollLeft = 200; }");
        Assert.Equal(before, (await first.BoundingBoxAsync())!.X, 0.5);
        Assert.True(await page.EvaluateAsync<bool>(NoSidewaysScroll));
    }

    [Fact]
    public async Task The_menu_opens_without_javascript_on_a_phone()
    {
        await MainPages.UrlsAsync(browser);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 375, Height = 800 }
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/meetings");
        await page.GetByLabel("用户名").FillAsync(MainPages.Liaison);
        await page.GetByLabel("密码").FillAsync(MainPages.LiaisonPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/meetings");
        await Expect(page.Locator("nav.site-nav")).ToBeHiddenAsync();
        await page.GetByText("菜单", new() { Exact = true }).ClickAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" });
        await Expect(menu).ToBeVisibleAsync();
        await Expect(menu.Locator("[aria-current=page]")).ToHaveTextAsync("会议");
        await menu.GetByRole(AriaRole.Link, new() { Name = "儿童主任培训" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/training");
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();
    }
}
