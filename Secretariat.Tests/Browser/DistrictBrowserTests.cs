using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class DistrictBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_district_follows_a_towns_overdue_figure_into_its_list_and_is_offered_no_action_there()
    {
        await browser.AddUserAsync("qu.reader", "--role", "区未保办", "--name", "区未保办", "--password", "district-password-1");
        var page = await browser.SignInAsync("qu.reader", "district-password-1", "/district");
        await Expect(page.Locator("h1")).ToContainTextAsync("区概览");
        var row = page.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "铜罐驿镇" }) });
        var training = row.Locator("td[data-column=training] a");
        var overdue = int.Parse(await training.InnerTextAsync());
        Assert.True(overdue > 0, "the sample town has overdue training on the district view");
        Assert.Contains("<svg", await page.ContentAsync());

        await training.ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/training");
        await Expect(page.Locator("main h1")).ToContainTextAsync("培训");
        Assert.True(await page.Locator("main tbody tr").CountAsync() > 0);
        // Reading only: no form that changes anything, no page that would start a change.
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        Assert.Equal(0, await page.Locator("main a[href$='/new']").CountAsync());
        foreach (var url in new[] { "/t/tgy/resolutions", "/t/tgy/meetings", "/t/tgy/roster/units", "/t/tgy/reports", "/t/tgy/" })
        {
            await page.GotoAsync(browser.App.BaseUrl + url);
            Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
            Assert.Equal(0, await page.Locator("main a[href$='/new']").CountAsync());
        }
    }

    [Fact]
    public async Task The_district_overview_prints_whole_across_a_landscape_page_without_the_screens_hints()
    {
        await browser.AddUserAsync("qu.printer", "--role", "区未保办", "--name", "区未保办", "--password", "district-password-1");
        var page = await browser.SignInAsync("qu.printer", "district-password-1", "/district");
        await Expect(page.Locator("h1")).ToContainTextAsync("区概览");
        await Expect(page.Locator("[data-print]")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        const double mm = 72 / 25.4;
        Assert.True(first.Width > first.Height, $"the overview prints on a {first.Width / mm:0} x {first.Height / mm:0} mm page, not landscape");
        var text = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.DoesNotContain("点击数字", text);
        Assert.DoesNotContain("导出", text);
        Assert.Contains("铜罐驿镇", text);
        foreach (var p in document.GetPages())
        {
            var right = p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.GlyphRectangle.Right / mm).DefaultIfEmpty(0).Max();
            Assert.True(right <= p.Width / mm - 15 + 1, $"page {p.Number}: text reaches {right:0.0} mm, past the right margin (clipped)");
        }
        // Every column of the table on the paper: the last header (逾期合计 or the like) is printed.
        var lastHeader = (await page.Locator("table.district-overview thead th").Last.InnerTextAsync()).Trim().TrimEnd('▲', '▼', ' ');
        Assert.Contains(lastHeader, text);
    }

    [Fact]
    public async Task A_town_office_reports_a_major_resolution_and_the_district_signs_for_it_and_instructs()
    {
        await browser.AddUserAsync("mm.clerk", "--role", "办公室", "--password", "clerk-password-1");
        await browser.AddUserAsync("mm.leader", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        await browser.AddUserAsync("mm.district", "--role", "区未保办", "--password", "district-password-1");
        var today = TownCalendar.Today;

        var clerk = await browser.SignInAsync("mm.clerk", "clerk-password-1", "/t/tgy/meetings/new");
        var meetingUrl = await MinutesBrowserSteps.ConveneAndWriteAsync(clerk, "研究困境儿童帮扶的专题会议", "会议研究了困境儿童联合帮扶机制。",
            "建立困境儿童联合帮扶机制", "建设村", today.AddDays(60), major: true);
        var leader = await browser.SignInAsync("mm.leader", "leader-password-1", "/t/tgy/meetings");
        await MinutesBrowserSteps.SignOffAsync(leader, meetingUrl, "未保领纪");

        await clerk.GotoAsync($"{browser.App.BaseUrl}/t/tgy/resolutions");
        await clerk.GetByText("建立困境儿童联合帮扶机制").First.ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报区" }).ClickAsync();
        await Expect(clerk.Locator("main")).ToContainTextAsync($"铜罐驿未保领办报〔{today.Year}〕");
        await Expect(clerk.Locator("main")).ToContainTextAsync("待签收");

        var district = await browser.SignInAsync("mm.district", "district-password-1", "/district/major-matters");
        var inboxRow = district.Locator("tbody tr", new() { HasText = "建立困境儿童联合帮扶机制" });
        await Expect(inboxRow).ToContainTextAsync("铜罐驿镇");
        await Expect(inboxRow).ToContainTextAsync("待签收");
        await inboxRow.GetByRole(AriaRole.Link).First.ClickAsync();
        await district.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
        await Expect(district.Locator("main")).ToContainTextAsync("签收（mm.district）");
        await district.GetByLabel("批示内容").FillAsync("请于两周内报送帮扶对象名单。");
        await district.GetByLabel("办理期限").FillAsync(today.AddDays(14).ToString("yyyy-MM-dd"));
        await district.GetByRole(AriaRole.Button, new() { Name = "作出批示" }).ClickAsync();
        await Expect(district.Locator("main")).ToContainTextAsync("请于两周内报送帮扶对象名单。");

        // The town sees the same chain on its page.
        await clerk.ReloadAsync();
        await Expect(clerk.Locator("main")).ToContainTextAsync("签收（mm.district）");
        await Expect(clerk.Locator("main")).ToContainTextAsync("请于两周内报送帮扶对象名单。");
    }
}
