using Secretariat.Web.Features.Reports;

namespace Secretariat.Tests.Features.Reports;

public class ReportsFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, roles, unit, person) in new (string, string[], string?, string?)[]
                 {
                     ("station", [Roles.WorkStation], null, "赵旦月"), ("liubing", [Roles.WorkStation], null, "刘兵"),
                     ("clerk", [Roles.Secretariat], null, null), ("yewei", [Roles.Leader], null, "叶伟"),
                     ("jianshe", [Roles.UnitLiaison], "建设村", null), ("reader", [Roles.Reader], null, null)
                 })
        {
            var (_, refusal) = await accounts.CreateInTownAsync(user, user, $"{user}-password-1", roles, unit, personName: person);
            Assert.Null(refusal);
        }
    }
}

/// <summary>Reports against PostgreSQL through the real endpoints; each test uses its own half-year.</summary>
public class ReportFlowTests(ReportsFixture app) : IClassFixture<ReportsFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;

    /// <summary>A year whose first half is over whatever day the tests run.</summary>
    private static readonly int Year = Today.Year - 1;

    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    private Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields, HttpStatusCode expected) =>
        app.Host.PostFormAsync(user, url, fields, expected);

    private async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    private static string VersionIn(string page) => Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;

    private async Task<string> CreateAsync(SignedIn station, int year, HalfYear half)
    {
        var created = await PostAsync(station, "/t/tgy/reports", [("Year", year.ToString()), ("Half", half.ToString())], HttpStatusCode.SeeOther);
        var url = created.Context.Response.Headers.Location.ToString();
        Assert.Equal($"/t/tgy/reports/{ReportPeriods.IdFor(year, half)}", url);
        return url;
    }

    private async Task SaveAsync(SignedIn station, string url, string analysis, string problems, string plan, string? meetingsNote = null,
        HttpStatusCode expected = HttpStatusCode.SeeOther)
    {
        var page = await GetAsync(station, url);
        await PostAsync(station, url + "/draft", [("version", VersionIn(page)), ("Section_analysis", analysis), ("Section_problems", problems),
            ("Section_plan", plan), ("Note_meetings", meetingsNote ?? "")], expected);
    }

    private async Task<string> ConveneAsync(SignedIn clerk, string title, string date)
    {
        var result = await PostAsync(clerk, "/t/tgy/meetings/new", [("Title", title), ("Kind", "Regular"), ("Date", date), ("Time", "09:30"),
            ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""), ("CutoffDate", "")],
            HttpStatusCode.SeeOther);
        return result.Context.Response.Headers.Location.ToString();
    }

    private async Task MinutesAsync(SignedIn clerk, string url, params (string Text, string Lead, string Due)[] resolutions)
    {
        var page = await GetAsync(clerk, url + "?tab=minutes");
        var fields = new List<(string, string)> { ("version", VersionIn(page)), ("Summary", "会议研究了未成年人保护工作。") };
        foreach (var (text, lead, due) in resolutions)
        {
            var row = Guid.NewGuid().ToString();
            fields.AddRange([("ResolutionRow", row), ($"ResolutionText_{row}", text), ($"ResolutionLead_{row}", SampleTown.UnitId(lead).ToString()),
                ($"ResolutionDue_{row}", due)]);
        }
        await PostAsync(clerk, url + "/minutes", fields, HttpStatusCode.SeeOther);
    }

    private Task<long> EventsAsync() => app.ScalarAsync("select count(*) from secretariat.mt_events");

    [Fact]
    public async Task The_facts_of_the_first_half_of_a_scripted_year_match_what_was_recorded()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        var station = await As("station");

        // Meetings: two in the first half (one with issued minutes and two resolutions), one in the second half.
        var march = await ConveneAsync(clerk, "一季度工作会议", $"{Year}-03-10");
        await MinutesAsync(clerk, march, ("建立留守儿童关爱台账", "建设村", $"{Year}-04-30"), ("开展校园周边治安整治", "派出所", $"{Year}-12-31"));
        await app.Host.RecordEveryoneAsync(clerk, march);
        await PostAsync(clerk, march + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await PostAsync(leader, march + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        var number = Regex.Match(await GetAsync(clerk, march + "?tab=minutes"), "铜罐驿未保领纪〔\\d{4}〕\\d+号").Value;
        Assert.NotEmpty(number);
        await ConveneAsync(clerk, "二季度工作会议", $"{Year}-05-20");
        await ConveneAsync(clerk, "三季度工作会议", $"{Year}-09-01");

        // A resolution 办结 today, after the period: it was still open (and overdue) at the period's end.
        var resolutions = await GetAsync(clerk, "/t/tgy/resolutions");
        var ledger = Regex.Match(resolutions, "href=\"/t/tgy/resolutions/([0-9a-f-]{36})\"[^>]*>建立留守儿童关爱台账").Groups[1].Value;
        Assert.NotEmpty(ledger);
        await PostAsync(clerk, $"/t/tgy/resolutions/{ledger}/complete", [("Evidence", "台账已建立")], HttpStatusCode.SeeOther);

        // A member replaced from a day in the period, approved by the 组长; another from a day after it.
        var liaison = await As("jianshe");
        foreach (var (member, by, on) in new[] { ("刘建容", "张新", $"{Year}-04-01"), ("孔波", "王立", $"{Year}-08-01") })
        {
            var filed = await PostAsync(member == "刘建容" ? liaison : clerk, "/t/tgy/adjustments/new", [("Body", nameof(BodyKind.LeadingGroup)),
                ("Kind", "Replace"), ("UnitId", SampleTown.UnitId(member == "刘建容" ? "建设村" : "派出所").ToString()),
                ("MemberPersonId", SampleTown.PersonId(member).ToString()), ("NewPersonName", by), ("NewPosition", "负责人"), ("Reason", "工作变动"),
                ("EffectiveOn", on)], HttpStatusCode.SeeOther);
            var adjustment = filed.Context.Response.Headers.Location.ToString();
            await PostAsync(clerk, adjustment + "/act", [("action", "Accept"), ("version", VersionIn(await GetAsync(clerk, adjustment))), ("comment", "")],
                HttpStatusCode.SeeOther);
            await PostAsync(leader, adjustment + "/act", [("action", "Approve"), ("version", VersionIn(await GetAsync(leader, adjustment))),
                ("comment", "同意")], HttpStatusCode.SeeOther);
        }

        // A counting rotation session in the period attended by one director.
        await PostAsync(station, "/t/tgy/training/sessions/new", [("Title", $"{Year}年儿童主任轮训"), ("Kind", "Rotation"), ("StartOn", $"{Year}-05-14"),
            ("EndOn", $"{Year}-05-15"), ("Organiser", "镇民政和社事办"), ("Place", "镇政府三楼会议室"), ("CourseTitle", "儿童保护实务"),
            ("CourseHours", "4"), ("CourseChildSocialWork", "0"), ("CourseTitle", "廉政教育"), ("CourseHours", "2"),
            ("Attendee", SampleTown.PersonId("邹利").ToString())], HttpStatusCode.SeeOther);

        var url = await CreateAsync(station, Year, HalfYear.H1);
        var page = await GetAsync(station, url);

        var meetings = Section(page, "facts-meetings");
        Assert.Contains("一季度工作会议", meetings);
        Assert.Contains(number, meetings);
        Assert.Contains("二季度工作会议", meetings);
        Assert.Contains("纪要未签发", meetings);
        Assert.DoesNotContain("三季度工作会议", meetings);
        Assert.Contains("本期召开领导小组会议 <strong class=\"fact-count\">2</strong> 次", page);

        var table = Section(page, "facts-resolutions");
        Assert.Contains("<tr data-unit=\"建设村\"><td>建设村</td><td>1</td><td>0</td><td>1</td><td>1</td></tr>", table);
        Assert.Contains("<tr data-unit=\"派出所\"><td>派出所</td><td>1</td><td>0</td><td>1</td><td>0</td></tr>", table);

        var changes = Section(page, "facts-changes");
        Assert.Contains("刘建容", changes);
        Assert.Contains("张新", changes);
        Assert.Contains($"{Year}-04-01", changes);
        Assert.DoesNotContain("王立", changes);
        Assert.Equal(2, Regex.Matches(changes, "<tr><td class=\"date\">").Count);

        var training = Section(page, "facts-training");
        Assert.Equal(10, Regex.Matches(training, "<tr data-person=").Count);
        Assert.Matches(new Regex("data-person=\"邹利\">((?!</tr>).)*<span class=\"state\">已完成</span>（" + $"{Year}-05-15 参加《{Year}年儿童主任轮训》",
            RegexOptions.Singleline), training);
        Assert.Matches(new Regex($"data-person=\"朱美桦\">((?!</tr>).)*<span class=\"state\">已逾期</span>（{Year - 1} 年度未参加轮训", RegexOptions.Singleline),
            training);

        var coverage = Section(page, "facts-coverage");
        Assert.Equal(9, Regex.Matches(coverage, "<tr data-village=").Count);
        Assert.Contains("已配备儿童主任 <strong class=\"fact-count\">9</strong> 个", page);
    }

    [Fact]
    public async Task Draft_versions_submit_return_resubmit_receive_and_table_on_a_meeting_with_the_facts_frozen()
    {
        var station = await As("station");
        var master = await As("liubing");
        var clerk = await As("clerk");
        var url = await CreateAsync(station, Year, HalfYear.H2);
        var list = await GetAsync(clerk, $"/t/tgy/reports?year={Year}");
        Assert.Contains("<tr data-half=\"H2\"", list);
        Assert.Contains($"{Year + 1}-01-15", list);

        await SaveAsync(station, url, "总体平稳。", "", "", "会议次数说明");
        await SaveAsync(station, url, "全镇未成年人总体情况平稳。", "部分村儿童主任培训不足。", "下半年组织轮训。");
        var page = await GetAsync(master, url);
        Assert.Contains("data-version=\"1\"", page);
        Assert.Contains("data-version=\"2\"", page);
        Assert.Contains("站长报送第 2 版", page);
        Assert.Contains("会议次数说明", await GetAsync(master, url + "?version=1"));
        Assert.DoesNotContain("会议次数说明", page);

        await PostAsync(master, url + "/submit", [], HttpStatusCode.SeeOther);
        var submitted = await GetAsync(clerk, url);
        Assert.Contains("<strong class=\"report-status\">已报送</strong>", submitted);
        Assert.Contains("已固定", submitted);
        Assert.DoesNotContain("name=\"Section_analysis\"", submitted);

        // Data of the period recorded after the submission does not change the submitted version.
        await ConveneAsync(clerk, "补录的下半年会议", $"{Year}-10-09");
        var frozen = await GetAsync(clerk, url);
        Assert.DoesNotContain("补录的下半年会议", frozen);

        await PostAsync(clerk, url + "/return", [("Comment", "请补充留守儿童情况")], HttpStatusCode.SeeOther);
        var returned = await GetAsync(station, url);
        Assert.Contains("已退回修改", returned);
        Assert.Contains("办公室退回意见：请补充留守儿童情况", returned);
        Assert.Contains("补录的下半年会议", returned);
        await SaveAsync(station, url, "全镇未成年人总体情况平稳，留守儿童 120 人。", "部分村儿童主任培训不足。", "下半年组织轮训。");
        await PostAsync(master, url + "/submit", [], HttpStatusCode.SeeOther);

        var meeting = await ConveneAsync(clerk, "听取半年汇报的会议", Today.AddDays(20).ToString("yyyy-MM-dd"));
        await PostAsync(clerk, url + "/receive", [("ReceivedOn", Today.ToString("yyyy-MM-dd"))], HttpStatusCode.SeeOther);
        await PostAsync(clerk, url + "/table", [("MeetingId", meeting.Split('/').Last())], HttpStatusCode.SeeOther);

        var done = await GetAsync(clerk, url);
        Assert.Contains("<strong class=\"report-status\">已签收</strong>", done);
        Assert.Contains($"<span class=\"received\">{Today.Year}年{Today.Month}月{Today.Day}日</span>", done);
        Assert.Contains($"<a href=\"{meeting}\">听取半年汇报的会议</a>", done);
        Assert.Equal(3, Regex.Matches(done, "data-version=\"\\d\"").Count);
        Assert.Contains("留守儿童 120 人", done);
        var agenda = await GetAsync(clerk, meeting);
        Assert.Contains($"听取工作站{Year}年下半年工作汇报", agenda);
        Assert.Contains($"<a href=\"{url}\">半年汇报</a>", agenda);

        // Every version is kept and readable; the first submission kept its own frozen facts.
        var first = await GetAsync(clerk, url + "?version=2");
        Assert.Contains("全镇未成年人总体情况平稳。", first);
        Assert.DoesNotContain("补录的下半年会议", first);
        var print = await GetAsync(clerk, url + "/print");
        Assert.Contains(ReportPeriods.Number(SampleTownAccounts.Profile, Year, HalfYear.H2), print);
        Assert.Contains("class=\"official-notice report-print\"", print);
        Assert.Contains("补录的下半年会议", print);
        Assert.Equal(3, await app.ScalarAsync($"select count(*) from secretariat.mt_events where stream_id = '{url.Split('/').Last()}' and type = 'report_draft_saved'"));
    }

    [Fact]
    public async Task Refusals_are_clear_and_save_nothing()
    {
        var station = await As("station");
        var master = await As("liubing");
        var clerk = await As("clerk");
        var reader = await As("reader");
        var year = Year - 1;

        await PostAsync(clerk, "/t/tgy/reports", [("Year", year.ToString()), ("Half", "H1")], HttpStatusCode.Forbidden);
        await PostAsync(reader, "/t/tgy/reports", [("Year", year.ToString()), ("Half", "H1")], HttpStatusCode.Forbidden);
        var overdue = await GetAsync(reader, $"/t/tgy/reports?year={year}");
        Assert.Contains("未创建<strong class=\"state-overdue\">（已逾期）</strong>", overdue);
        Assert.Equal(0, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_semiannualreport where year = {year}"));

        var url = await CreateAsync(station, year, HalfYear.H1);
        var events = await EventsAsync();
        var again = await PostAsync(station, "/t/tgy/reports", [("Year", year.ToString()), ("Half", "H1")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"{year}年上半年的汇报已经创建（起草中），不能重复创建。", await again.ReadAsTextAsync());
        var badYear = await PostAsync(station, "/t/tgy/reports", [("Year", "明年"), ("Half", "H1")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写年份", await badYear.ReadAsTextAsync());
        var negative = await PostAsync(station, "/t/tgy/reports", [("Year", "-5"), ("Half", "H2")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("年份须在 2022 至", await negative.ReadAsTextAsync());
        var badHalf = await PostAsync(station, "/t/tgy/reports", [("Year", year.ToString()), ("Half", "H3")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请选择上半年或下半年。", await badHalf.ReadAsTextAsync());

        await SaveAsync(station, url, "情况平稳。", "", "");
        var afterSave = await EventsAsync();
        Assert.Equal(events + 1, afterSave);
        var empty = await PostAsync(master, url + "/submit", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请先填写存在问题、下步计划，再报送。", await empty.ReadAsTextAsync());
        await PostAsync(reader, url + "/submit", [], HttpStatusCode.Forbidden);
        await PostAsync(reader, url + "/draft", [("version", "2")], HttpStatusCode.Forbidden);

        // A stale save keeps the author's text in the page.
        var stale = await PostAsync(station, url + "/draft", [("version", "1"), ("Section_analysis", "我的新文字")], HttpStatusCode.UnprocessableEntity);
        var stalePage = await stale.ReadAsTextAsync();
        Assert.Contains(ReportMessages.Stale, stalePage);
        Assert.Contains("我的新文字", stalePage);

        await SaveAsync(station, url, "情况平稳。", "问题若干。", "计划若干。");
        var notMaster = await PostAsync(station, url + "/submit", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("只有工作站站长可以报送半年汇报。", await notMaster.ReadAsTextAsync());
        // The 组长's roles hold no capability of the 站长's seat (the permission table): the route refuses before the decision.
        var leader = await As("yewei");
        await PostAsync(leader, url + "/submit", [], HttpStatusCode.Forbidden);
        await PostAsync(station, url + "/receive", [("ReceivedOn", Today.ToString("yyyy-MM-dd"))], HttpStatusCode.Forbidden);
        var early = await PostAsync(clerk, url + "/receive", [("ReceivedOn", Today.ToString("yyyy-MM-dd"))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("汇报当前为“起草中”，不能签收。", await early.ReadAsTextAsync());
        var beforeSubmit = await EventsAsync();

        await PostAsync(master, url + "/submit", [], HttpStatusCode.SeeOther);
        var submittedEvents = await EventsAsync();
        var version = VersionIn(await GetAsync(station, url + "?version=1"));
        Assert.Equal("", version);
        var edit = await PostAsync(station, url + "/draft", [("version", (await app.ScalarAsync(
            $"select mt_version from secretariat.mt_doc_semiannualreport where id = '{url.Split('/').Last()}'")).ToString()),
            ("Section_analysis", "改写已报送的汇报")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("汇报当前为“已报送”，已报送的版本不能修改。", await edit.ReadAsTextAsync());
        var noComment = await PostAsync(clerk, url + "/return", [("Comment", " ")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写退回意见。", await noComment.ReadAsTextAsync());
        var future = await PostAsync(clerk, url + "/receive", [("ReceivedOn", Today.AddDays(1).ToString("yyyy-MM-dd"))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("签收日期不能晚于今天。", await future.ReadAsTextAsync());
        var notReceived = await PostAsync(clerk, url + "/table", [("MeetingId", Guid.NewGuid().ToString())], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("汇报签收后才能列入会议议题。", await notReceived.ReadAsTextAsync());
        Assert.Equal(submittedEvents, await EventsAsync());
        Assert.Equal(beforeSubmit + 1, submittedEvents);
        Assert.Contains("情况平稳。", await GetAsync(reader, url + "?version=2"));
        await GetAsync(reader, url + "?version=9", HttpStatusCode.NotFound);
    }

    private static string Section(string page, string css)
    {
        var start = page.IndexOf($"class=\"facts {css}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {css} table");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
