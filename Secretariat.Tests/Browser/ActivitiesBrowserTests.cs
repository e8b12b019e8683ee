using Microsoft.Playwright;
using Secretariat.Web.Features.Children;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// 附件2 第25项 in Chromium: an activity in each of two villages in the last quarter (one by the village's own 儿童主任, with a photo showing
/// minors and no consent), a third village missing; the quarter's page on a day of its last month shows the 提醒; the campaign's item 25
/// shows which villages held what.
/// </summary>
public class ActivitiesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CampaignId = "0e5c2a1f-7a3b-4c53-9d2e-2022021500a2";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

    private static async Task RecordAsync(IPage page, string kind, string title, DateOnly on, string? village, string organiser, bool photoShowsMinors)
    {
        await page.Locator("nav.sub-nav").GetByText("登记活动").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("登记活动");
        await page.GetByLabel("活动类型").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("活动主题").FillAsync(title);
        await page.GetByLabel("活动日期").FillAsync(on.ToString("yyyy-MM-dd"));
        if (village is not null) await page.GetByLabel("举办村（社区）").SelectOptionAsync(new SelectOptionValue { Label = village });
        await page.GetByLabel("组织单位").SelectOptionAsync(new SelectOptionValue { Label = organiser });
        await page.GetByLabel("参加人数").FillAsync("25");
        if (photoShowsMinors)
        {
            await page.GetByLabel("活动照片").SetInputFilesAsync(new FilePayload { Name = "合影.png", MimeType = "image/png", Buffer = Png });
            await page.GetByLabel("含", new() { Exact = true }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(title);
        await Expect(page.Locator("#saved")).ToHaveTextAsync("活动已登记。");
    }

    [Fact]
    public async Task Two_villages_hold_activities_a_third_is_reminded_in_the_last_month_and_item_25_shows_which_villages_held_what()
    {
        await browser.AddUserAsync("ab.station", "--role", "工作站", "--name", "刘兵", "--password", "station-password-1");
        await browser.AddUserAsync("ab.director", "--role", "儿童主任", "--unit", "建设村", "--name", "朱美桦", "--password", "director-password-1");
        var baseUrl = browser.App.BaseUrl;
        var quarter = Quarter.Of(TownCalendar.Today).Previous;
        var first = quarter.FirstDay.AddDays(9);

        // ---- 1. 建设村's director records the village's 家长学校, with a photo of the children and no consent record. ----
        var director = await browser.SignInAsync("ab.director", "director-password-1", "/t/tgy/");
        await director.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "展示墙活动", Exact = true }).ClickAsync();
        await Expect(director).ToHaveURLAsync($"{baseUrl}/t/tgy/activities");
        await RecordAsync(director, "家长学校/家庭教育指导", "家长学校：科学育儿", first, "建设村", "建设村", photoShowsMinors: true);
        await Expect(director.Locator("ul.photos li")).ToContainTextAsync("含未成年人，无监护人同意记录，不作印证材料");

        // ---- 2. The station records 双骑龙村's 法治宣传, organised by the 派出所. ----
        var station = await browser.SignInAsync("ab.station", "station-password-1", "/t/tgy/activities");
        await RecordAsync(station, "法治宣传", "法治进村：防欺凌", first.AddDays(3), "双骑龙村", "派出所", photoShowsMinors: false);

        // ---- 3. The quarter on a day of its last month: two villages held one, the others are reminded (提醒). ----
        var lastMonth = quarter.SubmissionOpens.AddDays(4);
        await station.GotoAsync($"{baseUrl}/t/tgy/activities?year={quarter.Year}&quarter={quarter.Number}&asOf={lastMonth:yyyy-MM-dd}");
        await Expect(station.Locator("main h1")).ToContainTextAsync(quarter.Chinese);
        await Expect(station.Locator("tr[data-village=建设村] td.state")).ToHaveTextAsync("已开展");
        await Expect(station.Locator("tr[data-village=双骑龙村] td.state")).ToHaveTextAsync("已开展");
        await Expect(station.Locator("tr[data-village=观音桥村] td.state")).ToHaveTextAsync("提醒：本季度最后一个月，尚未开展");
        // After the quarter (today): the missing village is a breach.
        await station.GotoAsync($"{baseUrl}/t/tgy/activities?year={quarter.Year}&quarter={quarter.Number}");
        await Expect(station.Locator("tr[data-village=观音桥村] td.state")).ToHaveTextAsync("违规：本季度未开展");

        // ---- 4. The campaign's item 25: the app's own figure names which villages held what, and which held none. ----
        await station.GotoAsync($"{baseUrl}/t/tgy/campaigns/{CampaignId}");
        await station.Locator("table.matrix").GetByRole(AriaRole.Link, new() { Name = "第25项", Exact = true }).ClickAsync();
        var check = station.Locator("p.record-check");
        await Expect(check).ToContainTextAsync($"{quarter.Chinese}：双骑龙村 1 次（{first.AddDays(3):M月d日}法治宣传“法治进村：防欺凌”，照片 0 张可作印证）");
        await Expect(check).ToContainTextAsync($"建设村 1 次（{first:M月d日}家长学校/家庭教育指导“家长学校：科学育儿”，照片 0 张可作印证，1 张含未成年人且无监护人同意记录，不作印证）");
        await Expect(check).ToContainTextAsync("未开展：观音桥村、英雄湾村");
        await Expect(check).ToContainTextAsync("不符合");

        // ---- 5. The forms of this issue pass axe (the office may open all three). ----
        await browser.AddUserAsync("ab.clerk", "--role", "办公室", "--name", "李文", "--password", "clerk-password-1");
        var clerk = await browser.SignInAsync("ab.clerk", "clerk-password-1", "/t/tgy/activities/new");
        var violations = new List<string>();
        foreach (var form in new[] { "/t/tgy/activities/new", "/t/tgy/suggestions/new", "/t/tgy/capacity/new" })
        {
            await clerk.GotoAsync($"{baseUrl}{form}");
            await Expect(clerk.Locator("main form")).ToBeVisibleAsync();
            violations.AddRange((await AccessibilityBrowserTests.RunAxeAsync(clerk, MainPages.AxeSource())).Select(v => $"{form}: {v}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
