using Secretariat.Tests.Features.Meetings;

namespace Secretariat.Tests.Features.Dashboard;

/// <summary>The dashboard's SVG charts: drawn on the server, no inline style, and the same figures as the dashboard's text.</summary>
public class DashboardChartsTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private static string Chart(string page, string name)
    {
        var match = Regex.Match(page, $"<figure class=\"chart\" data-chart=\"{name}\">(.*?)</figure>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no {name} chart");
        return match.Groups[1].Value;
    }

    /// <summary>The dashboard's list: 建设村 <strong>2</strong> 项, per lead unit.</summary>
    private static Dictionary<string, int> OverdueList(string page) =>
        Regex.Matches(page, "data-unit=\"([^\"]+)\">[^<]+<strong>(\\d+)</strong> 项</a>")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));

    /// <summary>The chart's data table: each unit's figure of one state.</summary>
    private static Dictionary<string, int> ChartColumn(string chart, string status) =>
        Regex.Matches(chart, "<tr data-unit=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value,
                m => int.Parse(Regex.Match(m.Groups[2].Value, $"<td data-status=\"{status}\">(\\d+)</td>").Groups[1].Value));

    private async Task IssueWithResolutionsAsync(SignedIn clerk, SignedIn leader, string title, int daysAgo,
        params (string Text, string Lead, string Due)[] resolutions)
    {
        var url = await _steps.ConveneAsync(clerk, title, MeetingSteps.Day(-daysAgo));
        var page = await _steps.GetAsync(clerk, url + "?tab=minutes");
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var fields = new List<(string, string)> { ("version", version), ("Summary", $"{title}研究了工作。") };
        foreach (var (text, lead, due) in resolutions)
        {
            var row = Guid.NewGuid().ToString();
            fields.AddRange([("ResolutionRow", row), ($"ResolutionText_{row}", text), ($"ResolutionLead_{row}", SampleTown.UnitId(lead).ToString()),
                ($"ResolutionUnits_{row}", SampleTown.UnitId("派出所").ToString()), ($"ResolutionDue_{row}", due)]);
        }
        await _steps.PostAsync(clerk, url + "/minutes", fields, HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, url);
        await _steps.PostAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await _steps.PostAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
    }

    [Fact]
    public async Task The_charts_show_the_dashboards_own_figures_as_svg_and_as_text()
    {
        var clerk = await _steps.As("clerk");
        var leader = await _steps.As("yewei");
        await IssueWithResolutionsAsync(clerk, leader, "图表会议一", 20,
            ("建设村修缮儿童之家", "建设村", MeetingSteps.Day(-3)), ("建设村走访困境儿童", "建设村", MeetingSteps.Day(-2)),
            ("财政办落实经费", "财政办", MeetingSteps.Day(-1)), ("财政办年度预算", "财政办", "2032-12-31"));
        await IssueWithResolutionsAsync(clerk, leader, "图表会议二", 15, ("建设村建立台账", "建设村", "2032-12-31"));
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.PostFormAsync(admin, "/t/tgy/compliance/run", [], HttpStatusCode.SeeOther);

        var office = await _steps.GetAsync(clerk, "/t/tgy/");
        var resolutions = Chart(office, "resolutions");
        var list = OverdueList(office);
        var overdue = ChartColumn(resolutions, "Overdue");
        Assert.Equal(2, list["建设村"]);
        Assert.Equal(1, list["财政办"]);
        Assert.Equal(list, overdue.Where(u => u.Value > 0).ToDictionary());
        Assert.Equal(1, ChartColumn(resolutions, "NotStarted")["建设村"]);
        Assert.Equal(3, ChartColumn(resolutions, "Total")["建设村"]);
        Assert.Equal(2, ChartColumn(resolutions, "Total")["财政办"]);
        // The figures as text for the image itself, and the bars drawn with presentation attributes only.
        Assert.Contains("<desc id=\"chart-resolutions-desc\">", resolutions);
        Assert.Contains("建设村：已逾期 2 项，未开始 1 项，推进中 0 项，已办结 0 项", resolutions);
        Assert.Matches("<svg [^>]*role=\"img\"[^>]*aria-labelledby=\"chart-resolutions-title chart-resolutions-desc\"", resolutions);
        Assert.Matches("<g data-unit=\"建设村\">\\s*<text[^>]*>建设村</text>\\s*<rect x=\"150\" y=\"[\\d.]+\" width=\"[\\d.]+\" height=\"18\" fill=\"#c62828\">", resolutions);
        Assert.DoesNotContain("style=", office);

        // Training: the chart draws the dashboard's own 逾期 · 即将到期 figure.
        var figure = Regex.Match(office, "data-figure=\"training\">.*?<strong>逾期 (\\d+) · 即将到期 (\\d+)</strong>", RegexOptions.Singleline);
        Assert.True(figure.Success);
        var training = Chart(office, "training");
        Assert.Equal(figure.Groups[1].Value, Regex.Match(training, "<td data-bar=\"overdue\">(\\d+)</td>").Groups[1].Value);
        Assert.Equal(figure.Groups[2].Value, Regex.Match(training, "<td data-bar=\"due-soon\">(\\d+)</td>").Groups[1].Value);
        Assert.Contains($"培训逾期 {figure.Groups[1].Value} 人次，即将到期 {figure.Groups[2].Value} 人次", training);

        // A liaison sees the matters their unit takes part in (the dashboard's own filter), and no training chart.
        var liaison = await _steps.GetAsync(await _steps.As("jianshe"), "/t/tgy/");
        Assert.DoesNotContain("data-chart=\"training\"", liaison);
        Assert.Equal(OverdueList(liaison), ChartColumn(Chart(liaison, "resolutions"), "Overdue").Where(u => u.Value > 0).ToDictionary());
        Assert.Equal(2, OverdueList(liaison)["建设村"]);

        // The charts move with the data: a matter done is no longer overdue, in the list and in the chart alike.
        var board = await _steps.GetAsync(clerk, $"/t/tgy/resolutions?unit={SampleTown.UnitId("财政办")}&status=Overdue");
        var resolution = Regex.Match(board, "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"[^>]*>财政办落实经费").Groups[1].Value;
        await _steps.PostAsync(clerk, resolution + "/complete", [("Evidence", "经费已拨付")], HttpStatusCode.SeeOther);
        office = await _steps.GetAsync(clerk, "/t/tgy/");
        Assert.False(OverdueList(office).ContainsKey("财政办"));
        Assert.Equal(0, ChartColumn(Chart(office, "resolutions"), "Overdue")["财政办"]);
        Assert.Equal(1, ChartColumn(Chart(office, "resolutions"), "Done")["财政办"]);
    }
}
