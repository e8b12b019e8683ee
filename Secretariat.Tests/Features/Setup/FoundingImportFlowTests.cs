using System.Net.Http;
using Marten;
using Npgsql;
using Secretariat.Web.Features.Setup;
using Secretariat.Web.Features.Training;
using static Secretariat.Tests.Support.Workbooks;

namespace Secretariat.Tests.Features.Setup;

/// <summary>
/// A new town (no sample) set up through its pages: 成立, the founding workbook's preview and import, the checklist; every bad sheet
/// refused with its message in the page and the database unchanged.
/// </summary>
public class FoundingImportFlowTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Password = "new-town-password";
    private static int _towns;

    /// <summary>A town added as the district adds one, with its 管理员 and 办公室 signed in.</summary>
    private async Task<(string Code, SignedIn Admin)> NewTownAsync()
    {
        var code = $"nt{Interlocked.Increment(ref _towns)}{Guid.NewGuid():N}"[..10];
        await using var scope = app.Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(code, $"新{code}镇", null, default));
        Assert.Null((await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync($"{code}-admin", "新镇管理员", Password, [code], Permissions.FirstTownAdministrator, null)).Refusal);
        return (code, await SignedIn.AsAsync(app.Host, $"{code}-admin", Password));
    }

    private Task<IScenarioResult> EstablishAsync(string code, SignedIn admin, string basis = "新镇府发〔2022〕3号", string on = "2022-01-28",
        HttpStatusCode? expected = HttpStatusCode.SeeOther) =>
        app.Host.PostFormAsync(admin, $"/t/{code}/roster/establish",
        [
            ("Body", "LeadingGroup"), ("Body", "WorkStation"), ("LeadingGroupName", "新镇未成年人保护工作领导小组"),
            ("SecretariatName", "新镇未成年人保护工作领导小组办公室"), ("WorkStationName", "新镇未成年人保护工作站"),
            ("Issuer", "新镇人民政府"), ("Basis", basis), ("On", on)
        ], expected);

    private async Task<string> PreviewAsync(string code, SignedIn admin, byte[] workbook, HttpStatusCode expected, string name = "名单.xlsx") =>
        await (await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster/preview", [], expected, [(name, workbook)], fileField: "file")).ReadAsTextAsync();

    private async Task<string> GetAsync(SignedIn user, string url, int status = 200) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(status); })).ReadAsTextAsync();

    /// <summary>Every row of the town's events, streams and documents counted: what "nothing saved" is checked against.</summary>
    private async Task<string> FootprintAsync(string code)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var counts = new List<string>();
        foreach (var table in new[] { "mt_events", "mt_streams", "mt_doc_bodyroster", "mt_doc_memberunit", "mt_doc_childworker" })
        {
            await using var command = new NpgsqlCommand($"select count(*) from secretariat.{table} where tenant_id = $1", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = code });
            counts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        return string.Join(",", counts);
    }

    private static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"Token\" value=\"([^\"]+)\"").Groups[1].Value);

    private static List<(string Key, string Value)> NewUnitFields(string html) =>
        Regex.Matches(html, "name=\"NewUnit\" value=\"([^\"]+)\"").Select(m => ("NewUnit", WebUtility.HtmlDecode(m.Groups[1].Value)))
            .Zip(Regex.Matches(html, "<select name=\"NewUnitKind\"[^>]*>.*?<option value=\"(\\w+)\" selected", RegexOptions.Singleline)
                .Select(m => ("NewUnitKind", m.Groups[1].Value)))
            .SelectMany(p => new[] { p.First, p.Second }).ToList();

    [Fact]
    public async Task A_new_town_establishes_its_bodies_previews_the_notices_lists_and_imports_them_as_one_founding_act()
    {
        var (code, admin) = await NewTownAsync();
        Assert.Contains("领导小组尚未成立", await GetAsync(admin, $"/t/{code}/roster/leading-group"));

        // 成立: a form that says what is missing, then the act.
        var missing = await (await EstablishAsync(code, admin, basis: "", expected: HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("请填写成立依据（文件文号）。", missing);
        var future = await (await EstablishAsync(code, admin, on: TownCalendar.Today.AddDays(3).ToString("yyyy-MM-dd"),
            expected: HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("晚于今天", future);
        // No body chosen at all (the binder leaves the list null): the same message, not a 500.
        Assert.Contains("请选择要成立的机构", await (await app.Host.PostFormAsync(admin, $"/t/{code}/roster/establish", [("Issuer", "新镇人民政府")],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await EstablishAsync(code, admin);
        var established = await GetAsync(admin, $"/t/{code}/roster/establish");
        Assert.Contains("均已成立", established);
        var history = await GetAsync(admin, $"/t/{code}/roster/leading-group/history");
        Assert.Contains("成立：新镇人民政府 新镇府发〔2022〕3号，成文日期 2022年1月28日；新镇管理员于", history);
        Assert.Equal(3, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_bodyroster where tenant_id = '{code}'"));

        // The preview checks every row and offers the 22 units the lists name; nothing is saved yet.
        var before = await FootprintAsync(code);
        var preview = await PreviewAsync(code, admin, NoticeRoster(), HttpStatusCode.OK);
        Assert.Equal(before, await FootprintAsync(code));
        Assert.Contains("检查通过，每一行都可以导入：登记 22 个单位；领导小组 27 人（自 2022年1月28日 起，新镇府发〔2022〕3号）；未成年人保护工作站 20 人", preview);
        Assert.Equal(47, Regex.Matches(preview, "<td class=\"row-check\">可以导入</td>").Count);
        Assert.Contains("<tr data-unit=\"齐心社会工作服务中心\">", preview);
        var fields = NewUnitFields(preview);
        Assert.Equal(44, fields.Count);
        Assert.Contains(("NewUnitKind", "Community"), fields.SkipWhile(f => f.Value != "冬笋坝社区").Take(2));

        // The office makes 文服中心 a social organisation and confirms.
        var kindAt = fields.FindIndex(f => f.Value == "文服中心") + 1;
        fields[kindAt] = ("NewUnitKind", "Organisation");
        var saved = await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", Token(preview)), .. fields], HttpStatusCode.SeeOther);
        Assert.Equal("/t/" + code + "/setup?imported=1", saved.Context.Response.Headers.Location.ToString());

        var group = await GetAsync(admin, $"/t/{code}/roster/leading-group?asOf=2024-01-01");
        Assert.Contains("共 <strong class=\"total\">27</strong> 人", group);
        Assert.Contains("组长 1 名，副组长 5 名，成员 21 名", group);
        Assert.Contains("成立时名单：27 人，自 2022年1月28日 起任职（新镇府发〔2022〕3号）；新镇管理员于", await GetAsync(admin, $"/t/{code}/roster/leading-group/history"));
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(code);
        var units = await session.Query<MemberUnit>().ToListAsync();
        Assert.Equal(22, units.Count);
        Assert.Equal(UnitKind.Organisation, units.Single(u => u.Name == "文服中心").Kind);
        Assert.Equal(UnitKind.Village, units.Single(u => u.Name == "建设村").Kind);
        var workers = await session.Query<ChildWorker>().ToListAsync();
        Assert.Equal(10, workers.Count);
        var station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation));
        Assert.Equal(station!.Tenures.Single(t => t.PersonName == "邹利").PersonId, workers.Single(w => w.Name == "邹利").Id);
        Assert.Contains("9 个村（社区）均有儿童主任；儿童督导员 1 人", await GetAsync(admin, $"/t/{code}/setup"));

        // Imported once: the same sheet again is a re-import over an established body, refused, nothing saved.
        before = await FootprintAsync(code);
        var again = await PreviewAsync(code, admin, NoticeRoster(), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("领导小组已有名单（27 人在任，成立依据 新镇府发〔2022〕3号），不能再次导入：以后的人员变动请在“成员调整”中办理。", again);
        Assert.Contains("未成年人保护工作站已有名单（20 人在任", again);
        Assert.DoesNotContain("name=\"Token\"", again);
        // And the confirming post of the first preview, sent a second time, is refused by the import itself.
        var replay = await (await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", Token(preview)), .. NewUnitFields(preview)],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("不能再次导入", replay);
        Assert.Equal(before, await FootprintAsync(code));
    }

    [Fact]
    public async Task Member_units_and_child_directors_come_from_their_own_sheets_and_a_later_sheet_adds_directors_alone()
    {
        var (code, admin) = await NewTownAsync();
        await EstablishAsync(code, admin);
        var units = new Sheet("成员单位").Row("单位名称", "类别").Row("民政办", "镇属单位").Row("甲村", "村").Row("乙居委会", "社区").Row("丙村", "村");
        var group = SeatSheet("领导小组", [("组长", "王 一", "镇长", null), ("成员", "赵四", "甲村负责人", "甲村")]);
        var station = SeatSheet("工作站", [("站长", "李二", "副镇长", null), ("儿童主任", "周七", "甲村儿童主任", "甲村")]);
        var directors = new Sheet("儿童主任").Row("村（社区）或单位", "姓名", "职务", "任职日期", "任职依据")
            .Row("甲村", "周七", "儿童主任", "2022-03-01", "甲村委〔2022〕1号")
            .Row("乙居委会", "吴八", "儿童主任", new Cell(Number: 44652), null)
            .Row("民政办", "孙六", "儿童督导员", "2022-02-10", null);
        var preview = await PreviewAsync(code, admin, Build(units, group, station, directors), HttpStatusCode.OK);
        Assert.Contains("登记 4 个单位；领导小组 2 人", preview);
        Assert.Contains("儿童主任 2 人；儿童督导员 1 人。", preview);
        Assert.DoesNotContain("name=\"NewUnitKind\"", preview);
        Assert.Contains("<td>“成员单位”表</td>", preview);
        await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", Token(preview))], HttpStatusCode.SeeOther);

        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(code))
        {
            Assert.Equal(UnitKind.Community, (await session.Query<MemberUnit>().SingleAsync(u => u.Name == "乙居委会")).Kind);
            var workers = (await session.Query<ChildWorker>().ToListAsync()).ToDictionary(w => w.Name);
            Assert.Equal(new HashSet<string> { "周七", "吴八", "孙六" }, workers.Keys.ToHashSet());
            Assert.Equal((new DateOnly(2022, 3, 1), "甲村委〔2022〕1号"), (workers["周七"].Appointments[0].From, workers["周七"].Appointments[0].Basis));
            Assert.Equal(new DateOnly(2022, 4, 1), workers["吴八"].Appointments[0].From);
            Assert.Equal(ChildWorkerDuty.ChildSupervisor, workers["孙六"].Appointments[0].Duty);
            var seat = (await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation)))!.Tenures.Single(t => t.PersonName == "周七");
            Assert.Equal(seat.PersonId, workers["周七"].Id);
        }
        Assert.Contains("1 个村（社区）没有儿童主任：丙村", await GetAsync(admin, $"/t/{code}/setup"));

        // Later, a director for 丙村 alone (the rosters are in: only the 儿童主任 sheet is filled); 周七 again is refused at their row.
        var later = new Sheet("儿童主任").Row("村（社区）或单位", "姓名", "职务", "任职日期", "任职依据")
            .Row("丙村", "郑九", "儿童主任", "2023-05-06", null).Row("甲村", "周七", "儿童主任", "2023-05-06", null);
        var refused = await PreviewAsync(code, admin, Build(later), HttpStatusCode.UnprocessableEntity);
        // The list above the rows reads its dates as prose; the row's own cell keeps the table's form.
        Assert.Contains("工作表“儿童主任”第 3 行：周七 自 2022年3月1日 起任儿童主任（甲村），尚未离任", refused);
        Assert.Contains("<td class=\"row-check\">周七 自 2022-03-01 起任儿童主任（甲村），尚未离任", refused);
        var added = await PreviewAsync(code, admin, Build(new Sheet("儿童主任").Row("村（社区）或单位", "姓名", "职务", "任职日期", "任职依据")
            .Row("丙村", "郑九", "儿童主任", "2023-05-06", null)), HttpStatusCode.OK);
        Assert.Contains("检查通过，每一行都可以导入：儿童主任 1 人。", added);
        await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", Token(added))], HttpStatusCode.SeeOther);
        Assert.Contains("3 个村（社区）均有儿童主任；儿童督导员 1 人", await GetAsync(admin, $"/t/{code}/setup"));
    }

    public static TheoryData<string, string> BadSheets => new()
    {
        { "columns", "工作表“领导小组”第 1 行：表头不对（第 C 列“职位”不是模板中的列；缺少列：单位职务）。" },
        { "merged", "工作表“领导小组”第 3-5 行：“职务”是合并单元格（A3:A5）：导入时每一行都要单独填写，请取消合并后在每一行填上。" },
        { "empty", "工作表“领导小组”第 4 行：“职务”为空。" },
        { "formula", "工作表“领导小组”第 3 行：“姓名”是公式：请复制后用“选择性粘贴 → 数值”换成文字再导入。" },
        { "rows", "工作表“领导小组”：超过 500 行：一个机构的名单不会这么长" },
        { "csv", "“名单.csv”不是 Excel 工作簿（.xlsx）：请用下载的模板填写后上传。" },
        { "renamed", "“名单.xlsx”不是 Excel 工作簿（.xlsx）：请用下载的模板填写后上传。" },
        { "roles", "工作表“领导小组”第 3 行：领导小组没有“站长”这一职务（可填：组长、副组长、成员）。" },
        { "leaders", "工作表“领导小组”第 3 行：领导小组只能有一名组长：第 2 行已是 叶伟。" },
        { "duplicate", "工作表“领导小组”第 4 行：胡鹏来 与第 3 行重复：同一人在一个机构中只填一行（一人只任一个职务）。" },
    };

    [Theory]
    [MemberData(nameof(BadSheets))]
    public async Task A_bad_sheet_is_refused_with_its_message_in_the_page_and_nothing_is_saved(string kind, string message)
    {
        var (code, admin) = await NewTownAsync();
        await EstablishAsync(code, admin);
        Sheet Header() => new Sheet("领导小组").Row([.. SeatHeader.Select(h => (Cell?)h)]);
        var (content, name) = kind switch
        {
            "columns" => (Build(new Sheet("领导小组").Row("职务", "姓名", "职位", "单位").Row("组长", "叶伟", "镇长", null)), "名单.xlsx"),
            "merged" => (Build(Header().Row("组长", "叶伟", "镇长", null).Row("副组长", "胡鹏来", "宣传委员", null).Row(null, "蔡拔林", "政法委员", null)
                .Row(null, "范波", "副镇长", null).Merge("A3:A5")), "名单.xlsx"),
            "empty" => (Build(Header().Row("组长", "叶伟", "镇长", null).Row("副组长", "胡鹏来", "宣传委员", null).Row(null, "蔡拔林", "政法委员", null)), "名单.xlsx"),
            "formula" => (Build(Header().Row("组长", "叶伟", "镇长", null).Row("副组长", new Cell("胡鹏来", Formula: "\"胡鹏来\""), "宣传委员", null)), "名单.xlsx"),
            "rows" => (Build(Enumerable.Range(0, 10_000).Aggregate(Header(), (s, i) => s.Row("成员", $"成员{i}", "负责人", "党政办"))), "名单.xlsx"),
            "csv" => ("职务,姓名,单位职务,单位\n组长,叶伟,镇长,\n"u8.ToArray(), "名单.csv"),
            "renamed" => (OfficePackages.Docx(), "名单.xlsx"),
            "roles" => (Build(Header().Row("组长", "叶伟", "镇长", null).Row("站长", "刘兵", "副镇长", null)), "名单.xlsx"),
            "leaders" => (Build(Header().Row("组长", "叶伟", "镇长", null).Row("组长", "廖平", "组织委员", null)), "名单.xlsx"),
            _ => (Build(Header().Row("组长", "叶伟", "镇长", null).Row("副组长", "胡鹏来", "宣传委员", null).Row("成员", "胡 鹏来", "宣传委员", null)), "名单.xlsx")
        };
        var before = await FootprintAsync(code);
        var page = await PreviewAsync(code, admin, content, HttpStatusCode.UnprocessableEntity, name);
        Assert.Contains(WebUtility.HtmlEncode(message), page);
        Assert.Contains("没有保存任何内容", page);
        Assert.DoesNotContain("确认导入", page);
        Assert.Equal(before, await FootprintAsync(code));
    }

    [Fact]
    public async Task Nothing_posted_a_forged_or_foreign_preview_and_a_body_not_established_are_refused_in_the_page()
    {
        var (code, admin) = await NewTownAsync();
        var before = await FootprintAsync(code);
        var none = await (await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster/preview", [], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("请选择要上传的名单表格（.xlsx）。", none);
        var forged = await (await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", "abc")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains(FoundingPreviewTokens.Expired, forged);
        var early = await PreviewAsync(code, admin, NoticeRoster(), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("领导小组尚未成立：请先登记其成立文件（发文机关、文号、成文日期），再导入名单。", early);
        Assert.Equal(before, await FootprintAsync(code));

        // A preview made in one town confirms nothing in another.
        var (other, otherAdmin) = await NewTownAsync();
        await EstablishAsync(other, otherAdmin);
        var preview = await PreviewAsync(other, otherAdmin, NoticeRoster(), HttpStatusCode.OK);
        await EstablishAsync(code, admin);
        before = await FootprintAsync(code);
        var foreign = await (await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", Token(preview)), .. NewUnitFields(preview)],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains(FoundingPreviewTokens.Expired, foreign);
        Assert.Equal(before, await FootprintAsync(code));
    }

    [Fact]
    public async Task The_checklist_shows_on_a_new_towns_dashboard_and_the_districts_towns_page_until_the_town_is_ready()
    {
        var (code, admin) = await NewTownAsync();
        var dashboard = await GetAsync(admin, $"/t/{code}/");
        Assert.Contains("建立本镇街：已完成 0 / 6 步", dashboard);
        foreach (var (step, href) in new[] { ("Establish", "/roster/establish"), ("Roster", "/setup/roster"), ("Units", "/roster/units"),
                     ("ChildDirectors", "/training/coverage"), ("Profile", "/town"), ("Accounts", "/accounts") })
            Assert.Matches($"<li class=\"step-open\" data-step=\"{step}\"><a href=\"/t/{code}{Regex.Escape(href)}\">", dashboard);
        var district = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        Assert.Contains("0/6（待办：成立、名单、成员单位、儿童主任、镇街信息、账号）", await GetAsync(district, "/district/towns"));

        await EstablishAsync(code, admin);
        var preview = await PreviewAsync(code, admin, NoticeRoster(), HttpStatusCode.OK);
        await app.Host.PostFormAsync(admin, $"/t/{code}/setup/roster", [("Token", Token(preview)), .. NewUnitFields(preview)], HttpStatusCode.SeeOther);
        Assert.Contains("建立本镇街：已完成 4 / 6 步", await GetAsync(admin, $"/t/{code}/"));
        Assert.Contains("4/6（待办：镇街信息、账号）", await GetAsync(district, "/district/towns"));

        // 镇街信息 saved by the town's 管理员, accounts for the 组长 and the 站长 linked to their roster persons: ready, and the panel goes.
        var profile = await GetAsync(admin, $"/t/{code}/town");
        var inputs = Regex.Matches(profile, "<input name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))
            .Where(f => f.Item1 != "__RequestVerificationToken").ToList();
        await app.Host.PostFormAsync(admin, $"/t/{code}/town", inputs, HttpStatusCode.SeeOther);
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            Assert.Null((await accounts.CreateAsync($"{code}-yw", "叶伟", Password, [code], [Roles.Leader], null, personName: "叶伟")).Refusal);
            Assert.Contains("5/6（待办：账号）", await GetAsync(district, "/district/towns"));
            Assert.Contains("站长 刘兵 尚无关联名单的工作站账号", await GetAsync(admin, $"/t/{code}/setup"));
            Assert.Null((await accounts.CreateAsync($"{code}-lb", "刘兵", Password, [code], [Roles.WorkStation], null, personName: "刘兵")).Refusal);
        }
        Assert.DoesNotContain("setup-checklist", await GetAsync(admin, $"/t/{code}/"));
        Assert.Contains("本镇街已完成全部设置", await GetAsync(admin, $"/t/{code}/setup"));
        Assert.Matches($"<code>{code}</code>.*?<td class=\"setup-progress\"[^>]*>已就绪</td>", Regex.Replace(await GetAsync(district, "/district/towns"), "\\s+", " "));
    }
}
