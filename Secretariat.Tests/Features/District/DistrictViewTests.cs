using System.Net.Http.Headers;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Secretariat.Web.Infrastructure.Time;
using MiniExcelLibs;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.District;

/// <summary>The sample town, an added empty town, and a 区未保办 account that reads both; one host for the class.</summary>
public sealed class DistrictFixture : AppFixture
{
    public const string EmptyTown = "kzz";
    public const string EmptyTownName = "空白镇";
    public const string Reader = "quweibao";
    public const string Clerk = "district-clerk";
    public const string Password = "district-test-password";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // AccountService is only async-disposable: an async scope.
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(EmptyTown, EmptyTownName, null, default));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var (_, refusal) = await accounts.CreateAsync(Reader, "区未保办", Password, [], [DistrictRoles.Reader], null);
        Assert.Null(refusal);
        (_, refusal) = await accounts.CreateInTownAsync(Clerk, Clerk, Password, [Roles.Secretariat], null);
        Assert.Null(refusal);
        // The alerts of the sample town, so that its dashboard's figures are today's.
        var admin = await SignedIn.AsAsync(Host, AdminUser, AdminPassword);
        await Host.PostFormAsync(admin, "/t/tgy/compliance/run", [], HttpStatusCode.SeeOther);
    }
}

public class DistrictViewTests(DistrictFixture app) : IClassFixture<DistrictFixture>
{
    private static readonly string[] Columns =
        ["held", "issued", "resolutions", "training", "coverage", "reports", "breach", "urgent", "warning", "reminder", "overdue"];

    private async Task<SignedIn> ReaderAsync()
    {
        var (_, cookie) = await SignedIn.PostSignInAsync(app.Host, DistrictFixture.Reader, DistrictFixture.Password, HttpStatusCode.Redirect);
        return new SignedIn(cookie, "");
    }

    private async Task<string> GetAsync(SignedIn user, string url, int status = 200)
    {
        var result = await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(status); });
        return await result.ReadAsTextAsync();
    }

    /// <summary>The table's rows in order: town code and each column's figure (the first number of its cell).</summary>
    private static List<(string Town, Dictionary<string, int> Figures)> Rows(string page)
    {
        var body = Regex.Match(page, "<table class=\"district-overview\".*?<tbody>(.*?)</tbody>", RegexOptions.Singleline);
        Assert.True(body.Success, "no overview table");
        return Regex.Matches(body.Groups[1].Value, "<tr data-town=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, Regex.Matches(m.Groups[2].Value, "<td data-column=\"([a-z]+)\"[^>]*><a [^>]*>(\\d+)")
                .ToDictionary(c => c.Groups[1].Value, c => int.Parse(c.Groups[2].Value))))
            .ToList();
    }

    private static int Figure(string dashboard, string pattern)
    {
        var match = Regex.Match(dashboard, pattern, RegexOptions.Singleline);
        Assert.True(match.Success, pattern);
        return int.Parse(match.Groups[1].Value);
    }

    [Fact]
    public async Task The_district_reader_sees_one_row_per_town_with_the_towns_own_figures()
    {
        var reader = await ReaderAsync();
        var page = await GetAsync(reader, "/district");
        var rows = Rows(page);
        Assert.Equal(["kzz", "tgy"], rows.Select(r => r.Town).Order());
        foreach (var (_, figures) in rows) Assert.Equal(Columns, figures.Keys);

        // The sample town: the same figures as its own lists of alerts (read by its administrator, after today's run) and its
        // own documents. (Its dashboard would be the natural reference, but /t/tgy/ answers 500 on this branch: see the report.)
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var tgy = rows.Single(r => r.Town == "tgy").Figures;
        async Task<int> AlertsAsync(string query) =>
            Regex.Matches(await GetAsync(admin, "/t/tgy/compliance" + query), "<tr class=\"[^\"]*\" data-alert=\"").Count;
        foreach (var severity in new[] { Severity.Breach, Severity.Urgent, Severity.Warning, Severity.Reminder })
            Assert.Equal(await AlertsAsync($"?severity={severity}"), tgy[severity.ToString().ToLowerInvariant()]);
        Assert.Equal(await AlertsAsync("?rule=R6&severity=Breach"), tgy["training"]);
        Assert.Equal(await AlertsAsync($"?rule={TrainingCadence.Directors.Code}"), tgy["coverage"]);
        Assert.Equal(await AlertsAsync($"?rule={ReportCadence.Semiannual.Code}&severity=Breach"), tgy["reports"]);
        var today = TimeProvider.System.Today();
        var now = TimeProvider.System.GetUtcNow();
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession("tgy"))
        {
            var meetings = await session.Query<Meeting>().Where(m => m.Year == today.Year).ToListAsync();
            Assert.Equal(meetings.Count(m => m.IsHeldBy(now)), tgy["held"]);
            Assert.Equal(meetings.Count(m => m.MinutesNumber != null), tgy["issued"]);
            var resolutions = await session.Query<Resolution>().ToListAsync();
            Assert.Equal(resolutions.Count(r => r.StatusOn(today) == ResolutionStatus.Overdue), tgy["resolutions"]);
        }
        Assert.Equal(tgy["resolutions"] + tgy["training"] + tgy["coverage"] + tgy["reports"], tgy["overdue"]);
        // The sample town has something to show, or the comparison above proves little.
        Assert.True(tgy.Values.Sum() > 0, "the sample town shows no figures at all");

        // The empty town has nothing yet.
        Assert.All(rows.Single(r => r.Town == DistrictFixture.EmptyTown).Figures.Values, v => Assert.Equal(0, v));

        // Each figure links into its town's own list.
        Assert.Contains($"href=\"/t/tgy/resolutions?status=Overdue\"", page);
        Assert.Contains($"href=\"/t/tgy/meetings?year={today.Year}\"", page);
        Assert.Contains("href=\"/t/tgy/training/coverage\"", page);
        Assert.Contains("href=\"/t/kzz/reports\"", page);
        Assert.Contains("href=\"/t/kzz/compliance?severity=Breach\"", page);
        // The chart: inline SVG drawn on the server with its figures as text, no inline style.
        var chart = Regex.Match(page, "<figure class=\"chart\" data-chart=\"district-overdue\">(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(chart.Success);
        Assert.Matches("<svg [^>]*role=\"img\"[^>]*aria-labelledby=\"chart-district-title chart-district-desc\"", chart.Groups[1].Value);
        Assert.Contains($"{DistrictFixture.EmptyTownName}：议定事项逾期 0 项", chart.Groups[1].Value);
        Assert.Contains($"<tr data-town=\"tgy\">", chart.Groups[1].Value);
        Assert.Matches($"<tr data-town=\"tgy\">.*?<td data-part=\"total\">{tgy["overdue"]}</td>", chart.Groups[1].Value);
        Assert.DoesNotContain("style=", page);
    }

    /// <summary>
    /// The district's figures lead to the lists the office sees: as 区未保办, a town's alerts and each alert's page are the
    /// office's, read-only (the permission table gives it FollowAlerts over everything, not AnswerAlerts).
    /// </summary>
    [Fact]
    public async Task The_district_reader_sees_a_town_s_alerts_as_the_office_does_and_cannot_answer_them()
    {
        var reader = await ReaderAsync();
        var clerk = await SignedIn.AsAsync(app.Host, DistrictFixture.Clerk, DistrictFixture.Password);
        static List<string> AlertLinks(string page) =>
            Regex.Matches(page, "href=\"/t/tgy/compliance/alerts/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var list in new[] { "/t/tgy/compliance", "/t/tgy/compliance?severity=Breach", "/t/tgy/compliance?state=resolved" })
        {
            var office = AlertLinks(await GetAsync(clerk, list));
            Assert.Equal(office, AlertLinks(await GetAsync(reader, list)));
            if (list == "/t/tgy/compliance") Assert.NotEmpty(office);
        }
        var alert = AlertLinks(await GetAsync(clerk, "/t/tgy/compliance"))[0];
        var officePage = await GetAsync(clerk, $"/t/tgy/compliance/alerts/{alert}");
        var readerPage = await GetAsync(reader, $"/t/tgy/compliance/alerts/{alert}");
        Assert.Contains("/acknowledge", officePage);
        Assert.DoesNotContain("/acknowledge", readerPage);
        Assert.Equal(Regex.Match(officePage, "<h1>.*?</h1>", RegexOptions.Singleline).Value, Regex.Match(readerPage, "<h1>.*?</h1>", RegexOptions.Singleline).Value);
        await app.Host.Scenario(s =>
        {
            s.Post.Url($"/t/tgy/compliance/alerts/{alert}/acknowledge");
            s.WriteFormData(new Dictionary<string, string> { ["Note"] = "区里看过了" });
            s.As(reader);
            s.StatusCodeShouldBe(403);
        });
    }

    [Fact]
    public async Task A_town_account_may_not_open_the_district()
    {
        var clerk = await SignedIn.AsAsync(app.Host, DistrictFixture.Clerk, DistrictFixture.Password);
        await GetAsync(clerk, "/district", 403);
        await GetAsync(clerk, "/district/overview.xlsx", 403);
        // Nor is the district a page of a town.
        var reader = await ReaderAsync();
        await GetAsync(reader, "/t/tgy/district", 404);
    }

    [Fact]
    public async Task Sorting_by_a_column_changes_the_order()
    {
        var reader = await ReaderAsync();
        var ascending = Rows(await GetAsync(reader, "/district?sort=town&dir=asc")).Select(r => r.Town).ToList();
        var descending = Rows(await GetAsync(reader, "/district?sort=town&dir=desc")).Select(r => r.Town).ToList();
        Assert.Equal(2, ascending.Count);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);

        // By a figure, largest first and then smallest first; the header links to the other direction.
        var tgy = Rows(await GetAsync(reader, "/district")).Single(r => r.Town == "tgy").Figures;
        var column = Columns.First(c => tgy[c] > 0);
        var page = await GetAsync(reader, $"/district?sort={column}&dir=desc");
        Assert.Equal(["tgy", "kzz"], Rows(page).Select(r => r.Town));
        Assert.Contains($"href=\"/district?sort={column}&amp;dir=asc\" hx-get=\"/district?sort={column}&amp;dir=asc\"", page);
        Assert.Equal(["kzz", "tgy"], Rows(await GetAsync(reader, $"/district?sort={column}&dir=asc")).Select(r => r.Town));
        // htmx asks for the main region only.
        var fragment = await app.Host.Scenario(s =>
        {
            s.Get.Url($"/district?sort={column}&dir=asc");
            s.WithRequestHeader("Cookie", reader.Cookie);
            s.WithRequestHeader("HX-Request", "true");
        });
        var html = await fragment.ReadAsTextAsync();
        Assert.DoesNotContain("<html", html);
        Assert.Equal(["kzz", "tgy"], Rows(html).Select(r => r.Town));
    }

    [Fact]
    public async Task The_overview_downloads_as_an_xlsx_with_one_row_per_town()
    {
        var reader = await ReaderAsync();
        var page = Rows(await GetAsync(reader, "/district"));
        var result = await app.Host.Scenario(s => { s.Get.Url("/district/overview.xlsx"); s.As(reader); });
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", result.Context.Response.ContentType);
        var disposition = ContentDispositionHeaderValue.Parse(result.Context.Response.Headers.ContentDisposition.ToString());
        Assert.Equal($"区概览-{TimeProvider.System.Today():yyyy-MM-dd}.xlsx", disposition.FileNameStar);

        var body = result.Context.Response.Body;
        if (body.CanSeek) body.Position = 0;
        using var stream = new MemoryStream();
        await body.CopyToAsync(stream);
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "区概览").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(page.Select(r => r.Town), rows.Select(r => (string)r["镇街代码"]));
        var empty = rows.Single(r => (string)r["镇街代码"] == DistrictFixture.EmptyTown);
        Assert.Equal(DistrictFixture.EmptyTownName, empty["镇街"]);
        var tgy = rows.Single(r => (string)r["镇街代码"] == "tgy");
        var figures = page.Single(r => r.Town == "tgy").Figures;
        Assert.Equal(figures["resolutions"], Convert.ToInt32(tgy["议定事项逾期"]));
        Assert.Equal(figures["training"], Convert.ToInt32(tgy["儿童主任培训逾期"]));
        Assert.Equal(figures["breach"], Convert.ToInt32(tgy["未解除提醒（违规）"]));
        Assert.Equal(figures["overdue"], Convert.ToInt32(tgy["逾期合计"]));
    }
}
