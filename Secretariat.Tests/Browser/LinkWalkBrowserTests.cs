using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// No link or button that answers 403: every role of the permission table signs in, opens its main pages (its menu,
/// and the main pages of the town it reads), and follows the links on them (a few of each shape); every form on them is posted without its
/// antiforgery token, which a route's policy checks first (403) and the token check after (400), so nothing changes.
/// </summary>
public class LinkWalkBrowserTests(BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Password = "walk-password-1";

    [Fact]
    public async Task Every_role_meets_no_403_on_the_links_and_buttons_of_its_main_pages()
    {
        var townPages = await MainPages.UrlsAsync(browser);
        var found = new List<string>();
        var counts = new List<string>();
        foreach (var role in Permissions.Table)
        {
            var user = "walk" + Permissions.Table.ToList().IndexOf(role);
            string[] unit = role.IsBoundToUnit ? ["--unit", "建设村"] : [];
            await browser.AddUserAsync([user, "--role", role.Name, .. unit, "--password", Password]);
            var reads = role.ReachOf(Capability.ReadTown) != Reach.None;
            var home = role.Level == RoleLevel.Town ? "/t/tgy/" : reads ? "/district" : "/district/towns";
            var page = await browser.SignInAsync(user, Password, home);

            var main = new List<string> { home };
            main.AddRange(await NavigationAsync(page));
            if (reads && role.Level == RoleLevel.District)
            {
                await page.GotoAsync($"{browser.App.BaseUrl}/t/tgy/");
                main.AddRange(await NavigationAsync(page));
            }
            if (reads) main.AddRange(MainPages.OpenedBy(townPages, role.Name));
            main = main.Distinct().ToList();

            var links = new HashSet<string>();
            var forms = new HashSet<string>();
            foreach (var url in main)
            {
                var response = await page.GotoAsync($"{browser.App.BaseUrl}{url}");
                if (response?.Status == 403) { found.Add($"{role.Name}: main page {url} answers 403"); continue; }
                await Expect(page.Locator("h1").First).ToBeVisibleAsync();
                links.UnionWith(await SameOriginAsync(page, "a[href]", "href"));
                links.UnionWith(await SameOriginAsync(page, "[hx-get]", "hx-get"));
                forms.UnionWith((await SameOriginAsync(page, "form[method=post i]", "action")).Where(a => !a.StartsWith("/sign-out", StringComparison.Ordinal)));
                forms.UnionWith(await SameOriginAsync(page, "[hx-post]", "hx-post"));
            }

            // Links of one shape (the same route with other ids or years) meet the same policy: a few of each are enough.
            links = Sampled(links);
            var request = page.Context.APIRequest;
            var answers = new System.Collections.Concurrent.ConcurrentBag<string>();
            // A few at a time, with the browser context's cookies: the answers, not the order, matter.
            await Parallel.ForEachAsync(links.Select(l => (Link: l, Post: false)).Concat(forms.Select(f => (Link: f, Post: true))),
                new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (call, _) =>
                {
                    var response = call.Post
                        ? await request.PostAsync($"{browser.App.BaseUrl}{call.Link}", new() { MaxRedirects = 0, Form = request.CreateFormData() })
                        : await request.GetAsync($"{browser.App.BaseUrl}{call.Link}");
                    if (response.Status is 403 or >= 500) answers.Add($"{role.Name}: {(call.Post ? "form" : "link")} {call.Link} answers {response.Status}");
                });
            found.AddRange(answers);
            counts.Add($"{role.Name}: {main.Count} main pages, {links.Count} links (a few of each shape), {forms.Count} forms");
            await page.Context.CloseAsync();
        }
        output.WriteLine(string.Join("\n", counts));
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>At most <see cref="PerShape"/> links of each shape (ids and numbers taken out), the first ones found.</summary>
    private static HashSet<string> Sampled(IEnumerable<string> links) =>
        links.GroupBy(Shape).SelectMany(g => g.Take(PerShape)).ToHashSet();

    private const int PerShape = 3;

    private static string Shape(string link) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(link, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"), "[0-9]+", "{n}");

    /// <summary>The page's menu links (the role's own: the menu shows each role only its pages).</summary>
    private async Task<IReadOnlyList<string>> NavigationAsync(IPage page) =>
        (await SameOriginAsync(page, "nav.site-nav a[href]", "href")).ToList();

    /// <summary>The attribute's URLs that lead into the app (path and query, no fragment), resolved against the page.</summary>
    private async Task<IReadOnlyList<string>> SameOriginAsync(IPage page, string selector, string attribute)
    {
        var values = await page.EvalOnSelectorAllAsync<string[]>(selector,
            "(els, attribute) => els.map(e => new URL(e.getAttribute(attribute), location.href).href)", attribute);
        return values.Where(v => v.StartsWith(browser.App.BaseUrl + "/", StringComparison.Ordinal))
            .Select(v => v[browser.App.BaseUrl.Length..].Split('#')[0])
            .Where(v => v.Length > 0).Distinct().ToList();
    }
}
