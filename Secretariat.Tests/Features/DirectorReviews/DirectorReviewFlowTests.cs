using System.Net;
using System.Text.RegularExpressions;
using Marten;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Features.DirectorReviews;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Features.DirectorReviews;

/// <summary>
/// A child director's year over HTTP in the sample town: the station records the review and a payment, bad input stays in the page and changes
/// nothing, a year still running cannot be finalised; the list, item 73's figure and the half-year report's section follow.
/// </summary>
public class DirectorReviewFlowTests(EveryRoleFixture app) : IClassFixture<EveryRoleFixture>
{
    private SignedIn User(string role) => app.Users[role];

    private async Task<string> GetAsync(string role, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(User(role)); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    [Fact]
    public async Task The_station_records_a_review_and_an_allowance_and_bad_input_is_refused_in_the_page()
    {
        var today = TownCalendar.Today;
        var year = today.Year;
        var list = await GetAsync(Roles.Reader, $"/t/tgy/director-reviews?year={year}");
        Assert.Contains("朱美桦", list);
        var url = Regex.Match(list, $"/t/tgy/director-reviews/[0-9a-f-]{{36}}/{year}(?=\"[^>]*>朱美桦<)").Value;
        // The sample's directors are the roster's people (the accessibility test opens this page by that id).
        Assert.Equal($"/t/tgy/director-reviews/{SampleTown.PersonId("朱美桦")}/{year}", url);

        var page = await GetAsync(Roles.WorkStation, url);
        Assert.Contains("尚未考核。", page);
        Assert.Contains("按现有记录实时计算", page);

        // Bad input: in the page, in Chinese, nothing recorded.
        Assert.Contains("考核分数须在 0 至 100 之间。", await (await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/review",
            [("Grade", "Competent"), ("Score", "101"), ("Comment", "按时走访")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        Assert.Contains("请选择考核等次。", await (await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/review",
            [("Grade", "Best"), ("Score", ""), ("Comment", "按时走访")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        Assert.Contains("请按数字填写发放金额", await (await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/allowances",
            [("FromMonth", "1"), ("ToMonth", "6"), ("Amount", "一千"), ("PaidOn", today.IsoDate())], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        Assert.Contains("请先登记考核等次和评语，再定稿。", await (await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/finalise", [],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        Assert.Contains("尚未考核。", await GetAsync(Roles.Reader, url));

        await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/review", [("Grade", "Excellent"), ("Score", "92"), ("Comment", "走访及时，台账完整")],
            HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(User(Roles.ChildSupervisor), url + "/allowances",
            [("FromMonth", "1"), ("ToMonth", "6"), ("Amount", "1800.50"), ("PaidOn", today.IsoDate())], HttpStatusCode.SeeOther);
        Assert.Contains("重叠", await (await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/allowances",
            [("FromMonth", "6"), ("ToMonth", "6"), ("Amount", "300"), ("PaidOn", today.IsoDate())], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        // The year is still running and the director still serves: not yet.
        Assert.Contains($"{year} 年度尚未结束", await (await app.Host.PostFormAsync(User(Roles.WorkStation), url + "/finalise", [],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());

        page = await GetAsync(Roles.Reader, url);
        Assert.Contains("<strong>优秀</strong>，92 分", page);
        Assert.Contains("走访及时，台账完整", page);
        Assert.Contains($"{year}年1-6月", page);
        Assert.Contains("1800.50", page);
        Assert.DoesNotContain("登记发放", page);
        list = await GetAsync(Roles.Reader, $"/t/tgy/director-reviews?year={year}");
        Assert.Contains("优秀（92 分），未定稿", list);

        // Last year is over: its review is finalised with the figures of then, and changes no more.
        var lastYear = url.Replace($"/{year}", $"/{year - 1}");
        await app.Host.PostFormAsync(User(Roles.WorkStation), lastYear + "/review", [("Grade", "Competent"), ("Score", ""), ("Comment", "全年走访按时")],
            HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(User(Roles.WorkStation), lastYear + "/finalise", [], HttpStatusCode.SeeOther);
        page = await GetAsync(Roles.WorkStation, lastYear);
        Assert.Contains($"定稿时冻结，截至{year - 1}年12月31日", page);
        Assert.DoesNotContain("保存考核", page);
        Assert.Contains($"{year - 1} 年度考核已定稿，不能再修改。", await (await app.Host.PostFormAsync(User(Roles.WorkStation), lastYear + "/review",
            [("Grade", "Excellent"), ("Score", "99"), ("Comment", "改")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());

        // Only the office and the station write; a liaison or a child director gets 403.
        await app.Host.Scenario(s =>
        {
            s.Post.FormData(new Dictionary<string, string> { ["Grade"] = "Competent", ["Comment"] = "x" }).ToUrl(url + "/review");
            s.As(User(Roles.UnitLiaison));
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
        });

        // Item 73's figure and the half-year report's section read the same records.
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var check = app.Host.Services.GetServices<IEvidenceRecordCheck>().Single(c => c.Code == "DirectorReviewsAndAllowances");
        var outcome = await check.RunAsync(session, today, CancellationToken.None);
        Assert.Contains($"{year} 年截至{today.ChineseDate()}，津补贴发放合计 1800.50 元：朱美桦 {year}年1-6月 1800.50 元", outcome.Text);
        var half = today.Month <= 6 ? (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) : (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));
        var section = Assert.Single(await new DirectorReviewReportFacts().SectionsAsync(session, half.Item1, half.Item2, CancellationToken.None));
        Assert.Contains(section.Rows, r => r is { Label: "津补贴发放（笔）", Count: 1, Detail: "合计 1800.50 元" });
    }
}
