using Marten;
using MiniExcelLibs;
using Wolverine;
using Secretariat.Web.Infrastructure.Time;
using Secretariat.Tests.Features.Campaigns;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.Compliance;

namespace Secretariat.Tests.Features.Children;

/// <summary>
/// The registers and their personal data end to end against PostgreSQL: nothing personal in clear in an event, a document, the log
/// or a dump; reads by the table's capability, each logged; erasure (backups included) and retention; the district's counts only.
/// </summary>
public class ChildrenFlowTests(ChildrenFixture app) : IClassFixture<ChildrenFixture>
{
    private static DateOnly Today => TownCalendar.Today;

    private static readonly Regex Reference = new("ET-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");

    private async Task<ChildRecord> ChildAsync(Guid id)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return (await session.LoadAsync<ChildRecord>(id))!;
    }

    private Task<IScenarioResult> VisitAsync(SignedIn director, Guid child, string note, HttpStatusCode expected = HttpStatusCode.SeeOther,
        DateOnly? on = null) =>
        app.Host.PostFormAsync(director, $"/t/tgy/children/{child}/visits/new",
            [("On", (on ?? Today).ToString("yyyy-MM-dd")), ("Kind", nameof(VisitKind.Regular)), ("Finding", nameof(VisitFinding.LivingDifficulty)),
                ("FollowUp", "true"), ("Note", note)], expected);

    private async Task<int> CountsTotalAsync(SignedIn user) =>
        int.Parse(Regex.Match(await app.GetAsync(user, "/t/tgy/children/counts"), "在册儿童 <strong class=\"total\">(\\d+)</strong>").Groups[1].Value);

    [Fact]
    public async Task Names_and_id_numbers_are_in_no_event_document_log_line_or_dump_in_clear()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var director = await app.AsRoleAsync(Roles.ChildDirector);
        var child = await app.RegisterAsync(station, "建设村", RiskLevel.High, Today.AddDays(-3), ChildrenTestData.Data);
        await VisitAsync(director, child, $"见到{ChildrenTestData.Name}和{ChildrenTestData.GuardianName}，{ChildrenTestData.Note}");
        // A refused save with the data in the form, a correction, a read: each path that touches the data runs once.
        var refused = await app.Host.PostFormAsync(station, $"/t/tgy/children/{child}/personal-data",
            [.. ChildrenFixture.PersonalFields(ChildrenTestData.Data with { IdNumber = ChildrenTestData.IdNumber[..17] + "Y" })], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("身份证号码", await refused.ReadAsTextAsync());
        await app.Host.PostFormAsync(station, $"/t/tgy/children/{child}/personal-data",
            ChildrenFixture.PersonalFields(ChildrenTestData.Data with { Address = ChildrenTestData.Address + "附1号" }), HttpStatusCode.SeeOther);
        var read = await (await app.ReadPersonalDataAsync(station, child, HttpStatusCode.OK)).ReadAsTextAsync();
        Assert.Contains(ChildrenTestData.Name, read);
        Assert.Contains(ChildrenTestData.IdNumber, read);
        Assert.Contains(ChildrenTestData.Note, read);
        Assert.Contains(ChildrenTestData.GuardianName, read);

        // Stored: encrypted rows and the child's key file, outside the database.
        Assert.Equal(2, await app.ScalarAsync($"select count(*) from secretariat.children_personal_data where child_id = '{child}'"));
        Assert.True(File.Exists(app.KeyFile(child)));
        var record = await ChildAsync(child);
        Assert.Equal(["姓名", "身份证号码", "住址", "监护人联系方式", "备注"], record.PersonalDataFields);

        // The service window's records (接待台账, 强制报告) too: a new child's identity at the window, a report on this child with its note, a read.
        await app.Host.PostFormAsync(station, "/t/tgy/casework/ledger/new",
        [
            ("On", Today.ToString("yyyy-MM-dd")), ("Channel", "Visit"), ("Visitor", "Guardian"), ("Matter", "Hardship"), ("Done", "登记困难情况"),
            .. Casework.CaseworkFlowTests.Identity
        ], HttpStatusCode.SeeOther);
        var report = (await Casework.CaseworkFlowTests.ReceiveReportAsync(app.Host, station, Today, ("ChildReference", record.Reference),
            ("Note", $"{ChildrenTestData.Name}身上有伤，{ChildrenTestData.Note}"))).Context.Response.Headers.Location.ToString();
        Assert.Contains(ChildrenTestData.Note, await (await app.Host.PostFormAsync(station, report + "/identity", [("Reason", nameof(ReadReason.MandatoryReport))],
            HttpStatusCode.OK)).ReadAsTextAsync());
        Assert.Contains(record.Reference, await app.GetAsync(station, report));

        var tables = await app.TablesAsync();
        Assert.Contains(tables.Keys, t => t.StartsWith("secretariat.mt_doc_mandatoryreport"));
        Assert.Contains(tables.Keys, t => t.StartsWith("secretariat.mt_doc_windowcontact"));
        Assert.Contains("secretariat.mt_events", tables.Keys);
        Assert.Contains(tables.Keys, t => t.StartsWith("secretariat.mt_doc_childrecord"));
        Assert.Contains(record.Reference, tables["secretariat.mt_events"]);
        var found = tables.SelectMany(t => ChildrenFixture.SecretsIn(t.Value).Select(s => $"{t.Key}: {s}")).ToList();
        Assert.True(found.Count == 0, "In clear in the database: " + string.Join(", ", found));
        var dump = await app.PlainDumpAsync();
        Assert.Contains("children_personal_data", dump);
        Assert.Empty(ChildrenFixture.SecretsIn(dump));
        var logs = string.Join("\n", app.Logs.Lines);
        // The capture works: a host started from the first-start copy has logged about 50 lines by then (49 once, which "> 50" refused).
        Assert.True(app.Logs.Lines.Count > 30, $"only {app.Logs.Lines.Count} log lines captured");
        Assert.Empty(ChildrenFixture.SecretsIn(logs));
        // The masked list still says who it is to those who may read it.
        var list = await app.GetAsync(station, "/t/tgy/children");
        Assert.Contains("欧**雯", list);
        Assert.Empty(ChildrenFixture.SecretsIn(list));
    }

    [Fact]
    public void The_commands_that_carry_personal_data_are_no_messages_of_the_bus()
    {
        var options = app.Host.Services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>().Options;
        var handlers = (Wolverine.Runtime.Handlers.HandlerGraph)typeof(Wolverine.WolverineOptions)
            .GetProperty("HandlerGraph", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!
            .GetValue(options)!;
        Assert.All(new[] { typeof(RegisterChild), typeof(RecordVisit), typeof(SavePersonalData) }, t => Assert.Null(handlers.HandlerFor(t)));
        Assert.NotNull(handlers.HandlerFor(typeof(ChangeChildRecord)));
    }

    [Fact]
    public async Task Reading_a_child_s_personal_data_as_every_role_gives_the_table_s_answer_and_each_read_one_log_row()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var jianshe = await app.RegisterAsync(station, "建设村", RiskLevel.Medium, Today.AddDays(-1), ChildrenTestData.Data);
        var shuangqilong = await app.RegisterAsync(station, "双骑龙村", RiskLevel.Low, Today.AddDays(-1), ChildrenTestData.Data);
        var allowed = 0;
        foreach (var role in AccessModelTests.Expected.Roles)
        {
            var reach = AccessModelTests.Expected.ReachOf(role, Capability.ReadChildrenPersonalData);
            var user = Permissions.IsTownRole(role) ? await app.AsRoleAsync(role) : await SignedIn.AsAsync(app.Host, ChildrenFixture.UserOf(role), ChildrenFixture.Password);
            var mayRead = Permissions.IsTownRole(role) && reach != Reach.None;
            var result = await app.ReadPersonalDataAsync(user, jianshe, null);
            Assert.True((mayRead ? 200 : 403) == result.Context.Response.StatusCode, $"{role}: {result.Context.Response.StatusCode}");
            var page = await result.ReadAsTextAsync();
            Assert.Equal(mayRead, page.Contains(ChildrenTestData.IdNumber));
            if (mayRead) Assert.Contains("no-store", result.Context.Response.Headers.CacheControl.ToString());
            allowed += mayRead ? 1 : 0;
            Assert.Equal(allowed, await app.ReadsAsync(jianshe));
            // The 建设村 child's own village only: the other village's child as this role.
            var other = await app.ReadPersonalDataAsync(user, shuangqilong, null);
            Assert.Equal(mayRead && reach.HasFlag(Reach.All) ? 200 : 403, other.Context.Response.StatusCode);
        }
        Assert.Equal(4, allowed);
        Assert.Equal(3, await app.ReadsAsync(shuangqilong));
        var row = await app.ScalarTextAsync(
            $"select data->>'ReaderRoles' || '|' || (data->>'Reason') || '|' || (data->>'FileName') from secretariat.mt_doc_minorsdataread where data->>'FileId' = '{jianshe}' and data->>'ReaderRoles' = '儿童主任'");
        Assert.Equal($"儿童主任|个案帮扶|{(await ChildAsync(jianshe)).Reference}", row);
        // The office lists them; no reason, no read.
        var log = await app.GetAsync(await app.AsRoleAsync(Roles.Secretariat), "/t/tgy/privacy/reads?file=" + (await ChildAsync(jianshe)).Reference);
        Assert.Contains("个案帮扶", log);
        Assert.Empty(ChildrenFixture.SecretsIn(log));
        var noReason = await app.ReadPersonalDataAsync(station, jianshe, HttpStatusCode.UnprocessableEntity, reason: "");
        Assert.Contains("请选择查阅事由", await noReason.ReadAsTextAsync());
        Assert.Equal(4, await app.ReadsAsync(jianshe));
    }

    [Fact]
    public async Task A_village_s_director_sees_and_visits_its_own_children_only()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var director = await app.AsRoleAsync(Roles.ChildDirector);
        var here = await app.RegisterAsync(station, "建设村", RiskLevel.High, Today.AddDays(-2));
        var there = await app.RegisterAsync(station, "双骑龙村", RiskLevel.High, Today.AddDays(-2));
        var hereRef = (await ChildAsync(here)).Reference;
        var thereRef = (await ChildAsync(there)).Reference;

        var due = await app.GetAsync(director, "/t/tgy/children/visits");
        Assert.Contains(hereRef, due);
        Assert.DoesNotContain(thereRef, due);
        Assert.DoesNotContain(thereRef, await app.GetAsync(director, "/t/tgy/children"));
        Assert.Contains("只能查看本村（社区）儿童的记录", await app.GetAsync(director, $"/t/tgy/children/{there}", HttpStatusCode.Forbidden));
        await app.GetAsync(director, $"/t/tgy/children/{there}/visits/new", HttpStatusCode.Forbidden);
        await VisitAsync(director, there, "", HttpStatusCode.Forbidden);
        var refused = await VisitAsync(director, here, "", HttpStatusCode.UnprocessableEntity, Today.AddDays(1));
        Assert.Contains("走访日期不能晚于今天", await refused.ReadAsTextAsync());
        await VisitAsync(director, here, "");
        var child = await ChildAsync(here);
        Assert.Equal(Today, child.LastVisitOn);
        Assert.False(child.Visits.Single().HasNote);
        Assert.Contains(Today.AddDays(15).ToString("yyyy-MM-dd"), await app.GetAsync(director, $"/t/tgy/children/{here}"));
        // The station may change a record; a director may not.
        await app.GetAsync(director, $"/t/tgy/children/{here}/edit", HttpStatusCode.Forbidden);
        var changed = await app.Host.PostFormAsync(station, $"/t/tgy/children/{here}/edit",
        [
            ("VillageId", SampleTown.UnitId("建设村").ToString()), ("Register", nameof(ChildRegister.LeftBehind)), ("Register", nameof(ChildRegister.Difficult)),
            ("Level", nameof(RiskLevel.Low)), ("DirectorId", SampleTown.PersonId("朱美桦").ToString())
        ], HttpStatusCode.SeeOther);
        Assert.Equal(RiskLevel.Low, (await ChildAsync(here)).RiskLevel);
        Assert.Contains("风险等级高→低", await app.GetAsync(station, $"/t/tgy/children/{here}"));
    }

    [Fact]
    public async Task An_overdue_visit_is_an_alert_for_the_village_s_director_and_the_station_never_naming_the_child()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var child = await app.RegisterAsync(station, "建设村", RiskLevel.High, Today.AddDays(-30), ChildrenTestData.Data);
        await using (var scope = app.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(SampleTownAccounts.Town, new RaiseAlerts());
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var alert = await session.Query<ComplianceAlert>().SingleAsync(a => a.Key == $"{VisitCadence.Visits.Code}:{SampleTown.UnitId("建设村")}");
        Assert.Equal((Severity.Urgent, "建设村"), (alert.Severity, alert.Subject));
        var reference = (await ChildAsync(child)).Reference;
        Assert.DoesNotContain(reference, alert.Explanation);

        foreach (var (user, sees) in new[] { (ChildrenFixture.UserOf(Roles.ChildDirector), true), (ChildrenFixture.UserOf(Roles.ChildSupervisor), true),
                     (ChildrenFixture.UserOf(Roles.WorkStation), true), (ChildrenFixture.UserOf(Roles.UnitLiaison), false), ("sqlong", false) })
        {
            var page = await app.GetAsync(await app.AsAsync(user), "/t/tgy/compliance");
            Assert.True(sees == page.Contains($"data-alert=\"{alert.Key}\""), $"{user} {(sees ? "does not see" : "sees")} the alert");
            Assert.DoesNotContain(reference, page);
            await app.GetAsync(await app.AsAsync(user), $"/t/tgy/compliance/alerts/{alert.Id}", sees ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        }
        // The alert's link is the counts, which every reader of the town may open.
        Assert.Equal("/children/counts", alert.Link);
        await app.GetAsync(await app.AsRoleAsync(Roles.Reader), "/t/tgy/children/counts");
    }

    [Fact]
    public async Task Erasure_leaves_the_name_in_neither_the_database_nor_a_dump_keeps_the_counts_and_makes_older_backups_unreadable()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var director = await app.AsRoleAsync(Roles.ChildDirector);
        var child = await app.RegisterAsync(station, "建设村", RiskLevel.High, Today.AddDays(-5), ChildrenTestData.Data);
        await VisitAsync(director, child, ChildrenTestData.Note);
        var before = await CountsTotalAsync(station);
        var backup = Path.Combine(Path.GetTempPath(), $"secretariat-children-{Guid.NewGuid():N}.dump");
        try
        {
            await ChildrenFixture.DumpAsync(app.ConnectionString, "--format=custom", backup);

            var refused = await app.Host.PostFormAsync(station, $"/t/tgy/children/{child}/erase", [("RequestedOn", Today.ToString("yyyy-MM-dd"))],
                HttpStatusCode.UnprocessableEntity);
            Assert.Contains("请勾选确认", await refused.ReadAsTextAsync());
            await app.Host.PostFormAsync(director, $"/t/tgy/children/{child}/erase", [("RequestedOn", Today.ToString("yyyy-MM-dd")), ("Confirm", "true")],
                HttpStatusCode.Forbidden);
            Assert.True(File.Exists(app.KeyFile(child)));
            await app.Host.PostFormAsync(station, $"/t/tgy/children/{child}/erase", [("RequestedOn", Today.ToString("yyyy-MM-dd")), ("Confirm", "true")],
                HttpStatusCode.SeeOther);

            Assert.False(File.Exists(app.KeyFile(child)));
            Assert.Equal(0, await app.ScalarAsync($"select count(*) from secretariat.children_personal_data where child_id = '{child}'"));
            var found = (await app.TablesAsync()).SelectMany(t => ChildrenFixture.SecretsIn(t.Value).Select(s => $"{t.Key}: {s}")).ToList();
            Assert.True(found.Count == 0, string.Join(", ", found));
            Assert.Empty(ChildrenFixture.SecretsIn(await app.PlainDumpAsync()));
            Assert.Equal(before, await CountsTotalAsync(station));
            var page = await app.GetAsync(station, $"/t/tgy/children/{child}");
            Assert.Contains($"个人信息已于 {Today.ChineseDate()} 删除（依法申请删除", page);
            Assert.Contains("密钥已销毁，无法恢复", page);
            Assert.DoesNotContain("查看完整信息", page);
            var reads = await app.ReadsAsync(child);
            Assert.Empty(ChildrenFixture.SecretsIn(await (await app.ReadPersonalDataAsync(station, child, HttpStatusCode.OK)).ReadAsTextAsync()));
            Assert.Equal(reads, await app.ReadsAsync(child));
            Assert.Contains("已于", await (await app.Host.PostFormAsync(station, $"/t/tgy/children/{child}/personal-data",
                ChildrenFixture.PersonalFields(ChildrenTestData.Data), HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());

            // The backup taken before the erasure still holds the ciphertext, but no key opens it any more.
            var restored = await TestPostgres.NewDatabaseAsync("children_restored");
            await ChildrenFixture.RestoreAsync(restored, backup);
            await using var host = await app.StartHostAsync(restored);
            var stationThere = await SignedIn.AsAsync(host, ChildrenFixture.UserOf(Roles.WorkStation), ChildrenFixture.Password);
            var old = await host.Scenario(s => { s.Get.Url($"/t/tgy/children/{child}"); s.As(stationThere); s.StatusCodeShouldBeOk(); });
            var oldPage = await old.ReadAsTextAsync();
            Assert.Contains("密钥已不存在", oldPage);
            Assert.Empty(ChildrenFixture.SecretsIn(oldPage));
            var oldRead = await host.PostFormAsync(stationThere, $"/t/tgy/children/{child}/personal-data/read", [("Reason", nameof(ReadReason.CaseSupport))],
                HttpStatusCode.OK);
            Assert.Empty(ChildrenFixture.SecretsIn(await oldRead.ReadAsTextAsync()));
        }
        finally
        {
            File.Delete(backup);
        }
    }

    [Fact]
    public async Task The_daily_retention_run_erases_the_data_of_children_past_18_and_the_town_s_period_once()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        // Born May 2005, registered at 14: 18 by June 2023, plus the default year: erased from 1 June 2024.
        var grown = await app.RegisterAsync(station, "双骑龙村", RiskLevel.Low, new DateOnly(2019, 9, 1),
            ChildrenTestData.Data with { IdNumber = ChildrenTestData.WithCheck("50010720050515002") }, birth: "2005-05");
        var young = await app.RegisterAsync(station, "双骑龙村", RiskLevel.Low, Today.AddDays(-1), ChildrenTestData.Data);
        Assert.True(File.Exists(app.KeyFile(grown)));

        async Task<int> RunAsync()
        {
            await using var scope = app.Host.Services.CreateAsyncScope();
            var all = await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeAsync<IReadOnlyDictionary<string, int>>(new EraseExpiredChildDataInEveryTown());
            return all[SampleTownAccounts.Town];
        }

        Assert.True(await RunAsync() >= 1);
        var erased = await ChildAsync(grown);
        Assert.Equal((ErasureBasis.RetentionExpired, Today), (erased.ErasureBasis!.Value, erased.ErasedOn!.Value));
        Assert.False(File.Exists(app.KeyFile(grown)));
        Assert.Null((await ChildAsync(young)).ErasedOn);
        Assert.True(File.Exists(app.KeyFile(young)));
        Assert.Equal(0, await RunAsync());
        Assert.Contains("保存期限届满", await app.GetAsync(station, $"/t/tgy/children/{grown}"));

        // A key brought back from an older copy of the key folder is destroyed again by the next run.
        await File.WriteAllBytesAsync(app.KeyFile(grown), [1, 2, 3]);
        Assert.Equal(0, await RunAsync());
        Assert.False(File.Exists(app.KeyFile(grown)));
    }

    [Fact]
    public async Task An_export_needs_the_station_master_s_approval_and_each_download_is_logged_per_child()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var master = await app.AsAsync("master");
        var child = await app.RegisterAsync(station, "建设村", RiskLevel.Medium, Today.AddDays(-1), ChildrenTestData.Data, register: ChildRegister.RescueProtection);
        await app.Host.PostFormAsync(station, "/t/tgy/children/exports",
            [("Register", nameof(ChildRegister.RescueProtection)), ("VillageId", SampleTown.UnitId("建设村").ToString()), ("Reason", nameof(ExportReason.PaperFile))],
            HttpStatusCode.SeeOther);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var export = await session.Query<RegisterExport>().SingleAsync(e => e.Reason == ExportReason.PaperFile);
        var url = $"/t/tgy/children/exports/{export.Id}";

        Assert.Contains("尚待站长批准", await app.GetAsync(station, url + "/register.xlsx", HttpStatusCode.UnprocessableEntity));
        // The station's role holds the 站长's capability; only the account linked to the 站长 approves.
        Assert.Contains("只有工作站站长", await (await app.Host.PostFormAsync(station, url + "/approve", [], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await app.Host.PostFormAsync(await app.AsRoleAsync(Roles.ChildSupervisor), url + "/approve", [], HttpStatusCode.Forbidden);
        Assert.Contains("批准", await app.GetAsync(master, "/t/tgy/children/exports"));
        await app.Host.PostFormAsync(master, url + "/approve", [], HttpStatusCode.SeeOther);

        var reads = await app.ReadsAsync(child);
        Assert.Contains("只有申请人", await app.GetAsync(await app.AsRoleAsync(Roles.ChildSupervisor), url + "/register.xlsx", HttpStatusCode.UnprocessableEntity));
        var download = await app.Host.Scenario(s => { s.Get.Url(url + "/register.xlsx"); s.As(station); s.StatusCodeShouldBeOk(); });
        var body = download.Context.Response.Body;
        if (body.CanSeek) body.Position = 0;
        using var workbook = new MemoryStream();
        await body.CopyToAsync(workbook);
        workbook.Position = 0;
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var reference = (await ChildAsync(child)).Reference;
        var line = Assert.Single(rows, r => (string)r["编号"] == reference);
        Assert.Equal((ChildrenTestData.Name, ChildrenTestData.IdNumber), ((string)line["姓名"], (string)line["身份证号码"]));
        Assert.Equal(reads + 1, await app.ReadsAsync(child));
        Assert.Contains("名册导出：纸质台账归档（刘兵批准）",
            await app.ScalarTextAsync($"select string_agg(data->>'Reason', ',') from secretariat.mt_doc_minorsdataread where data->>'FileId' = '{child}'"));
        Assert.Empty(ChildrenFixture.SecretsIn(string.Join("\n", app.Logs.Lines)));
    }

    [Fact]
    public async Task Items_23_28_and_52_show_live_figures_and_no_child()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var child = await app.RegisterAsync(station, "建设村", RiskLevel.High, Today, ChildrenTestData.Data);
        var reference = (await ChildAsync(child)).Reference;
        var clerk = await app.AsRoleAsync(Roles.Secretariat);
        foreach (var (item, words) in new[] { (23, "季度"), (28, "风险等级及家访频率：高风险每半月至少一次"), (52, "《农村留守儿童名册》") })
        {
            var page = await app.GetAsync(clerk, CampaignSteps.ItemUrl(item));
            Assert.Contains(words, page);
            Assert.DoesNotContain(reference, page);
            Assert.Empty(ChildrenFixture.SecretsIn(page));
        }
        Assert.Matches("在册儿童 \\d+ 名", await app.GetAsync(clerk, CampaignSteps.ItemUrl(52)));
    }

    [Fact]
    public async Task No_district_page_holds_a_child_s_reference_or_name()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var child = await app.RegisterAsync(station, "建设村", RiskLevel.High, Today.AddDays(-40), ChildrenTestData.Data);
        await using (var scope = app.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(SampleTownAccounts.Town, new RaiseAlerts());
        var reference = (await ChildAsync(child)).Reference;
        var district = await app.AsDistrictAsync(DistrictRoles.Reader);

        var counts = await app.GetAsync(district, "/district/children");
        Assert.Matches("<tr data-town=\"tgy\">.*?<td>\\d+</td>", Regex.Replace(counts, "\\s+", " "));
        Assert.Contains("走访逾期", counts);

        // Every page the district reaches from its own pages (its menu, every town's pages it may read), following each link once.
        var seen = new HashSet<string>();
        var queue = new Queue<string>(["/district", "/district/children", "/district/major-matters", "/district/campaigns", "/t/tgy/", "/t/tgy/compliance",
            "/t/tgy/children/counts", "/t/tgy/children/scale"]);
        var found = new List<string>();
        while (queue.Count > 0 && seen.Count < 400)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var result = await app.Host.Scenario(s => { s.Get.Url(url); s.As(district); s.IgnoreStatusCode(); });
            if (result.Context.Response.ContentType?.StartsWith("text/html") != true) continue;
            var html = await result.ReadAsTextAsync();
            if (Reference.IsMatch(html)) found.Add($"{url}: {Reference.Match(html).Value}");
            found.AddRange(ChildrenFixture.SecretsIn(html).Select(s => $"{url}: {s}"));
            foreach (Match link in Regex.Matches(html, "href=\"(/(?:district|t/tgy)[^\"#]*)\""))
            {
                var next = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!seen.Contains(next) && !next.EndsWith(".xlsx") && !next.EndsWith(".zip") && !next.EndsWith(".docx") && !next.Contains("/hangfire")) queue.Enqueue(next);
            }
        }
        Assert.True(seen.Count > 40, $"only {seen.Count} district pages read");
        Assert.Contains("/t/tgy/compliance", seen);
        Assert.True(found.Count == 0, string.Join("\n", found));
        // The district reads no child's record.
        await app.GetAsync(district, $"/t/tgy/children/{child}", HttpStatusCode.Forbidden);
        await app.GetAsync(district, "/t/tgy/children", HttpStatusCode.Forbidden);
    }
}
