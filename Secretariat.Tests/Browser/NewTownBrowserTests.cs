using Microsoft.Playwright;
using Secretariat.Web.Infrastructure.Files;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// A real town from nothing to its first issued minutes, in one sitting: a deployment without the sample, `towns add` and its first
/// administrator from the command line, then everything in Chromium: 成立 of both bodies from the founding notice, the founding
/// roster from a sheet built here from the notice's 附件1 and 3-1, its units registered, the 组长's account, the first meeting
/// convened, attendance recorded, minutes signed off and numbered. Nothing here loads a sample.
/// </summary>
public class NewTownBrowserTests(NoSampleBrowserFixture browser) : IClassFixture<NoSampleBrowserFixture>
{
    private const string AdminPassword = "hyz-admin-password";

    /// <summary>After a step that runs a command: its handler is compiled on first use, which a busy machine may take a while over.</summary>
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 60_000 };

    private async Task CommandAsync(params string[] arguments)
    {
        var (exitCode, output) = await AppProcess.RunToEndAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = browser.ConnectionString }, arguments);
        Assert.True(exitCode == 0, output);
    }

    /// <summary>axe-core finds nothing, and at 375 px the page does not scroll sideways.</summary>
    private static async Task AccessibleAsync(IPage page)
    {
        var violations = await AccessibilityBrowserTests.RunAxeAsync(page, MainPages.AxeSource());
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.SetViewportSizeAsync(375, 800);
        Assert.True(await page.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll), $"{page.Url} scrolls sideways at 375 px");
        await page.SetViewportSizeAsync(1280, 800);
    }

    [Fact]
    public async Task A_town_added_from_the_command_line_is_set_up_in_the_browser_and_issues_its_first_numbered_minutes()
    {
        await CommandAsync("towns", "add", "hyz", "--name", "华岩镇");
        await CommandAsync("users", "add", "hyz.admin", "--town", "hyz", "--role", "管理员", "--role", "办公室", "--name", "华岩镇管理员",
            "--password", AdminPassword);
        var baseUrl = browser.App.BaseUrl;
        var year = TownCalendar.Today.Year;

        // The new town's dashboard: its setup steps, each a link.
        var admin = await browser.SignInAsync("hyz.admin", AdminPassword, "/t/hyz/");
        var checklist = admin.Locator("section.setup-checklist");
        await Expect(checklist.Locator("h2")).ToHaveTextAsync("建立本镇街：已完成 0 / 6 步");
        await Expect(checklist.Locator("li.step-open")).ToHaveCountAsync(6);
        await AccessibleAsync(admin);

        // 成立: the leading group (with its office) and the work station from the founding notice.
        await checklist.GetByRole(AriaRole.Link, new() { Name = "成立", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{baseUrl}/t/hyz/roster/establish");
        await Expect(admin.Locator("input[name=Issuer]")).ToHaveValueAsync("华岩镇人民政府");
        await admin.Locator("input[name=Basis]").FillAsync("华岩府发〔2022〕3号");
        await admin.Locator("input[name=On]").FillAsync("2022-01-28");
        await admin.GetByRole(AriaRole.Button, new() { Name = "登记成立" }).ClickAsync();
        await Expect(admin.Locator("p.notice[role=status]")).ToContainTextAsync("已登记成立", Slow);
        await Expect(admin.Locator("tr[data-body=work-station] td").Nth(1)).ToHaveTextAsync("已成立");
        await AccessibleAsync(admin);

        // The founding roster: the template downloads; the sheet typed from 附件1 and 3-1 is checked row by row.
        await admin.GetByRole(AriaRole.Link, new() { Name = "导入成立时名单" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("导入成立时名单");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Link, new() { Name = "下载名单模板（.xlsx）" }).ClickAsync());
        var (sheets, problem) = Spreadsheets.Read(await File.ReadAllBytesAsync((await download.PathAsync())!), 10);
        Assert.Null(problem);
        Assert.Equal(["成员单位", "领导小组", "领导小组办公室", "工作站", "儿童主任", "填写说明"], sheets.Select(s => s.Name));

        // Typed as the notice lays it out (a role once, beside the rows it covers, in a merged cell): refused in the page, row by row.
        var layout = new Workbooks.Sheet("领导小组").Row([.. Workbooks.SeatHeader.Select(h => (Workbooks.Cell?)h)])
            .Row("组长", "叶 伟", "党委副书记、镇长", null).Row("副组长", "胡鹏来", "宣传委员", null).Row(null, "蔡拔林", "政法委员、统战委员", null)
            .Merge("A3:A4");
        await admin.Locator("input[name=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "照通知排版.xlsx", MimeType = Spreadsheets.ContentType, Buffer = Workbooks.Build(layout)
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Expect(admin.Locator(".import-problems")).ToContainTextAsync("发现 1 处问题，没有保存任何内容", Slow);
        await Expect(admin.Locator(".import-problems li")).ToHaveTextAsync(
            "工作表“领导小组”第 3-4 行：“职务”是合并单元格（A3:A4）：导入时每一行都要单独填写，请取消合并后在每一行填上。");
        await Expect(admin.Locator("tr[data-row='4'] td.row-check")).ToContainTextAsync("合并单元格");
        await Expect(admin.GetByRole(AriaRole.Button, new() { Name = "确认导入" })).ToHaveCountAsync(0);

        await admin.Locator("input[name=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "华岩镇成立时名单.xlsx", MimeType = Spreadsheets.ContentType, Buffer = Workbooks.NoticeRoster()
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "上传并检查" }).ClickAsync();
        await Expect(admin.Locator("p.import-ready")).ToContainTextAsync("检查通过，每一行都可以导入：登记 22 个单位；领导小组 27 人", Slow);
        await Expect(admin.Locator("table.import-rows[data-sheet=领导小组] td.row-check")).ToHaveCountAsync(27);
        await Expect(admin.Locator("table.new-units tbody tr")).ToHaveCountAsync(22);
        await AccessibleAsync(admin);

        // Registering the units the lists name: the office confirms each kind (文服中心 is a social organisation, not a town body).
        await Expect(admin.GetByLabel("冬笋坝社区的类别")).ToHaveValueAsync("Community");
        await Expect(admin.GetByLabel("建设村的类别")).ToHaveValueAsync("Village");
        await admin.GetByLabel("文服中心的类别").SelectOptionAsync("Organisation");
        await admin.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync($"{baseUrl}/t/hyz/setup?imported=1", new() { Timeout = 60_000 });
        await Expect(admin.Locator("p.notice[role=status]")).ToContainTextAsync("成立时名单已导入", Slow);
        await Expect(admin.Locator("li[data-step=Roster] .step-state")).ToHaveTextAsync("已完成");
        await Expect(admin.Locator("li[data-step=ChildDirectors] .step-detail")).ToHaveTextAsync("9 个村（社区）均有儿童主任；儿童督导员 1 人");
        await AccessibleAsync(admin);

        await admin.GotoAsync($"{baseUrl}/t/hyz/roster/leading-group");
        await Expect(admin.Locator("table[data-role=Leader] td.name")).ToHaveTextAsync("叶伟");
        await Expect(admin.Locator("table[data-role=Member] tbody tr")).ToHaveCountAsync(21);
        await admin.GotoAsync($"{baseUrl}/t/hyz/roster/units");
        await Expect(admin.Locator("tr[data-unit]")).ToHaveCountAsync(22);
        await Expect(admin.Locator("h2", new() { HasText = "社会组织" })).ToHaveTextAsync("社会组织（2）");

        // The 组长's account, linked to 叶伟 on the roster.
        await admin.GotoAsync($"{baseUrl}/t/hyz/accounts/new");
        await admin.GetByLabel("用户名").FillAsync("hyz.yewei");
        await admin.GetByLabel("姓名").FillAsync("叶伟");
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = Roles.Leader, Exact = true }).CheckAsync();
        var yeWei = await admin.Locator("select[name=PersonId] option", new() { HasText = "叶伟" }).GetAttributeAsync("value");
        await admin.Locator("select[name=PersonId]").SelectOptionAsync(yeWei!);
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建账号" }).ClickAsync();
        await Expect(admin.Locator("code.one-time-password")).ToContainTextAsync(new Regex("\\w{12,}"), Slow);
        var oneTime = (await admin.Locator("code.one-time-password").TextContentAsync())!.Trim();

        // The first meeting: convened by the 组长, attendance recorded, minutes drafted and submitted.
        await admin.GotoAsync($"{baseUrl}/t/hyz/meetings/new");
        await admin.GetByLabel("会议名称").FillAsync($"{year}年第一次领导小组会议");
        await admin.GetByLabel("日期", new() { Exact = true }).FillAsync(TownCalendar.Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await admin.GetByLabel("时间", new() { Exact = true }).FillAsync("09:30");
        await admin.GetByLabel("地点", new() { Exact = true }).FillAsync("华岩镇政府会议室");
        await admin.GetByLabel("召集人").SelectOptionAsync(new SelectOptionValue { Label = "叶伟（组长）" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToContainTextAsync($"{year}年第一次领导小组会议", Slow);
        var meetingUrl = admin.Url.Split('?')[0];

        // Everyone of the 27 is recorded (the convener signs off only once attendance is): all present, then one on leave.
        await admin.Locator("nav.tabs").GetByText("出席").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "全部出席", Exact = true }).ClickAsync();
        await Expect(admin.Locator("#saved")).ToContainTextAsync("出席情况已保存。", Slow);
        await admin.GetByLabel("胡鹏来出席情况").SelectOptionAsync(new SelectOptionValue { Label = "请假" });
        await admin.GetByLabel("胡鹏来请假原因").FillAsync("区里开会");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存出席情况" }).ClickAsync();
        await Expect(admin.Locator("strong.present")).ToContainTextAsync("26", Slow);

        await admin.Locator("nav.tabs").GetByText("纪要").ClickAsync();
        await admin.GetByLabel("纪要正文").FillAsync("会议宣布领导小组和工作站成立，通报了成员名单，研究了全镇留守儿童关爱工作。");
        await admin.GetByLabel("第1项议定事项").FillAsync("各村（社区）建立留守儿童关爱台账");
        await admin.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "民政和社事办" });
        await admin.GetByLabel("第1项办理期限").FillAsync(TownCalendar.Today.AddDays(60).ToString("yyyy-MM-dd"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存纪要草稿" }).ClickAsync();
        await Expect(admin.Locator("strong.minutes-status").First).ToContainTextAsync("起草中", Slow);
        await admin.GetByRole(AriaRole.Button, new() { Name = "报送召集人签发" }).ClickAsync();
        await Expect(admin.Locator("strong.minutes-status").First).ToContainTextAsync("待签发", Slow);

        // The 组长 signs in with the one-time password, sets their own, and signs the minutes off: the town's first number.
        var leader = await browser.NewPageAsync();
        await leader.GotoAsync($"{baseUrl}/t/hyz/meetings");
        await leader.GetByLabel("用户名").FillAsync("hyz.yewei");
        await leader.GetByLabel("密码").FillAsync(oneTime);
        await leader.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await leader.Locator("input[name=current]").FillAsync(oneTime);
        await leader.Locator("input[name=replacement]").FillAsync("hyz-leader-password");
        await leader.Locator("input[name=confirmation]").FillAsync("hyz-leader-password");
        await leader.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await Expect(leader).ToHaveURLAsync($"{baseUrl}/t/hyz/", new() { Timeout = 60_000 });
        await leader.GotoAsync(meetingUrl + "?tab=minutes");
        await leader.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(leader.Locator("p.summary strong.minutes-status").First).ToContainTextAsync($"华岩未保领纪〔{year}〕1号", Slow);

        // The office sees the number on the meetings list, and the checklist has only 镇街信息 and the 站长's account left.
        await admin.GotoAsync($"{baseUrl}/t/hyz/meetings");
        await Expect(admin.Locator("main")).ToContainTextAsync($"华岩未保领纪〔{year}〕1号");
        await admin.GotoAsync($"{baseUrl}/t/hyz/");
        await Expect(checklist.Locator("h2")).ToHaveTextAsync("建立本镇街：已完成 4 / 6 步");
        await Expect(checklist.Locator("li[data-step=Accounts] .step-detail")).ToHaveTextAsync("站长 刘兵 尚无关联名单的工作站账号");
    }
}
