using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// Issue #28's flow in the browser: a liaison raises a topic, the 站长 convenes a station meeting with it and signs its minutes off in the
/// station's register with a decision for a unit, the station prepares a 拟议事项 that the office puts on a group meeting, and the
/// numbered resolution's page shows the chain back to the topic.
/// </summary>
public class StationWorkBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;

    [Fact]
    public async Task A_topic_becomes_a_station_decision_and_a_numbered_group_resolution_that_shows_its_chain()
    {
        await browser.AddUserAsync("jianshe", "--role", "成员单位联络人", "--unit", "建设村", "--password", "liaison-password-1");
        await browser.AddUserAsync("liubing", "--role", "工作站", "--person", "刘兵", "--password", "station-password-1");
        await browser.AddUserAsync("clerk", "--role", "办公室", "--password", "clerk-password-1");
        await browser.AddUserAsync("yewei", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        var year = Today.Year;

        var liaison = await browser.SignInAsync("jianshe", "liaison-password-1", "/t/tgy/station/topics");
        await liaison.GetByLabel("议题名称").FillAsync("建设村留守儿童夏季防溺水");
        await liaison.GetByLabel("提请研究的事项").FillAsync("请工作站研究暑期巡河与家访安排。");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提出议题" }).ClickAsync();
        await Expect(liaison.Locator("strong.topic-status")).ToHaveTextAsync("待答复");
        var topicUrl = liaison.Url;

        // The 站长 convenes yesterday's 全体会议 with the topic, records attendance, writes the minutes with a decision for 建设村 and signs.
        var station = await browser.SignInAsync("liubing", "station-password-1", new Uri(topicUrl).PathAndQuery);
        await MinutesBrowserSteps.FillPlanAsync(station, $"{year}年第一次工作站全体会议", "刘兵（站长）");
        await station.GetByRole(AriaRole.Button, new() { Name = "召集会议并列入议题" }).ClickAsync();
        await Expect(station.Locator("h1")).ToHaveTextAsync($"{year}年第一次工作站全体会议");
        await Expect(station.Locator("ol.agenda")).ToContainTextAsync("建设村留守儿童夏季防溺水");
        var meetingUrl = station.Url.Split('?')[0];
        await MinutesBrowserSteps.RecordEveryoneAsync(station, meetingUrl);
        await MinutesBrowserSteps.WriteAndSubmitAsync(station, "会议研究了建设村防溺水议题。", "建设村落实暑期巡河", "建设村", Today.AddDays(30));
        await MinutesBrowserSteps.SignOffAsync(station, meetingUrl, $"铜罐驿未保站纪〔{year}〕1号");
        await station.Locator("nav.tabs").GetByText("议定事项").ClickAsync();
        await Expect(station.Locator("#main")).ToContainTextAsync("建设村落实暑期巡河");

        await liaison.GotoAsync(topicUrl);
        await Expect(liaison.Locator("strong.topic-status")).ToHaveTextAsync("已上会");

        // The station prepares the matter for the group from that meeting and topic.
        await station.GotoAsync(station.Url.Split("/meetings")[0] + "/station/drafts");
        await station.GetByLabel("拟议事项内容").FillAsync("将防溺水纳入全镇暑期安全工作");
        await station.GetByLabel("牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "平安办" });
        await station.GetByLabel("办理期限").FillAsync(Today.AddDays(60).ToString("yyyy-MM-dd"));
        await station.GetByLabel("来源会议（可选）").SelectOptionAsync(new SelectOptionValue { Label = $"{year}年第一次工作站全体会议（铜罐驿未保站纪〔{year}〕1号）" });
        await station.GetByLabel("来源议题（可选）").SelectOptionAsync(new SelectOptionValue { Label = "建设村留守儿童夏季防溺水（建设村）" });
        await station.GetByRole(AriaRole.Button, new() { Name = "保存拟议事项" }).ClickAsync();
        await Expect(station.Locator("h1")).ToHaveTextAsync("拟议事项");
        var draftUrl = station.Url;

        // The office convenes the group's meeting with it; the minutes start from the prepared matter; the 组长 signs.
        var clerk = await browser.SignInAsync("clerk", "clerk-password-1", new Uri(draftUrl).PathAndQuery);
        await MinutesBrowserSteps.FillPlanAsync(clerk, $"{year}年第三次领导小组会议", "叶伟（组长）");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "召集会议并列入议程" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToHaveTextAsync($"{year}年第三次领导小组会议");
        var groupUrl = clerk.Url.Split('?')[0];
        await MinutesBrowserSteps.RecordEveryoneAsync(clerk, groupUrl);
        await clerk.Locator("nav.tabs").GetByText("纪要").ClickAsync();
        await Expect(clerk.GetByLabel("第1项议定事项")).ToHaveValueAsync("将防溺水纳入全镇暑期安全工作");
        await MinutesBrowserSteps.WriteAndSubmitAsync(clerk, "会议审议了工作站提请的拟议事项。");
        var leader = await browser.SignInAsync("yewei", "leader-password-1", new Uri(groupUrl).PathAndQuery);
        await MinutesBrowserSteps.SignOffAsync(leader, groupUrl, $"铜罐驿未保领纪〔{year}〕");

        await clerk.GotoAsync(draftUrl);
        await clerk.Locator("table.fields").GetByRole(AriaRole.Link, new() { Name = "第1项" }).ClickAsync();
        var chain = clerk.Locator("#resolution-chain");
        await Expect(chain).ToContainTextAsync("建设村留守儿童夏季防溺水");
        await Expect(chain).ToContainTextAsync($"铜罐驿未保站纪〔{year}〕1号");
        await Expect(chain).ToContainTextAsync("将防溺水纳入全镇暑期安全工作");
        await Expect(chain).ToContainTextAsync($"铜罐驿未保领纪〔{year}〕");
    }
}
