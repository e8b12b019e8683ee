using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// 搜索 in Chromium: the office searches 台账 from the header's box and opens the resolution from the results; a liaison's
/// results hold only what the liaison may open; the district's hold both towns'.
/// </summary>
public class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_office_searches_from_the_header_and_opens_the_resolution()
    {
        await browser.AddUserAsync("sb.clerk", "--town", "tgy", "--role", "办公室", "--name", "李文", "--password", "clerk-password-1");
        await browser.AddUserAsync("sb.leader", "--town", "tgy", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
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

    [Fact]
    public async Task A_liaison_finds_only_what_it_may_open_and_the_district_finds_two_towns()
    {
        await browser.AddUserAsync("sl.office", "--town", "tgy", "--role", "办公室", "--password", "clerk-password-1");
        await browser.AddUserAsync("sl.dangzheng", "--town", "tgy", "--role", "成员单位联络人", "--unit", "党政办", "--password", "liaison-password-1");
        await browser.AddUserAsync("sl.jianshe", "--town", "tgy", "--role", "成员单位联络人", "--unit", "建设村", "--password", "liaison-password-1");
        await browser.AddUserAsync("sl.district", "--role", "区未保办", "--password", "district-password-1");
        var baseUrl = browser.App.BaseUrl;
        // (Every town account names its town: the other test of this class may have added a second town already.)

        // A meeting every reader of the town may open, and 党政办's adjustment, which only 党政办 and the office may.
        var office = await browser.SignInAsync("sl.office", "clerk-password-1", "/t/tgy/meetings/new");
        await MinutesBrowserSteps.FillPlanAsync(office, "研究困境儿童台账核查的领导小组会议", "叶伟（组长）");
        await office.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(office.Locator("h1")).ToHaveTextAsync("研究困境儿童台账核查的领导小组会议");
        var meetingPath = new Uri(office.Url).AbsolutePath;
        var unit = await browser.SignInAsync("sl.dangzheng", "liaison-password-1", "/t/tgy/adjustments");
        await unit.GetByText("提出调整申请").ClickAsync();
        await unit.GetByLabel("调整类型").SelectOptionAsync(new SelectOptionValue { Label = "减少成员" });
        await unit.GetByLabel("现任成员（替换、减少、调整职务时选择）").SelectOptionAsync(new SelectOptionValue { Label = "孔波（成员，党政办）" });
        await unit.GetByLabel("调整原因").FillAsync("调任区级机关负责困境儿童台账工作");
        await unit.GetByLabel("拟生效日期").FillAsync(TownCalendar.Today.AddDays(10).ToString("yyyy-MM-dd"));
        await unit.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(unit.Locator("strong.status")).ToHaveTextAsync("待受理");
        var adjustmentPath = new Uri(unit.Url).AbsolutePath;

        // The office finds both; 建设村's liaison only the meeting: no title, excerpt or count of the adjustment.
        await office.GotoAsync($"{baseUrl}/t/tgy/search?q={Uri.EscapeDataString("困境儿童台账")}");
        await Expect(office.Locator($"a.hit-title[href='{adjustmentPath}']")).ToHaveCountAsync(1);
        await Expect(office.Locator($"a.hit-title[href='{meetingPath}']")).ToHaveCountAsync(1);
        var liaison = await browser.SignInAsync("sl.jianshe", "liaison-password-1", "/t/tgy/");
        var box = liaison.GetByRole(AriaRole.Searchbox, new() { Name = "搜索本镇街的记录" });
        await box.FillAsync("困境儿童台账");
        await box.PressAsync("Enter");
        await Expect(liaison.Locator($"a.hit-title[href='{meetingPath}']")).ToHaveCountAsync(1);
        await Expect(liaison.Locator("tr.search-hit[data-kind=成员调整]")).ToHaveCountAsync(0);
        await Expect(liaison.Locator("main")).Not.ToContainTextAsync("调任区级机关");
        var shown = await liaison.Locator("tr.search-hit").CountAsync();
        Assert.Equal(shown.ToString(), (await liaison.Locator("strong.total").InnerTextAsync()).Trim());
        // Every result the liaison is shown opens for the liaison.
        foreach (var href in await liaison.Locator("a.hit-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            Assert.Equal(200, (await liaison.APIRequest.GetAsync(baseUrl + href)).Status);
        Assert.NotEqual(200, (await liaison.APIRequest.GetAsync(baseUrl + adjustmentPath)).Status);

        // A second town set up from the command line (as README's rollout), whose office convenes a meeting on 台账 too.
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = browser.ConnectionString };
        var rosterFolder = Directory.CreateTempSubdirectory("secretariat-search-roster-");
        var rosterFile = Path.Combine(rosterFolder.FullName, "成立时名单.xlsx");
        await File.WriteAllBytesAsync(rosterFile, Workbooks.NoticeRoster());
        foreach (var command in new[]
                 {
                     new[] { "towns", "add", "clz", "--name", "陶家镇" },
                     ["towns", "establish", "--town", "clz", "--basis", "陶府发〔2022〕3号", "--on", "2022-01-28"],
                     ["roster", "import", "--town", "clz", "--file", rosterFile],
                     ["users", "add", "sl.clz", "--town", "clz", "--role", "办公室", "--password", "clerk-password-1"]
                 })
        {
            var (exitCode, output) = await AppProcess.RunToEndAsync(environment, command);
            Assert.True(exitCode == 0, output);
        }
        var second = await browser.SignInAsync("sl.clz", "clerk-password-1", "/t/clz/meetings/new");
        await MinutesBrowserSteps.FillPlanAsync(second, "陶家镇困境儿童台账核查推进会", "叶伟（组长）");
        await second.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(second.Locator("h1")).ToHaveTextAsync("陶家镇困境儿童台账核查推进会");

        // The district's box searches every town: both meetings, each with its town.
        var district = await browser.SignInAsync("sl.district", "district-password-1", "/district");
        var districtBox = district.GetByRole(AriaRole.Searchbox, new() { Name = "搜索各镇街的记录" });
        await districtBox.FillAsync("困境儿童台账");
        await districtBox.PressAsync("Enter");
        await Expect(district.Locator("tr.search-hit[data-town=tgy]").First).ToBeVisibleAsync();
        await Expect(district.Locator("tr.search-hit[data-town=clz]")).ToContainTextAsync("陶家镇困境儿童台账核查推进会");
        await Expect(district.Locator("tr.search-hit[data-town=clz] td.hit-town")).ToHaveTextAsync("陶家镇");
        await district.Locator("tr.search-hit[data-town=clz] a.hit-title").ClickAsync();
        await Expect(district.Locator("h1")).ToHaveTextAsync("陶家镇困境儿童台账核查推进会");
        rosterFolder.Delete(recursive: true);
    }
}
