using Secretariat.Web.Features.Reports;

namespace Secretariat.Tests.Infrastructure;

public class FieldErrorFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, roles, person) in new (string, string[], string?)[]
                 {
                     ("clerk", [Roles.Secretariat], null), ("yewei", [Roles.Leader], "叶伟"),
                     ("station", [Roles.WorkStation], "赵旦月"), ("liubing", [Roles.WorkStation], "刘兵")
                 })
        {
            var (_, refusal) = await accounts.CreateInTownAsync(user, user, $"{user}-password-1", roles, null, personName: person);
            Assert.Null(refusal);
        }
    }
}

/// <summary>
/// A refused form says what is wrong twice: in the summary at the top, and at the field it is about, which carries
/// aria-invalid="true" and aria-describedby naming the element that holds the message (issue 16, item 3). Dates in the
/// message are written for prose (2026年12月1日), as the README's "Dates" asks (item 5).
/// </summary>
public class FieldErrorTests(FieldErrorFixture app) : IClassFixture<FieldErrorFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;
    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd");

    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    private async Task<string> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields,
        HttpStatusCode expected = HttpStatusCode.UnprocessableEntity, bool htmx = false) =>
        await (await app.Host.PostFormAsync(user, url, fields, expected, htmx: htmx)).ReadAsTextAsync();

    private async Task<string> GetAsync(SignedIn user, string url) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(HttpStatusCode.OK); })).ReadAsTextAsync();

    /// <summary>
    /// The field (the input, select or textarea whose tag holds <paramref name="marker"/>, the <paramref name="nth"/> such)
    /// is marked invalid and described by an element that holds <paramref name="message"/>; no other field is marked;
    /// and the summary at the top still says it.
    /// </summary>
    private static void AssertMarked(string html, string marker, string message, int nth = 0, int marked = 1)
    {
        var tags = Regex.Matches(html, "<(?:input|select|textarea)\\b[^>]*>").Select(m => m.Value).Where(t => t.Contains(marker)).ToList();
        Assert.True(tags.Count > nth, $"no field {marker} (#{nth}) in the page");
        var field = tags[nth];
        Assert.Contains("aria-invalid=\"true\"", field);
        var describedBy = Regex.Match(field, "aria-describedby=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEqual("", describedBy);
        var holder = Regex.Match(html, $"<[a-z]+ [^>]*id=\"{Regex.Escape(describedBy)}\"[^>]*>([^<]*)<");
        Assert.True(holder.Success, $"no element #{describedBy}");
        Assert.Contains(message, holder.Groups[1].Value);
        Assert.Equal(marked, Regex.Matches(html, "aria-invalid=\"true\"").Count);
        Assert.Matches($"<p class=\"error\" role=\"alert\">[^<]*{Regex.Escape(message)}", html);
    }

    /// <summary>Every date a user enters lies between 2000-01-01 and ten years ahead: one out of it is refused at its field, nothing saved.</summary>
    [Theory]
    [InlineData("meeting day", "9999-12-31")]
    [InlineData("meeting day", "1999-12-31")]
    [InlineData("delegation", "1999-06-01")]
    [InlineData("cut-off", "9999-12-30")]
    [InlineData("adjustment", "9999-12-31")]
    [InlineData("appointment", "9999-12-31")]
    [InlineData("qualification", "0001-01-01")]
    [InlineData("training", "1999-12-30")]
    [InlineData("resolution due", "9999-12-31")]
    public async Task A_date_out_of_range_is_refused_at_its_field_and_saves_nothing(string form, string day)
    {
        var clerk = await As("clerk");
        var latest = Today.AddYears(10);
        var meeting = new List<(string, string)>
        {
            ("Title", "日期范围会议"), ("Kind", "Regular"), ("Date", Day(20)), ("Time", "09:30"), ("Place", "镇政府三楼会议室"),
            ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""), ("CutoffDate", "")
        };
        List<(string, string)> With(List<(string, string)> fields, string key, string value) =>
            fields.Select(f => f.Item1 == key ? (key, value) : f).ToList();
        string? url = null;
        if (form == "resolution due")
        {
            url = (await app.Host.PostFormAsync(clerk, "/t/tgy/meetings/new", With(With(meeting, "Date", Day(-2)), "Title", "日期范围纪要会议"),
                HttpStatusCode.SeeOther)).Context.Response.Headers.Location.ToString();
        }
        var version = url is null ? "" : Regex.Match(await GetAsync(clerk, url + "?tab=minutes"), "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var row = Guid.NewGuid().ToString();
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        var (path, fields, marker, words) = form switch
        {
            "meeting day" => ("/t/tgy/meetings/new", With(meeting, "Date", day), "name=\"Date\"", "会议日期须在"),
            "delegation" => ("/t/tgy/meetings/new", With(With(meeting, "ConvenerPersonId", SampleTown.PersonId("胡鹏来").ToString()), "DelegatedOn", day),
                "name=\"DelegatedOn\"", "委托日期须在"),
            "cut-off" => ("/t/tgy/meetings/new", With(meeting, "CutoffDate", day), "name=\"CutoffDate\"", "议题征集截止日期须在"),
            "adjustment" => ("/t/tgy/adjustments/new", [("Body", "LeadingGroup"), ("Kind", "Add"), ("UnitId", SampleTown.UnitId("建设村").ToString()),
                ("MemberPersonId", ""), ("NewPersonName", "周新"), ("NewRole", "Member"), ("NewPosition", ""), ("Reason", "工作变动"), ("EffectiveOn", day)],
                "name=\"EffectiveOn\"", "拟生效日期须在"),
            "appointment" => ("/t/tgy/training/appointments/new", [("PersonId", ""), ("Name", "范围测试"), ("Duty", "ChildDirector"),
                ("UnitId", SampleTown.UnitId("建设村").ToString()), ("EffectiveOn", day), ("Basis", "镇政府文件")], "name=\"EffectiveOn\"", "任职日期须在"),
            "qualification" => ("/t/tgy/training/appointments/new", [("PersonId", ""), ("Name", "资格测试"), ("Duty", "ChildDirector"),
                ("UnitId", SampleTown.UnitId("建设村").ToString()), ("EffectiveOn", Day(-1)), ("Basis", "镇政府文件"), ("QualificationLevel", "助理社会工作师"),
                ("QualifiedOn", day)], "name=\"QualifiedOn\"", "取得资格日期须在"),
            "training" => ("/t/tgy/training/sessions/new", [("Title", "范围测试培训"), ("Kind", "Onboarding"), ("StartOn", day), ("EndOn", "1999-12-31"),
                ("Organiser", "镇民政和社事办"), ("Place", "会议室"), ("CourseTitle", "儿童保护政策法规"), ("CourseHours", "3"), ("CourseChildSocialWork", "0"),
                ("Attendee", SampleTown.PersonId("邹利").ToString())], "name=\"StartOn\"", "开始日期须在"),
            _ => (url + "/minutes", [("version", version), ("Summary", "会议研究了工作。"), ("ResolutionRow", row), ($"ResolutionText_{row}", "日期范围事项"),
                ($"ResolutionLead_{row}", SampleTown.UnitId("建设村").ToString()), ($"ResolutionDue_{row}", day)],
                "aria-label=\"第1项办理期限\"", "第 1 项议定事项的办理期限须在")
        };
        var page = await PostAsync(form is "training" ? await As("station") : clerk, path, fields);
        AssertMarked(page, marker, $"{words} 2000年1月1日 至 {latest.Year}年{latest.Month}月{latest.Day}日 之间");
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));
    }

    [Fact]
    public async Task A_new_adjustment_request_marks_the_reason_it_lacks_also_when_htmx_renders_it_in_place()
    {
        var clerk = await As("clerk");
        IEnumerable<(string, string)> Request(string reason, string effectiveOn) =>
        [
            ("Body", "LeadingGroup"), ("Kind", "Add"), ("UnitId", SampleTown.UnitId("建设村").ToString()), ("MemberPersonId", ""),
            ("NewPersonName", "周新"), ("NewRole", "Member"), ("NewPosition", ""), ("Reason", reason), ("EffectiveOn", effectiveOn)
        ];
        var page = await PostAsync(clerk, "/t/tgy/adjustments/new", Request("", Day(10)));
        AssertMarked(page, "name=\"Reason\"", "请填写调整原因");
        var inPlace = await PostAsync(clerk, "/t/tgy/adjustments/new", Request("工作变动", "2026-13-45"), htmx: true);
        AssertMarked(inPlace, "name=\"EffectiveOn\"", "请按 年-月-日 填写拟生效日期");
        Assert.DoesNotContain("<html", inPlace);
    }

    [Fact]
    public async Task The_training_session_form_marks_the_hours_of_the_course_row_the_refusal_names()
    {
        var station = await As("station");
        var page = await PostAsync(station, "/t/tgy/training/sessions/new",
        [
            ("Title", "儿童主任轮训"), ("Kind", "Onboarding"), ("StartOn", Day(-3)), ("EndOn", Day(-2)), ("Organiser", "镇民政和社事办"),
            ("Place", "镇政府三楼会议室"), ("CourseTitle", "儿童保护政策法规"), ("CourseHours", "3"), ("CourseChildSocialWork", "0"),
            ("CourseTitle", "个案管理实务"), ("CourseHours", ""), ("Attendee", SampleTown.PersonId("邹利").ToString())
        ]);
        AssertMarked(page, "name=\"CourseHours\"", "第 2 门课程“个案管理实务”请填写学时", nth: 1);
        Assert.DoesNotContain("aria-invalid", Regex.Matches(page, "<input name=\"CourseHours\"[^>]*>")[0].Value);
    }

    [Fact]
    public async Task The_minutes_draft_marks_the_lead_unit_of_the_resolution_row_that_lacks_it()
    {
        var clerk = await As("clerk");
        var convened = await app.Host.PostFormAsync(clerk, "/t/tgy/meetings/new", [("Title", "纪要字段提示会议"), ("Kind", "Regular"), ("Date", Day(-3)),
            ("Time", "09:30"), ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""),
            ("CutoffDate", "")], HttpStatusCode.SeeOther);
        var url = convened.Context.Response.Headers.Location.ToString();
        var tab = await GetAsync(clerk, url + "?tab=minutes");
        var version = Regex.Match(tab, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var row = Guid.NewGuid().ToString();
        var page = await PostAsync(clerk, url + "/minutes", [("version", version), ("Summary", "会议研究了工作。"), ("ResolutionRow", row),
            ($"ResolutionText_{row}", "各村完善留守儿童台账"), ($"ResolutionLead_{row}", ""), ($"ResolutionDue_{row}", "2032-12-31")]);
        AssertMarked(page, "aria-label=\"第1项牵头单位\"", "第 1 项议定事项请选择牵头单位");
    }

    [Fact]
    public async Task Extending_a_resolution_marks_the_new_due_date_and_names_the_current_one_in_prose()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        var convened = await app.Host.PostFormAsync(clerk, "/t/tgy/meetings/new", [("Title", "延期字段提示会议"), ("Kind", "Regular"), ("Date", Day(-5)),
            ("Time", "09:30"), ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""),
            ("CutoffDate", "")], HttpStatusCode.SeeOther);
        var url = convened.Context.Response.Headers.Location.ToString();
        var tab = await GetAsync(clerk, url + "?tab=minutes");
        var version = Regex.Match(tab, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var row = Guid.NewGuid().ToString();
        await app.Host.PostFormAsync(clerk, url + "/minutes", [("version", version), ("Summary", "会议研究了工作。"), ("ResolutionRow", row),
            ($"ResolutionText_{row}", "建设村补充配备儿童主任"), ($"ResolutionLead_{row}", SampleTown.UnitId("建设村").ToString()),
            ($"ResolutionDue_{row}", "2032-12-31")], HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, url);
        await app.Host.PostFormAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        var resolution = Regex.Match(await GetAsync(clerk, url + "?tab=resolutions"), "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.NotEqual("", resolution);

        var page = await PostAsync(clerk, resolution + "/extend", [("DueOn", "2032-06-30"), ("Reason", "资金未到位")]);
        AssertMarked(page, "name=\"DueOn\"", "新的期限须晚于现期限 2032年12月31日");
        Assert.DoesNotContain("现期限 2032-12-31", page);
    }

    [Fact]
    public async Task Receiving_a_report_marks_the_date_and_names_the_submission_day_in_prose()
    {
        var station = await As("station");
        var master = await As("liubing");
        var clerk = await As("clerk");
        var year = Today.Year - 1;
        var created = await app.Host.PostFormAsync(station, "/t/tgy/reports", [("Year", year.ToString()), ("Half", "H1")], HttpStatusCode.SeeOther);
        var url = created.Context.Response.Headers.Location.ToString();
        var draft = await GetAsync(station, url);
        await app.Host.PostFormAsync(station, url + "/draft", [("version", Regex.Match(draft, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value),
            ("Section_analysis", "总体平稳。"), ("Section_problems", "培训不足。"), ("Section_plan", "组织轮训。")], HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(master, url + "/submit", [], HttpStatusCode.SeeOther);

        var page = await PostAsync(clerk, url + "/receive", [("ReceivedOn", Day(-1))]);
        AssertMarked(page, "name=\"ReceivedOn\"", $"签收日期不能早于报送日期 {Today.Year}年{Today.Month}月{Today.Day}日");
        var future = await PostAsync(clerk, url + "/receive", [("ReceivedOn", Day(1))]);
        AssertMarked(future, "name=\"ReceivedOn\"", "签收日期不能晚于今天");
    }

    [Fact]
    public async Task Registering_a_unit_without_a_name_marks_the_name()
    {
        var clerk = await As("clerk");
        var page = await PostAsync(clerk, "/t/tgy/roster/units", [("Name", " "), ("Kind", "Village")]);
        AssertMarked(page, "name=\"Name\"", "请填写单位名称");
        var kind = await PostAsync(clerk, "/t/tgy/roster/units", [("Name", "新村"), ("Kind", "Nowhere")], htmx: true);
        AssertMarked(kind, "name=\"Kind\"", "请选择单位类别");
    }

    [Fact]
    public async Task A_failed_sign_in_marks_both_fields_with_the_one_message()
    {
        var (result, _) = await SignedIn.PostSignInAsync(app.Host, "clerk", "wrong-password-1", HttpStatusCode.UnprocessableEntity);
        var page = await result.ReadAsTextAsync();
        AssertMarked(page, "name=\"userName\"", SignInEndpoints.FailedMessage, marked: 2);
        AssertMarked(page, "name=\"password\"", SignInEndpoints.FailedMessage, marked: 2);
        Assert.Single(Regex.Matches(page, "class=\"field-error\""));
    }

    [Fact]
    public async Task A_refusal_about_the_whole_form_stays_in_the_summary_only()
    {
        var clerk = await As("clerk");
        var page = await PostAsync(clerk, "/t/tgy/adjustments/new",
        [
            ("Body", "LeadingGroup"), ("Kind", "Add"), ("UnitId", SampleTown.UnitId("建设村").ToString()), ("MemberPersonId", ""),
            ("NewPersonName", "周新"), ("NewRole", "Leader"), ("NewPosition", ""), ("Reason", "工作变动"), ("EffectiveOn", Day(10))
        ]);
        Assert.Contains("<p class=\"error\" role=\"alert\">", page);
        Assert.DoesNotContain("aria-invalid", page);
        Assert.DoesNotContain("class=\"field-error\"", page);
    }
}
