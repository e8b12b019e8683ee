using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

public class DistrictBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_district_follows_a_towns_overdue_figure_into_its_list_and_is_offered_no_action_there()
    {
        await browser.AddUserAsync("qu.reader", "--role", "区未保办", "--name", "区未保办", "--password", "district-password-1");
        var page = await browser.SignInAsync("qu.reader", "district-password-1", "/district");
        await Expect(page.Locator("h1")).ToContainTextAsync("区概览");
        var row = page.Locator("tbody tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "铜罐驿镇" }) });
        var training = row.Locator("td[data-column=training] a");
        var overdue = int.Parse(await training.InnerTextAsync());
        Assert.True(overdue > 0, "the sample town has overdue training on the district view");
        Assert.Contains("<svg", await page.ContentAsync());

        await training.ClickAsync();
        await Expect(page).ToHaveURLAsync($"{browser.App.BaseUrl}/t/tgy/training");
        await Expect(page.Locator("main h1")).ToContainTextAsync("培训");
        Assert.True(await page.Locator("main tbody tr").CountAsync() > 0);
        // Reading only: no form that changes anything, no page that would start a change.
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        Assert.Equal(0, await page.Locator("main a[href$='/new']").CountAsync());
        foreach (var url in new[] { "/t/tgy/resolutions", "/t/tgy/meetings", "/t/tgy/roster/units", "/t/tgy/reports", "/t/tgy/" })
        {
            await page.GotoAsync(browser.App.BaseUrl + url);
            Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
            Assert.Equal(0, await page.Locator("main a[href$='/new']").CountAsync());
        }
    }
}
