using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class ReportFlowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly int Year = TownCalendar.Today.Year - 1;

    private Task AddUserAsync(params string[] arguments) => browser.AddUserAsync(arguments);

    private Task<IPage> SignInAsync(string userName, string password, string url) => browser.SignInAsync(userName, password, url);

    [Fact]
    public async Task Create_fill_submit_receive_and_print_a_semiannual_report()
    {
        await AddUserAsync("zhaodanyue", "--role", "工作站", "--person", "赵旦月", "--password", "station-password-1");
        await AddUserAsync("liubing", "--role", "工作站", "--person", "刘兵", "--password", "master-password-1");
        await AddUserAsync("clerk", "--role", "办公室", "--password", "clerk-password-1");

        var station = await SignInAsync("zhaodanyue", "station-password-1", $"/t/tgy/reports?year={Year}");
        await Expect(station.Locator("tr[data-half=H1] td.status")).ToContainTextAsync("未创建");
        await station.GetByLabel("年份").FillAsync(Year.ToString());
        await station.GetByLabel("半年").SelectOptionAsync("H1");
        await station.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(station.Locator("h1")).ToHaveTextAsync($"工作站{Year}年上半年工作汇报");
        await Expect(station.Locator("table.facts-coverage tr[data-village]")).ToHaveCountAsync(9);
        var reportUrl = station.Url;

        await station.GetByLabel("情况分析（报送前必填）").FillAsync("全镇未成年人总体情况平稳。");
        await station.GetByLabel("存在问题（报送前必填）").FillAsync("部分儿童主任未按期参加轮训。");
        await station.GetByLabel("下步计划（报送前必填）").FillAsync("下半年组织全体儿童主任轮训。");
        await station.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Expect(station.Locator("ol.versions li")).ToHaveCountAsync(1);

        var master = await SignInAsync("liubing", "master-password-1", $"/t/tgy/reports?year={Year}");
        await master.Locator("tr[data-half=H1] a").ClickAsync();
        await master.GetByRole(AriaRole.Button, new() { Name = "站长报送第 1 版" }).ClickAsync();
        await Expect(master.Locator("strong.report-status")).ToHaveTextAsync("已报送");

        var clerk = await SignInAsync("clerk", "clerk-password-1", $"/t/tgy/reports?year={Year}");
        await clerk.GotoAsync(reportUrl);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
        await Expect(clerk.Locator("strong.report-status")).ToHaveTextAsync("已签收");
        await Expect(clerk.Locator("span.received")).ToHaveTextAsync($"{TownCalendar.Today.Year}年{TownCalendar.Today.Month}月{TownCalendar.Today.Day}日");

        await clerk.GetByRole(AriaRole.Link, new() { Name = "打印（A4）" }).ClickAsync();
        await Expect(clerk.Locator("article.report-print h1.doc-title")).ToHaveTextAsync($"关于{Year}年上半年全镇未成年人保护工作情况的报告");
        await Expect(clerk.Locator("article.report-print p.doc-number")).ToHaveTextAsync($"铜罐驿未保站报〔{Year}〕1号");
        await Expect(clerk.Locator("article.report-print")).ToContainTextAsync("下半年组织全体儿童主任轮训。");
        var font = await clerk.Locator("article.report-print").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.Contains("FangSong", font);
    }
}
