using MiniExcelLibs;

namespace Secretariat.Tests.Features.Training;

public class TrainingPagesTests(TrainingFixture app) : TrainingScenarios(app), IClassFixture<TrainingFixture>
{
    [Fact]
    public async Task The_sample_ledger_lists_the_nine_directors_and_the_supervisor_with_their_overdue_onboarding()
    {
        var reader = await SignedIn.AsAsync(App.Host, "reader", "reader-password-1");
        var page = await GetAsync(reader, "/t/tgy/training?asOf=2022-06-01");
        Assert.Contains("在任 <strong class=\"total\">10</strong> 人", page);
        foreach (var name in new[] { "邹利", "朱美桦", "赵筱晗", "赵旦月" }) Assert.Contains($"data-person=\"{name}\"", page);
        Assert.Contains("入职培训：已逾期 10 人", page);
        Assert.Contains("入职培训应于 2022-04-28 前完成", page);
        Assert.Contains("2022 年度轮训：不适用 10 人", page);

        var before = await GetAsync(reader, "/t/tgy/training?asOf=2022-01-27");
        Assert.Contains("该日没有在任的儿童主任或儿童督导员", before);
        Assert.Contains("请按 年-月-日", await GetAsync(reader, "/t/tgy/training?asOf=2022-13-45"));
    }

    [Fact]
    public async Task The_coverage_table_shows_each_village_with_its_director_and_the_unrecorded_preference()
    {
        var reader = await SignedIn.AsAsync(App.Host, "reader", "reader-password-1");
        var page = await GetAsync(reader, "/t/tgy/training/coverage?asOf=2023-01-01");
        Assert.Contains("9 个村（社区）中，<strong class=\"covered\">9</strong> 个已配备儿童主任", page);
        Assert.Contains("data-village=\"冬笋坝社区\"", page);
        Assert.Contains("黄俊人", page);
        Assert.Contains("未登记", page);
        var empty = await GetAsync(reader, "/t/tgy/training/coverage?asOf=2021-12-31");
        Assert.Contains("<strong class=\"vacant\">9</strong> 个空缺", empty);
        Assert.Contains("从未配备", empty);
    }

    [Fact]
    public async Task A_new_director_is_due_soon_then_done_after_a_counting_onboarding_session_with_its_material()
    {
        var station = await Station();
        var person = await AppointAsync(station, "王新", "双骑龙村", Day(-70), extra: [("IsFemaleCommitteeMember", "true")]);
        var personId = PersonIdIn(person);
        var page = await GetAsync(station, person);
        Assert.Contains("现任儿童主任（双骑龙村）", page);
        Assert.Contains("data-state=\"DueSoon\"", page);
        Assert.Contains("优先条件：村（居）委会女性委员", page);

        var pdf = "%PDF-1.4\n%培训课件\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();
        var recorded = await PostAsync(station, "/t/tgy/training/sessions/new",
            [.. Session("2026年儿童主任入职培训", Day(-3), Day(-2), [personId, SampleTown.PersonId("邹利")],
                ("儿童保护政策法规", "3", true), ("个案管理实务", "2", true), ("廉政教育", "2", false)), NoMinorsData],
            HttpStatusCode.SeeOther, [("课件.pdf", pdf)]);
        var sessionUrl = recorded.Context.Response.Headers.Location.ToString();
        var session = await GetAsync(station, sessionUrl);
        Assert.Contains("计入培训要求", session);
        Assert.Contains("占总学时 7 的 71%", session);
        Assert.Contains("课件.pdf", session);
        Assert.Contains("双骑龙村", session);

        var link = System.Text.RegularExpressions.Regex.Match(session, "href=\"(/t/tgy/training/sessions/[^\"]+/materials/[^\"]+)\"").Groups[1].Value;
        var download = await App.Host.Scenario(s => { s.Get.Url(link); s.As(station); });
        Assert.Equal("application/pdf", download.Context.Response.ContentType);
        Assert.Equal(pdf, (await BodyOf(download)).ToArray());

        var after = await GetAsync(station, person);
        Assert.Contains("data-requirement=\"Onboarding\"><th>入职培训</th><td class=\"status state-done\" data-state=\"Done\"", after);
        Assert.Contains("2026年儿童主任入职培训", after);
        var ledger = await GetAsync(station, "/t/tgy/training");
        Assert.Contains("data-session=\"2026年儿童主任入职培训\"", ledger);
    }

    [Fact]
    public async Task A_session_under_half_child_social_work_is_kept_but_does_not_count()
    {
        var station = await Station();
        var person = await AppointAsync(station, "陈半", "建设村", Day(-200));
        var recorded = await PostAsync(station, "/t/tgy/training/sessions/new",
            Session("综合业务培训", Day(-5), Day(-5), [PersonIdIn(person)], ("儿童保护", "2", true), ("档案管理", "3", false)),
            HttpStatusCode.SeeOther);
        var session = await GetAsync(station, recorded.Context.Response.Headers.Location.ToString());
        Assert.Contains("不计入培训要求", session);
        Assert.Contains("占总学时 5 的 40%，低于 50%", session);
        var page = await GetAsync(station, person);
        Assert.Contains("<td class=\"status state-overdue\" data-state=\"Overdue\">", page);
        Assert.Contains("不计入", page);
    }

    [Fact]
    public async Task Every_mistake_in_a_session_is_refused_in_the_page_and_nothing_is_saved()
    {
        var station = await Station();
        var fresh = PersonIdIn(await AppointAsync(station, "刘晚", "观音桥村", Day(-10)));
        var zouLi = SampleTown.PersonId("邹利");
        var sessions = await CountAsync("mt_doc_trainingsession");
        var events = await CountAsync("mt_events");
        (string Title, string Hours, bool)[] good = [("儿童保护", "4", true)];

        async Task Refused(IEnumerable<(string, string)> fields, string message, IEnumerable<(string, byte[])>? files = null)
        {
            var result = await PostAsync(station, "/t/tgy/training/sessions/new", fields, HttpStatusCode.UnprocessableEntity, files, htmx: true);
            var text = await result.ReadAsTextAsync();
            Assert.Contains(message, text);
            Assert.DoesNotContain("<html", text);
        }

        await Refused(Session("培训", Day(-2), Day(-3), [zouLi], good), "结束日期不能早于开始日期。");
        await Refused(Session("培训", Day(-3), Day(-3), [zouLi], ("儿童保护", "0", true)), "学时须为正数");
        await Refused(Session("培训", Day(-3), Day(-3), [zouLi], ("儿童保护", "-2", true)), "学时须为正数");
        await Refused(Session("培训", Day(-3), Day(-3), [zouLi], ("儿童保护", "两小时", true)), "请填写学时");
        await Refused(Session("培训", Day(-20), Day(-20), [fresh], good), "未任儿童主任或儿童督导员，不能作为受训人员");
        await Refused(Session("培训", Day(-3), Day(-3), [zouLi, zouLi], good), "参训人员“邹利”重复。");
        await Refused([.. Session("培训", Day(-3), Day(-3), [zouLi], good), ("OtherAttendees", "张三\n邹利")], "参训人员“邹利”重复。");
        await Refused(Session("", Day(-3), Day(-3), [zouLi], good), "请填写培训名称。");
        await Refused(Session("培训", Day(-3), Day(-3), [], good), "请至少选择或填写一名参训人员。");
        await Refused([.. Session("培训", Day(-3), Day(-3), [zouLi], good), NoMinorsData], "超过 10 MB",
            [("大文件.pdf", [.. "%PDF-1.4\n"u8, .. new byte[10 * 1024 * 1024]])]);
        await Refused([.. Session("培训", Day(-3), Day(-3), [zouLi], good), NoMinorsData], "类型不支持", [("签到表.txt", "姓名,签名"u8.ToArray())]);
        await Refused([.. Session("培训", Day(-3), Day(-3), [zouLi], good), NoMinorsData], "类型不支持", [("伪装.docx", "not a zip"u8.ToArray())]);
        await Refused([.. Session("培训", Day(-3), Day(-3), [zouLi], good), NoMinorsData], "类型不支持", [("伪装.docx", OfficePackages.PlainZip())]);
        await Refused(Session("培训", Day(-3), Day(-3), [zouLi], good), "是否含未成年人信息", [("签到表.pdf", "%PDF-1.4\n%%EOF"u8.ToArray())]);

        Assert.Equal(sessions, await CountAsync("mt_doc_trainingsession"));
        Assert.Equal(events, await CountAsync("mt_events"));
        Assert.Equal(0, await CountAsync("mt_doc_storedfile where data->>'FileName' in ('大文件.pdf', '签到表.txt')"));
    }

    [Fact]
    public async Task Adding_course_rows_keeps_what_was_typed_and_saves_nothing()
    {
        var station = await Station();
        var sessions = await CountAsync("mt_doc_trainingsession");
        var result = await PostAsync(station, "/t/tgy/training/sessions/new",
            [.. Session("保留填写", Day(-1), Day(-1), [SampleTown.PersonId("罗翠")], ("课程甲", "2", true)), ("action", "add-course")],
            HttpStatusCode.OK);
        var page = await result.ReadAsTextAsync();
        Assert.Contains("value=\"保留填写\"", page);
        Assert.Contains("value=\"课程甲\"", page);
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Matches(page, "name=\"CourseTitle\"").Count);
        Assert.Equal(sessions, await CountAsync("mt_doc_trainingsession"));
    }

    [Fact]
    public async Task Appointment_mistakes_are_refused_in_the_page_and_nothing_is_saved()
    {
        var station = await Station();
        var events = await CountAsync("mt_events");
        Assert.Contains("儿童主任须任职于某个村（社区）", await AppointAsync(station, "甲", "", Day(-1), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("“派出所”不是村（社区）", await AppointAsync(station, "乙", "派出所", Day(-1), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("请按 年-月-日 填写任职日期", await AppointAsync(station, "丙", "建设村", "2026/01/01", HttpStatusCode.UnprocessableEntity));
        Assert.Contains("已有在任的 何捷", await AppointAsync(station, "何捷", "建设村", Day(-1), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("请填写姓名", await AppointAsync(station, "", "建设村", Day(-1), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("只能是", await AppointAsync(station, "丁", "建设村", Day(-1), HttpStatusCode.UnprocessableEntity,
            extra: [("QualificationLevel", "心理咨询师"), ("QualifiedOn", "2020-01-01")]));

        var heJie = SampleTown.PersonId("何捷");
        var transfer = await PostAsync(station, $"/t/tgy/training/people/{heJie}/transfer",
            [("UnitId", SampleTown.UnitId("黄金堡村").ToString()), ("EffectiveOn", Day(-1))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已在黄金堡村任职", await transfer.ReadAsTextAsync());
        var leave = await PostAsync(station, $"/t/tgy/training/people/{heJie}/leave", [("EffectiveOn", Day(-1)), ("Reason", "")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写离任原因。", await leave.ReadAsTextAsync());
        var early = await PostAsync(station, $"/t/tgy/training/people/{heJie}/leave", [("EffectiveOn", "2022-01-28"), ("Reason", "换届")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("离任日期须晚于 2022年1月28日", await early.ReadAsTextAsync()); // dates in prose (issue 16)
        var profile = await PostAsync(station, $"/t/tgy/training/people/{heJie}/profile", [("QualificationLevel", "社会工作师")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写取得社会工作职业资格的日期", await profile.ReadAsTextAsync());
        Assert.Equal(events, await CountAsync("mt_events"));

        await PostAsync(station, $"/t/tgy/training/people/{Guid.NewGuid()}/leave", [("EffectiveOn", Day(-1)), ("Reason", "换届")], HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_work_station_and_the_office_change_anything_everyone_signed_in_reads()
    {
        var reader = await SignedIn.AsAsync(App.Host, "reader", "reader-password-1");
        var liaison = await SignedIn.AsAsync(App.Host, "jianshe", "liaison-password-1");
        foreach (var user in new[] { reader, liaison })
        {
            await GetAsync(user, "/t/tgy/training");
            await GetAsync(user, "/t/tgy/training/coverage");
            await GetAsync(user, $"/t/tgy/training/people/{SampleTown.PersonId("邹利")}");
            await GetAsync(user, "/t/tgy/training/appointments/new", HttpStatusCode.Forbidden);
            await GetAsync(user, "/t/tgy/training/sessions/new", HttpStatusCode.Forbidden);
            await PostAsync(user, "/t/tgy/training/appointments/new", [("Name", "越权"), ("Duty", "ChildSupervisor"), ("EffectiveOn", Day(-1))],
                HttpStatusCode.Forbidden);
            await PostAsync(user, $"/t/tgy/training/people/{SampleTown.PersonId("邹利")}/leave", [("EffectiveOn", Day(-1)), ("Reason", "越权")],
                HttpStatusCode.Forbidden);
        }
        var person = await GetAsync(reader, $"/t/tgy/training/people/{SampleTown.PersonId("邹利")}");
        Assert.DoesNotContain("办理离任", person);
        var anonymous = await App.Host.Scenario(s => { s.Get.Url("/t/tgy/training"); s.StatusCodeShouldBe(HttpStatusCode.Redirect); });
        Assert.Contains("/sign-in", anonymous.Context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task The_ledger_downloads_as_an_xlsx_with_chinese_headers_and_the_expected_rows()
    {
        var station = await Station();
        var result = await App.Host.Scenario(s => { s.Get.Url("/t/tgy/training/ledger.xlsx?asOf=2022-06-01"); s.As(station); });
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", result.Context.Response.ContentType);
        using var stream = await BodyOf(result);
        Assert.Equal(["培训台账", "培训记录", "参训明细"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "培训台账").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(10, rows.Count);
        var zou = rows.Single(r => (string)r["姓名"] == "邹利");
        Assert.Equal("儿童主任", zou["类别"]);
        Assert.Equal("双骑龙村", zou["村（社区）/单位"]);
        Assert.Equal("2022-01-28", zou["任职日期"]);
        Assert.Equal("2022-04-28", zou["入职培训期限"]);
        Assert.Equal("已逾期", zou["入职培训状态"]);
        Assert.Equal("不适用", zou["2022年度轮训状态"]);
        Assert.Equal("儿童督导员", rows.Single(r => (string)r["姓名"] == "赵旦月")["类别"]);
    }

    [Fact]
    public async Task An_htmx_request_gets_the_fragment_and_a_plain_one_the_whole_page()
    {
        var reader = await SignedIn.AsAsync(App.Host, "reader", "reader-password-1");
        var fragment = await App.Host.Scenario(s => { s.Get.Url("/t/tgy/training/coverage"); s.AsHtmx(reader); });
        var text = await fragment.ReadAsTextAsync();
        Assert.DoesNotContain("<html", text);
        Assert.Contains("村（社区）儿童主任配备情况", text);
        Assert.Contains("<html", await GetAsync(reader, "/t/tgy/training/coverage"));
        Assert.Contains("儿童主任培训", await GetAsync(reader, "/t/tgy/training/sessions"));
    }
}

/// <summary>Transfers, leaving and re-appointment change coverage, so they run on their own database.</summary>
public class TrainingCoverageChangesTests(TrainingFixture app) : TrainingScenarios(app), IClassFixture<TrainingFixture>
{
    [Fact]
    public async Task A_transfer_and_a_departure_open_a_vacancy_from_their_day_and_a_re_appointment_restarts_the_clock()
    {
        var station = await Station();
        var zouLi = SampleTown.PersonId("邹利");
        await PostAsync(station, $"/t/tgy/training/people/{zouLi}/transfer",
            [("UnitId", SampleTown.UnitId("建设村").ToString()), ("EffectiveOn", "2024-03-01"), ("Basis", "工作调整")], HttpStatusCode.SeeOther);
        var coverage = await GetAsync(station, "/t/tgy/training/coverage?asOf=2024-03-01");
        Assert.Contains("<strong class=\"vacant\">1</strong> 个空缺", coverage);
        Assert.Contains("（自 2024-03-01 起）", coverage);
        Assert.Contains("9 个村（社区）中，<strong class=\"covered\">9</strong>", await GetAsync(station, "/t/tgy/training/coverage?asOf=2024-02-29"));

        // The transfer kept the 2022 clock: onboarding is still overdue since 2022-04-28.
        var person = await GetAsync(station, $"/t/tgy/training/people/{zouLi}");
        Assert.Contains("入职培训应于 2022-04-28 前完成", person);
        Assert.Contains("建设村", person);

        await PostAsync(station, $"/t/tgy/training/people/{zouLi}/leave", [("EffectiveOn", "2025-01-01"), ("Reason", "换届离任")], HttpStatusCode.SeeOther);
        var left = await GetAsync(station, $"/t/tgy/training/people/{zouLi}");
        Assert.Contains("目前未在任", left);
        Assert.Contains("离任：换届离任", left);
        Assert.Contains("<td class=\"status state-na\" data-state=\"NotApplicable\">", left);
        Assert.DoesNotContain("data-person=\"邹利\"", await GetAsync(station, "/t/tgy/training"));

        await PostAsync(station, "/t/tgy/training/people/" + zouLi + "/profile",
            [("IsWomensFederationChair", "true"), ("QualificationLevel", "助理社会工作师"), ("QualifiedOn", "2023-06-01")], HttpStatusCode.SeeOther);
        var form = await GetAsync(station, $"/t/tgy/training/appointments/new?person={zouLi}");
        Assert.Contains("name=\"IsWomensFederationChair\" value=\"true\" checked", form);
        var again = await PostAsync(station, "/t/tgy/training/appointments/new",
            [("PersonId", zouLi.ToString()), ("Duty", "ChildDirector"), ("UnitId", SampleTown.UnitId("双骑龙村").ToString()), ("EffectiveOn", Day(-10)),
             ("IsWomensFederationChair", "true"), ("QualificationLevel", "助理社会工作师"), ("QualifiedOn", "2023-06-01")],
            HttpStatusCode.SeeOther);
        var reappointed = await GetAsync(station, again.Context.Response.Headers.Location.ToString());
        Assert.Contains($"入职培训须于 {Today.AddDays(-10).AddMonths(3):yyyy-MM-dd} 前完成", reappointed);
        Assert.Contains("优先条件：妇联主席", reappointed);
        Assert.Contains("助理社会工作师（2023年6月1日取得）", reappointed);
        var now = await GetAsync(station, "/t/tgy/training/coverage");
        Assert.Contains("9 个村（社区）中，<strong class=\"covered\">9</strong>", now);
        Assert.Contains("<strong class=\"vacant\">0</strong> 个空缺", now);
    }
}
