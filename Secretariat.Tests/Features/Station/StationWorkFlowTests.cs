using Marten;
using Secretariat.Tests.Features.Meetings;

namespace Secretariat.Tests.Features.Station;

public class StationFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, roles, unit, person) in new (string, string[], string?, string?)[]
                 {
                     ("clerk", [Roles.Secretariat], null, null), ("yewei", [Roles.Leader], null, "叶伟"), ("hupenglai", [Roles.DeputyLeader], null, "胡鹏来"),
                     ("liubing", [Roles.WorkStation], null, "刘兵"), ("jianshe", [Roles.UnitLiaison], "建设村", null),
                     ("caizheng", [Roles.UnitLiaison], "财政办", null)
                 })
        {
            var (_, refusal) = await accounts.CreateInTownAsync(user, user, $"{user}-password-1", roles, unit, personName: person);
            Assert.Null(refusal);
        }
    }
}

/// <summary>附件3 四、正文 五(三)、3-2 八 through the pages: a unit's topic, the station's meeting on it, the matter it prepares for the group, 交办.</summary>
public class StationWorkFlowTests(StationFixture app) : IClassFixture<StationFixture>
{
    private static string Day(int offset) => TownCalendar.Today.AddDays(offset).ToString("yyyy-MM-dd");

    private static int Year => TownCalendar.Today.Year;

    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    private Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields, HttpStatusCode expected) =>
        app.Host.PostFormAsync(user, url, fields, expected);

    private async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    private static string Location(IScenarioResult result) => result.Context.Response.Headers.Location.ToString();

    private static (string, string)[] Plan(string title, string kind, string convener, int day = -1) =>
        [("Title", title), ("Kind", kind), ("Date", Day(day)), ("Time", "09:30"), ("Place", "工作站会议室"),
         ("ConvenerPersonId", SampleTown.PersonId(convener).ToString()), ("DelegatedOn", ""), ("CutoffDate", "")];

    [Fact]
    public async Task A_unit_s_topic_goes_through_a_station_meeting_and_a_draft_to_a_numbered_group_resolution_that_shows_its_chain()
    {
        var (liaison, station, clerk, leader, deputy) = (await As("jianshe"), await As("liubing"), await As("clerk"), await As("yewei"), await As("hupenglai"));

        // The liaison raises a topic for the own unit; the office is no station and cannot answer it.
        var topicUrl = Location(await PostAsync(liaison, "/t/tgy/station/topics", [("Title", "建设村留守儿童夏季防溺水"), ("Ask", "请工作站研究暑期巡河与家访安排。")],
            HttpStatusCode.SeeOther));
        await PostAsync(clerk, topicUrl + "/decline", [("Reason", "不需要")], HttpStatusCode.Forbidden);
        Assert.Contains("待工作站答复", await GetAsync(liaison, topicUrl));

        // A 副组长 is no convener of a station meeting; the 站长 convenes yesterday's 全体会议 with the topic on its agenda.
        var refused = await (await PostAsync(station, topicUrl + "/convene", Plan("工作站全体会议", "Plenary", "胡鹏来"), HttpStatusCode.UnprocessableEntity))
            .ReadAsTextAsync();
        Assert.Contains("不是未成年人保护工作站成员", refused);
        await PostAsync(deputy, topicUrl + "/convene", Plan("工作站全体会议", "Plenary", "刘兵"), HttpStatusCode.Forbidden);
        var meetingUrl = Location(await PostAsync(station, topicUrl + "/convene", Plan($"{Year}年第一次工作站全体会议", "Plenary", "刘兵"), HttpStatusCode.SeeOther));
        var topicPage = await GetAsync(liaison, topicUrl);
        Assert.Contains("已上会", topicPage);
        Assert.Contains($"{Year}年第一次工作站全体会议", topicPage);
        Assert.Contains("建设村留守儿童夏季防溺水", await GetAsync(station, meetingUrl));

        // The office does not keep the station's meeting; the station records attendance (its members only), writes and its 站长 signs.
        await PostAsync(clerk, meetingUrl + "/minutes/submit", [], HttpStatusCode.Forbidden);
        var attendance = await GetAsync(station, meetingUrl + "?tab=attendance");
        Assert.Contains("涂安银", attendance);
        Assert.DoesNotContain("叶伟", attendance);
        await app.Host.RecordEveryoneAsync(station, meetingUrl);
        var minutes = await GetAsync(station, meetingUrl + "?tab=minutes");
        await PostAsync(station, meetingUrl + "/minutes", MeetingSteps.Minutes(minutes, "会议研究了建设村防溺水议题。", "建设村落实暑期巡河", due: Day(30)),
            HttpStatusCode.SeeOther);
        await PostAsync(station, meetingUrl + "/minutes/submit", [], HttpStatusCode.SeeOther);
        Assert.Contains("只有本次会议的召集人（刘兵）", await (await PostAsync(leader, meetingUrl + "/minutes/sign-off", [], HttpStatusCode.UnprocessableEntity))
            .ReadAsTextAsync());
        await PostAsync(station, meetingUrl + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        var stationNumber = $"铜罐驿未保站纪〔{Year}〕1号";
        var signed = await GetAsync(station, meetingUrl + "?tab=resolutions");
        Assert.Contains(stationNumber, signed);
        // The station's decision went to its unit, which reports progress; the station confirms it done.
        var stationResolution = "/t/tgy/resolutions/" + Regex.Match(signed, "/resolutions/([0-9a-f-]{36})").Groups[1].Value;
        await PostAsync(liaison, stationResolution + "/progress", [("Text", "已安排每日巡河。")], HttpStatusCode.SeeOther);
        await PostAsync(station, stationResolution + "/complete", [("Evidence", "巡河台账")], HttpStatusCode.SeeOther);
        Assert.Contains("已办结", await GetAsync(liaison, stationResolution));
        Assert.Contains($"铜罐驿未保站通〔{Year}〕1号", await GetAsync(station, Location(await PostAsync(station, meetingUrl + "/minutes/circular", [],
            HttpStatusCode.SeeOther))));

        // The station prepares a matter for the group from that meeting and topic; the office convenes the group's meeting with it.
        var draftUrl = Location(await PostAsync(station, "/t/tgy/station/drafts", [("Text", "将防溺水纳入全镇暑期安全工作"),
            ("LeadUnitId", SampleTown.UnitId("平安办").ToString()), ("ResponsibleUnitIds", SampleTown.UnitId("建设村").ToString()), ("DueOn", Day(60)),
            ("FromMeetingId", meetingUrl.Split('/')[^1]), ("TopicId", topicUrl.Split('/')[^1])], HttpStatusCode.SeeOther));
        await PostAsync(station, draftUrl + "/convene", Plan("领导小组会议", "Regular", "叶伟"), HttpStatusCode.Forbidden);
        var groupUrl = Location(await PostAsync(clerk, draftUrl + "/convene", Plan($"{Year}年第三次领导小组会议", "Regular", "叶伟"), HttpStatusCode.SeeOther));
        var groupMinutes = await GetAsync(clerk, groupUrl + "?tab=minutes");
        var row = Regex.Match(groupMinutes, "name=\"ResolutionOrigin_([0-9a-f-]{36})\" value=\"([0-9a-f-]{36})\"");
        Assert.True(row.Success, "the minutes start a row from the prepared matter");
        Assert.Equal(draftUrl.Split('/')[^1], row.Groups[2].Value);
        var version = Regex.Match(groupMinutes, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var r = row.Groups[1].Value;
        await PostAsync(clerk, groupUrl + "/minutes", [("version", version), ("Summary", "会议审议了工作站提请的拟议事项。"), ("ResolutionRow", r),
            ($"ResolutionText_{r}", "将防溺水纳入全镇暑期安全工作"), ($"ResolutionLead_{r}", SampleTown.UnitId("平安办").ToString()),
            ($"ResolutionUnits_{r}", SampleTown.UnitId("建设村").ToString()), ($"ResolutionDue_{r}", Day(60)), ($"ResolutionOrigin_{r}", row.Groups[2].Value)],
            HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, groupUrl);
        await PostAsync(clerk, groupUrl + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await PostAsync(leader, groupUrl + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        await PostAsync(clerk, groupUrl + "/minutes/circular", [], HttpStatusCode.SeeOther);

        var draftPage = await GetAsync(station, draftUrl);
        var adopted = "/t/tgy/resolutions/" + Regex.Match(draftPage, "/resolutions/([0-9a-f-]{36})").Groups[1].Value;
        await PostAsync(clerk, adopted + "/complete", [("Evidence", "全镇暑期安全工作方案")], HttpStatusCode.SeeOther);
        var chain = await GetAsync(liaison, adopted);
        foreach (var link in new[] { "来龙去脉", "建设村留守儿童夏季防溺水", stationNumber, "拟议", $"铜罐驿未保领纪〔{Year}〕", $"铜罐驿未保领办通〔{Year}〕", "已办结" })
            Assert.Contains(link, chain);
        Assert.True(chain.IndexOf("建设村留守儿童夏季防溺水", StringComparison.Ordinal) < chain.IndexOf(stationNumber, StringComparison.Ordinal));

        // The station's meetings have their own list; the group's list and its yearly count do not hold them.
        Assert.Contains($"{Year}年第一次工作站全体会议", await GetAsync(liaison, "/t/tgy/meetings?body=work-station"));
        var groupList = await GetAsync(liaison, "/t/tgy/meetings");
        Assert.DoesNotContain($"{Year}年第一次工作站全体会议", groupList);
        Assert.Contains($"{Year}年第三次领导小组会议", groupList);
    }

    [Fact]
    public async Task A_topic_is_merged_or_answered_and_a_task_handed_down_is_followed_to_done()
    {
        var (liaison, other, station) = (await As("jianshe"), await As("caizheng"), await As("liubing"));
        var first = Location(await PostAsync(liaison, "/t/tgy/station/topics", [("Title", "村级儿童之家经费"), ("Ask", "请研究经费保障。")], HttpStatusCode.SeeOther));
        var second = Location(await PostAsync(other, "/t/tgy/station/topics", [("Title", "儿童之家运行经费"), ("Ask", "同上。")], HttpStatusCode.SeeOther));
        // A liaison raises for the own unit only (the posted unit is ignored), and cannot answer.
        await PostAsync(other, second + "/decline", [("Reason", "x")], HttpStatusCode.Forbidden);
        await PostAsync(station, second + "/merge", [("IntoTopicId", first.Split('/')[^1])], HttpStatusCode.SeeOther);
        Assert.Contains("村级儿童之家经费", await GetAsync(other, second));
        Assert.Contains("该议题已答复", await (await PostAsync(station, second + "/decline", [("Reason", "重复")], HttpStatusCode.UnprocessableEntity))
            .ReadAsTextAsync());
        Assert.Contains("请填写不上会的理由", await (await PostAsync(station, first + "/decline", [("Reason", " ")], HttpStatusCode.UnprocessableEntity))
            .ReadAsTextAsync());
        await PostAsync(station, first + "/decline", [("Reason", "已纳入镇年度预算统筹")], HttpStatusCode.SeeOther);
        Assert.Contains("暂不上会：已纳入镇年度预算统筹", await GetAsync(liaison, first));

        // 交办: bad input is refused in the page, then recorded, progressed and done.
        Assert.Contains("办理期限不能早于交办日期", await (await PostAsync(station, "/t/tgy/station/tasks", [("Source", "District"), ("AssignedBy", "区未保办"),
            ("Text", "开展暑期专项检查"), ("AssignedOn", Day(0)), ("DueOn", Day(-3))], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await PostAsync(liaison, "/t/tgy/station/tasks", [("Source", "Leader"), ("AssignedBy", "叶伟"), ("Text", "x"), ("AssignedOn", Day(0)), ("DueOn", Day(3))],
            HttpStatusCode.Forbidden);
        var task = Location(await PostAsync(station, "/t/tgy/station/tasks", [("Source", "District"), ("AssignedBy", "区未保办"), ("Reference", "区未保办批示〔2026〕3号"),
            ("Text", "开展暑期专项检查"), ("AssignedOn", Day(0)), ("DueOn", Day(20))], HttpStatusCode.SeeOther));
        await PostAsync(station, task + "/progress", [("Text", "已检查 5 个村。")], HttpStatusCode.SeeOther);
        Assert.Contains("推进中", await GetAsync(liaison, task));
        await PostAsync(station, task + "/complete", [("Evidence", "专项检查报告")], HttpStatusCode.SeeOther);
        Assert.Contains("已办结", await GetAsync(liaison, "/t/tgy/station/tasks"));

        // The half-year report's facts count the station's topics and 交办 of the half-year (and its meetings).
        var today = TownCalendar.Today;
        var start = new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1);
        var facts = app.Host.Services.GetServices<IReportFactContributions>().OfType<Secretariat.Web.Features.Station.StationReportFacts>().Single();
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession("tgy");
        var sections = (await facts.SectionsAsync(session, start, start.AddMonths(6).AddDays(-1), CancellationToken.None)).ToDictionary(x => x.Key);
        int Count(string section, string label) => sections[section].Rows.Single(r => r.Label == label).Count;
        Assert.True(Count("station-topics", "收到议题") >= 2);
        Assert.True(Count("station-topics", "合并研究") >= 1);
        Assert.True(Count("station-topics", "答复暂不上会") >= 1);
        Assert.True(Count("station-assigned-tasks", "本期交办") >= 1);
        Assert.True(Count("station-assigned-tasks", "本期办结") >= 1);
        Assert.Contains("station-meetings", sections.Keys);
        // Nothing of it before the station's first day of work.
        var empty = await facts.SectionsAsync(session, new DateOnly(2000, 1, 1), new DateOnly(2000, 6, 30), CancellationToken.None);
        Assert.All(empty.SelectMany(x => x.Rows), r => Assert.Equal(0, r.Count));
    }
}
