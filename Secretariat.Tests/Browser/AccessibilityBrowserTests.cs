using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// The main pages of the app with the data they need to show something (a meeting with issued minutes and a
/// resolution), and the office's and a liaison's accounts: made once per browser fixture, through the UI.
/// </summary>
public static class MainPages
{
    public const string Office = "a11y-clerk", OfficePassword = "clerk-password-1";
    public const string Liaison = "a11y-jianshe", LiaisonPassword = "liaison-password-1";
    private const string Leader = "a11y-yewei", LeaderPassword = "leader-password-1";

    private static readonly ConditionalWeakTable<BrowserFixture, Task<IReadOnlyList<string>>> Prepared = new();

    /// <summary>Every main page: dashboard, rosters, units, meetings, a meeting, resolutions, a resolution,
    /// adjustments, training ledger/coverage/sessions, activities, suggestions, social forces, staff checks with their form (the others' forms: ActivitiesBrowserTests), the child directors' reviews and one director's year with its forms, reports, compliance, campaigns (账号管理's pages and 我的账号, which
    /// is outside any town and so has no town menu, are checked in <see cref="AccountAdminBrowserTests"/>).</summary>
    public static Task<IReadOnlyList<string>> UrlsAsync(BrowserFixture browser) =>
        Prepared.GetValue(browser, b => PrepareAsync(b));

    private static async Task<IReadOnlyList<string>> PrepareAsync(BrowserFixture browser)
    {
        await browser.AddUserAsync(Office, "--role", "办公室", "--password", OfficePassword);
        await browser.AddUserAsync(Leader, "--role", "组长", "--person", "叶伟", "--password", LeaderPassword);
        await browser.AddUserAsync(Liaison, "--role", "成员单位联络人", "--unit", "建设村", "--password", LiaisonPassword);
        var today = TownCalendar.Today;

        var clerk = await browser.SignInAsync(Office, OfficePassword, "/t/tgy/meetings/new");
        await clerk.GetByLabel("会议名称").FillAsync("2026年第二次领导小组会议");
        await clerk.GetByLabel("日期", new() { Exact = true }).FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd"));
        await clerk.GetByLabel("时间", new() { Exact = true }).FillAsync("09:30");
        await clerk.GetByLabel("地点", new() { Exact = true }).FillAsync("镇政府三楼会议室");
        await clerk.GetByLabel("召集人").SelectOptionAsync(new SelectOptionValue { Label = "叶伟（组长）" });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToHaveTextAsync("2026年第二次领导小组会议");
        var meeting = new Uri(clerk.Url).AbsolutePath;
        await MinutesBrowserSteps.RecordEveryoneAsync(clerk, clerk.Url.Split('?')[0]);

        await clerk.Locator("nav.tabs").GetByText("纪要").ClickAsync();
        await clerk.GetByLabel("纪要正文").FillAsync("会议听取了未成年人保护工作站上半年工作汇报，研究了留守儿童关爱工作。");
        await clerk.GetByLabel("第1项议定事项").FillAsync("建立留守儿童关爱台账");
        await clerk.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await clerk.GetByLabel("第1项办理期限").FillAsync(today.AddDays(60).ToString("yyyy-MM-dd"));
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存纪要草稿" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("起草中");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报送召集人签发" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("待签发");
        await clerk.Context.CloseAsync();

        var leader = await browser.SignInAsync(Leader, LeaderPassword, meeting + "?tab=minutes");
        await leader.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(leader.Locator("p.summary strong.minutes-status").First).ToContainTextAsync("号");
        await leader.GotoAsync($"{browser.App.BaseUrl}/t/tgy/resolutions");
        await leader.GetByText("建立留守儿童关爱台账").ClickAsync();
        await Expect(leader).ToHaveURLAsync(new Regex("/t/tgy/resolutions/[0-9a-f-]{36}$"));
        await Expect(leader.Locator("main")).ToContainTextAsync("建立留守儿童关爱台账");
        var resolution = new Uri(leader.Url).AbsolutePath;
        await leader.Context.CloseAsync();

        return
        [
            "/t/tgy/", "/t/tgy/roster/leading-group", "/t/tgy/roster/secretariat", "/t/tgy/roster/work-station", "/t/tgy/roster/units",
            "/t/tgy/meetings", "/t/tgy/meetings/calendar", meeting, meeting + "?tab=attendance", meeting + "?tab=minutes", meeting + "?tab=resolutions",
            "/t/tgy/resolutions", resolution, "/t/tgy/adjustments", "/t/tgy/training", "/t/tgy/training/coverage", "/t/tgy/training/sessions",
            "/t/tgy/meetings?body=work-station", "/t/tgy/station/topics", "/t/tgy/station/drafts", "/t/tgy/station/tasks",
            "/t/tgy/activities", "/t/tgy/suggestions", "/t/tgy/capacity", "/t/tgy/staff-checks", "/t/tgy/director-reviews",
            $"/t/tgy/director-reviews/{SampleTown.PersonId("朱美桦")}/{today.Year}",
            "/t/tgy/reports", "/t/tgy/compliance", "/t/tgy/campaigns", Campaign, Campaign + "/items/" +
                Secretariat.Web.Features.Campaigns.CampaignIds.Item(Secretariat.Web.Features.Campaigns.SampleCampaign.Id,
                    Secretariat.Web.Features.Campaigns.ItemKind.Task, 12)
        ];
    }

    /// <summary>The role of each of the accounts above.</summary>
    public static string RoleOf(string user) => user switch { Office => "办公室", Liaison => "成员单位联络人", Leader => "组长", _ => user };

    /// <summary>
    /// The main pages a role opens: all of them to every reader of the town except the child directors' reviews (grades and
    /// allowances), which the table opens to ReadDirectorReviews only.
    /// </summary>
    public static IReadOnlyList<string> OpenedBy(IEnumerable<string> urls, string role) =>
        urls.Where(url => !url.StartsWith("/t/tgy/director-reviews", StringComparison.Ordinal)
                          || Permissions.ReachOfRole(role, Capability.ReadDirectorReviews) != Reach.None).ToList();

    private static readonly string Campaign = $"/t/tgy/campaigns/{Secretariat.Web.Features.Campaigns.SampleCampaign.Id}";

    private static string? _axe;

    /// <summary>axe-core from npm (Secretariat.Web/node_modules, installed by the build from the lock file).</summary>
    public static string AxeSource()
    {
        if (_axe is not null) return _axe;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "Secretariat.Web", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(path)) return _axe = File.ReadAllText(path);
        }
        throw new InvalidOperationException("axe-core is missing: run `npm ci` in Secretariat.Web (it is a devDependency in package.json).");
    }
}

/// <summary>axe-core on every main page, as the office and as a liaison: no violation of any impact.</summary>
public class AccessibilityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Rules switched off, each with its reason. None: every violation axe reports fails the test.
    /// </summary>
    private static readonly string[] Justified = [];

    [Theory]
    [InlineData(MainPages.Office, MainPages.OfficePassword)]
    [InlineData(MainPages.Liaison, MainPages.LiaisonPassword)]
    public async Task Every_main_page_has_no_axe_violation(string user, string password)
    {
        var urls = MainPages.OpenedBy(await MainPages.UrlsAsync(browser), MainPages.RoleOf(user));
        var page = await browser.SignInAsync(user, password, "/t/tgy/");
        var axe = MainPages.AxeSource();
        var found = new List<string>();
        foreach (var url in urls)
        {
            foreach (var width in new[] { 1280, 375 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync($"{browser.App.BaseUrl}{url}");
                await Expect(page.Locator("h1").First).ToBeVisibleAsync();
                found.AddRange((await RunAxeAsync(page, axe)).Select(v => $"{user} {width}px {url}: {v}"));
            }
        }
        // An htmx navigation leaves a page that passes too (the swapped main region, the menu around it).
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{browser.App.BaseUrl}/");
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = "议定事项", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/resolutions");
        found.AddRange((await RunAxeAsync(page, axe)).Select(v => $"{user} htmx /resolutions: {v}"));
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Error_pages_have_a_heading_and_a_reason_and_pass_axe()
    {
        await MainPages.UrlsAsync(browser);
        var page = await browser.SignInAsync(MainPages.Liaison, MainPages.LiaisonPassword, "/t/tgy/");
        var axe = MainPages.AxeSource();
        var found = new List<string>();
        foreach (var (url, status, heading, reason) in new[]
                 {
                     ("/t/tgy/meetings/new", 403, "没有权限", "成员单位联络人"),
                     ("/no-such-page", 404, "找不到页面", "地址可能有误"),
                     ("/t/tgy/meetings?year=abc", 400, "请求无效", "没有保存任何内容"),
                 })
        {
            var response = await page.GotoAsync($"{browser.App.BaseUrl}{url}");
            Assert.Equal(status, response!.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await Expect(page.Locator("main")).ToContainTextAsync(reason);
            found.AddRange((await RunAxeAsync(page, axe)).Select(v => $"{url}: {v}"));
        }
        Assert.True(found.Count == 0, string.Join("\n", found));

        // axe does see: an input without a label is reported.
        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('input'))");
        Assert.Contains(await RunAxeAsync(page, axe), v => v.StartsWith("label "));
    }

    [Fact]
    public async Task A_liaison_is_shown_no_link_that_answers_403()
    {
        var urls = MainPages.OpenedBy(await MainPages.UrlsAsync(browser), MainPages.RoleOf(MainPages.Liaison));
        var page = await browser.SignInAsync(MainPages.Liaison, MainPages.LiaisonPassword, "/t/tgy/");
        var refused = new List<string>();
        var checkedLinks = new HashSet<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync($"{browser.App.BaseUrl}{url}");
            var hrefs = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href^=\"/\"]')].map(a => a.getAttribute('href'))");
            foreach (var href in hrefs.Where(h => !h.Contains(".xlsx") && !h.Contains(".ics") && checkedLinks.Add(h)))
            {
                var response = await page.APIRequest.GetAsync($"{browser.App.BaseUrl}{href}", new() { MaxRedirects = 0 });
                if (response.Status == 403) refused.Add($"{url} links to {href} (403)");
            }
        }
        Assert.True(refused.Count == 0, string.Join("\n", refused));
        // The examples of the issue: nothing to convene, appoint or record for a liaison.
        foreach (var (url, text) in new[] { ("/t/tgy/meetings", "召集会议"), ("/t/tgy/training", "任命"), ("/t/tgy/training", "登记培训"), ("/t/tgy/training/sessions", "登记培训") })
        {
            await page.GotoAsync($"{browser.App.BaseUrl}{url}");
            await Expect(page.Locator("main").GetByRole(AriaRole.Link, new() { Name = text, Exact = true })).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Landmarks_skip_link_current_page_and_focus_ring()
    {
        await MainPages.UrlsAsync(browser);
        var page = await browser.SignInAsync(MainPages.Office, MainPages.OfficePassword, "/t/tgy/meetings");
        // Every nav is labelled, the menu marks the page it is on.
        var unlabelled = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('nav')].filter(n => !n.getAttribute('aria-label')).length");
        Assert.Equal(0, unlabelled);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" }).Locator("[aria-current=page]")).ToHaveTextAsync("会议");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "会议栏目" }).Locator("[aria-current=page]")).ToHaveTextAsync("会议");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "会议栏目" }).GetByRole(AriaRole.Link, new() { Name = "召集会议" })).ToHaveCountAsync(1);

        // The first Tab reaches the skip link, which shows itself and leads to the main region.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        var outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.Equal("solid 3px", outline);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();

        // The focus ring of our own on a link of the page.
        await page.Keyboard.PressAsync("Tab");
        var ring = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineColor");
        Assert.Equal("solid rgb(31, 78, 140)", ring);
    }

    [Fact]
    public async Task A_refused_form_marks_the_field_it_is_about()
    {
        await MainPages.UrlsAsync(browser);
        var page = await browser.SignInAsync(MainPages.Office, MainPages.OfficePassword, "/t/tgy/training/appointments/new");
        await page.GetByLabel("任职类别").SelectOptionAsync(new SelectOptionValue { Label = "儿童主任" });
        await page.GetByLabel("新任人员姓名").FillAsync("王小红");
        await page.GetByLabel("任职日期").FillAsync("2026-03-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "任命", Exact = true }).ClickAsync();
        // The summary at the top stays; the field says it too, tied to the select.
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("村（社区）");
        var unit = page.Locator("select[name=UnitId]");
        await Expect(unit).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await unit.GetAttributeAsync("aria-describedby");
        await Expect(page.Locator($"#{describedBy}")).ToContainTextAsync("村（社区）");
        await Expect(page.Locator("[aria-invalid=true]")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("新任人员姓名")).ToHaveValueAsync("王小红");
        var violations = await RunAxeAsync(page, MainPages.AxeSource());
        Assert.True(violations.Count == 0, string.Join("\n", violations));

        // A form htmx posts and renders in place (422) carries the same marks: the units registration.
        await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/roster/units");
        await page.GetByLabel("单位名称").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(page.Locator("[role=alert]")).ToContainTextAsync("请填写单位名称");
        var name = page.Locator("input[name=Name]");
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator($"#{await name.GetAttributeAsync("aria-describedby")}")).ToHaveTextAsync("请填写单位名称。");
        violations = await RunAxeAsync(page, MainPages.AxeSource());
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>axe-core injected through the DevTools protocol (the page's CSP allows no inline script) and run.</summary>
    public static async Task<IReadOnlyList<string>> RunAxeAsync(IPage page, string axe)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'")) await page.EvaluateAsync(axe);
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async (disabled) => {
              const r = await axe.run(document, { resultTypes: ['violations'], rules: Object.fromEntries(disabled.map(id => [id, { enabled: false }])) });
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
            }
            """, Justified);
        return result.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
