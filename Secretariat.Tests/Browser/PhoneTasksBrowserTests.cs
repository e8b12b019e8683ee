using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// The three everyday tasks on a 375 px phone, each done to the end: a liaison reports progress on a resolution (the form above the
/// history), the office records attendance (全部出席 with the exceptions, the save bar always on screen), the station records a
/// training (the form within the screen). No page scrolls sideways, every input is at least 16 px (no zoom on iOS), the confirmation
/// of each save takes the focus, a refusal puts the focus on its field, and axe-core finds nothing.
/// </summary>
public class PhoneTasksBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Width = 375, Height = 740;
    private static readonly DateOnly Today = TownCalendar.Today;


    /// <summary>Inputs, selects and text areas whose type is smaller than 16 px.</summary>
    private const string SmallInputs =
        """
        () => [...document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select, main textarea')]
          .filter(e => e.getClientRects().length > 0 && parseFloat(getComputedStyle(e).fontSize) < 16)
          .map(e => `${e.name || e.id}: ${getComputedStyle(e).fontSize}`)
        """;

    private async Task<List<string>> CheckPageAsync(IPage page, string what)
    {
        var problems = new List<string>();
        if (!await page.EvaluateAsync<bool>(ResponsiveBrowserTests.NoSidewaysScroll))
            problems.Add($"{what}: scrolls sideways: {string.Join("; ", await page.EvaluateAsync<string[]>(ResponsiveBrowserTests.Culprits))}");
        problems.AddRange((await page.EvaluateAsync<string[]>(SmallInputs)).Select(s => $"{what}: input under 16 px: {s}"));
        problems.AddRange((await AccessibilityBrowserTests.RunAxeAsync(page, MainPages.AxeSource())).Select(v => $"{what}: axe {v}"));
        return problems;
    }

    private async Task<IPage> PhoneAsync(string user, string password, string url)
    {
        var page = await browser.SignInAsync(user, password, url);
        await page.SetViewportSizeAsync(Width, Height);
        await page.ReloadAsync();
        return page;
    }

    [Fact]
    public async Task The_three_everyday_tasks_are_done_on_a_phone_with_a_focused_confirmation_and_no_sideways_scroll()
    {
        await browser.AddUserAsync("phone-clerk", "--role", "办公室", "--password", "clerk-password-1");
        await browser.AddUserAsync("phone-yewei", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        await browser.AddUserAsync("phone-jianshe", "--role", "成员单位联络人", "--unit", "建设村", "--password", "liaison-password-1");
        await browser.AddUserAsync("phone-station", "--role", "工作站", "--person", "赵旦月", "--password", "station-password-1");
        var problems = new List<string>();

        // The office convenes on the phone: the confirmation of 召集会议 takes the focus.
        var clerk = await PhoneAsync("phone-clerk", "clerk-password-1", "/t/tgy/meetings/new");
        await clerk.GetByLabel("会议名称").FillAsync("手机登记测试会议");
        await clerk.GetByLabel("日期", new() { Exact = true }).FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await clerk.GetByLabel("时间", new() { Exact = true }).FillAsync("09:30");
        await clerk.GetByLabel("地点", new() { Exact = true }).FillAsync("镇政府三楼会议室");
        await clerk.GetByLabel("召集人").SelectOptionAsync(new SelectOptionValue { Label = "叶伟（组长）" });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToHaveTextAsync("手机登记测试会议");
        await Expect(clerk.Locator("#saved")).ToHaveTextAsync("会议已召集。");
        await Expect(clerk.Locator("#saved")).ToBeFocusedAsync();
        var meeting = clerk.Url.Split('?')[0];

        // Task 2: attendance. One member on leave (the reason field shows once 请假 is chosen), everyone else by 全部出席.
        await clerk.GotoAsync(meeting + "?tab=attendance");
        var rows = clerk.Locator("table.attendance tbody tr");
        var members = await rows.CountAsync();
        Assert.True(members >= 20, $"only {members} rows to record");
        problems.AddRange(await CheckPageAsync(clerk, "attendance"));
        var bar = clerk.Locator(".sticky-actions");
        var box = (await bar.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= Height + 0.5 && box.Y >= 0, $"the save bar is at {box.Y:0}..{box.Y + box.Height:0}, not on the first screen");
        var first = rows.First;
        var reason = first.Locator("input[name^=Reason_]");
        await Expect(reason).ToBeHiddenAsync();
        await first.Locator("select").SelectOptionAsync("Leave");
        await Expect(reason).ToBeVisibleAsync();
        await reason.FillAsync("到区里开会");
        // Far down the list the bar is still on screen.
        await rows.Nth(members - 1).ScrollIntoViewIfNeededAsync();
        box = (await bar.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= Height + 0.5 && box.Y >= 0, $"scrolled down, the save bar is at {box.Y:0}, off the screen");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "全部出席", Exact = true }).ClickAsync();
        await Expect(clerk.Locator("#saved")).ToHaveTextAsync("出席情况已保存。");
        await Expect(clerk.Locator("#saved")).ToBeFocusedAsync();
        await Expect(clerk.Locator("strong.present")).ToHaveTextAsync((members - 1).ToString());
        await Expect(clerk.Locator("main")).ToContainTextAsync("请假 1 人");
        problems.AddRange(await CheckPageAsync(clerk, "attendance saved"));

        // Minutes with a resolution for 建设村, signed off by the 组长 (on a desktop: not one of the three tasks).
        await clerk.SetViewportSizeAsync(1280, 800);
        await clerk.GotoAsync(meeting + "?tab=minutes");
        await clerk.GetByLabel("纪要正文").FillAsync("会议研究了留守儿童关爱工作。");
        await clerk.GetByLabel("第1项议定事项").FillAsync("手机测试：建立留守儿童关爱台账");
        await clerk.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await clerk.GetByLabel("第1项办理期限").FillAsync(Today.AddDays(60).ToString("yyyy-MM-dd"));
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存纪要草稿" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("起草中");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报送召集人签发" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("待签发");
        var leader = await browser.SignInAsync("phone-yewei", "leader-password-1", "/t/tgy/meetings");
        await leader.GotoAsync(meeting + "?tab=minutes");
        await leader.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(leader.Locator("p.summary strong.minutes-status").First).ToContainTextAsync("号");

        // Task 1: progress. After several reports the form is still on the first screen, above the history.
        var liaison = await PhoneAsync("phone-jianshe", "liaison-password-1", "/t/tgy/resolutions");
        await liaison.GetByText("手机测试：建立留守儿童关爱台账").ClickAsync();
        await Expect(liaison).ToHaveURLAsync(new Regex("/t/tgy/resolutions/[0-9a-f-]{36}$"));
        var resolution = liaison.Url;
        for (var i = 1; i <= 6; i++)
        {
            await liaison.GetByLabel("报送进展").FillAsync($"第{i}次进展：已走访{i * 5}户留守儿童家庭，逐户核实监护情况并登记台账，发现的问题已报工作站。");
            await liaison.GetByRole(AriaRole.Button, new() { Name = "报送", Exact = true }).ClickAsync();
            await Expect(liaison.Locator("ol.progress-list li")).ToHaveCountAsync(i);
            await Expect(liaison.Locator("#saved")).ToHaveTextAsync("已报送进展，见下方进展记录。");
            await Expect(liaison.Locator("#saved")).ToBeFocusedAsync();
        }
        var form = (await liaison.Locator("form[action$='/progress']").BoundingBoxAsync())!;
        var history = (await liaison.Locator("ol.progress-list").BoundingBoxAsync())!;
        Assert.True(form.Y < history.Y, $"the progress form ({form.Y:0}) is below the history ({history.Y:0})");
        await liaison.EvaluateAsync("() => window.scrollTo(0, 0)");
        form = (await liaison.Locator("form[action$='/progress'] textarea").BoundingBoxAsync())!;
        Assert.True(form.Y + form.Height < Height * 1.6, $"after six reports the progress field starts {form.Y:0} px down");
        problems.AddRange(await CheckPageAsync(liaison, "progress saved"));
        // The focus went to the confirmation where the form is: it is on the screen.
        var saved = (await liaison.Locator("#saved").BoundingBoxAsync())!;
        var scroll = await liaison.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(saved.Y >= 0 && saved.Y < Height, $"the confirmation is off the screen ({saved.Y:0})");
        Assert.True(scroll >= 0);

        // Task 3: a training, recorded on the phone; a refusal first (the end before the start): the focus goes to the field.
        var station = await PhoneAsync("phone-station", "station-password-1", "/t/tgy/training/sessions/new");
        problems.AddRange(await CheckPageAsync(station, "training form"));
        var course = (await station.GetByLabel("第1门课程名称").BoundingBoxAsync())!;
        Assert.True(course.Width >= 200, $"a course name field is {course.Width:0} px wide");
        var box1 = (await station.GetByLabel("第1门为儿童社会工作课程").BoundingBoxAsync())!;
        Assert.True(box1.Width >= 18 && box1.Height >= 18, $"the checkbox is {box1.Width:0}x{box1.Height:0} px");
        await station.GetByLabel("培训名称").FillAsync("手机登记的儿童主任轮训");
        await station.GetByLabel("开始日期").FillAsync(Today.AddDays(-2).ToString("yyyy-MM-dd"));
        await station.GetByLabel("结束日期").FillAsync(Today.AddDays(-5).ToString("yyyy-MM-dd"));
        await station.GetByLabel("第1门课程名称").FillAsync("儿童保护政策法规");
        await station.GetByLabel("第1门课程学时").FillAsync("3");
        await station.GetByLabel("第1门为儿童社会工作课程").CheckAsync();
        await station.Locator("ul.attendee-list input[type=checkbox]").First.CheckAsync();
        var submit = station.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true });
        var button = (await submit.BoundingBoxAsync())!;
        Assert.True(button.X >= 0 && button.X + button.Width <= Width, $"登记 is at {button.X:0}..{button.X + button.Width:0}, off the screen");
        await submit.ClickAsync();
        await Expect(station.Locator("p.error")).ToBeVisibleAsync();
        // The focus moves once htmx has settled the swapped form: wait for it rather than read it at once.
        await Expect(station.Locator("[name=EndOn]")).ToBeFocusedAsync();
        await Expect(station.Locator("[name=EndOn]")).ToHaveAttributeAsync("aria-invalid", "true");
        problems.AddRange(await CheckPageAsync(station, "training refused"));
        await station.GetByLabel("结束日期").FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await station.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(station.Locator("h1")).ToHaveTextAsync("手机登记的儿童主任轮训");
        await Expect(station.Locator("#saved")).ToHaveTextAsync("培训已登记。");
        await Expect(station.Locator("#saved")).ToBeFocusedAsync();
        problems.AddRange(await CheckPageAsync(station, "training saved"));
        // Shown once: opened again, the page does not say it again.
        await station.ReloadAsync();
        await Expect(station.Locator("#saved")).ToHaveCountAsync(0);

        // The documents of the meeting fit the phone too (the circular's table scrolls in its own frame).
        await clerk.SetViewportSizeAsync(Width, Height);
        await clerk.GotoAsync(meeting + "?tab=resolutions");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "生成落实情况通报" }).ClickAsync();
        await Expect(clerk.Locator("article.circular .doc-number")).ToContainTextAsync("通〔");
        foreach (var url in new[] { clerk.Url, meeting + "/notice", meeting + "/minutes-print" })
        {
            await clerk.GotoAsync(url);
            problems.AddRange(await CheckPageAsync(clerk, url.Split('/').Last()));
        }
        _ = resolution;
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Chart_labels_are_readable_on_a_phone()
    {
        await MainPages.UrlsAsync(browser);
        var page = await PhoneAsync(MainPages.Office, MainPages.OfficePassword, "/t/tgy/");
        var charts = page.Locator("figure.chart svg");
        Assert.True(await charts.CountAsync() >= 1, "no chart on the dashboard");
        var heights = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('figure.chart svg text')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a)");
        Assert.NotEmpty(heights);
        Assert.True(heights.Min() >= 11, $"the smallest chart label is {heights.Min():0.0} px at {Width} px");
    }
}
