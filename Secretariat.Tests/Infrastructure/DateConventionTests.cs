using System.Text;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// One date convention on every page (README, "Dates"): 2026年12月1日 in prose and headings, 2026-12-01 in tables and
/// form fields, times 09:30. The pages are found by following the links from the dashboard, as the office and as a liaison.
/// </summary>
public class DateConventionTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private static readonly Regex IsoDate = new(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)");
    private static readonly Regex ChineseDate = new(@"\d{4}年\d{1,2}月\d{1,2}日");
    private static readonly Regex OtherDate = new(@"(?<![\d/])\d{4}/\d{1,2}/\d{1,2}(?![\d/])|(?<![\d.])\d{4}\.\d{1,2}\.\d{1,2}(?![\d.])");

    /// <summary>Print pages are official documents with their own rules (GB/T 9704); files and the job dashboard are not pages.</summary>
    private static readonly Regex NotAPage = new(@"\.(ics|xlsx|zip|docx)\b|/campaigns/[0-9a-f-]+/files/|/print\b|/notice\b|/minutes-print|/circulars/|/attachments/|/materials/|/hangfire|/sign-out|/bench");

    [Fact]
    public void Helpers_write_the_two_forms_and_rewrite_composed_sentences_for_prose()
    {
        var day = new DateOnly(2026, 12, 1);
        Assert.Equal("2026年12月1日", day.ChineseDate());
        Assert.Equal("2026-12-01", day.IsoDate());
        var instant = new DateTimeOffset(2026, 11, 26, 1, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026年11月26日 09:30", instant.ChineseDateTime());
        Assert.Equal("2026-11-26 09:30", instant.IsoDateTime());
        Assert.Equal("会议于 2026年3月10日 召开", "会议于 2026-03-10 召开".InProse());
        Assert.Equal("2026-13-45 不是日期；〔2026〕3号", "2026-13-45 不是日期；〔2026〕3号".InProse());
    }

    [Fact]
    public async Task Every_page_writes_dates_in_prose_and_headings_as_nian_yue_ri_and_in_tables_and_fields_as_iso()
    {
        var clerk = await _steps.As("clerk");
        var leader = await _steps.As("yewei");
        var liaison = await _steps.As("jianshe");
        var held = await _steps.HeldAndIssuedAsync(clerk, leader, "日期约定测试会议", 20, "落实日期约定");
        await _steps.ConveneAsync(clerk, "日期约定下一次会议", MeetingSteps.Day(30), cutoff: MeetingSteps.Day(20));
        var board = await _steps.GetAsync(clerk, $"/t/tgy/resolutions?unit={SampleTown.UnitId("建设村")}");
        var resolution = Regex.Match(board, "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"[^>]*>落实日期约定").Groups[1].Value;
        await _steps.PostAsync(liaison, resolution + "/progress", [("Text", "已核查全部台账。")], HttpStatusCode.SeeOther);
        await StationUserAsync("datestation", null);
        var station = await _steps.As("datestation");
        await app.Host.PostFormAsync(station, "/t/tgy/reports", [("Year", (TownCalendar.Today.Year - 1).ToString()), ("Half", "H1")], HttpStatusCode.SeeOther);
        var lastYear = TownCalendar.Today.Year - 1;
        await app.Host.PostFormAsync(station, "/t/tgy/training/sessions/new", [("Title", $"{lastYear}年儿童主任轮训"), ("Kind", "Rotation"),
            ("StartOn", $"{lastYear}-05-14"), ("EndOn", $"{lastYear}-05-15"), ("Organiser", "镇民政和社事办"), ("Place", "镇政府三楼会议室"),
            ("CourseTitle", "儿童保护实务"), ("CourseHours", "4"), ("CourseChildSocialWork", "0"), ("Attendee", SampleTown.PersonId("邹利").ToString())],
            HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(liaison, "/t/tgy/adjustments/new", [("Body", nameof(BodyKind.LeadingGroup)), ("Kind", "Replace"),
            ("MemberPersonId", SampleTown.PersonId("刘建容").ToString()), ("NewPersonName", "张新"), ("NewPosition", "建设村负责人"),
            ("Reason", "工作变动"), ("EffectiveOn", MeetingSteps.Day(10))], HttpStatusCode.SeeOther);

        var problems = new List<string>();
        string[] tabs = [.. new[] { "agenda", "attendance", "minutes", "resolutions" }.Select(t => $"{held}?tab={t}")];
        var (pages, prose, tables) = await CrawlAsync(clerk, ["/t/tgy/", .. tabs, resolution], 200, problems);
        var (liaisonPages, _, _) = await CrawlAsync(liaison, ["/t/tgy/", .. tabs, resolution], 80, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.True(pages > 40, $"only {pages} pages reached as the office");
        Assert.True(liaisonPages > 10, $"only {liaisonPages} pages reached as a liaison");
        // Not vacuous: both forms were met, and the meeting page (header and tabs) carries both in their places.
        Assert.True(prose > 20 && tables > 20, $"{prose} prose dates, {tables} table dates");
        var meeting = await _steps.GetAsync(clerk, held + "?tab=minutes");
        Assert.Matches(@"<p class=""summary"">[^<]*\d{4}年\d{1,2}月\d{1,2}日 09:30", meeting);
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日签发", meeting);
        Assert.Matches(@"<td class=""date"">\d{4}-\d{2}-\d{2}</td>", await _steps.GetAsync(clerk, held + "?tab=resolutions"));
    }

    private async Task StationUserAsync(string user, string? person)
    {
        using var scope = app.Host.Services.CreateScope();
        var (_, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateInTownAsync(user, user, $"{user}-password-1", [Roles.WorkStation], null, personName: person);
        Assert.Null(refusal);
    }

    /// <summary>Follows the page links breadth-first (a few pages of each route shape) and checks every page it reaches.</summary>
    private async Task<(int Pages, int Prose, int Tables)> CrawlAsync(SignedIn user, string[] starts, int limit, List<string> problems)
    {
        var queue = new Queue<string>(starts);
        var seen = new HashSet<string>(starts);
        var shapes = new Dictionary<string, int>();
        int pages = 0, prose = 0, tables = 0;
        while (queue.Count > 0 && pages < limit)
        {
            var url = queue.Dequeue();
            var result = await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.IgnoreStatusCode(); });
            var status = result.Context.Response.StatusCode;
            if (status >= 500) problems.Add($"{url}: {status}");
            if (status != 200 || result.Context.Response.ContentType?.StartsWith("text/html") != true) continue;
            pages++;
            var html = await result.ReadAsTextAsync();
            var (p, t) = Check(url, html, problems);
            prose += p;
            tables += t;
            foreach (Match link in Regex.Matches(html, "href=\"(/[^\"#]*)\""))
            {
                var next = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (NotAPage.IsMatch(next) || !seen.Add(next)) continue;
                var shape = Regex.Replace(Regex.Replace(next, "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), "=[^&]*", "=");
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= 6) queue.Enqueue(next);
            }
        }
        return (pages, prose, tables);
    }

    /// <summary>The text of the page, each piece known to be in a table or form control or not; returns the dates counted.</summary>
    private static (int Prose, int Tables) Check(string url, string html, List<string> problems)
    {
        int prose = 0, tables = 0, table = 0, control = 0, skip = 0;
        foreach (Match token in Regex.Matches(html, "<(/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)"))
        {
            if (token.Groups[4].Success)
            {
                if (skip > 0) continue;
                var text = WebUtility.HtmlDecode(token.Groups[4].Value);
                if (OtherDate.IsMatch(text)) problems.Add($"{url}: date in neither form: “{Shorten(text)}”");
                if (table > 0 || control > 0)
                {
                    tables += IsoDate.Matches(text).Count;
                    if (ChineseDate.IsMatch(text)) problems.Add($"{url}: 年月日 in a table or field: “{Shorten(text)}”");
                }
                else
                {
                    prose += ChineseDate.Matches(text).Count;
                    if (IsoDate.IsMatch(text)) problems.Add($"{url}: ISO date in prose or a heading: “{Shorten(text)}”");
                }
                continue;
            }
            var closing = token.Groups[1].Value == "/";
            var name = token.Groups[2].Value.ToLowerInvariant();
            var step = closing ? -1 : 1;
            switch (name)
            {
                case "table": table += step; break;
                case "select" or "textarea": control += step; break;
                case "script" or "style": skip += step; break;
                case "input" when !closing:
                    var value = Regex.Match(token.Groups[3].Value, "value=\"([^\"]*)\"");
                    if (value.Success && ChineseDate.IsMatch(WebUtility.HtmlDecode(value.Groups[1].Value)))
                        problems.Add($"{url}: 年月日 in an input's value: “{Shorten(value.Groups[1].Value)}”");
                    break;
            }
        }
        return (prose, tables);
    }

    private static string Shorten(string text)
    {
        var flat = Regex.Replace(text, @"\s+", " ").Trim();
        return flat.Length <= 120 ? flat : flat[..120] + "…";
    }
}

/// <summary>"Say it before the user works": a form that cannot be submitted yet says so at the top when it opens.</summary>
public class SayItBeforeTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private async Task UserAsync(string user, string role, string? person)
    {
        using var scope = app.Host.Services.CreateScope();
        var (_, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateInTownAsync(user, user, $"{user}-password-1", [role], null, personName: person);
        Assert.Null(refusal);
    }

    [Fact]
    public async Task A_report_of_a_half_year_not_yet_over_says_when_it_can_be_submitted_and_drafts_still_save()
    {
        await UserAsync("sayauthor", Roles.WorkStation, null);
        await UserAsync("saymaster", Roles.WorkStation, "刘兵");
        var author = await _steps.As("sayauthor");
        var master = await _steps.As("saymaster");
        var today = TownCalendar.Today;
        var half = today.Month <= 6 ? HalfYear.H1 : HalfYear.H2;
        var end = ReportPeriods.End(today.Year, half);
        var created = await app.Host.PostFormAsync(author, "/t/tgy/reports", [("Year", today.Year.ToString()), ("Half", half.ToString())], HttpStatusCode.SeeOther);
        var url = created.Context.Response.Headers.Location.ToString();

        var opened = await _steps.GetAsync(author, url);
        Assert.Contains($"{ReportPeriods.PeriodName(today.Year, half)}尚未结束，{end.ChineseDate()}后才能报送；现在可以先填写并保存草稿。", opened);
        // At the top: before the form the author would fill in.
        Assert.True(opened.IndexOf("not-yet-submittable", StringComparison.Ordinal) < opened.IndexOf("report-form", StringComparison.Ordinal));

        var version = Regex.Match(opened, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        await app.Host.PostFormAsync(author, url + "/draft", [("version", version), ("Section_analysis", "总体平稳。"), ("Section_problems", "无。"),
            ("Section_plan", "继续。")], HttpStatusCode.SeeOther);
        var forMaster = await _steps.GetAsync(master, url);
        Assert.Contains("data-version=\"1\"", forMaster);
        Assert.Contains("not-yet-submittable", forMaster);
        Assert.DoesNotContain("站长报送第", forMaster);
        // The rule itself is unchanged: a submission now is still refused.
        var refused = await app.Host.PostFormAsync(master, url + "/submit", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("尚未结束", await refused.ReadAsTextAsync());
    }

    [Fact]
    public async Task The_agenda_of_a_meeting_that_started_says_why_it_has_no_form()
    {
        var clerk = await _steps.As("clerk");
        var liaison = await _steps.As("jianshe");
        var started = await _steps.ConveneAsync(clerk, "已开始的会议", MeetingSteps.Day(-1));
        var forClerk = await _steps.GetAsync(clerk, started);
        Assert.Matches(@"<p class=""notice agenda-closed"">会议已于\d{4}年\d{1,2}月\d{1,2}日 09:30开始，议程不能再增加或移除议题", forClerk);
        Assert.DoesNotContain("name=\"Presenter\"", forClerk);
        Assert.Contains("agenda-closed", await _steps.GetAsync(liaison, started));

        var noCall = await _steps.ConveneAsync(clerk, "未征集议题的会议", MeetingSteps.Day(40));
        var closed = await _steps.GetAsync(liaison, noCall);
        Assert.Contains("办公室未开放本次会议的议题征集", closed);
        Assert.DoesNotContain("name=\"Presenter\"", closed);
        Assert.DoesNotContain("agenda-closed", await _steps.GetAsync(clerk, noCall));
        Assert.Contains("name=\"Presenter\"", await _steps.GetAsync(clerk, noCall));

        var open = await _steps.ConveneAsync(clerk, "征集议题中的会议", MeetingSteps.Day(40), cutoff: MeetingSteps.Day(30));
        var proposing = await _steps.GetAsync(liaison, open);
        Assert.DoesNotContain("agenda-closed", proposing);
        Assert.Contains("name=\"Presenter\"", proposing);
    }
}
