using Microsoft.Playwright;
using Secretariat.Tests.Features.Children;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// The service window in Chromium: a guardian's visit is logged and referred to 派出所; a 强制报告 goes through every step to feedback;
/// one not passed on the day it came becomes an urgent alert; a case plan with two steps, one referred to 派出所 and answered by its
/// liaison (who sees nothing of the child), is reviewed and closed. axe finds nothing on the window's pages; nothing personal reaches the log.
/// </summary>
public class CaseworkBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Password = "casework-password-1";
    private static readonly DateOnly Today = TownCalendar.Today;

    private static async Task AxeAsync(IPage page, List<string> violations) =>
        violations.AddRange((await AccessibilityBrowserTests.RunAxeAsync(page, MainPages.AxeSource())).Select(v => $"{page.Url}: {v}"));

    [Fact]
    public async Task A_visit_is_referred_a_report_goes_to_feedback_an_unreported_one_is_urgent_and_a_plan_with_a_referral_is_closed()
    {
        await browser.AddUserAsync("window-station", "--role", "工作站", "--password", Password);
        await browser.AddUserAsync("window-police", "--role", "成员单位联络人", "--unit", "派出所", "--password", Password);
        var violations = new List<string>();
        var station = await browser.SignInAsync("window-station", Password, "/t/tgy/casework/ledger/new");

        // A guardian's visit, referred to 派出所, the child new at the window (its name only in the personal-data store).
        await station.GetByLabel("村（社区）").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await station.GetByLabel("服务事项").SelectOptionAsync(new SelectOptionValue { Label = "权益保障" });
        await station.GetByLabel("办理情况").FillAsync("监护人反映孩子在校外被欺凌，已登记并转介派出所核实");
        await station.GetByLabel("转介单位").SelectOptionAsync(new SelectOptionValue { Label = "派出所" });
        await station.GetByLabel("跟进期限").FillAsync(Today.AddDays(5).ToString("yyyy-MM-dd"));
        await station.GetByLabel("儿童姓名").FillAsync(ChildrenTestData.Name);
        await AxeAsync(station, violations);
        await station.GetByRole(AriaRole.Button, new() { Name = "保存接待记录" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToHaveTextAsync("接待记录已保存。");
        await Expect(station.Locator("td.referred")).ToHaveTextAsync("派出所");
        await Expect(station.Locator("td.child .masked")).ToHaveTextAsync("（欧**雯）");
        var reference = (await station.Locator("td.child .reference").TextContentAsync())!.Trim();

        // A 强制报告 through every step to feedback.
        await station.GotoAsync($"{browser.App.BaseUrl}/t/tgy/casework/reports/new");
        await station.GetByLabel("报告人").SelectOptionAsync(new SelectOptionValue { Label = "学校" });
        await station.GetByLabel("侵害类型").SelectOptionAsync(new SelectOptionValue { Label = "殴打、虐待" });
        await station.GetByLabel("儿童编号").FillAsync(reference);
        await station.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToContainTextAsync("强制报告已受理");
        await Expect(station.Locator("h1 .reference")).ToHaveTextAsync(reference);
        await station.GetByLabel("接报案编号").FillAsync("A500100");
        await AxeAsync(station, violations);
        await station.GetByRole(AriaRole.Button, new() { Name = "登记报案" }).ClickAsync();
        await Expect(station.Locator(".stage")).ToHaveTextAsync("已报案，调查中");
        await station.GetByLabel("调查结果").SelectOptionAsync(new SelectOptionValue { Label = "查证属实" });
        await station.GetByRole(AriaRole.Button, new() { Name = "登记调查结果" }).ClickAsync();
        await Expect(station.Locator(".stage")).ToHaveTextAsync("已调查，待处置");
        await station.GetByLabel("监护干预").CheckAsync();
        await station.GetByRole(AriaRole.Button, new() { Name = "登记处置" }).ClickAsync();
        await Expect(station.Locator(".stage")).ToHaveTextAsync("已处置，待反馈");
        await station.GetByLabel("反馈方式").SelectOptionAsync(new SelectOptionValue { Label = "电话反馈" });
        await station.GetByRole(AriaRole.Button, new() { Name = "登记反馈" }).ClickAsync();
        await Expect(station.Locator(".stage")).ToHaveTextAsync("已反馈（办结）");
        await Expect(station.Locator(".step-police")).ToContainTextAsync("A500100（当日）");

        // One received yesterday and not passed on: an urgent alert.
        await station.GotoAsync($"{browser.App.BaseUrl}/t/tgy/casework/reports/new");
        await station.GetByLabel("受理日期").FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await station.GetByLabel("受理时间").FillAsync("08:00");
        await station.GetByLabel("报告人").SelectOptionAsync(new SelectOptionValue { Label = "医疗机构" });
        await station.GetByLabel("侵害类型").SelectOptionAsync(new SelectOptionValue { Label = "监护缺失、疏于照料" });
        await station.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToContainTextAsync("强制报告已受理");
        var unreported = (await station.Locator("h1 .reference").TextContentAsync())!.Trim();
        var alert = station.Locator($"tr[data-alert^='S19-police:']");
        for (var tries = 0; tries < 30 && await alert.CountAsync() == 0; tries++)
        {
            await Task.Delay(1000);
            await station.GotoAsync($"{browser.App.BaseUrl}/t/tgy/compliance");
        }
        await Expect(alert).ToHaveCountAsync(1);
        await Expect(alert).ToContainTextAsync("紧急");
        await Expect(alert).ToContainTextAsync("医疗机构报告");
        await Expect(alert).Not.ToContainTextAsync(unreported);

        // A case plan: a step of 民政和社事办 and a referral to 派出所.
        await station.GotoAsync($"{browser.App.BaseUrl}/t/tgy/casework/plans/new");
        await station.GetByLabel("一事一方案").CheckAsync();
        await station.GetByLabel("方案名称").FillAsync("校外欺凌干预");
        await station.GetByRole(AriaRole.Button, new() { Name = "制定方案" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToHaveTextAsync("方案已制定。");
        foreach (var (step, unit, referral) in new[] { ("入户核查监护情况", "民政和社事办", false), ("核实欺凌情况", "派出所", true) })
        {
            await station.GetByLabel("步骤内容").FillAsync(step);
            await station.GetByLabel("责任单位").SelectOptionAsync(new SelectOptionValue { Label = unit });
            if (referral) await station.GetByLabel("转介（请该单位在期限内回复）").CheckAsync();
            await station.GetByLabel("完成或回复期限").FillAsync(Today.AddDays(3).ToString("yyyy-MM-dd"));
            await station.GetByRole(AriaRole.Button, new() { Name = "添加步骤" }).ClickAsync();
            await Expect(station.Locator($"tr[data-step='{step}']")).ToHaveCountAsync(1);
        }
        await AxeAsync(station, violations);
        var plan = station.Url;

        // The liaison of 派出所: its two referrals, nothing of 民政和社事办's, nothing of the child.
        var police = await browser.SignInAsync("window-police", Password, "/t/tgy/casework/referrals");
        await Expect(police.Locator("li.referral")).ToHaveCountAsync(2);
        await Expect(police.Locator("li.referral[data-unit='民政和社事办']")).ToHaveCountAsync(0);
        await Expect(police.Locator("main")).Not.ToContainTextAsync(reference);
        await Expect(police.Locator("main")).Not.ToContainTextAsync("欧**雯");
        await AxeAsync(police, violations);
        var item = police.Locator("li.referral", new() { HasText = "核实欺凌情况" });
        await item.GetByLabel("回复内容").FillAsync("已出警核实，涉事人员已训诫");
        await item.GetByRole(AriaRole.Button, new() { Name = "回复" }).ClickAsync();
        await Expect(police.Locator("#saved")).ToHaveTextAsync("已回复。");
        Assert.Equal(403, (await police.GotoAsync(plan))!.Status);

        // The station finishes its own step, reviews and closes.
        await station.GotoAsync(plan);
        await Expect(station.Locator("tr[data-step='核实欺凌情况'] .step-state")).ToContainTextAsync("已回复");
        await station.Locator("tr[data-step='入户核查监护情况']").GetByRole(AriaRole.Button, new() { Name = "完成" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToHaveTextAsync("步骤已办理。");
        await station.GetByLabel("评估意见").FillAsync("欺凌已制止，监护落实");
        await station.GetByRole(AriaRole.Button, new() { Name = "登记评估" }).ClickAsync();
        await Expect(station.Locator("#saved")).ToHaveTextAsync("评估已登记。");
        await station.GetByLabel("结案理由").FillAsync("目标达成");
        await station.GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Expect(station.Locator(".plan-state")).ToContainTextAsync("结案：目标达成");

        await station.Context.CloseAsync();
        await police.Context.CloseAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Empty(ChildrenFixture.SecretsIn(browser.App.Output));
    }
}
