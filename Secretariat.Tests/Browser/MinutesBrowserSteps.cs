using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>The office convenes yesterday's meeting and writes its minutes with one resolution, the convener (组长) signs them off.</summary>
public static class MinutesBrowserSteps
{
    /// <summary>The meeting's URL (no query), its minutes submitted for signing.</summary>
    public static async Task<string> ConveneAndWriteAsync(IPage clerk, string title, string minutes, string resolution, string leadUnit,
        DateOnly dueOn, bool major = false)
    {
        await FillPlanAsync(clerk, title, "叶伟（组长）");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToHaveTextAsync(title);
        var meetingUrl = clerk.Url.Split('?')[0];
        await RecordEveryoneAsync(clerk, meetingUrl);
        await WriteAndSubmitAsync(clerk, minutes, resolution, leadUnit, dueOn, major);
        return meetingUrl;
    }

    /// <summary>The plan's fields of a form that convenes a meeting (the convene page's, or a topic's or a 拟议事项's): held yesterday.</summary>
    public static async Task FillPlanAsync(IPage page, string title, string convener)
    {
        var yesterday = TownCalendar.Today.AddDays(-1);
        await page.GetByLabel("会议名称").FillAsync(title);
        await page.GetByLabel("日期", new() { Exact = true }).FillAsync(yesterday.ToString("yyyy-MM-dd"));
        await page.GetByLabel("时间", new() { Exact = true }).FillAsync("09:30");
        await page.GetByLabel("地点", new() { Exact = true }).FillAsync("镇政府三楼会议室");
        await page.GetByLabel("召集人").SelectOptionAsync(new SelectOptionValue { Label = convener });
    }

    /// <summary>On a held meeting's page: the minutes' text and (if given) a first resolution, saved and submitted to the convener.</summary>
    public static async Task WriteAndSubmitAsync(IPage clerk, string minutes, string? resolution = null, string? leadUnit = null, DateOnly? dueOn = null,
        bool major = false)
    {
        // Opened once: a click on the tab already shown reloads it, and text typed before that swap lands is lost (the station
        // flow then saved empty minutes and 报送 was refused "纪要正文为空" about one run in five under load).
        var tab = clerk.Locator("nav.tabs").GetByText("纪要", new() { Exact = true });
        if (await tab.GetAttributeAsync("aria-current") != "page")
        {
            await tab.ClickAsync();
            await Expect(clerk.Locator("nav.tabs a[aria-current=page]")).ToHaveTextAsync("纪要");
        }
        await clerk.GetByLabel("纪要正文").FillAsync(minutes);
        if (resolution is not null) await clerk.GetByLabel("第1项议定事项").FillAsync(resolution);
        if (leadUnit is not null) await clerk.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = leadUnit });
        if (dueOn is { } due) await clerk.GetByLabel("第1项办理期限").FillAsync(due.ToString("yyyy-MM-dd"));
        if (major) await clerk.GetByLabel("重大事项（报区未保机构）").First.CheckAsync();
        // The save is done when the form carries the new version: the status alone may already read 起草中 (minutes started
        // from a 拟议事项), and a submit clicked on the old form would be refused as stale.
        var version = clerk.Locator("form[action$='/minutes'] input[name=version]");
        var before = await version.InputValueAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存纪要草稿" }).ClickAsync();
        await Expect(version).Not.ToHaveValueAsync(before);
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("起草中");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报送召集人签发" }).ClickAsync();
        try
        {
            await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("待签发");
        }
        catch (PlaywrightException e)
        {
            // What the page said instead (a refusal, an error page): the step failed rarely under load, its cause unseen.
            var said = await clerk.Locator("[role=alert], .error, h1").AllInnerTextsAsync();
            throw new Xunit.Sdk.XunitException($"报送 did not reach 待签发 at {clerk.Url}: {string.Join(" | ", said)}\n{e.Message}");
        }
    }

    /// <summary>The office records everyone as 出席 (全部出席): the convener signs the minutes off once attendance is recorded.</summary>
    public static async Task RecordEveryoneAsync(IPage clerk, string meetingUrl)
    {
        await clerk.GotoAsync(meetingUrl + "?tab=attendance");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "全部出席", Exact = true }).ClickAsync();
        await Expect(clerk.Locator("#saved")).ToHaveTextAsync("出席情况已保存。");
    }

    /// <summary>The convener signs the minutes off; they are issued under a number containing <paramref name="numbered"/>.</summary>
    public static async Task SignOffAsync(IPage leader, string meetingUrl, string numbered)
    {
        await leader.GotoAsync(meetingUrl + "?tab=minutes");
        await leader.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(leader.Locator("p.summary strong.minutes-status").First).ToContainTextAsync(numbered);
    }
}
