using Ical.Net;

namespace Secretariat.Tests.Features.Meetings;

public class MeetingsFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, roles, unit, person) in new (string, string[], string?, string?)[]
                 {
                     ("clerk", [Roles.Secretariat], null, null), ("clerk2", [Roles.Secretariat], null, null),
                     ("yewei", [Roles.Leader], null, "叶伟"), ("hupenglai", [Roles.DeputyLeader], null, "胡鹏来"),
                     ("jianshe", [Roles.UnitLiaison], "建设村", null), ("caizheng", [Roles.UnitLiaison], "财政办", null),
                     ("reader", [Roles.Reader], null, null)
                 })
        {
            var (_, refusal) = await accounts.CreateInTownAsync(user, user, $"{user}-password-1", roles, unit, personName: person);
            Assert.Null(refusal);
        }
    }
}

public class MeetingFlowTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;
    private readonly MeetingSteps _steps = new(app);

    private static string Day(int offset) => MeetingSteps.Day(offset);

    private Task<SignedIn> As(string user) => _steps.As(user);

    private Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields, HttpStatusCode expected) =>
        _steps.PostAsync(user, url, fields, expected);

    private Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) => _steps.GetAsync(user, url, expected);

    private Task<string> ConveneAsync(SignedIn clerk, string title, string date, string convener = "叶伟", string? delegatedOn = null,
        string? cutoff = null) => _steps.ConveneAsync(clerk, title, date, convener, delegatedOn, cutoff);

    private static IEnumerable<(string, string)> Minutes(string page, string summary, string? resolution = null, string lead = "建设村",
        string due = "2032-12-31") => MeetingSteps.Minutes(page, summary, resolution, lead, due);

    private Task<string> HeldAndIssuedAsync(SignedIn clerk, SignedIn leader, string title, int daysAgo, string? resolution = null) =>
        _steps.HeldAndIssuedAsync(clerk, leader, title, daysAgo, resolution);

    [Fact]
    public async Task Only_the_leader_or_a_delegated_deputy_convenes_and_mistakes_save_nothing()
    {
        var clerk = await As("clerk");
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        async Task Refused(string convener, string? delegatedOn, string message, string date = "2032-06-01")
        {
            var result = await PostAsync(clerk, "/t/tgy/meetings/new", [("Title", "会议"), ("Kind", "Regular"), ("Date", date), ("Time", "09:30"),
                ("Place", "会议室"), ("ConvenerPersonId", SampleTown.PersonId(convener).ToString()), ("DelegatedOn", delegatedOn ?? "")],
                HttpStatusCode.UnprocessableEntity);
            Assert.Contains(message, await result.ReadAsTextAsync());
        }
        await Refused("孔波", null, "孔波是领导小组成员，不能召集会议");
        await Refused("胡鹏来", null, "须经组长委托才能召集本次会议");
        await Refused("叶伟", null, "请按 年-月-日 和 时:分 填写会议时间", "2032-13-01");
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));

        var delegated = await ConveneAsync(clerk, "受委托召集的会议", "2032-06-01", "胡鹏来", Day(0));
        Assert.Contains($"{Today.Year}年{Today.Month}月{Today.Day}日受组长叶伟委托", await GetAsync(clerk, delegated));
        var liaison = await As("jianshe");
        await PostAsync(liaison, "/t/tgy/meetings/new", [("Title", "越权")], HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Convene_attendance_minutes_sign_off_progress_and_done()
    {
        var clerk = await As("clerk");
        var url = await ConveneAsync(clerk, "全流程会议", Day(-1));
        var meeting = await GetAsync(clerk, url + "?tab=attendance");
        Assert.Contains("应出席成员 <strong>27</strong> 人", meeting);

        var ye = SampleTown.PersonId("叶伟");
        var hu = SampleTown.PersonId("胡鹏来");
        var zou = SampleTown.PersonId("邹利");
        var refused = await PostAsync(clerk, url + "/attendance", [("Attendee", zou.ToString()), ($"Status_{zou}", "Present")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不是领导小组成员", await refused.ReadAsTextAsync());
        var noReason = await PostAsync(clerk, url + "/attendance", [("Attendee", hu.ToString()), ($"Status_{hu}", "Leave")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("胡鹏来请假，请填写请假原因", await noReason.ReadAsTextAsync());
        await PostAsync(clerk, url + "/attendance", [("Attendee", ye.ToString()), ($"Status_{ye}", "Present"), ("Attendee", hu.ToString()),
            ($"Status_{hu}", "Leave"), ($"Reason_{hu}", "外出开会")], HttpStatusCode.SeeOther);
        var attendance = await GetAsync(clerk, url + "?tab=attendance");
        Assert.Contains("出席 <strong class=\"present\">1</strong> 人", attendance);
        Assert.Contains("出席率 <strong class=\"rate\">3.7%</strong>", attendance);

        var page = await GetAsync(clerk, url + "?tab=minutes");
        await PostAsync(clerk, url + "/minutes", Minutes(page, "会议听取了工作汇报。", "建立留守儿童关爱台账"), HttpStatusCode.SeeOther);
        await PostAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        var deputy = await As("hupenglai");
        var notConvener = await PostAsync(deputy, url + "/minutes/sign-off", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("只有本次会议的召集人（叶伟）", await notConvener.ReadAsTextAsync());
        var leader = await As("yewei");
        // Attendance of 25 of the 27 members is not recorded: the convener is told so and signs off only by confirming 未登记出席.
        var toConfirm = await GetAsync(leader, url + "?tab=minutes");
        Assert.Contains("还有25名成员未登记出席情况", toConfirm);
        Assert.Contains(Secretariat.Web.Features.Meetings.MeetingDecisions.ConfirmUnrecorded, toConfirm);
        var unconfirmed = await PostAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("还有25名成员未登记出席情况", await unconfirmed.ReadAsTextAsync());
        await PostAsync(leader, url + "/minutes/sign-off", [("ConfirmUnrecorded", "true")], HttpStatusCode.SeeOther);
        Assert.Contains("应出席27人，出席1人，25人出席情况未登记。", await GetAsync(clerk, url + "/minutes-print"));
        var issued = await GetAsync(clerk, url + "?tab=minutes");
        var number = Regex.Match(issued, "铜罐驿未保领纪〔\\d{4}〕\\d+号").Value;
        Assert.StartsWith($"铜罐驿未保领纪〔{Today.Year}〕", number);

        var edit = await PostAsync(clerk, url + "/minutes", [("version", "99"), ("Summary", "改写")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("纪要已被他人修改", await edit.ReadAsTextAsync());
        Assert.DoesNotContain("name=\"version\"", issued);
        var current = await app.ScalarAsync($"select mt_version from secretariat.mt_doc_meeting where id = '{url.Split('/').Last()}'");
        var editIssued = await PostAsync(clerk, url + "/minutes", [("version", current.ToString()), ("Summary", "改写")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("纪要已签发", await editIssued.ReadAsTextAsync());
        await PostAsync(clerk, url + "/minutes/addendum", [("Kind", "Correction"), ("Text", "出席人数更正")], HttpStatusCode.SeeOther);
        Assert.Contains("出席人数更正", await GetAsync(clerk, url + "/minutes-print"));

        var liaison = await As("jianshe");
        var board = await GetAsync(liaison, "/t/tgy/resolutions");
        var resolutionUrl = Regex.Match(board, "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Contains("建立留守儿童关爱台账", board);
        var other = await As("caizheng");
        await PostAsync(other, resolutionUrl + "/progress", [("Text", "越权")], HttpStatusCode.Forbidden);
        Assert.DoesNotContain("建立留守儿童关爱台账", await GetAsync(other, "/t/tgy/resolutions"));
        await PostAsync(liaison, resolutionUrl + "/progress", [("Text", "已完成 12 户排查")], HttpStatusCode.SeeOther);
        Assert.Contains("<strong class=\"resolution-status\">推进中</strong>", await GetAsync(liaison, resolutionUrl));
        await PostAsync(liaison, resolutionUrl + "/complete", [("Evidence", "自己办结")], HttpStatusCode.Forbidden);
        var noEvidence = await PostAsync(clerk, resolutionUrl + "/complete", [("Evidence", "")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写办结依据", await noEvidence.ReadAsTextAsync());
        await PostAsync(clerk, resolutionUrl + "/complete", [("Evidence", "关爱台账（建设村）")], HttpStatusCode.SeeOther);
        Assert.Contains("已办结", await GetAsync(liaison, resolutionUrl));
        await PostAsync(liaison, url + "/minutes/circular", [], HttpStatusCode.Forbidden);
        var issuedCircular = await PostAsync(clerk, url + "/minutes/circular", [], HttpStatusCode.SeeOther);
        var circularUrl = issuedCircular.Context.Response.Headers.Location.ToString();
        var circular = await GetAsync(clerk, circularUrl);
        // No half-width space inside the document's Chinese text ("3 项" → "3项").
        Assert.Contains("已办结1项", circular);
        Assert.Contains(number, circular);
        Assert.Matches($"铜罐驿未保领办通〔{Today.Year}〕\\d+号", circular);
        var second = (await PostAsync(clerk, url + "/minutes/circular", [], HttpStatusCode.SeeOther)).Context.Response.Headers.Location.ToString();
        Assert.NotEqual(circularUrl, second);
        var numbers = Regex.Matches(await GetAsync(clerk, url + "?tab=resolutions"), "铜罐驿未保领办通〔\\d{4}〕(\\d+)号").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(2, numbers.Count);
        Assert.Equal(1, numbers[1] - numbers[0]);
    }

    [Fact]
    public async Task No_minutes_before_the_meeting_and_a_second_clerk_saving_the_same_version_is_told()
    {
        var clerk = await As("clerk");
        var future = await ConveneAsync(clerk, "尚未召开的会议", Day(7));
        var noCircular = await PostAsync(clerk, future + "/minutes/circular", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("纪要签发后才有议定事项可以通报", await noCircular.ReadAsTextAsync());
        var early = await PostAsync(clerk, future + "/minutes", [("version", "1"), ("Summary", "提前写")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("会议尚未召开，不能起草纪要。", await early.ReadAsTextAsync());

        var url = await ConveneAsync(clerk, "两人同时修改纪要", Day(-2));
        var clerk2 = await As("clerk2");
        var seenByOne = await GetAsync(clerk, url + "?tab=minutes");
        var seenByTwo = await GetAsync(clerk2, url + "?tab=minutes");
        await PostAsync(clerk, url + "/minutes", Minutes(seenByOne, "第一位的版本"), HttpStatusCode.SeeOther);
        var second = await PostAsync(clerk2, url + "/minutes", Minutes(seenByTwo, "第二位的版本"), HttpStatusCode.UnprocessableEntity);
        var text = await second.ReadAsTextAsync();
        Assert.Contains("纪要已被他人修改，你的修改未保存", text);
        Assert.Contains("重新载入", text);
        Assert.Contains("第二位的版本", text);
        Assert.Contains("第一位的版本", await GetAsync(clerk2, url + "?tab=minutes"));
    }

    [Fact]
    public async Task Sign_offs_at_the_same_time_take_consecutive_numbers()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        var urls = new List<string>();
        for (var i = 0; i < 4; i++) urls.Add(await HeldAndIssuedAsync(clerk, null!, $"并发签发{i}", 3 + i));
        await Task.WhenAll(urls.Select(u => PostAsync(leader, u + "/minutes/sign-off", [], HttpStatusCode.SeeOther)));
        var numbers = new List<int>();
        foreach (var u in urls)
        {
            var page = await GetAsync(clerk, u + "?tab=minutes");
            numbers.Add(int.Parse(Regex.Match(page, "铜罐驿未保领纪〔\\d{4}〕(\\d+)号").Groups[1].Value));
        }
        Assert.Equal(4, numbers.Distinct().Count());
        Assert.Equal(3, numbers.Max() - numbers.Min());
        Assert.Equal(4, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_meeting where data->>'Title' like '并发签发%' and data->>'MinutesNumber' is not null"));
    }

    [Fact]
    public async Task Minutes_whose_resolution_row_repeats_an_issued_resolution_are_signed_off_under_a_fresh_id()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        // Led by 派出所: 建设村's board stays as the other scenarios of this class expect it.
        var first = await ConveneAsync(clerk, "行号重复之一", Day(-40));
        await PostAsync(clerk, first + "/minutes", Minutes(await GetAsync(clerk, first + "?tab=minutes"), "行号重复之一研究了工作。", "行号重复的第一项", "派出所"),
            HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, first);
        await PostAsync(clerk, first + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await PostAsync(leader, first + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        var issued = await app.ScalarTextAsync("select id::text from secretariat.mt_doc_resolution where data->>'Text' = '行号重复的第一项'");

        // A form copied from the first meeting (or crafted): its resolution row carries the issued resolution's id.
        var url = await ConveneAsync(clerk, "行号重复之二", Day(-39));
        var fields = Minutes(await GetAsync(clerk, url + "?tab=minutes"), "行号重复之二研究了工作。", "行号重复的第二项", "派出所").ToList();
        var row = fields.Single(f => f.Item1 == "ResolutionRow").Item2;
        fields = fields.Select(f => (f.Item1.Replace(row, issued), f.Item2 == row ? issued : f.Item2)).ToList();
        await PostAsync(clerk, url + "/minutes", fields, HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, url);
        await PostAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await PostAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);

        Assert.Equal("行号重复的第一项", await app.ScalarTextAsync($"select data->>'Text' from secretariat.mt_doc_resolution where id = '{issued}'"));
        Assert.Equal(1, await app.ScalarAsync("select count(*) from secretariat.mt_doc_resolution where data->>'Text' = '行号重复的第二项'"));
    }

    [Fact]
    public async Task The_invite_parses_as_icalendar_in_shanghai_time_and_the_notice_prints()
    {
        var clerk = await As("clerk");
        var url = await ConveneAsync(clerk, "日历测试会议", "2032-03-15");
        await PostAsync(clerk, url + "/agenda", [("Title", "研究困境儿童帮扶"), ("Presenter", "黄荣亮")], HttpStatusCode.SeeOther);
        var ics = await GetAsync(clerk, url + "/invite.ics");
        var calendar = Calendar.Load(ics)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal("日历测试会议", e.Summary);
        Assert.Equal("Asia/Shanghai", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2032, 3, 15, 9, 30, 0), e.DtStart.Value);
        Assert.Equal(new DateTimeOffset(2032, 3, 15, 1, 30, 0, TimeSpan.Zero), e.DtStart.AsUtc);
        Assert.Contains("研究困境儿童帮扶", e.Description);
        var notice = await GetAsync(clerk, url + "/notice");
        Assert.Contains("关于召开日历测试会议的通知", notice);
        // No half-width space inside the document's Chinese text: the day and the time run on.
        Assert.Contains("2032年3月15日09:30", notice);
    }

    [Fact]
    public async Task Liaisons_propose_items_for_their_unit_before_the_cutoff_and_open_matters_carry_to_the_next_meeting()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        var next = await ConveneAsync(clerk, "下一次会议", "2032-05-10", cutoff: "2032-05-01");
        var liaison = await As("jianshe");
        await PostAsync(liaison, next + "/agenda", [("Title", "建设村儿童之家建设"), ("Presenter", "刘建容")], HttpStatusCode.SeeOther);
        var agenda = await GetAsync(clerk, next);
        Assert.Contains("提出单位：建设村", agenda);
        var noCutoff = await ConveneAsync(clerk, "未开放征集的会议", "2032-05-11");
        var closed = await PostAsync(liaison, noCutoff + "/agenda", [("Title", "x"), ("Presenter", "y")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("未开放本次会议的议题征集", await closed.ReadAsTextAsync());

        await HeldAndIssuedAsync(clerk, leader, "有未办结事项的会议", 10, "修缮村儿童之家");
        var board = await GetAsync(clerk, $"/t/tgy/resolutions?unit={SampleTown.UnitId("建设村")}&status=NotStarted");
        var resolution = Regex.Matches(board, "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"[^>]*>修缮村儿童之家").Single().Groups[1].Value;
        var nextId = next.Split('/').Last();
        await PostAsync(clerk, resolution + "/carry", [("MeetingId", nextId)], HttpStatusCode.SeeOther);
        Assert.Contains("审议未办结事项：修缮村儿童之家", await GetAsync(clerk, next));
        var twice = await PostAsync(clerk, resolution + "/carry", [("MeetingId", nextId)], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已在《下一次会议》的议程中", await twice.ReadAsTextAsync());
        var extend = await PostAsync(clerk, resolution + "/extend", [("DueOn", "2000-01-01"), ("Reason", "x")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("新的期限须晚于现期限", await extend.ReadAsTextAsync());

        var list = await GetAsync(clerk, $"/t/tgy/meetings?year={Today.Year}");
        Assert.Matches("已召开 <strong class=\"held\">\\d+</strong> 次", list);
    }

    [Fact]
    public async Task A_meeting_is_rescheduled_or_cancelled_with_a_reason_before_it_is_held()
    {
        var clerk = await As("clerk");
        var url = await ConveneAsync(clerk, "待改期的会议", "2032-07-01");
        var noReason = await PostAsync(clerk, url + "/reschedule", [("Date", "2032-07-08"), ("Time", "15:00"), ("Place", "二楼会议室"), ("Reason", "")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写改期原因", await noReason.ReadAsTextAsync());
        await PostAsync(clerk, url + "/reschedule", [("Date", "2032-07-08"), ("Time", "15:00"), ("Place", "二楼会议室"), ("Reason", "组长出差")],
            HttpStatusCode.SeeOther);
        var page = await GetAsync(clerk, url);
        Assert.Contains("2032年7月8日 15:00，二楼会议室", page);
        Assert.Contains("改期（组长出差）", page);
        await PostAsync(clerk, url + "/cancel", [("Reason", "")], HttpStatusCode.UnprocessableEntity);
        await PostAsync(clerk, url + "/cancel", [("Reason", "并入下次会议")], HttpStatusCode.SeeOther);
        Assert.Contains("已取消", await GetAsync(clerk, url));
        await GetAsync(clerk, url + "/invite.ics", HttpStatusCode.NotFound);
        var again = await PostAsync(clerk, url + "/cancel", [("Reason", "再取消")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("会议已取消，不能取消", await again.ReadAsTextAsync());

        var held = await ConveneAsync(clerk, "已召开的会议", Day(-1));
        var late = await PostAsync(clerk, held + "/reschedule", [("Date", "2032-07-08"), ("Time", "15:00"), ("Place", "x"), ("Reason", "y")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("会议已召开，不能改期", await late.ReadAsTextAsync());
        var reader = await As("reader");
        await PostAsync(reader, url + "/cancel", [("Reason", "越权")], HttpStatusCode.Forbidden);
    }
}
