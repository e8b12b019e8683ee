using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class ComplianceFlowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;

    /// <summary>The alerts follow a change within seconds (the app's recheck); reload the dashboard until they do.</summary>
    private async Task ReloadUntilAsync(IPage page, ILocator locator, int count)
    {
        for (var i = 0; i < 30 && await locator.CountAsync() != count; i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        Assert.True(await locator.CountAsync() == count, $"expected {count} rows; app output:\n{browser.App.Output}");
    }

    [Fact]
    public async Task The_dashboard_shows_an_overdue_onboarding_the_station_records_the_training_and_the_alert_is_resolved()
    {
        var (exitCode, output) = await AppProcess.RunToEndAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = browser.ConnectionString },
            ["users", "add", "station", "--role", "工作站", "--password", "station-password-1"]);
        Assert.True(exitCode == 0, output);

        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.App.BaseUrl);
        await page.GetByLabel("用户名").FillAsync("station");
        await page.GetByLabel("密码").FillAsync("station-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("工作台");

        // Appointed four months ago: the three-month onboarding deadline has passed.
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/training/appointments/new");
        await page.GetByLabel("新任人员姓名").FillAsync("李新");
        await page.GetByLabel("任职类别").SelectOptionAsync(new SelectOptionValue { Label = "儿童主任" });
        await page.GetByLabel("任职村（社区）/ 单位").SelectOptionAsync(new SelectOptionValue { Label = "双骑龙村" });
        await page.GetByLabel("任职日期").FillAsync(Today.AddMonths(-4).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "任命" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("李新");

        await page.Locator("a.brand").ClickAsync();
        var alert = page.Locator("table.alert-list tr[data-alert^='R6-onboarding:']", new() { HasText = "李新" });
        await ReloadUntilAsync(page, alert, 1);
        await Expect(alert.Locator("strong.severity")).ToHaveTextAsync("违规");
        await Expect(alert).ToContainTextAsync("已逾期未完成");
        await alert.Locator("td a").First.ClickAsync();
        await Expect(page.Locator("strong.alert-state")).ToHaveTextAsync("未解除");
        var alertUrl = page.Url;
        await page.Locator("a.todo").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("李新");

        await page.Locator("nav.sub-nav").GetByText("登记培训").ClickAsync();
        await page.GetByLabel("培训名称").FillAsync("儿童主任入职培训（补训）");
        await page.GetByLabel("培训类别").SelectOptionAsync(new SelectOptionValue { Label = "入职培训" });
        await page.GetByLabel("开始日期").FillAsync(Today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("结束日期").FillAsync(Today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("第1门课程名称").FillAsync("困境儿童关爱服务");
        await page.GetByLabel("第1门课程学时").FillAsync("4");
        await page.GetByLabel("第1门为儿童社会工作课程").CheckAsync();
        await page.GetByLabel("李新（儿童主任，双骑龙村）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.Locator("td.share")).ToContainTextAsync("计入培训要求");

        await page.Locator("a.brand").ClickAsync();
        await ReloadUntilAsync(page, alert, 0);
        await page.GotoAsync(alertUrl);
        await Expect(page.Locator("strong.alert-state")).ToContainTextAsync("已解除");
        await Expect(page.Locator("ol.timeline")).ToContainTextAsync("条件已消除，自动解除");
    }
}
