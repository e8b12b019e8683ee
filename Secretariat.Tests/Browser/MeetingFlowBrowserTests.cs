using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class MeetingFlowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;

    private Task AddUserAsync(params string[] arguments) => browser.AddUserAsync(arguments);

    private Task<IPage> SignInAsync(string userName, string password, string url) => browser.SignInAsync(userName, password, url);

    [Fact]
    public async Task Convene_record_attendance_draft_and_sign_off_minutes_follow_a_resolution_to_done_and_print()
    {
        await AddUserAsync("clerk", "--role", "办公室", "--password", "clerk-password-1");
        await AddUserAsync("yewei", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        await AddUserAsync("jianshe", "--role", "成员单位联络人", "--unit", "建设村", "--password", "liaison-password-1");

        var clerk = await SignInAsync("clerk", "clerk-password-1", "/t/tgy/meetings/new");
        await clerk.GetByLabel("会议名称").FillAsync("2026年第二次领导小组会议");
        await clerk.GetByLabel("日期", new() { Exact = true }).FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await clerk.GetByLabel("时间", new() { Exact = true }).FillAsync("09:30");
        await clerk.GetByLabel("地点", new() { Exact = true }).FillAsync("镇政府三楼会议室");
        await clerk.GetByLabel("召集人").SelectOptionAsync(new SelectOptionValue { Label = "叶伟（组长）" });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToHaveTextAsync("2026年第二次领导小组会议");
        var meetingUrl = clerk.Url.Split('?')[0];

        await clerk.Locator("nav.tabs").GetByText("出席").ClickAsync();
        await clerk.GetByLabel("叶伟出席情况").SelectOptionAsync(new SelectOptionValue { Label = "出席" });
        await clerk.GetByLabel("胡鹏来出席情况").SelectOptionAsync(new SelectOptionValue { Label = "请假" });
        await clerk.GetByLabel("胡鹏来请假原因").FillAsync("区里开会");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存出席情况" }).ClickAsync();
        await Expect(clerk.Locator("strong.present")).ToHaveTextAsync("1");

        await clerk.Locator("nav.tabs").GetByText("纪要").ClickAsync();
        await clerk.GetByLabel("纪要正文").FillAsync("会议听取了未成年人保护工作站上半年工作汇报，研究了留守儿童关爱工作。");
        await clerk.GetByLabel("第1项议定事项").FillAsync("建立留守儿童关爱台账");
        await clerk.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await clerk.GetByLabel("第1项办理期限").FillAsync(Today.AddDays(60).ToString("yyyy-MM-dd"));
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存纪要草稿" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("起草中");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报送召集人签发" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("待签发");

        var leader = await SignInAsync("yewei", "leader-password-1", "/t/tgy/meetings");
        await leader.GotoAsync(meetingUrl + "?tab=minutes");
        // Only two members' attendance is recorded: the convener is told, and confirms 未登记出席 to sign off.
        await Expect(leader.Locator("#sign-unrecorded")).ToContainTextAsync("还有25名成员未登记出席情况");
        await leader.GetByLabel("确认按“未登记出席”签发").CheckAsync();
        await leader.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(leader.Locator("p.summary strong.minutes-status").First).ToContainTextAsync($"铜罐驿未保领纪〔{DateTime.UtcNow.AddHours(8).Year}〕1号");

        var liaison = await SignInAsync("jianshe", "liaison-password-1", "/t/tgy/resolutions");
        await liaison.GetByText("建立留守儿童关爱台账").ClickAsync();
        await liaison.GetByLabel("报送进展").FillAsync("已完成 12 户留守儿童信息核查。");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Expect(liaison.Locator("strong.resolution-status")).ToHaveTextAsync("推进中");
        var resolutionUrl = liaison.Url;

        await clerk.GotoAsync(resolutionUrl);
        await clerk.GetByLabel("办结依据").FillAsync("建设村留守儿童关爱台账（2026版）");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "确认办结" }).ClickAsync();
        await Expect(clerk.Locator("strong.resolution-status")).ToHaveTextAsync("已办结");

        await clerk.GotoAsync(meetingUrl + "?tab=resolutions");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "生成落实情况通报" }).ClickAsync();
        await Expect(clerk.Locator("article.circular .doc-number")).ToContainTextAsync("铜罐驿未保领办通〔");
        var circularUrl = clerk.Url;

        // The print views: A4 layout with the red head, no navigation, and a PDF that Chromium can produce.
        var output = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(output);
        await clerk.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var (document, text) in new[] { ("minutes-print", "会议纪要"), ("notice", "的通知"), ("circular", "落实情况的通报") })
        {
            await clerk.GotoAsync(document == "circular" ? circularUrl : $"{meetingUrl}/{document}");
            await Expect(clerk.Locator("article.official-notice")).ToContainTextAsync(text);
            await Expect(clerk.Locator("header.site-header")).ToBeHiddenAsync();
            await Expect(clerk.Locator(".red-head")).ToBeVisibleAsync();
            var color = await clerk.Locator(".red-head").EvaluateAsync<string>("e => getComputedStyle(e).color");
            Assert.Equal("rgb(204, 0, 0)", color);
            var screenshot = await clerk.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(output, $"{document}.png") });
            Assert.True(screenshot.Length > 10_000, $"{document}: screenshot of {screenshot.Length} bytes");
            var pdf = await clerk.PdfAsync(new() { Format = "A4" });
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        }
        await Expect(clerk.Locator("table.circular-table")).ToContainTextAsync("已办结");
    }
}
