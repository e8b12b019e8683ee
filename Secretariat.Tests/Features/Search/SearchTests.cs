using Marten;
using Secretariat.Tests.Infrastructure;
using Secretariat.Tests.Features.Campaigns;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Privacy;
using Secretariat.Web.Features.Search;

namespace Secretariat.Tests.Features.Search;

/// <summary>The sample town with the office, its 组长, two liaisons (建设村, 党政办), a reader; a second town; a 区未保办.</summary>
public sealed class SearchFixture : AppFixture
{
    public const string SecondTown = "hfz";
    public const string SecondTownName = "华岩镇";
    public const string District = "search-district";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(SecondTown, SecondTownName, null, default));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, roles, unit, person) in new (string, string[], string?, string?)[]
                 {
                     ("clerk", [Roles.Secretariat], null, null), ("yewei", [Roles.Leader], null, "叶伟"),
                     ("jianshe", [Roles.UnitLiaison], "建设村", null), ("dangzheng", [Roles.UnitLiaison], "党政办", null),
                     ("minzheng", [Roles.UnitLiaison], "民政和社事办", null),
                     ("reader", [Roles.Reader], null, null)
                 })
            Assert.Null((await accounts.CreateInTownAsync(user, user, $"{user}-password-1", roles, unit, personName: person)).Refusal);
        Assert.Null((await accounts.CreateAsync(District, "区未保办", $"{District}-password-1", [], [DistrictRoles.Reader], null)).Refusal);
    }
}

public class SearchTests(SearchFixture app) : IClassFixture<SearchFixture>
{
    private static string Day(int offset) => TownCalendar.Today.AddDays(offset).ToString("yyyy-MM-dd");

    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    private async Task<SignedIn> DistrictAsync()
    {
        var (_, cookie) = await SignedIn.PostSignInAsync(app.Host, SearchFixture.District, $"{SearchFixture.District}-password-1", HttpStatusCode.Redirect);
        return new SignedIn(cookie, "");
    }

    private async Task<string> GetAsync(SignedIn user, string url, int status = 200) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(status); })).ReadAsTextAsync();

    private Task<string> SearchAsync(SignedIn user, string query, string town = "tgy") =>
        GetAsync(user, $"/t/{town}/search?q={Uri.EscapeDataString(query)}");

    /// <summary>The results' links (the records' paths), in order.</summary>
    private static List<string> Links(string page) =>
        Regex.Matches(page, "<a class=\"hit-title\" href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static int Total(string page) =>
        Regex.Match(page, "找到 <strong class=\"total\">(\\d+)</strong>") is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;

    private async Task<string> ConveneAsync(SignedIn clerk, string title, string date)
    {
        var result = await app.Host.PostFormAsync(clerk, "/t/tgy/meetings/new", [("Title", title), ("Kind", "Regular"), ("Date", date), ("Time", "09:30"),
            ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""), ("CutoffDate", "")],
            HttpStatusCode.SeeOther);
        return result.Context.Response.Headers.Location.ToString();
    }

    [Fact]
    public async Task A_resolution_and_its_minutes_are_found_right_after_they_are_saved()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        var url = await ConveneAsync(clerk, "研究关爱服务的领导小组会议", Day(-2));
        var page = await GetAsync(clerk, url + "?tab=minutes");
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var row = Guid.NewGuid().ToString();
        await app.Host.PostFormAsync(clerk, url + "/minutes", [("version", version), ("Summary", "会议听取了留守儿童摸底排查情况汇报。"), ("ResolutionRow", row),
            ($"ResolutionText_{row}", "各村建立留守儿童关爱服务台账并按季度更新"), ($"ResolutionLead_{row}", SampleTown.UnitId("建设村").ToString()),
            ($"ResolutionUnits_{row}", SampleTown.UnitId("派出所").ToString()), ($"ResolutionDue_{row}", Day(60))], HttpStatusCode.SeeOther);

        // The draft minutes are found at once (the index is written in the save's transaction).
        var found = await SearchAsync(clerk, "摸底排查");
        Assert.Contains(url, Links(found));
        Assert.Contains("<mark>摸底排查</mark>", found);

        await app.Host.RecordEveryoneAsync(clerk, url);
        await app.Host.PostFormAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);

        // The resolution the sign-off issued, as soon as it is issued, by every reader of the town (a liaison of another unit too).
        foreach (var user in new[] { clerk, leader, await As("dangzheng"), await As("reader") })
        {
            var results = await SearchAsync(user, "关爱服务台账");
            var resolution = Assert.Single(Links(results), l => l.StartsWith("/t/tgy/resolutions/", StringComparison.Ordinal));
            Assert.Contains("<mark>关爱服务台账</mark>", results);
            Assert.Contains("议定事项", results);
            var opened = await GetAsync(user, resolution);
            Assert.Contains("各村建立留守儿童关爱服务台账并按季度更新", opened);
        }

        // Its minutes number finds the meeting exactly: the number, not its digits elsewhere.
        var number = Regex.Match(await GetAsync(clerk, url + "?tab=minutes"), "〔(\\d{4})〕(\\d+)号");
        Assert.True(number.Success);
        Assert.Contains(url, Links(await SearchAsync(clerk, number.Value)));
        Assert.DoesNotContain(url, Links(await SearchAsync(clerk, $"〔{number.Groups[1].Value}〕{number.Groups[2].Value}9号")));

        // One character finds it too; a rebuild (the CLI's verb) keeps it.
        Assert.Contains(url, Links(await SearchAsync(clerk, "摸")));
        using (var scope = app.Host.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<SearchIndex>().RebuildAsync(["tgy"], default) > 0);
        Assert.Contains(url, Links(await SearchAsync(clerk, "关爱服务台账")));
    }

    [Fact]
    public async Task A_liaison_finds_its_own_unit_s_adjustment_and_never_another_unit_s_not_even_its_count()
    {
        var clerk = await As("clerk");
        var filed = await app.Host.PostFormAsync(clerk, "/t/tgy/adjustments/new", [("Body", nameof(BodyKind.LeadingGroup)), ("Kind", "Remove"),
            ("UnitId", SampleTown.UnitId("党政办").ToString()), ("MemberPersonId", SampleTown.PersonId("孔波").ToString()),
            ("Reason", "另有任用调往区级机关工作"), ("EffectiveOn", "2026-06-01")], HttpStatusCode.SeeOther);
        var adjustment = filed.Context.Response.Headers.Location.ToString();

        Assert.Equal([adjustment], Links(await SearchAsync(clerk, "调往区级机关")));
        Assert.Equal([adjustment], Links(await SearchAsync(await As("dangzheng"), "调往区级机关")));
        Assert.Equal([adjustment], Links(await SearchAsync(await As("reader"), "调往区级机关")));

        var other = await SearchAsync(await As("jianshe"), "调往区级机关");
        Assert.Empty(Links(other));
        Assert.Equal(0, Total(other));
        Assert.DoesNotContain("另有任用", other);
        Assert.Contains("没有找到", other);
        // And the liaison cannot open it either: the search hides exactly what the page refuses.
        var jianshe = await As("jianshe");
        var refused = await app.Host.Scenario(s => { s.Get.Url(adjustment); s.As(jianshe); s.IgnoreStatusCode(); });
        Assert.NotEqual(200, refused.Context.Response.StatusCode);
    }

    [Fact]
    public async Task Evidence_is_found_by_its_unit_the_item_s_lead_unit_and_the_office_and_not_by_another_unit()
    {
        // Item 2 of the sample campaign: 党政办 responsible, 民政和社事办 the lead.
        var url = CampaignSteps.UnitUrl(2, "党政办");
        await app.Host.PostFormAsync(await As("dangzheng"), url + "/evidence", [("Text", "理论中心组专题学习纪实"), (MinorsData.FieldName, MinorsData.No)],
            HttpStatusCode.SeeOther, [("专题学习签到表.pdf", CampaignSteps.Pdf)], fileField: Secretariat.Web.Features.Campaigns.EvidenceUploads.FieldName);
        foreach (var user in new[] { "dangzheng", "minzheng", "clerk", "reader" })
        {
            var page = await SearchAsync(await As(user), "专题学习纪实");
            Assert.Contains(CampaignSteps.ItemUrl(2), Links(page));
            // A PDF: its name is found (its text is not read).
            Assert.Contains(CampaignSteps.ItemUrl(2), Links(await SearchAsync(await As(user), "专题学习签到表")));
        }
        var other = await SearchAsync(await As("jianshe"), "专题学习");
        Assert.DoesNotContain(CampaignSteps.ItemUrl(2), Links(other));
        Assert.DoesNotContain("专题学习纪实", other.Replace("value=\"专题学习\"", ""));
    }

    [Fact]
    public async Task The_district_finds_the_records_of_both_towns_and_a_town_only_its_own()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var ids = new Dictionary<string, Guid>();
        foreach (var town in new[] { "tgy", SearchFixture.SecondTown })
        {
            await using var session = store.LightweightSession(town);
            var resolution = new Resolution { Id = Guid.NewGuid(), Text = "开展禁毒宣传进校园活动并建立台账", MeetingTitle = "专题会议", LeadUnit = new UnitRef(Guid.NewGuid(), "实验学校") };
            session.Store(resolution);
            await session.SaveChangesAsync();
            ids[town] = resolution.Id;
        }

        var district = await DistrictAsync();
        var page = await GetAsync(district, "/district/search?q=" + Uri.EscapeDataString("禁毒宣传"));
        Assert.Equal(2, Total(page));
        Assert.Contains($"/t/tgy/resolutions/{ids["tgy"]}", Links(page));
        Assert.Contains($"/t/hfz/resolutions/{ids["hfz"]}", Links(page));
        Assert.Contains("<td class=\"hit-town\">铜罐驿镇</td>", page);
        Assert.Contains($"<td class=\"hit-town\">{SearchFixture.SecondTownName}</td>", page);
        // The district opens the other town's record from there.
        Assert.Contains("开展禁毒宣传进校园活动并建立台账", await GetAsync(district, $"/t/hfz/resolutions/{ids["hfz"]}"));

        // The town's search is the town's.
        var own = await SearchAsync(await As("clerk"), "禁毒宣传");
        Assert.Equal([$"/t/tgy/resolutions/{ids["tgy"]}"], Links(own));
        // A town's member is refused the district's search and the other town's.
        await GetAsync(await As("clerk"), "/district/search?q=" + Uri.EscapeDataString("禁毒宣传"), 403);
        await GetAsync(await As("clerk"), "/t/hfz/search?q=" + Uri.EscapeDataString("禁毒宣传"), 403);
    }

    [Fact]
    public async Task A_town_s_search_asks_for_the_town_s_token_and_migration_0027_gives_it_to_rows_written_without_it()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var id = Guid.NewGuid();
        await using (var session = store.LightweightSession("tgy"))
        {
            session.Store(new Resolution { Id = id, Text = "整治网吧违规接纳未成年人问题并建立台账", MeetingTitle = "专题会议", LeadUnit = new UnitRef(Guid.NewGuid(), "文化服务中心") });
            await session.SaveChangesAsync();
        }
        var url = $"/t/tgy/resolutions/{id}";
        var clerk = await As("clerk");
        Assert.Contains(url, Links(await SearchAsync(clerk, "网吧违规")));
        Assert.Equal(1, await app.ScalarAsync($"select count(*) from {SearchIndex.Table} where id = '{id}' and tokens @@ '''@tgy'''::tsquery"));

        // A row as written before the town's token: the town's search misses it (the district's, which asks for no town token,
        // still finds it) until the migration's statement has run.
        await ExecuteAsync($"update {SearchIndex.Table} set tokens = ts_delete(tokens, '@tgy') where id = '{id}'");
        Assert.DoesNotContain(url, Links(await SearchAsync(clerk, "网吧违规")));
        Assert.Contains(url, Links(await GetAsync(await DistrictAsync(), "/district/search?q=" + Uri.EscapeDataString("网吧违规"))));
        await ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(Secretariat.Web.Infrastructure.Database.Migrations.RepositoryRoot()!,
            "migrations", "0027_search_town_tokens.sql")));
        Assert.Contains(url, Links(await SearchAsync(clerk, "网吧违规")));
        // One character and a two-character word (each its own token: the text is not read again) find it as a longer phrase does.
        Assert.Contains(url, Links(await SearchAsync(clerk, "吧")));
        Assert.Contains(url, Links(await SearchAsync(clerk, "台账 网吧")));
        Assert.DoesNotContain(url, Links(await SearchAsync(clerk, "台账 网吧违纪")));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_flagged_file_s_name_is_found_by_no_role_and_an_unflagged_one_s_is()
    {
        var clerk = await As("clerk");
        var meeting = await ConveneAsync(clerk, "研究个案帮扶的会议", Day(20));
        await app.Host.PostFormAsync(clerk, meeting + "/agenda", [("Title", "困境儿童个案帮扶"), ("Presenter", "赵旦月"), ("UnitId", ""),
            (MinorsData.FieldName, MinorsData.Yes)], HttpStatusCode.SeeOther, [("帮扶对象花名册.docx", OfficePackages.Docx("王小明家住观音桥村五组"))], fileField: "attachment");
        await app.Host.PostFormAsync(clerk, meeting + "/agenda", [("Title", "年度工作安排"), ("Presenter", "刘兵"), ("UnitId", ""),
            (MinorsData.FieldName, MinorsData.No)], HttpStatusCode.SeeOther, [("全年工作计划表.docx", OfficePackages.Docx("第三季度开展暑期防溺水专项宣传"))], fileField: "attachment");

        // The unflagged file's name and its text (a Word document's) are found, and open its meeting's agenda.
        Assert.Contains(meeting + "?tab=agenda", Links(await SearchAsync(clerk, "全年工作计划表")));
        var byText = await SearchAsync(await As("jianshe"), "防溺水专项");
        Assert.Contains(meeting + "?tab=agenda", Links(byText));
        Assert.Contains("<mark>防溺水专项</mark>", byText);
        // The flagged one's by no one, though the meeting (its agenda title) is found.
        Assert.Contains(meeting, Links(await SearchAsync(clerk, "个案帮扶")));
        foreach (var user in new[] { "clerk", "yewei", "jianshe", "dangzheng", "reader" })
        {
            Assert.Equal(0, Total(await SearchAsync(await As(user), "观音桥村五组")));
            var page = await SearchAsync(await As(user), "帮扶对象花名册");
            Assert.Equal(0, Total(page));
            // Only the query itself is echoed (the title, the header's box, the page's box, the "nothing found" line): no record names the file.
            Assert.DoesNotContain("search-hit", page);
            Assert.Equal(4, Regex.Matches(page, "帮扶对象花名册").Count);
            Assert.DoesNotContain(".docx", page);
        }
        var district = await DistrictAsync();
        Assert.Equal(0, Total(await GetAsync(district, "/district/search?q=" + Uri.EscapeDataString("帮扶对象花名册"))));
        Assert.Equal(0, Total(await GetAsync(district, "/t/tgy/search?q=" + Uri.EscapeDataString("花名册"))));
        Assert.Equal(0L, await app.ScalarAsync("select count(*) from secretariat.search_entries where body like '%花名册%' or title like '%花名册%' or body like '%五组%'"));
        // Nor after a rebuild, which reads the stored files again.
        using (var scope = app.Host.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<SearchIndex>().RebuildAsync(["tgy"], default);
        Assert.Equal(0L, await app.ScalarAsync("select count(*) from secretariat.search_entries where body like '%花名册%' or title like '%花名册%' or body like '%五组%'"));
        Assert.Contains(meeting + "?tab=agenda", Links(await SearchAsync(clerk, "防溺水专项")));

        // An agenda item taken off takes its attachment out of the search.
        var agenda = await GetAsync(clerk, meeting + "?tab=agenda");
        var remove = Regex.Matches(agenda, "action=\"([^\"]+/agenda/[0-9a-f-]{36}/remove)\"").Select(m => m.Groups[1].Value)
            .Single(a => agenda.IndexOf(a, StringComparison.Ordinal) > agenda.IndexOf("年度工作安排", StringComparison.Ordinal));
        await app.Host.PostFormAsync(clerk, remove, [], null);
        Assert.DoesNotContain("年度工作安排", await GetAsync(clerk, meeting + "?tab=agenda"));
        Assert.Equal(0, Total(await SearchAsync(clerk, "防溺水专项")));
        Assert.Equal(0, Total(await SearchAsync(clerk, "全年工作计划表")));
    }

    [Fact]
    public async Task A_pdf_s_text_is_found_and_a_damaged_pdf_by_its_name_alone()
    {
        var clerk = await As("clerk");
        var meeting = await ConveneAsync(clerk, "研究校园周边整治的会议", Day(21));
        var folder = Directory.CreateTempSubdirectory("secretariat-search-pdf-");
        try
        {
            // A PDF as offices make them: a Word document printed to PDF (LibreOffice), its text layer in Chinese.
            var docx = Path.Combine(folder.FullName, "zhengzhi.docx");
            await File.WriteAllBytesAsync(docx, OfficePackages.Docx("开展校园周边网吧专项整治行动"));
            var printed = await LibreOffice.ConvertToPdfAsync([docx], folder.FullName);
            var pdf = Path.Combine(folder.FullName, "zhengzhi.pdf");
            Assert.True(File.Exists(pdf), printed);
            await app.Host.PostFormAsync(clerk, meeting + "/agenda", [("Title", "校园周边整治"), ("Presenter", "刘兵"), ("UnitId", ""),
                (MinorsData.FieldName, MinorsData.No)], HttpStatusCode.SeeOther, [("整治方案.pdf", await File.ReadAllBytesAsync(pdf))], fileField: "attachment");
            // A file that only looks like a PDF: saved all the same, found by its name.
            await app.Host.PostFormAsync(clerk, meeting + "/agenda", [("Title", "其他事项"), ("Presenter", "刘兵"), ("UnitId", ""),
                (MinorsData.FieldName, MinorsData.No)], HttpStatusCode.SeeOther, [("损坏的扫描件.pdf", CampaignSteps.Pdf)], fileField: "attachment");

            var found = await SearchAsync(clerk, "网吧专项整治");
            Assert.Contains(meeting + "?tab=agenda", Links(found));
            Assert.Contains("<mark>网吧专项整治</mark>", found);
            Assert.Contains(meeting + "?tab=agenda", Links(await SearchAsync(clerk, "损坏的扫描件")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_search_names_nothing_of_the_children_s_records()
    {
        var graph = FeatureSeamsTests.Dependencies(typeof(Secretariat.Web.Composition).Assembly.Location, FeatureSeamsTests.Prefix);
        Assert.DoesNotContain("Children", graph["Search"].Keys);
    }

    [Fact]
    public async Task The_sample_town_starts_with_its_index_populated()
    {
        Assert.True(await app.ScalarAsync("select count(*) from secretariat.search_entries where tenant_id = 'tgy' and kind = '创建任务'") > 10);
        var page = await SearchAsync(await As("reader"), "台账");
        Assert.True(Total(page) > 0);
        Assert.Contains("<mark>台账</mark>", page);
    }

    [Theory]
    [InlineData("%20", 422, "请输入要查找的字词")]
    [InlineData("%1B%5B31m", 422, "控制字符")]
    [InlineData("%E5%8F%B0%07%E8%B4%A6", 422, "控制字符")]
    [InlineData("%EF%BC%8C%E3%80%82", 422, "标点不能单独查找")]
    // A NUL in an address is refused before any endpoint, by the app's own check (a page in Chinese too).
    [InlineData("%E5%8F%B0%00%E8%B4%A6", 400, "地址中含有不允许的字符")]
    public async Task A_bad_query_is_told_in_the_page(string query, int status, string message)
    {
        var page = await GetAsync(await As("clerk"), "/t/tgy/search?q=" + query, status);
        Assert.Contains(message, page);
        Assert.Contains("role=\"alert\"", page);
        Assert.False(page.Contains('\u0000') || page.Contains('\u001b') || page.Contains('\u0007'), "a control character echoed");
    }

    [Fact]
    public async Task A_query_over_fifty_characters_is_refused_in_the_page_and_the_form_alone_answers_without_one()
    {
        var clerk = await As("clerk");
        var page = await GetAsync(clerk, "/t/tgy/search?q=" + Uri.EscapeDataString(new string('台', 51)), 422);
        Assert.Contains("最多 50 个字，现在是 51 个", page);
        Assert.Contains("输入几个字", await GetAsync(clerk, "/t/tgy/search"));
        Assert.Contains("输入几个字", await GetAsync(await DistrictAsync(), "/district/search"));
        // The header's box on every page of the town.
        Assert.Contains("action=\"/t/tgy/search\"", await GetAsync(clerk, "/t/tgy/meetings"));
    }
}
