using System.Net.Http;
using System.Text;
using Marten;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// Issue 25: a stored value a page dislikes takes no page down, a malformed request is answered 4xx (never 500), and an official
/// document reads the same for every reader.
/// </summary>
public class HardeningRoundTwoTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private Task<long> EventsAsync() => app.ScalarAsync("select count(*) from secretariat.mt_events");

    [Fact]
    public async Task A_due_day_of_9999_12_31_stored_by_an_earlier_release_takes_no_page_down_and_the_office_corrects_it()
    {
        var clerk = await _steps.As("clerk");
        var meeting = await _steps.HeldAndIssuedAsync(clerk, await _steps.As("yewei"), "期限超范围会议", 4, "超范围期限事项");
        var resolution = Guid.Parse(await app.ScalarTextAsync(
            $"select id::text from secretariat.mt_doc_resolution where data->>'MeetingId' = '{meeting.Split('/').Last()}'"));

        // Today the form refuses it at its field.
        var refused = await (await app.Host.PostFormAsync(clerk, $"/t/tgy/resolutions/{resolution}/extend", [("DueOn", "9999-12-31"), ("Reason", "资金未到位")],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("新的办理期限须在 2000年1月1日 至", refused);
        Assert.Matches("name=\"DueOn\"[^>]*aria-invalid=\"true\"", refused);

        // What the earlier release accepted: the extension as it stored it (the duplicated column then holds PostgreSQL's infinity).
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(SampleTownAccounts.Town))
        {
            session.Events.Append(resolution, new ResolutionDueExtended(resolution, new DateOnly(9999, 12, 31), "录入错误", new StepBy(Guid.NewGuid(), "旧版本", DateTimeOffset.UtcNow)));
            await session.SaveChangesAsync();
        }
        Assert.Equal("infinity", await app.ScalarTextAsync($"select due_on::text from secretariat.mt_doc_resolution where id = '{resolution}'"));

        // Every role's home page, the lists and the matter itself answer.
        foreach (var user in new[] { "clerk", "yewei", "hupenglai", "jianshe", "reader" })
        {
            var signedIn = await _steps.As(user);
            await _steps.GetAsync(signedIn, "/t/tgy/");
            await _steps.GetAsync(signedIn, "/t/tgy/resolutions");
        }
        await _steps.GetAsync(await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword), "/t/tgy/");
        await _steps.GetAsync(clerk, meeting + "?tab=resolutions");
        await _steps.GetAsync(clerk, meeting + "/minutes-print");

        // The matter shows the value as it is, marked, and the office corrects it to a day in range (earlier, which an extension is not).
        var page = await _steps.GetAsync(clerk, $"/t/tgy/resolutions/{resolution}");
        Assert.Contains("9999-12-31", page);
        Assert.Contains("超出合理范围，请办公室更正", page);
        Assert.Contains(">更正期限</button>", page);
        var corrected = TownCalendar.Today.AddDays(30);
        await app.Host.PostFormAsync(clerk, $"/t/tgy/resolutions/{resolution}/extend", [("DueOn", corrected.ToString("yyyy-MM-dd")), ("Reason", "更正录入错误")],
            HttpStatusCode.SeeOther);
        Assert.Equal(corrected.ToString("yyyy-MM-dd"), await app.ScalarTextAsync($"select due_on::text from secretariat.mt_doc_resolution where id = '{resolution}'"));
        var after = await _steps.GetAsync(clerk, $"/t/tgy/resolutions/{resolution}");
        Assert.DoesNotContain("超出合理范围", after);
        // Corrected, it is an ordinary due day again: only a later one extends it.
        var earlier = await (await app.Host.PostFormAsync(clerk, $"/t/tgy/resolutions/{resolution}/extend",
            [("DueOn", corrected.AddDays(-1).ToString("yyyy-MM-dd")), ("Reason", "再改")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("新的期限须晚于现期限", earlier);
        await _steps.GetAsync(clerk, "/t/tgy/");
    }

    [Fact]
    public async Task Meetings_appointments_and_members_stored_on_9999_12_31_take_no_page_down()
    {
        var farOff = new DateOnly(9999, 12, 31);
        var meeting = Guid.NewGuid();
        var worker = Guid.NewGuid();
        var member = Guid.NewGuid();
        // What the earlier release accepted from its forms, as it stored it.
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(SampleTownAccounts.Town))
        {
            var by = new StepBy(Guid.NewGuid(), "旧版本", DateTimeOffset.UtcNow);
            session.Events.StartStream<Meeting>(meeting, new MeetingConvened(meeting, "远期会议", MeetingKind.Regular,
                new DateTimeOffset(9999, 12, 31, 1, 30, 0, TimeSpan.Zero), "会议室", SampleTown.PersonId("叶伟"), "叶伟", null, null, by));
            session.Events.StartStream<Secretariat.Web.Features.Training.ChildWorker>(worker, new Secretariat.Web.Features.Training.ChildWorkerAppointed(
                worker, Guid.NewGuid(), "远期主任", Secretariat.Web.Features.Training.ChildWorkerDuty.ChildDirector, SampleTown.UnitId("建设村"), "建设村", farOff, "旧版本"));
            session.Events.Append(RosterNames.BodyId(BodyKind.LeadingGroup), new MemberAppointed(Guid.NewGuid(), member, "远期成员", RosterRole.Member,
                SampleTown.UnitId("建设村"), "建设村", "远期", farOff, "旧版本"));
            await session.SaveChangesAsync();
        }
        var clerk = await _steps.As("clerk");
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        foreach (var url in new[]
                 {
                     "/t/tgy/", "/t/tgy/meetings", "/t/tgy/meetings?year=9999", "/t/tgy/meetings/calendar", $"/t/tgy/meetings/{meeting}",
                     $"/t/tgy/meetings/{meeting}/notice", $"/t/tgy/meetings/{meeting}/invite.ics", "/t/tgy/training", "/t/tgy/training/coverage",
                     "/t/tgy/training/ledger.xlsx", $"/t/tgy/training/people/{worker}", "/t/tgy/roster/leading-group", "/t/tgy/roster/leading-group/history",
                     $"/t/tgy/roster/people/{member}", "/t/tgy/roster/units", "/t/tgy/compliance", "/t/tgy/reports", "/t/tgy/resolutions", "/t/tgy/adjustments"
                 })
            await _steps.GetAsync(clerk, url);
        await _steps.GetAsync(admin, "/t/tgy/");
        // The daily check runs over them too.
        var run = await app.Host.PostFormAsync(admin, "/t/tgy/compliance/run", [], expected: null);
        Assert.True(run.Context.Response.StatusCode is >= 200 and < 400, $"compliance run: {run.Context.Response.StatusCode}");
        await _steps.GetAsync(clerk, "/t/tgy/");
    }

    [Theory]
    [InlineData("application/json", "{\"Title\":\"会议\",\"Date\":\"2026-12-01\"}")]
    [InlineData("text/plain", "Title=会议&Date=2026-12-01")]
    [InlineData("application/xml", "<Title>会议</Title>")]
    public async Task A_form_posted_as_another_type_with_a_valid_token_is_415_in_chinese_and_changes_nothing(string type, string body)
    {
        var clerk = await _steps.As("clerk");
        var events = await EventsAsync();
        using var client = app.Host.Server.CreateClient();
        foreach (var url in new[] { "/t/tgy/meetings/new", "/t/tgy/adjustments/new", "/t/tgy/training/appointments/new", "/t/tgy/roster/units", "/sign-in", "/account" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, type) };
            request.Headers.Add("Cookie", clerk.Cookie);
            request.Headers.Add("RequestVerificationToken", clerk.RequestToken);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{url}: {(int)response.StatusCode}");
            Assert.Contains("提交的内容不是表单", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(events, await EventsAsync());
    }

    [Theory]
    [InlineData("Body", "-1", "请选择机构")]
    [InlineData("Body", "7", "请选择机构")]
    [InlineData("Kind", "-2147483648", "请选择调整类型")]
    [InlineData("Kind", "Add, Remove", "请选择调整类型")]
    [InlineData("NewRole", "99", "请选择职务")]
    public async Task A_number_where_a_choice_belongs_is_refused_in_the_page(string field, string value, string message)
    {
        var clerk = await _steps.As("clerk");
        var events = await EventsAsync();
        var fields = new Dictionary<string, string>
        {
            ["Body"] = "LeadingGroup", ["Kind"] = "Add", ["UnitId"] = SampleTown.UnitId("建设村").ToString(), ["NewPersonName"] = "周新", ["NewRole"] = "Member",
            ["Reason"] = "工作变动", ["EffectiveOn"] = MeetingSteps.Day(5)
        };
        fields[field] = value;
        var page = await app.Host.PostFormAsync(clerk, "/t/tgy/adjustments/new", fields.Select(f => (f.Key, f.Value)), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(message, await page.ReadAsTextAsync());
        Assert.Equal(events, await EventsAsync());
    }

    [Fact]
    public async Task A_file_name_with_nul_bidirectional_control_characters_or_a_path_is_stored_as_its_clean_base_name()
    {
        var clerk = await _steps.As("clerk");
        // Part headers in UTF-8, as browsers write them.
        var form = new MultipartFormDataContent
        {
            { new StringContent(clerk.RequestToken), "__RequestVerificationToken" }, { new StringContent("LeadingGroup"), "Body" },
            { new StringContent("Add"), "Kind" }, { new StringContent(SampleTown.UnitId("建设村").ToString()), "UnitId" },
            { new StringContent("附件测试"), "NewPersonName" }, { new StringContent("Member"), "NewRole" }, { new StringContent("工作变动"), "Reason" },
            { new StringContent(MeetingSteps.Day(5)), "EffectiveOn" }
        };
        form.HeaderEncodingSelector = (_, _) => Encoding.UTF8;
        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        // The raw name as a script can send it: a Windows path, a right-to-left override, a tab (a NUL drops the whole part in the form
        // reader; FileNameTests cleans it too).
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"attachment\"; filename=\"C:\\fakepath\\任免\u202E文件\tfdp.exe.pdf\"");
        form.Add(file);
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url("/t/tgy/adjustments/new");
            s.ConfigureHttpContext(c => c.WriteMultipartFormData(form));
            s.As(clerk);
            s.StatusCodeShouldBe(HttpStatusCode.SeeOther);
        });
        var adjustment = result.Context.Response.Headers.Location.ToString().Split('/').Last();
        Assert.Equal("任免文件fdp.exe.pdf", await app.ScalarTextAsync($"select data->>'FileName' from secretariat.mt_doc_storedfile where data->>'OwnerId' = '{adjustment}'"));
    }

    [Fact]
    public async Task A_post_without_a_session_is_sent_to_sign_in_whatever_it_carries()
    {
        var events = await EventsAsync();
        foreach (var url in new[] { $"/t/tgy/reports/{Guid.NewGuid()}/submit", $"/t/tgy/resolutions/{Guid.NewGuid()}/extend", "/t/tgy/meetings/new", "/account" })
        {
            var plain = await app.Host.Scenario(s =>
            {
                s.Post.Url(url);
                s.WriteFormData(new Dictionary<string, string> { ["DueOn"] = "9999-12-31", ["Body"] = "-1" });
                s.StatusCodeShouldBe(HttpStatusCode.Redirect);
            });
            Assert.Equal("/sign-in", new Uri(plain.Context.Response.Headers.Location.ToString()).AbsolutePath);
            var json = await app.Host.Scenario(s =>
            {
                s.Post.Json(new { Title = "x" }).ToUrl(url);
                s.StatusCodeShouldBe(HttpStatusCode.Redirect);
            });
            Assert.Equal("/sign-in", new Uri(json.Context.Response.Headers.Location.ToString()).AbsolutePath);
            var htmx = await app.Host.Scenario(s =>
            {
                s.Post.Url(url);
                s.WithRequestHeader("HX-Request", "true");
                s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
            });
            Assert.Contains("/sign-in", htmx.Context.Response.Headers["HX-Redirect"].ToString());
        }
        Assert.Equal(events, await EventsAsync());
    }

    [Theory]
    [InlineData("/t/tgy/privacy/reads?file=a%00b")]
    [InlineData("/t/tgy/resolutions?unit=%00")]
    [InlineData("/t/tgy/meetings/%2500/agenda/%2500/remove")]
    public async Task A_nul_in_the_address_is_400_or_404_not_500(string url)
    {
        var clerk = await _steps.As("clerk");
        var result = await app.Host.Scenario(s => { s.Get.Url(url); s.As(clerk); s.IgnoreStatusCode(); });
        Assert.True(result.Context.Response.StatusCode is 400 or 404 or 405, $"{url}: {result.Context.Response.StatusCode}");
    }

    [Fact]
    public async Task The_adjustment_notice_of_a_year_reads_the_same_for_a_liaison_as_for_the_office()
    {
        var clerk = await _steps.As("clerk");
        var leader = await _steps.As("yewei");
        var filed = await app.Host.PostFormAsync(clerk, "/t/tgy/adjustments/new", [("Body", "LeadingGroup"), ("Kind", "Add"),
            ("UnitId", SampleTown.UnitId("财政办").ToString()), ("NewPersonName", "通知测试员"), ("NewRole", "Member"), ("NewPosition", "财政办干部"),
            ("Reason", "工作需要"), ("EffectiveOn", MeetingSteps.Day(0))], HttpStatusCode.SeeOther);
        var url = filed.Context.Response.Headers.Location.ToString();
        async Task<string> Version(SignedIn user) => Regex.Match(await _steps.GetAsync(user, url), "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        await app.Host.PostFormAsync(clerk, url + "/act", [("action", "Accept"), ("version", await Version(clerk)), ("comment", "")], HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(leader, url + "/act", [("action", "Approve"), ("version", await Version(leader)), ("comment", "同意")], HttpStatusCode.SeeOther);

        var year = TownCalendar.Today.Year;
        // The liaison of another unit opens it first: it is numbered then, and reads as the office's.
        var liaison = await _steps.GetAsync(await _steps.As("jianshe"), $"/t/tgy/adjustments/notice?year={year}");
        var office = await _steps.GetAsync(clerk, $"/t/tgy/adjustments/notice?year={year}");
        foreach (var page in new[] { liaison, office })
        {
            Assert.Contains("增补通知测试员同志（财政办干部）为领导小组成员（财政办）", page);
            Assert.Matches($"铜罐驿未保领办调〔{year}〕\\d+号", page);
            Assert.DoesNotContain("无经批准的成员调整", page);
        }
        Assert.Equal(Regex.Match(office, "铜罐驿未保领办调〔\\d{4}〕\\d+号").Value, Regex.Match(liaison, "铜罐驿未保领办调〔\\d{4}〕\\d+号").Value);
        Assert.Equal(Document(office), Document(liaison));
    }

    /// <summary>The document itself (the print view's article), without the page around it.</summary>
    private static string Document(string page) => Regex.Match(page, "<article[^>]*class=\"[^\"]*official[^\"]*\"[\\s\\S]*?</article>").Value is { Length: > 0 } article
        ? article
        : throw new Xunit.Sdk.XunitException("no official document in the page");

    [Fact]
    public async Task A_meeting_notice_without_agenda_says_the_topics_follow()
    {
        var clerk = await _steps.As("clerk");
        var url = await _steps.ConveneAsync(clerk, "议题待定的会议", MeetingSteps.Day(12));
        var notice = await _steps.GetAsync(clerk, url + "/notice");
        Assert.Contains("二、会议议题：另行通知。", notice);
        Assert.Equal(MeetingDocuments.NoAgendaYet, "另行通知。");
        await app.Host.PostFormAsync(clerk, url + "/agenda", [("Title", "研究留守儿童关爱工作"), ("Presenter", "刘兵"), ("ContainsMinorsData", "no")], HttpStatusCode.SeeOther);
        var withAgenda = await _steps.GetAsync(clerk, url + "/notice");
        Assert.DoesNotContain("另行通知", withAgenda);
        Assert.Contains("研究留守儿童关爱工作（刘兵汇报）", withAgenda);
    }
}
