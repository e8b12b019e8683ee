using Alba;
using Wolverine;

namespace Secretariat.Tests.Features.Roster;

public class RosterPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<SignedIn> Clerk() => await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);

    [Theory]
    [InlineData("/t/tgy/roster/leading-group", "铜罐驿镇未成年人保护工作领导小组")]
    [InlineData("/t/tgy/roster/secretariat", "铜罐驿镇未成年人保护工作领导小组办公室")]
    [InlineData("/t/tgy/roster/work-station", "铜罐驿镇未成年人保护工作站")]
    [InlineData("/t/tgy/roster/units", "成员单位")]
    [InlineData("/t/tgy/roster/leading-group/history", "铜罐驿镇未成年人保护工作领导小组：变动记录")]
    [InlineData("/t/tgy/adjustments", "成员调整")]
    public async Task Each_page_is_a_whole_page_normally_and_a_fragment_for_htmx(string url, string heading)
    {
        var user = await Clerk();
        var fullResult = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(user);
            s.Header("Vary").SingleValueShouldEqual("HX-Request");
        });
        var full = await fullResult.ReadAsTextAsync();
        Assert.Contains("<!DOCTYPE html>", full);
        Assert.Contains($"<h1>{heading}</h1>", full);
        Assert.Contains("/lib/htmx/htmx.min.js", full);
        Assert.Contains("<nav", full);

        var fragment = await (await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.AsHtmx(user);
            s.Header("Vary").SingleValueShouldEqual("HX-Request");
        })).ReadAsTextAsync();
        Assert.Contains($"<h1>{heading}</h1>", fragment);
        Assert.DoesNotContain("<!DOCTYPE html>", fragment);
        Assert.DoesNotContain("<nav", fragment);
        Assert.StartsWith("<title>", fragment.TrimStart());
    }

    [Fact]
    public async Task An_htmx_history_restore_gets_the_whole_page()
    {
        var user = await Clerk();
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.AsHtmx(user);
            s.WithRequestHeader("HX-History-Restore-Request", "true");
            s.ContentShouldContain("<!DOCTYPE html>");
        });
    }

    [Fact]
    public async Task The_leading_group_has_Ye_Wei_as_leader_five_deputies_and_twenty_one_members()
    {
        var user = await Clerk();
        var page = await (await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group?asOf=2024-01-01");
            s.As(user);
        })).ReadAsTextAsync();
        Assert.Contains("共 <strong class=\"total\">27</strong> 人", page);
        Assert.Contains("组长 1 名，副组长 5 名，成员 21 名", page);
        var leaderTable = page[page.IndexOf("data-role=\"Leader\"", StringComparison.Ordinal)..page.IndexOf("data-role=\"DeputyLeader\"", StringComparison.Ordinal)];
        Assert.Contains("叶伟", leaderTable);
        Assert.Contains("党委副书记、镇长", leaderTable);
    }

    [Fact]
    public async Task The_work_station_has_one_child_director_per_village_and_community()
    {
        var user = await Clerk();
        var page = await (await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/work-station?asOf=2024-01-01");
            s.As(user);
        })).ReadAsTextAsync();
        Assert.Contains("儿童主任（9）", page);
        foreach (var village in new[] { "双骑龙村", "建设村", "观音桥村", "英雄湾村", "新合村", "大碑村", "黄金堡村", "冬笋坝社区", "铜罐社区" })
            Assert.Contains($"<td>{village}</td>", page);
        Assert.Contains("儿童督导员（1）", page);
        Assert.Contains("赵旦月", page);
        Assert.Contains("站长（1）", page);
    }

    [Fact]
    public async Task Before_the_notice_the_bodies_did_not_exist()
    {
        var user = await Clerk();
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group?asOf=2022-01-27");
            s.As(user);
            s.ContentShouldContain("尚未成立");
            s.ContentShouldNotContain("叶伟");
        });
    }

    [Fact]
    public async Task A_malformed_date_says_so_and_shows_today()
    {
        var user = await Clerk();
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/secretariat?asOf=2024-13-45");
            s.As(user);
            s.StatusCodeShouldBeOk();
            s.ContentShouldContain("格式不正确");
            s.ContentShouldContain("刘兵");
        });
    }

    [Fact]
    public async Task An_unknown_body_is_a_chinese_404()
    {
        var user = await Clerk();
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/no-such-body");
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
            s.ContentShouldContain("找不到");
        });
    }

    [Fact]
    public async Task The_roster_as_of_a_date_reflects_a_change_from_its_effective_day()
    {
        // A dedicated person, so the other tests' counts stay as in the notice.
        var person = Guid.NewGuid();
        using (var scope = app.Host.Services.CreateScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            var appointed = await bus.InvokeForTenantAsync<CommandResult>(SampleTownAccounts.Town, new AppointMember(BodyKind.Secretariat, Guid.NewGuid(), person, "王测试",
                RosterRole.SecretariatStaff, SampleTown.UnitId("党政办"), "联络员", new DateOnly(2025, 3, 1), "测试审批单"));
            Assert.True(appointed.Succeeded, appointed.Refusal);
            var ended = await bus.InvokeForTenantAsync<CommandResult>(SampleTownAccounts.Town, new EndMembership(BodyKind.Secretariat, person, new DateOnly(2025, 9, 1), "工作变动", "测试审批单2"));
            Assert.True(ended.Succeeded, ended.Refusal);
            var again = await bus.InvokeForTenantAsync<CommandResult>(SampleTownAccounts.Town, new EndMembership(BodyKind.Secretariat, person, new DateOnly(2025, 10, 1), "工作变动", "测试审批单3"));
            Assert.False(again.Succeeded);
        }

        var user = await Clerk();
        async Task<string> On(string date) => await (await app.Host.Scenario(s =>
        {
            s.Get.Url($"/t/tgy/roster/secretariat?asOf={date}");
            s.As(user);
        })).ReadAsTextAsync();

        Assert.DoesNotContain("王测试", await On("2025-02-28"));
        Assert.Contains("王测试", await On("2025-03-01"));
        Assert.Contains("王测试", await On("2025-08-31"));
        Assert.DoesNotContain("王测试", await On("2025-09-01"));

        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/t/tgy/roster/people/{person}");
            s.As(user);
            s.ContentShouldContain("王测试");
            s.ContentShouldContain("2025-09-01");
            s.ContentShouldContain("工作变动");
        });
    }

    [Fact]
    public async Task A_persons_page_lists_every_role_held()
    {
        var user = await Clerk();
        var page = await (await app.Host.Scenario(s =>
        {
            s.Get.Url($"/t/tgy/roster/people/{SampleTown.PersonId("刘兵")}");
            s.As(user);
        })).ReadAsTextAsync();
        Assert.Contains("<h1>刘兵</h1>", page);
        Assert.Contains("<td>副组长</td>", page);
        Assert.Contains("<td>主任</td>", page);
        Assert.Contains("<td>站长</td>", page);
        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/t/tgy/roster/people/{Guid.NewGuid()}");
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
    }

    [Fact]
    public async Task The_units_page_lists_all_member_units()
    {
        var user = await Clerk();
        var page = await (await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/units");
            s.As(user);
        })).ReadAsTextAsync();
        Assert.Contains("镇属单位（12）", page);
        Assert.Contains("村（7）", page);
        Assert.Contains("社区（2）", page);
        Assert.Contains("齐心社会工作服务中心", page);
    }

    [Fact]
    public async Task Pages_print_on_a4()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/css/print.css");
            s.ContentShouldContain("@page { size: A4");
            s.ContentShouldContain("@media print");
        });
    }
}
