using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>搜索 in Chromium: the office searches 台账 from the header's box and opens the resolution from the results.</summary>
public class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_office_searches_from_the_header_and_opens_the_resolution()
    {
        await browser.AddUserAsync("sb.clerk", "--role", "办公室", "--name", "李文", "--password", "clerk-password-1");
        await browser.AddUserAsync("sb.leader", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        var baseUrl = browser.App.BaseUrl;
        var clerk = await browser.SignInAsync("sb.clerk", "clerk-password-1", "/t/tgy/meetings/new");
        var meetingUrl = await MinutesBrowserSteps.ConveneAndWriteAsync(clerk, "研究留守儿童关爱工作的领导小组会议", "会议研究了留守儿童关爱工作。",
            "各村建立留守儿童关爱服务台账", "建设村", TownCalendar.Today.AddDays(30));
        var leader = await browser.SignInAsync("sb.leader", "leader-password-1", "/t/tgy/meetings");
        await MinutesBrowserSteps.SignOffAsync(leader, meetingUrl, "未保领纪");

        // The CLI's rebuild (an upgrade's step) brings back an index that was lost.
        await using (var connection = new Npgsql.NpgsqlConnection(browser.ConnectionString))
        {
            await connection.OpenAsync();
            await using var wipe = new Npgsql.NpgsqlCommand("delete from secretariat.search_entries where tenant_id = 'tgy'", connection);
            Assert.True(await wipe.ExecuteNonQueryAsync() > 0);
        }
        var (exitCode, output) = await AppProcess.RunToEndAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = browser.ConnectionString }, "search", "rebuild");
        Assert.True(exitCode == 0, output);
        Assert.Contains("已重建搜索索引", output);

        await clerk.GotoAsync($"{baseUrl}/t/tgy/");
        var box = clerk.GetByRole(AriaRole.Searchbox, new() { Name = "搜索本镇街的记录" });
        await box.FillAsync("台账");
        await box.PressAsync("Enter");
        await Expect(clerk).ToHaveURLAsync(new Regex($"{Regex.Escape(baseUrl)}/t/tgy/search\\?q="));
        await Expect(clerk.Locator("main h1")).ToHaveTextAsync("搜索");
        var hit = clerk.Locator("tr.search-hit[data-kind=议定事项]").Filter(new() { HasText = "各村建立留守儿童关爱服务台账" });
        await Expect(hit.Locator("mark").First).ToHaveTextAsync("台账");
        await hit.Locator("a.hit-title").ClickAsync();
        await Expect(clerk).ToHaveURLAsync(new Regex($"{Regex.Escape(baseUrl)}/t/tgy/resolutions/[0-9a-f-]{{36}}$"));
        await Expect(clerk.Locator("main")).ToContainTextAsync("各村建立留守儿童关爱服务台账");

        // A bad query is told in the page, at the box.
        await clerk.GotoAsync($"{baseUrl}/t/tgy/search?q={Uri.EscapeDataString(new string('台', 51))}");
        await Expect(clerk.Locator("main [role=alert]")).ToContainTextAsync("最多 50 个字");

        // The results page is accessible and fits a phone.
        var axe = MainPages.AxeSource();
        var problems = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            await clerk.SetViewportSizeAsync(width, 900);
            await clerk.GotoAsync($"{baseUrl}/t/tgy/search?q=%E5%8F%B0%E8%B4%A6");
            await Expect(clerk.Locator("h1").First).ToBeVisibleAsync();
            problems.AddRange((await AccessibilityBrowserTests.RunAxeAsync(clerk, axe)).Select(v => $"{width}px: {v}"));
            if (!await clerk.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll)) problems.Add($"{width}px: scrolls sideways: " +
                string.Join("; ", await clerk.EvaluateAsync<string[]>(ResponsiveBrowserTests.Culprits)));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
