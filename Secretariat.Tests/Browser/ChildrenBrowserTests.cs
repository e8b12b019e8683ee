using Secretariat.Web.Infrastructure.Time;
using Microsoft.Playwright;
using Secretariat.Tests.Features.Children;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// The registers and visits in Chromium: the station registers children; the 建设村 儿童主任, on a 375 px phone, sees who is due and
/// records a visit; a visit left undone becomes an alert for that director and the station; the director cannot open another
/// village's child; nothing personal reaches the app's log.
/// </summary>
public class ChildrenBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "children-password-1";
    private static readonly DateOnly Today = TownCalendar.Today;

    private static async Task<string> RegisterAsync(IPage station, string village, string director, DateOnly registeredOn, bool withName)
    {
        await station.GotoAsync(station.Url.Split("/t/tgy/")[0] + "/t/tgy/children/new");
        await station.GetByLabel("村（社区）").SelectOptionAsync(new SelectOptionValue { Label = village });
        await station.GetByLabel("《农村留守儿童名册》").CheckAsync();
        await station.GetByLabel("高", new() { Exact = true }).CheckAsync();
        await station.GetByLabel("责任儿童主任").SelectOptionAsync(new SelectOptionValue { Label = director });
        await station.GetByLabel("出生年月").FillAsync("2015-03");
        await station.GetByLabel("登记日期").FillAsync(registeredOn.ToString("yyyy-MM-dd"));
        if (withName)
        {
            await station.Locator("input[name=PersonName]").FillAsync(ChildrenTestData.Name);
            await station.GetByLabel("身份证号码").FillAsync(ChildrenTestData.IdNumber);
        }
        await station.GetByRole(AriaRole.Button, new() { Name = "登记入册" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToHaveTextAsync("儿童已登记入册。");
        return (await station.Locator("h1 .reference").TextContentAsync())!.Trim();
    }

    [Fact]
    public async Task A_director_on_a_phone_records_the_due_visit_and_an_undone_one_is_an_alert_for_the_director_and_the_station()
    {
        await browser.AddUserAsync("child-station", "--role", "工作站", "--password", Password);
        await browser.AddUserAsync("child-director", "--role", "儿童主任", "--unit", "建设村", "--password", Password);

        var station = await browser.SignInAsync("child-station", Password, "/t/tgy/children/new");
        var due = await RegisterAsync(station, "建设村", "朱美桦", Today.AddDays(-10), withName: true);
        // Masked on the record's page, in full only after a reason.
        await Expect(station.Locator("td.masked").First).ToHaveTextAsync("欧**雯");
        var stationAxe = await AccessibilityBrowserTests.RunAxeAsync(station, MainPages.AxeSource());
        Assert.True(stationAxe.Count == 0, string.Join("\n", stationAxe));
        await station.GetByLabel("查阅事由").SelectOptionAsync(new SelectOptionValue { Label = "走访前核实" });
        await station.GetByRole(AriaRole.Button, new() { Name = "查看完整信息" }).ClickAsync();
        await Expect(station.Locator("td.person-name")).ToHaveTextAsync(ChildrenTestData.Name);
        await Expect(station.Locator("main")).ToContainTextAsync("查阅事由：走访前核实");
        var undone = await RegisterAsync(station, "建设村", "朱美桦", Today.AddDays(-30), withName: false);
        await RegisterAsync(station, "双骑龙村", "邹利", Today, withName: false);
        var elsewhere = station.Url;

        // The director on a 375 px phone: who is due, most urgent first, and the visit recorded there.
        var director = await browser.SignInAsync("child-director", Password, "/t/tgy/children/visits");
        await director.SetViewportSizeAsync(375, 740);
        await director.ReloadAsync();
        var items = director.Locator("li.due-item");
        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.First).ToHaveAttributeAsync("data-child", undone);
        await Expect(items.First.Locator(".due-state")).ToHaveTextAsync("已逾期");
        var mine = director.Locator($"li[data-child='{due}']");
        await Expect(mine.Locator(".due-state")).ToHaveTextAsync("即将到期");
        await Expect(mine).ToContainTextAsync(Today.AddDays(5).ChineseDate());
        await Expect(mine).ToContainTextAsync("欧**雯");
        Assert.True(await director.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll), "the visits list scrolls sideways at 375 px");
        var axe = MainPages.AxeSource();
        var violations = new List<string>();
        violations.AddRange(await AccessibilityBrowserTests.RunAxeAsync(director, axe));
        await mine.GetByRole(AriaRole.Link, new() { Name = "登记走访" }).ClickAsync();
        await Expect(director.Locator("h1")).ToContainTextAsync(due);
        Assert.True(await director.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll), "the visit form scrolls sideways at 375 px");
        violations.AddRange(await AccessibilityBrowserTests.RunAxeAsync(director, axe));
        await director.GetByLabel("走访发现").SelectOptionAsync(new SelectOptionValue { Label = "生活困难" });
        await director.GetByLabel("需要跟进").CheckAsync();
        await director.Locator("textarea[name=Note]").FillAsync(ChildrenTestData.Note);
        await director.GetByRole(AriaRole.Button, new() { Name = "保存走访" }).ClickAsync();
        await Expect(director.Locator("#saved")).ToHaveTextAsync("走访已登记。");
        await Expect(director.Locator($"li[data-child='{due}'] .due-state")).ToHaveTextAsync("未到期");
        await Expect(director.Locator($"li[data-child='{undone}'] .due-state")).ToHaveTextAsync("已逾期");
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // The visit left undone: an alert (the recheck after a change raises it within seconds) for this director and the station.
        foreach (var page in new[] { director, station })
        {
            var row = page.Locator("tr[data-alert^='S5-visits:']");
            for (var tries = 0; tries < 30 && await row.CountAsync() == 0; tries++)
            {
                await Task.Delay(1000);
                await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/compliance");
            }
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row).ToContainTextAsync("建设村");
            await Expect(row).ToContainTextAsync("1 名儿童");
            await Expect(row).Not.ToContainTextAsync(undone);
        }

        // Another village's child is not the director's to open.
        var refused = await director.GotoAsync(elsewhere);
        Assert.Equal(403, refused!.Status);
        await Expect(director.Locator("main")).ToContainTextAsync("只能查看本村（社区）儿童的记录");

        await station.Context.CloseAsync();
        await director.Context.CloseAsync();
        Assert.Empty(ChildrenFixture.SecretsIn(browser.App.Output));
    }
}
