using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class TrainingFlowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;

    [Fact]
    public async Task The_station_appoints_a_director_sees_the_deadline_coming_records_the_onboarding_and_sees_it_done()
    {
        var (exitCode, output) = await AppProcess.RunToEndAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = browser.ConnectionString },
            ["users", "add", "station", "--role", "工作站", "--password", "station-password-1"]);
        Assert.True(exitCode == 0, output);

        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/training");
        await page.GetByLabel("用户名").FillAsync("station");
        await page.GetByLabel("密码").FillAsync("station-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("儿童主任、儿童督导员培训台账");

        await page.Locator("nav.sub-nav").GetByText("任命").ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/training/appointments/new");
        await page.GetByLabel("新任人员姓名").FillAsync("王新");
        await page.GetByLabel("任职类别").SelectOptionAsync(new SelectOptionValue { Label = "儿童主任" });
        await page.GetByLabel("任职村（社区）/ 单位").SelectOptionAsync(new SelectOptionValue { Label = "双骑龙村" });
        await page.GetByLabel("任职日期").FillAsync(Today.AddDays(-70).ToString("yyyy-MM-dd"));
        await page.GetByLabel("村（居）委会女性委员").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "任命" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("王新");
        var onboarding = page.Locator("tr[data-requirement=Onboarding] td.status strong");
        await Expect(onboarding).ToHaveTextAsync("即将到期");
        var personUrl = page.Url;

        await page.Locator("nav.sub-nav").GetByText("登记培训").ClickAsync();
        await page.GetByLabel("培训名称").FillAsync("儿童主任入职培训");
        await page.GetByLabel("培训类别").SelectOptionAsync(new SelectOptionValue { Label = "入职培训" });
        await page.GetByLabel("开始日期").FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("结束日期").FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("第1门课程名称").FillAsync("儿童保护政策法规");
        await page.GetByLabel("第1门课程学时").FillAsync("3");
        await page.GetByLabel("第1门为儿童社会工作课程").CheckAsync();
        await page.GetByLabel("第2门课程名称").FillAsync("公文写作");
        await page.GetByLabel("第2门课程学时").FillAsync("2");
        await page.GetByLabel("王新（儿童主任，双骑龙村）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("儿童主任入职培训");
        await Expect(page.Locator("td.share")).ToContainTextAsync("计入培训要求");
        await page.Locator("table.attendees").GetByText("王新").ClickAsync();
        await Expect(page).ToHaveURLAsync(personUrl);
        await Expect(onboarding).ToHaveTextAsync("已完成");

        await page.Locator("nav.sub-nav").GetByText("培训台账").ClickAsync();
        await Expect(page.Locator("tr[data-person=王新] td.status").First).ToContainTextAsync("已完成");
    }
}
