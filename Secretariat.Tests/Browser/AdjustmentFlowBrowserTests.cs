using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class AdjustmentFlowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Task AddUserAsync(params string[] arguments) => browser.AddUserAsync(arguments);

    private Task<IPage> SignInAsync(string userName, string password) => browser.SignInAsync(userName, password, "/t/tgy/adjustments");

    [Fact]
    public async Task A_unit_asks_the_office_accepts_the_leader_approves_and_the_roster_changes()
    {
        await AddUserAsync("jianshe", "--role", "成员单位联络人", "--unit", "建设村", "--password", "liaison-password-1");
        await AddUserAsync("clerk", "--role", "办公室", "--password", "clerk-password-1");
        await AddUserAsync("yewei", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");

        var liaison = await SignInAsync("jianshe", "liaison-password-1");
        await liaison.GetByText("提出调整申请").ClickAsync();
        await liaison.GetByLabel("调整类型").SelectOptionAsync(new SelectOptionValue { Label = "替换成员" });
        await liaison.GetByLabel("现任成员（替换、减少、调整职务时选择）").SelectOptionAsync(new SelectOptionValue { Label = "刘建容（成员，建设村）" });
        await liaison.GetByLabel("新成员姓名（替换、增加时填写）").FillAsync("张新");
        await liaison.GetByLabel("调整原因").FillAsync("工作变动");
        await liaison.GetByLabel("拟生效日期").FillAsync("2026-04-01");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(liaison.Locator("strong.status")).ToHaveTextAsync("待受理");
        var url = liaison.Url;

        var clerk = await SignInAsync("clerk", "clerk-password-1");
        await clerk.GotoAsync(url);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理并报请审批" }).ClickAsync();
        await Expect(clerk.Locator("strong.status")).ToHaveTextAsync("待审批");

        var leader = await SignInAsync("yewei", "leader-password-1");
        await leader.Locator("table.adjustment-list a").First.ClickAsync();
        await leader.GetByLabel("意见").FillAsync("同意");
        await leader.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await Expect(leader.Locator("strong.status")).ToHaveTextAsync("已批准");
        await Expect(leader.Locator("ol.timeline li")).ToHaveCountAsync(3);

        await leader.GotoAsync($"{browser.App.BaseUrl}/t/tgy/roster/leading-group?asOf=2026-03-31");
        await Expect(leader.Locator("table[data-role=Member]")).ToContainTextAsync("刘建容");
        await leader.GotoAsync($"{browser.App.BaseUrl}/t/tgy/roster/leading-group?asOf=2026-04-01");
        await Expect(leader.Locator("table[data-role=Member]")).ToContainTextAsync("张新");
        await Expect(leader.Locator("table[data-role=Member]")).Not.ToContainTextAsync("刘建容");
    }
}
