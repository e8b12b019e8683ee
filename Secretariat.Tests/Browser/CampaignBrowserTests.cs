using System.IO.Compression;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// 示范创建 in Chromium, the whole evidence cycle of one item (附件2 第12项, 党政办): the liaison submits a file and the town's issued
/// minutes, the station returns it with a reason, the liaison resubmits, the station passes it, the district accepts it on the town's
/// page, and the office downloads the evidence pack with its index in the table's order.
/// </summary>
public class CampaignBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CampaignId = "0e5c2a1f-7a3b-4c53-9d2e-2022021500a2";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();
    private static readonly DateOnly Today = TownCalendar.Today;

    private readonly List<string> _errors = [];

    /// <summary>Signs in like the other browser tests, and records every console error and uncaught script error of the page.</summary>
    private async Task<IPage> SignInAsync(string userName, string password, string url)
    {
        var page = await browser.SignInAsync(userName, password, url);
        page.Console += (_, message) => { if (message.Type == "error") lock (_errors) _errors.Add($"{userName} {page.Url}: {message.Text}"); };
        page.PageError += (_, error) => { lock (_errors) _errors.Add($"{userName} {page.Url}: {error}"); };
        return page;
    }

    private static ILocator UnitSection(IPage page, string unit) =>
        page.Locator("section.unit-evidence", new() { Has = page.Locator("h3", new() { HasText = unit }) });

    private static FilePayload PdfFile(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = Pdf };

    /// <summary>htmx is the app's own copy (npm, copied by the build): nothing is loaded from another site.</summary>
    private static async Task AssertOwnHtmxAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => typeof htmx !== 'undefined' && htmx.version.startsWith('2.')"), $"htmx is not loaded on {page.Url}");
        Assert.Equal(0, await page.Locator("script[src^=http], script[src^='//'], link[href^=http]").CountAsync());
        Assert.Equal(1, await page.Locator("script[src^='/lib/htmx/']").CountAsync());
    }

    [Fact]
    public async Task A_liaison_submits_item_12_the_station_returns_and_passes_it_the_district_accepts_and_the_office_downloads_the_pack()
    {
        await browser.AddUserAsync("cb.clerk", "--role", "办公室", "--name", "李文", "--password", "clerk-password-1");
        await browser.AddUserAsync("cb.leader", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        await browser.AddUserAsync("cb.dangzheng", "--role", "成员单位联络人", "--unit", "党政办", "--name", "孔波", "--password", "liaison-password-1");
        await browser.AddUserAsync("cb.station", "--role", "工作站", "--name", "刘兵", "--password", "station-password-1");
        await browser.AddUserAsync("cb.district", "--role", "区未保办", "--name", "区未保办", "--password", "district-password-1");
        var baseUrl = browser.App.BaseUrl;

        // ---- Issued minutes exist: the office convenes a meeting and writes the minutes, the convener (组长) signs them off. ----
        var clerk = await SignInAsync("cb.clerk", "clerk-password-1", "/t/tgy/meetings/new");
        var meetingUrl = await MinutesBrowserSteps.ConveneAndWriteAsync(clerk, "研究示范创建工作的领导小组会议", "会议研究部署了未成年人保护示范创建工作。",
            "按任务分解表报送示范创建印证材料", "党政办", Today.AddDays(30));
        var leader = await SignInAsync("cb.leader", "leader-password-1", "/t/tgy/meetings");
        var minutesNumber = $"铜罐驿未保领纪〔{Today.Year}〕1号";
        await MinutesBrowserSteps.SignOffAsync(leader, meetingUrl, minutesNumber);

        // ---- 1. The liaison of 党政办 opens 示范创建 from the menu, then 第12项, and submits a file and the minutes. ----
        var liaison = await SignInAsync("cb.dangzheng", "liaison-password-1", "/t/tgy/");
        await AssertOwnHtmxAsync(liaison);
        await liaison.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "示范创建", Exact = true }).ClickAsync();
        await Expect(liaison).ToHaveURLAsync($"{baseUrl}/t/tgy/campaigns");
        await Expect(liaison.Locator("main h1")).ToHaveTextAsync("示范创建");
        await liaison.Locator("main").GetByRole(AriaRole.Link, new() { Name = "铜罐驿镇未成年人保护示范创建工作" }).ClickAsync();
        await Expect(liaison).ToHaveURLAsync($"{baseUrl}/t/tgy/campaigns/{CampaignId}");
        await liaison.Locator("table.matrix").GetByRole(AriaRole.Link, new() { Name = "第12项", Exact = true }).ClickAsync();
        await Expect(liaison.Locator("main h1")).ToContainTextAsync("第12项");
        await Expect(liaison.Locator("main h1")).ToContainTextAsync("组织领导");
        await Expect(liaison.Locator("td.responsible")).ToContainTextAsync("党政办");
        var itemUrl = liaison.Url.Split('#')[0];
        Assert.Matches($"/t/tgy/campaigns/{CampaignId}/items/[0-9a-f-]{{36}}$", itemUrl);

        var section = UnitSection(liaison, "党政办");
        await Expect(section).ToHaveCountAsync(1);
        Assert.StartsWith("unit-", await section.GetAttributeAsync("id"));
        await Expect(section.Locator("h3 .cell")).ToHaveTextAsync("未提交");
        var form = section.Locator("form.submit-evidence");
        await form.Locator("input[type=file][name=files]").SetInputFilesAsync(PdfFile("党政办领导小组会议材料.pdf"));
        await form.GetByLabel("不含", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("文字说明").FillAsync("2022年召开领导小组会议的纪要及会议材料。");
        var links = form.GetByLabel("关联本系统记录");
        var minutesOption = links.Locator("option", new() { HasText = minutesNumber });
        await Expect(minutesOption).ToHaveCountAsync(1);
        await links.SelectOptionAsync(new[] { (await minutesOption.GetAttributeAsync("value"))! });
        await form.GetByRole(AriaRole.Button, new() { Name = "报送材料" }).ClickAsync();
        await Expect(liaison).ToHaveURLAsync(new Regex("#unit-[0-9a-f-]{36}$"));
        section = UnitSection(liaison, "党政办");
        await Expect(section.Locator("h3 .cell")).ToHaveTextAsync("待初审");
        await Expect(section.Locator("ul.evidence-files")).ToContainTextAsync("党政办领导小组会议材料.pdf");
        await Expect(section.Locator("ul.evidence-files")).ToContainTextAsync(minutesNumber);
        await Expect(section.Locator("li.version")).ToHaveCountAsync(1);

        // ---- 2. The station opens the item, sees the app's own check, returns the version with a reason and a date. ----
        var station = await SignInAsync("cb.station", "station-password-1", "/t/tgy/campaigns");
        await station.GotoAsync(itemUrl);
        await Expect(station.Locator("main p.record-check").First).ToContainTextAsync("系统核对");
        await Expect(station.Locator("main p.record-check").First).ToContainTextAsync("已召开并印发纪要的领导小组会议");
        var review = UnitSection(station, "党政办").Locator("form.review-evidence");
        await Expect(review.Locator("p.record-check")).ToContainTextAsync("系统核对");
        await Expect(review.Locator("legend")).ToHaveTextAsync("初审第 1 版");
        // The file the liaison uploaded comes back as it was sent.
        var fileDownload = await station.RunAndWaitForDownloadAsync(() =>
            UnitSection(station, "党政办").GetByRole(AriaRole.Link, new() { Name = "党政办领导小组会议材料.pdf" }).ClickAsync());
        Assert.Equal(Pdf, await File.ReadAllBytesAsync((await fileDownload.PathAsync())!));
        var reason = "请补充2022年下半年领导小组会议的纪要。";
        var resubmitBy = Today.AddDays(7).ToString("yyyy-MM-dd");
        await review.GetByLabel("退回补充").CheckAsync();
        await review.GetByLabel("退回理由").FillAsync(reason);
        await review.GetByLabel("补充截止日期").FillAsync(resubmitBy);
        await review.GetByRole(AriaRole.Button, new() { Name = "提交初审意见" }).ClickAsync();
        await Expect(UnitSection(station, "党政办").Locator("h3 .cell")).ToHaveTextAsync("退回补充");

        await liaison.ReloadAsync();
        section = UnitSection(liaison, "党政办");
        await Expect(section.Locator("h3 .cell")).ToHaveTextAsync("退回补充");
        await Expect(section.Locator("h3")).ToContainTextAsync($"请于 {resubmitBy} 前补充");
        await Expect(section.Locator("p.review-returned")).ToContainTextAsync(reason.TrimEnd('。'));

        // ---- 3. The liaison resubmits with a second file; the station passes it; the matrix shows 初审通过. ----
        form = section.Locator("form.submit-evidence");
        await form.Locator("input[type=file][name=files]").SetInputFilesAsync(PdfFile("2022年下半年领导小组会议纪要.pdf"));
        await form.GetByLabel("不含", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("文字说明").FillAsync("已补充2022年下半年领导小组会议纪要。");
        await form.GetByRole(AriaRole.Button, new() { Name = "补充报送（形成第 2 版）" }).ClickAsync();
        section = UnitSection(liaison, "党政办");
        await Expect(section.Locator("h3 .cell")).ToHaveTextAsync("待初审");
        await Expect(section.Locator("li.version")).ToHaveCountAsync(2);
        await Expect(section.Locator("li.version").First).ToContainTextAsync("2022年下半年领导小组会议纪要.pdf");

        await station.ReloadAsync();
        review = UnitSection(station, "党政办").Locator("form.review-evidence");
        await Expect(review.Locator("legend")).ToHaveTextAsync("初审第 2 版");
        await review.GetByLabel("通过", new() { Exact = true }).CheckAsync();
        await review.GetByRole(AriaRole.Button, new() { Name = "提交初审意见" }).ClickAsync();
        await Expect(UnitSection(station, "党政办").Locator("h3 .cell")).ToHaveTextAsync("初审通过");
        await Expect(UnitSection(station, "党政办").Locator("form.review-evidence")).ToHaveCountAsync(0);

        await station.GotoAsync($"{baseUrl}/t/tgy/campaigns/{CampaignId}");
        var column = await station.Locator("table.matrix thead th").EvaluateAllAsync<int>(
            "(cells) => cells.findIndex(c => c.textContent.trim() === '党政办')");
        Assert.True(column > 0, "the matrix has no 党政办 column");
        var row = station.Locator("table.matrix tbody tr", new() { Has = station.GetByRole(AriaRole.Link, new() { Name = "第12项", Exact = true }) });
        await Expect(row.Locator($"td:nth-child({column + 1})")).ToHaveTextAsync("初审通过");
        await Expect(row.Locator("td.acceptance")).ToHaveTextAsync("待验收");

        // ---- 4. The district opens the town's item through 示范创建验收 and accepts it. ----
        var district = await SignInAsync("cb.district", "district-password-1", "/district");
        await district.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "示范创建验收" }).ClickAsync();
        await Expect(district).ToHaveURLAsync($"{baseUrl}/district/campaigns");
        var townRow = district.Locator("main tbody tr", new() { HasText = "铜罐驿镇" });
        await townRow.GetByRole(AriaRole.Link, new() { Name = "铜罐驿镇未成年人保护示范创建工作" }).ClickAsync();
        await Expect(district).ToHaveURLAsync($"{baseUrl}/t/tgy/campaigns/{CampaignId}");
        await district.Locator("table.matrix").GetByRole(AriaRole.Link, new() { Name = "第12项", Exact = true }).ClickAsync();
        await Expect(district).ToHaveURLAsync(itemUrl);
        await Expect(district.Locator("p.acceptance-state")).ToHaveTextAsync("待验收");
        // The district reads the unit's evidence and may not submit or review it.
        await Expect(UnitSection(district, "党政办").Locator("h3 .cell")).ToHaveTextAsync("初审通过");
        Assert.Equal(0, await district.Locator("form.submit-evidence, form.review-evidence").CountAsync());
        await district.GetByRole(AriaRole.Button, new() { Name = "验收通过" }).ClickAsync();
        await Expect(district).ToHaveURLAsync(new Regex($"/t/tgy/campaigns/{CampaignId}/items/[0-9a-f-]{{36}}\\?done=district#acceptance$"));
        await Expect(district.Locator("p.acceptance-state")).ToHaveTextAsync("验收通过");
        await Expect(district.Locator("ol.timeline")).ToContainTextAsync("区未保办");
        Assert.Equal(0, await district.Locator("main form[method=post]").CountAsync());

        Assert.True(_errors.Count == 0, string.Join("\n", _errors));

        // ---- 5. The office downloads the evidence pack from the matrix: its 索引.html lists the items in the table's order. ----
        await clerk.GotoAsync($"{baseUrl}/t/tgy/campaigns/{CampaignId}");
        await AssertOwnHtmxAsync(clerk);
        var matrixRow = clerk.Locator("table.matrix tbody tr", new() { Has = clerk.GetByRole(AriaRole.Link, new() { Name = "第12项", Exact = true }) });
        await Expect(matrixRow.Locator("td.acceptance")).ToHaveTextAsync("验收通过");
        var tableOrder = await clerk.Locator("table.matrix tbody th[scope=row] a").AllInnerTextsAsync();
        Assert.Equal(38, tableOrder.Count);
        Assert.Equal("第1项", tableOrder[0]);
        Assert.Equal("第75项", tableOrder[33]);
        Assert.Equal(new[] { "负面清单第1项", "负面清单第2项", "负面清单第3项", "负面清单第6项" }, tableOrder.Skip(34));

        var packLink = clerk.GetByRole(AriaRole.Link, new() { Name = "下载印证材料包" });
        Assert.Equal($"/t/tgy/campaigns/{CampaignId}/pack.zip", await packLink.GetAttributeAsync("href"));
        var probe = await clerk.APIRequest.GetAsync($"{baseUrl}/t/tgy/campaigns/{CampaignId}/pack.zip", new() { MaxRedirects = 0 });
        Assert.True(probe.Status == 200,
            $"GET /t/tgy/campaigns/{CampaignId}/pack.zip answered {probe.Status} ({probe.Headers.GetValueOrDefault("content-type")}): the pack cannot be downloaded.");
        var pack = await clerk.RunAndWaitForDownloadAsync(() => packLink.ClickAsync());
        Assert.EndsWith(".zip", pack.SuggestedFilename);
        using (var zip = ZipFile.OpenRead((await pack.PathAsync())!))
        {
            var index = zip.Entries.FirstOrDefault(e => e.Name == "索引.html")
                ?? throw new Xunit.Sdk.XunitException($"no 索引.html in the pack: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
            string html;
            using (var reader = new StreamReader(index.Open())) html = await reader.ReadToEndAsync();
            // Each row of the index's table names its item first: the labels of the rows, in order, are the task table's
            // (a header row names none and is left out).
            var table = Regex.Match(html, "<table[^>]*>(.*?)</table>", RegexOptions.Singleline);
            Assert.True(table.Success, "索引.html has no table");
            var labels = Regex.Matches(table.Groups[1].Value, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
                .Select(r => Regex.Match(r.Groups[1].Value, "(?:负面清单)?第\\d+项").Value).Where(l => l.Length > 0).ToList();
            Assert.Equal(tableOrder, labels);
        }

        Assert.True(_errors.Count == 0, string.Join("\n", _errors));
    }
}
