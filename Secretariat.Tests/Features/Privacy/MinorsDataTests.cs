using Secretariat.Web.Features.Privacy;

namespace Secretariat.Tests.Features.Privacy;

public sealed class MinorsDataFixture : AppFixture
{
    public const string DistrictUser = "quweibao";
    public const string DistrictName = "区审阅员";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, role) in new[]
                 {
                     ("clerk", Roles.Secretariat), ("station", Roles.WorkStation), ("jianshe", Roles.UnitLiaison), ("reader", Roles.Reader)
                 })
            Assert.Null((await accounts.CreateInTownAsync(user, user, $"{user}-password-1", [role], role == Roles.UnitLiaison ? "建设村" : null)).Refusal);
        Assert.Null((await accounts.CreateAsync(DistrictUser, DistrictName, $"{DistrictUser}-password-1", [], [DistrictRoles.Reader], null)).Refusal);
    }
}

/// <summary>
/// Files holding minors' information (附件3-3 三; PIPL art. 28, 31): every upload says whether it does; a flagged file is read
/// only by the office, the station, the leaders and the district's reviewers, and each read is in the office's log.
/// </summary>
public class MinorsDataTests(MinorsDataFixture app) : IClassFixture<MinorsDataFixture>
{
    private static string Day(int offset) => TownCalendar.Today.AddDays(offset).ToString("yyyy-MM-dd");

    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    private async Task<SignedIn> DistrictAsync()
    {
        var (_, cookie) = await SignedIn.PostSignInAsync(app.Host, MinorsDataFixture.DistrictUser, $"{MinorsDataFixture.DistrictUser}-password-1",
            HttpStatusCode.Redirect);
        return new SignedIn(cookie, "");
    }

    private async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await DownloadAsync(user, url, expected)).ReadAsTextAsync();

    private Task<IScenarioResult> DownloadAsync(SignedIn user, string url, HttpStatusCode expected) =>
        app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); });

    private static async Task<byte[]> BodyOf(IScenarioResult result)
    {
        var body = result.Context.Response.Body;
        if (body.CanSeek) body.Position = 0;
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        return copy.ToArray();
    }

    private Task<long> CountAsync(string sql) => app.ScalarAsync($"select count(*) from secretariat.{sql}");

    /// <summary>The minors'-data answer stored with a file (its document's own field, as the download reads it).</summary>
    private Task<string> StoredFlagAsync(string fileName) =>
        app.ScalarTextAsync($"select data->>'ContainsMinorsData' from secretariat.mt_doc_storedfile where data->>'FileName' = '{fileName}'");

    private Task<long> ReadsOfAsync(string fileName) => CountAsync($"mt_doc_minorsdataread where data->>'FileName' = '{fileName}'");

    private async Task<string> ConveneAsync(SignedIn clerk, string title)
    {
        var result = await app.Host.PostFormAsync(clerk, "/t/tgy/meetings/new", [("Title", title), ("Kind", "Regular"), ("Date", Day(30)),
            ("Time", "09:30"), ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""),
            ("CutoffDate", "")], HttpStatusCode.SeeOther);
        return result.Context.Response.Headers.Location.ToString();
    }

    private Task<IScenarioResult> AddItemAsync(SignedIn clerk, string meeting, string title, (string Name, byte[] Content) file, string? answer,
        HttpStatusCode expected) =>
        app.Host.PostFormAsync(clerk, meeting + "/agenda",
            [("Title", title), ("Presenter", "赵旦月"), ("UnitId", ""), .. answer is null ? [] : new[] { (MinorsData.FieldName, answer) }],
            expected, [file], fileField: "attachment");

    private static IEnumerable<(string, string)> Session(string title, string? answer) =>
    [
        ("Title", title), ("Kind", "Rotation"), ("StartOn", Day(-3)), ("EndOn", Day(-3)), ("Organiser", "镇民政和社事办"), ("Place", "镇政府三楼会议室"),
        ("CourseTitle", "儿童保护"), ("CourseHours", "4"), ("CourseChildSocialWork", "0"), ("Attendee", SampleTown.PersonId("邹利").ToString()),
        .. answer is null ? [] : new[] { (MinorsData.FieldName, answer) }
    ];

    /// <summary>The page without the white space between its tags.</summary>
    private static string Tight(string html) => Regex.Replace(html, ">\\s+<", "><");

    private static string LinkIn(string page, string pattern) =>
        Regex.Match(page, $"href=\"({pattern})\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"no link {pattern}");

    [Fact]
    public async Task A_flagged_agenda_attachment_is_read_by_the_office_station_and_district_only_and_each_read_is_logged()
    {
        var clerk = await As("clerk");
        var meeting = await ConveneAsync(clerk, "研究困境儿童帮扶名单");
        var docx = OfficePackages.Docx("困境儿童名单");
        await AddItemAsync(clerk, meeting, "困境儿童帮扶", ("困境儿童名单.docx", docx), MinorsData.Yes, HttpStatusCode.SeeOther);

        var page = await GetAsync(clerk, meeting);
        Assert.Matches("困境儿童名单\\.docx</a>\\s*<span class=\"minors-data-mark\" title=\"[^\"]+\">含未成年人信息</span>", page);
        var link = LinkIn(page, "/t/tgy/meetings/[^\"]+/attachments/[^\"]+");
        Assert.Equal("true", await StoredFlagAsync("困境儿童名单.docx"));
        Assert.Equal(1, await CountAsync(
            "mt_events where type = 'agenda_item_added' and data->>'AttachmentName' = '困境儿童名单.docx' and (data->>'AttachmentContainsMinorsData')::boolean"));

        foreach (var user in new[] { "jianshe", "reader" })
        {
            // They see the name and the mark, no link; the address itself is refused.
            var theirs = await GetAsync(await As(user), meeting);
            Assert.Contains("<span class=\"file-name\">困境儿童名单.docx</span>", theirs);
            Assert.DoesNotContain(link, theirs);
            var refused = await GetAsync(await As(user), link, HttpStatusCode.Forbidden);
            Assert.Contains(MinorsData.Restricted, refused);
            Assert.Contains("没有权限", refused);
        }
        Assert.Equal(0, await ReadsOfAsync("困境儿童名单.docx"));

        var readers = new[] { clerk, await As("station"), await DistrictAsync() };
        foreach (var reader in readers)
        {
            var download = await DownloadAsync(reader, link, HttpStatusCode.OK);
            Assert.Equal(docx, await BodyOf(download));
            Assert.Equal("no-store", download.Context.Response.Headers.CacheControl.ToString());
        }
        Assert.Equal(3, await ReadsOfAsync("困境儿童名单.docx"));
        Assert.Equal("tgy", await app.ScalarTextAsync(
            "select distinct tenant_id from secretariat.mt_doc_minorsdataread where data->>'FileName' = '困境儿童名单.docx'"));

        var log = await GetAsync(clerk, "/t/tgy/privacy/reads?file=困境儿童");
        Assert.Contains("<h1>未成年人信息查阅记录</h1>", log);
        var rows = Regex.Matches(log, "<tr data-file=\"困境儿童名单.docx\">(.*?)</tr>", RegexOptions.Singleline).Select(m => Tight(m.Groups[1].Value)).ToList();
        Assert.Equal(3, rows.Count);
        // Newest first: the district's read, then the station's, then the office's.
        Assert.Contains($"<td>{MinorsDataFixture.DistrictName}</td><td>区未保办</td>", rows[0]);
        Assert.Contains("<td>station</td><td>工作站</td>", rows[1]);
        Assert.Contains("<td>clerk</td><td>办公室</td>", rows[2]);
        Assert.All(rows, r => Assert.Contains($"<a href=\"{meeting}?tab=agenda\">议题附件：研究困境儿童帮扶名单，困境儿童帮扶</a>", r));
        Assert.Matches("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</td>", rows[0]);
    }

    [Fact]
    public async Task A_flagged_training_material_is_refused_to_a_reader_and_logged_for_the_district()
    {
        var station = await As("station");
        var pdf = "%PDF-1.4\n%合影\n%%EOF"u8.ToArray();
        var recorded = await app.Host.PostFormAsync(station, "/t/tgy/training/sessions/new", Session("儿童主任轮训（含合影）", MinorsData.Yes),
            HttpStatusCode.SeeOther, [("培训合影.pdf", pdf)]);
        var sessionUrl = recorded.Context.Response.Headers.Location.ToString();
        var page = await GetAsync(station, sessionUrl);
        Assert.Matches("培训合影\\.pdf</a>（1 KB）\\s*<span class=\"minors-data-mark\" title=\"[^\"]+\">含未成年人信息</span>", page);
        var link = LinkIn(page, "/t/tgy/training/sessions/[^\"]+/materials/[^\"]+");
        Assert.Equal("true", await StoredFlagAsync("培训合影.pdf"));
        Assert.Equal(1, await CountAsync(
            "mt_events where type = 'training_session_recorded' and data->'Materials' @> '[{\"FileName\": \"培训合影.pdf\", \"ContainsMinorsData\": true}]'"));

        var readers = await GetAsync(await As("reader"), sessionUrl);
        Assert.Contains("<span class=\"file-name\">培训合影.pdf</span>", readers);
        Assert.DoesNotContain(link, readers);
        Assert.Contains(MinorsData.Restricted, await GetAsync(await As("reader"), link, HttpStatusCode.Forbidden));
        Assert.Contains(MinorsData.Restricted, await GetAsync(await As("jianshe"), link, HttpStatusCode.Forbidden));
        Assert.Equal(0, await ReadsOfAsync("培训合影.pdf"));

        Assert.Equal(pdf, await BodyOf(await DownloadAsync(await DistrictAsync(), link, HttpStatusCode.OK)));
        Assert.Equal(pdf, await BodyOf(await DownloadAsync(station, link, HttpStatusCode.OK)));
        Assert.Equal(2, await ReadsOfAsync("培训合影.pdf"));
        var log = Tight(await GetAsync(await As("clerk"), "/t/tgy/privacy/reads"));
        Assert.Contains($"<td>{MinorsDataFixture.DistrictName}</td><td>区未保办</td><td>培训合影.pdf</td>", log);
        Assert.Contains($"<a href=\"{sessionUrl}\">培训材料：儿童主任轮训（含合影）</a>", log);
    }

    [Fact]
    public async Task A_file_without_an_answer_is_refused_in_the_page_and_nothing_is_saved()
    {
        var clerk = await As("clerk");
        var meeting = await ConveneAsync(clerk, "未答是否含未成年人信息的会议");
        var events = await CountAsync("mt_events");
        var attachments = await CountAsync("mt_doc_storedfile");
        var refused = await (await AddItemAsync(clerk, meeting, "未回答的议题", ("名单.docx", OfficePackages.Docx()), null,
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains(MinorsData.Unanswered, refused);
        Assert.Contains($"id=\"agenda-{MinorsData.FieldName}-error\"", refused);
        Assert.Contains($"aria-describedby=\"agenda-{MinorsData.FieldName}-error\"", refused);
        // Any other value is no answer either.
        Assert.Contains(MinorsData.Unanswered, await (await AddItemAsync(clerk, meeting, "未回答的议题", ("名单.docx", OfficePackages.Docx()), "maybe",
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        Assert.Equal(events, await CountAsync("mt_events"));
        Assert.Equal(attachments, await CountAsync("mt_doc_storedfile"));
        Assert.DoesNotContain("未回答的议题", await GetAsync(clerk, meeting));
        // Without a file the question does not arise.
        await app.Host.PostFormAsync(clerk, meeting + "/agenda", [("Title", "无附件的议题"), ("Presenter", "赵旦月"), ("UnitId", "")], HttpStatusCode.SeeOther);

        var station = await As("station");
        var sessions = await CountAsync("mt_doc_trainingsession");
        var materials = await CountAsync("mt_doc_storedfile");
        events = await CountAsync("mt_events");
        var form = await (await app.Host.PostFormAsync(station, "/t/tgy/training/sessions/new", Session("未回答的培训", null),
            HttpStatusCode.UnprocessableEntity, [("签到表.pdf", "%PDF-1.4\n%%EOF"u8.ToArray())], htmx: true)).ReadAsTextAsync();
        Assert.Contains(MinorsData.Unanswered, form);
        Assert.Contains($"aria-describedby=\"{MinorsData.FieldName}-error\"", form);
        Assert.DoesNotContain("<html", form);
        Assert.Equal(sessions, await CountAsync("mt_doc_trainingsession"));
        Assert.Equal(materials, await CountAsync("mt_doc_storedfile"));
        Assert.Equal(events, await CountAsync("mt_events"));
        // The answer given is kept when the form comes back for another reason.
        var kept = await (await app.Host.PostFormAsync(station, "/t/tgy/training/sessions/new", [.. Session("", MinorsData.No)],
            HttpStatusCode.UnprocessableEntity, htmx: true)).ReadAsTextAsync();
        Assert.Contains("请填写培训名称。", kept);
        Assert.Matches($"value=\"{MinorsData.No}\" checked", kept);
    }

    [Fact]
    public async Task An_unflagged_file_stays_readable_by_everyone_and_is_not_logged()
    {
        var clerk = await As("clerk");
        var meeting = await ConveneAsync(clerk, "普通议题会议");
        var pdf = "%PDF-1.4\n%议程\n%%EOF"u8.ToArray();
        await AddItemAsync(clerk, meeting, "年度工作计划", ("工作计划.pdf", pdf), MinorsData.No, HttpStatusCode.SeeOther);
        var page = await GetAsync(clerk, meeting);
        Assert.DoesNotMatch("工作计划\\.pdf</a>\\s*<span class=\"minors-data-mark\">", page);
        var link = LinkIn(page, "/t/tgy/meetings/[^\"]+/attachments/[^\"]+");
        Assert.Equal(pdf, await BodyOf(await DownloadAsync(await As("reader"), link, HttpStatusCode.OK)));
        Assert.Equal(pdf, await BodyOf(await DownloadAsync(await As("jianshe"), link, HttpStatusCode.OK)));
        Assert.Equal(0, await ReadsOfAsync("工作计划.pdf"));
    }

    [Fact]
    public async Task A_material_uploaded_before_the_flag_stays_readable_as_before()
    {
        var station = await As("station");
        var recorded = await app.Host.PostFormAsync(station, "/t/tgy/training/sessions/new", Session("旧培训", MinorsData.Yes),
            HttpStatusCode.SeeOther, [("旧课件.pdf", "%PDF-1.4\n%%EOF"u8.ToArray())]);
        // As the document and the event were written before the flag existed.
        await app.ScalarAsync("with d as (update secretariat.mt_doc_storedfile set data = data - 'ContainsMinorsData' " +
                              "where data->>'FileName' = '旧课件.pdf' returning 1) select count(*) from d");
        var page = await GetAsync(station, recorded.Context.Response.Headers.Location.ToString());
        var link = LinkIn(page, "/t/tgy/training/sessions/[^\"]+/materials/[^\"]+");
        await DownloadAsync(await As("reader"), link, HttpStatusCode.OK);
        Assert.Equal(0, await ReadsOfAsync("旧课件.pdf"));
    }

    [Fact]
    public async Task An_office_file_whose_content_is_not_its_kind_is_refused_on_upload()
    {
        var clerk = await As("clerk");
        var meeting = await ConveneAsync(clerk, "伪装附件会议");
        var attachments = await CountAsync("mt_doc_storedfile");
        foreach (var (name, content) in new[] { ("议题.docx", OfficePackages.PlainZip()), ("名单.docx", OfficePackages.Xlsx()) })
        {
            var refused = await (await AddItemAsync(clerk, meeting, "伪装的附件", (name, content), MinorsData.No, HttpStatusCode.UnprocessableEntity))
                .ReadAsTextAsync();
            Assert.Contains("附件只能是 PDF、图片或 docx、pptx、xlsx 文件", refused);
            Assert.Contains("aria-describedby=\"agenda-attachment-error\"", refused);
        }
        Assert.Equal(attachments, await CountAsync("mt_doc_storedfile"));

        var station = await As("station");
        var materials = await CountAsync("mt_doc_storedfile");
        var form = await (await app.Host.PostFormAsync(station, "/t/tgy/training/sessions/new", Session("伪装材料的培训", MinorsData.No),
            HttpStatusCode.UnprocessableEntity, [("课件.docx", OfficePackages.PlainZip())], htmx: true)).ReadAsTextAsync();
        Assert.Contains("材料“课件.docx”的类型不支持", form);
        Assert.Equal(materials, await CountAsync("mt_doc_storedfile"));
    }

    [Fact]
    public async Task The_read_log_is_the_offices_and_only_the_office_sees_its_link()
    {
        var clerk = await As("clerk");
        Assert.Contains("href=\"/t/tgy/privacy/reads\"", await GetAsync(clerk, "/t/tgy/"));
        Assert.Contains("没有文件名含“不存在的文件”的查阅记录。", await GetAsync(clerk, "/t/tgy/privacy/reads?file=不存在的文件"));
        foreach (var user in new[] { "station", "reader", "jianshe" })
        {
            var signedIn = await As(user);
            Assert.DoesNotContain("/privacy/reads", await GetAsync(signedIn, "/t/tgy/"));
            await GetAsync(signedIn, "/t/tgy/privacy/reads", HttpStatusCode.Forbidden);
        }
        await GetAsync(await DistrictAsync(), "/t/tgy/privacy/reads", HttpStatusCode.Forbidden);
    }
}
