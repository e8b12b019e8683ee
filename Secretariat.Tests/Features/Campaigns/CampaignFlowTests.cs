using System.IO.Compression;
using System.Text.RegularExpressions;
using Marten;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.Privacy;
using Wolverine;

namespace Secretariat.Tests.Features.Campaigns;

/// <summary>The sample town with its campaign, the meetings' accounts, the station, 党政办's liaison and the district office.</summary>
public sealed class CampaignsFixture : MeetingsFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateInTownAsync("station", "刘兵", "station-password-1", [Roles.WorkStation], null)).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("dangzheng", "孔波", "dangzheng-password-1", [Roles.UnitLiaison], "党政办")).Refusal);
        Assert.Null((await accounts.CreateAsync("district", "区未保办", "district-password-1", [], [DistrictRoles.Reader], null)).Refusal);
    }
}

public static class CampaignSteps
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    public static Guid Item(int number, ItemKind kind = ItemKind.Task) => CampaignIds.Item(SampleCampaign.Id, kind, number);

    public static string ItemUrl(int number, ItemKind kind = ItemKind.Task) => $"/t/tgy/campaigns/{SampleCampaign.Id}/items/{Item(number, kind)}";

    public static string UnitUrl(int number, string unit, ItemKind kind = ItemKind.Task) => $"{ItemUrl(number, kind)}/units/{SampleTown.UnitId(unit)}";
}

public class CampaignFlowTests(CampaignsFixture app) : IClassFixture<CampaignsFixture>
{
    private readonly MeetingSteps _steps = new(app);
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    private Task<SignedIn> As(string user) => _steps.As(user);

    private Task<IScenarioResult> Post(SignedIn user, string url, IEnumerable<(string, string)> fields, HttpStatusCode expected,
        IEnumerable<(string Name, byte[] Content)>? files = null) =>
        app.Host.PostFormAsync(user, url, fields, expected, files, EvidenceUploads.FieldName);

    private async Task<UnitEvidence?> EvidenceAsync(int number, string unit, ItemKind kind = ItemKind.Task)
    {
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        return await session.LoadAsync<UnitEvidence>(CampaignIds.Evidence(SampleCampaign.Id, CampaignSteps.Item(number, kind), SampleTown.UnitId(unit)));
    }

    private async Task<Campaign> CampaignAsync()
    {
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        return (await session.LoadAsync<Campaign>(SampleCampaign.Id))!;
    }

    /// <summary>附件2 as the notice prints it: every row's number, 工作标准, 印证材料, 牵头 and 责任部门, read from the seed file itself.</summary>
    private static IReadOnlyList<(ItemKind Kind, int Number, string Standard, string Evidence, string Lead, string Responsible)> AnnexTwo()
    {
        // A byte-for-byte copy of the notice (the workplace's seed/000_a716347c5cb760a5.txt), kept with the tests so a clone has it.
        var lines = File.ReadAllLines(Path.Combine(Secretariat.Web.Infrastructure.Database.Migrations.RepositoryRoot()!, "Secretariat.Tests", "Features",
            "Campaigns", "Fixtures", "notice-000_a716347c5cb760a5.txt"));
        var start = Array.FindIndex(lines, l => l.StartsWith("项目\t内容"));
        var rows = new List<(ItemKind, int, string, string, string, string)>();
        var kind = ItemKind.Task;
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("注：")).Where(l => l.Trim().Length > 0))
        {
            var cells = line.Split('\t');
            if (cells[0] == "负面工作清单项") kind = ItemKind.Negative;
            var at = Array.FindIndex(cells, c => Regex.IsMatch(c, @"^\d+\."));
            var match = Regex.Match(cells[at], @"^(\d+)\.(.*)$");
            rows.Add((kind, int.Parse(match.Groups[1].Value), match.Groups[2].Value, cells[at + 1], cells.ElementAtOrDefault(at + 2) ?? "",
                cells.ElementAtOrDefault(at + 3) ?? ""));
        }
        return rows;
    }

    [Fact]
    public async Task The_sample_campaign_is_annex_two_item_by_item_with_its_dates_and_units_loaded_once()
    {
        var campaign = await CampaignAsync();
        var annex = AnnexTwo();
        Assert.Equal(34, annex.Count(r => r.Kind == ItemKind.Task));
        Assert.Equal(4, annex.Count(r => r.Kind == ItemKind.Negative));
        var items = campaign.InOrder.ToList();
        Assert.Equal(annex.Select(r => (r.Kind, r.Number)), items.Select(i => (i.Kind, i.Number)));
        foreach (var (row, item) in annex.Zip(items))
        {
            Assert.Equal(row.Standard, item.Standard);
            Assert.Equal(row.Evidence, item.Evidence.Text);
            Assert.Equal(row.Lead, item.LeadAsWritten);
            Assert.Equal(row.Responsible, item.ResponsibleAsWritten);
            Assert.NotNull(item.Lead?.UnitId);
            Assert.All(item.Responsible, u => Assert.NotNull(u.UnitId));
        }
        Assert.Equal([1, 2, 3, 6], items.Where(i => i.Kind == ItemKind.Negative).Select(i => i.Number));
        Assert.Equal((new DateOnly(2022, 2, 15), new DateOnly(2022, 2, 20), new DateOnly(2022, 2, 28)),
            (campaign.Schedule.SubmissionDue, campaign.Schedule.ReviewTo, campaign.Schedule.AcceptanceDue));

        var item12 = campaign.Item(CampaignSteps.Item(12))!;
        Assert.Equal(("组织领导", "组织协调", "2次会议纪要", RecordCheck.MeetingsWithMinutes), (item12.Project, item12.Content, item12.Evidence.Minimum, item12.Evidence.Check));
        Assert.Equal(["党政办"], item12.Responsible.Select(u => u.Name));
        Assert.Equal(RecordCheck.DirectorInEveryVillage, campaign.Item(CampaignSteps.Item(72))!.Evidence.Check);
        Assert.Equal(RecordCheck.DirectorReviewsAndAllowances, campaign.Item(CampaignSteps.Item(73))!.Evidence.Check);
        Assert.Contains(EvidenceKind.Video, campaign.Item(CampaignSteps.Item(35))!.Evidence.Kinds);
        // 平安办、妇联、派出所、各村居: 妇联 is led by 劳动就业与社保所 (附件1), 各村居 the nine villages and communities.
        var item23 = campaign.Item(CampaignSteps.Item(23))!;
        Assert.Equal(12, item23.Responsible.Count);
        Assert.Equal(["平安办", "劳动就业与社保所", "派出所", "双骑龙村"], item23.Responsible.Take(4).Select(u => u.Name));
        Assert.Equal("城管大队", campaign.Item(CampaignSteps.Item(37))!.Lead!.Name);
        Assert.Equal("民政和社事办", campaign.Item(CampaignSteps.Item(75))!.Lead!.Name);
        // Loaded once: the same command again is refused and the stream does not grow.
        await using var scope = app.Host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        var version = (await session.Events.FetchStreamStateAsync(SampleCampaign.Id))!.Version;
        Assert.Contains("不能重复下发", (await bus.InvokeForTenantAsync<CommandResult>(SampleTownAccounts.Town, SampleCampaign.Command())).Refusal);
        Assert.Equal(version, (await session.Events.FetchStreamStateAsync(SampleCampaign.Id))!.Version);

        var page = await _steps.GetAsync(await As("reader"), $"/t/tgy/campaigns/{SampleCampaign.Id}");
        Assert.Contains("第75项", page);
        Assert.Contains("负面清单第6项", page);
        Assert.Contains(">党政办</th>", page);
    }

    [Fact]
    public async Task A_liaison_submits_the_station_returns_the_liaison_resubmits_the_station_passes_and_the_district_accepts()
    {
        var liaison = await As("dangzheng");
        var url = CampaignSteps.UnitUrl(2, "党政办");
        await Post(liaison, url + "/evidence", [("Text", "理论中心组学习记录"), (MinorsData.FieldName, MinorsData.No)], HttpStatusCode.SeeOther,
            [("学习记录.pdf", CampaignSteps.Pdf)]);
        var evidence = await EvidenceAsync(2, "党政办");
        Assert.Equal((EvidenceState.Submitted, 1, false), (evidence!.State, evidence.LatestVersion, evidence.Latest!.OnBehalf));
        var page = await _steps.GetAsync(liaison, CampaignSteps.ItemUrl(2));
        Assert.Contains("学习记录.pdf", page);
        Assert.Contains("待初审", page);
        // Another unit's liaison sees the state, not the material (the lead unit and the office see all of it).
        var other = await _steps.GetAsync(await As("jianshe"), CampaignSteps.ItemUrl(2));
        Assert.DoesNotContain("学习记录.pdf", other);
        Assert.Contains("只有本单位、牵头部门、办公室和工作站可以查看该单位的材料。", other);
        var fileId = evidence.Latest.Files.Single().FileId;
        await _steps.GetAsync(await As("jianshe"), $"/t/tgy/campaigns/{SampleCampaign.Id}/files/{fileId}", HttpStatusCode.Forbidden);
        await _steps.GetAsync(await As("reader"), $"/t/tgy/campaigns/{SampleCampaign.Id}/files/{fileId}");

        var station = await As("station");
        var noReason = await Post(station, url + "/review", [("Decision", "return"), ("SeenVersion", "1"), ("ResubmitBy", MeetingSteps.Day(5))],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写退回理由。", await noReason.ReadAsTextAsync());
        await Post(station, url + "/review", [("Decision", "return"), ("SeenVersion", "1"), ("Reason", "缺少图片材料"), ("ResubmitBy", MeetingSteps.Day(5))],
            HttpStatusCode.SeeOther);
        evidence = await EvidenceAsync(2, "党政办");
        Assert.Equal((EvidenceState.Returned, TownCalendar.Today.AddDays(5)), (evidence!.State, evidence.ResubmitBy));
        Assert.Contains("缺少图片材料", await _steps.GetAsync(liaison, CampaignSteps.ItemUrl(2)));

        Assert.Contains("保留第 1 版的 1 个文件", await _steps.GetAsync(liaison, CampaignSteps.ItemUrl(2)));
        var resubmitted = await Post(liaison, url + "/evidence", [("Text", "补充图片"), ("KeepPrevious", "yes"), (MinorsData.FieldName, MinorsData.No)],
            HttpStatusCode.SeeOther, [("学习照片.pdf", CampaignSteps.Pdf)]);
        Assert.Contains("done=submitted", resubmitted.Context.Response.Headers.Location.ToString());
        Assert.Contains("材料已报送，等待初审。", await _steps.GetAsync(liaison, resubmitted.Context.Response.Headers.Location.ToString().Split('#')[0]));
        var stale = await Post(station, url + "/review", [("Decision", "pass"), ("SeenVersion", "1")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已更新材料（第 2 版）", await stale.ReadAsTextAsync());
        await Post(station, url + "/review", [("Decision", "pass"), ("SeenVersion", "2")], HttpStatusCode.SeeOther);
        evidence = await EvidenceAsync(2, "党政办");
        Assert.Equal((EvidenceState.Passed, 2, 2), (evidence!.State, evidence.Versions.Count, evidence.Reviews.Count));
        Assert.Equal("学习记录.pdf", evidence.Versions[0].Files.Single().FileName);
        // The second version kept the first one's file and added its own: each version is the whole set.
        Assert.Equal(["学习记录.pdf", "学习照片.pdf"], evidence.Versions[1].Files.Select(f => f.FileName));

        var district = await As("district");
        var acceptUrl = $"/district/campaigns/tgy/{SampleCampaign.Id}/items/{CampaignSteps.Item(2)}";
        Assert.Contains($"action=\"{acceptUrl}/accept\"", await _steps.GetAsync(district, CampaignSteps.ItemUrl(2)));
        var accepted = await Post(district, acceptUrl + "/accept", [("Opinion", "材料齐全")], HttpStatusCode.SeeOther);
        Assert.StartsWith(CampaignSteps.ItemUrl(2), accepted.Context.Response.Headers.Location.ToString());
        Assert.Contains("验收通过", await _steps.GetAsync(liaison, CampaignSteps.ItemUrl(2)));
        // A change after acceptance is refused, by the unit and by the district.
        var late = await Post(await As("clerk"), url + "/evidence", [("Text", "再补充")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已通过区验收，不能再修改", await late.ReadAsTextAsync());
        Assert.Contains("已通过验收", await (await Post(district, acceptUrl + "/accept", [], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        // The district writes nothing through the town's own routes.
        await Post(district, url + "/evidence", [("Text", "x")], HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_district_requires_rectification_the_office_reports_it_with_evidence_and_the_district_closes_it()
    {
        var liaison = await As("dangzheng");
        var url = CampaignSteps.UnitUrl(3, "党政办");
        await Post(liaison, url + "/evidence", [("Text", "重点任务部署文件")], HttpStatusCode.SeeOther);
        var district = await As("district");
        var districtUrl = $"/district/campaigns/tgy/{SampleCampaign.Id}/items/{CampaignSteps.Item(3)}";
        var early = await Post(district, districtUrl + "/accept", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("尚有单位未通过初审：党政办", await early.ReadAsTextAsync());
        var noDate = await Post(district, districtUrl + "/rectify", [("Opinion", "缺少2021年材料")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请按 年-月-日 填写整改期限。", await noDate.ReadAsTextAsync());
        await Post(district, districtUrl + "/rectify", [("Opinion", "缺少2021年材料"), ("DueOn", MeetingSteps.Day(10))], HttpStatusCode.SeeOther);
        // While rectifying, the unit's own submissions wait; the rectification has its own evidence.
        Assert.Contains("正在整改", await (await Post(liaison, url + "/evidence", [("Text", "x")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        var clerk = await As("clerk");
        var rectification = $"{CampaignSteps.ItemUrl(3)}/rectification";
        Assert.Contains("请说明上传的文件是否含未成年人信息", await (await Post(clerk, rectification, [("Text", "已补充2021年文件")],
            HttpStatusCode.UnprocessableEntity, [("2021年文件.pdf", CampaignSteps.Pdf)])).ReadAsTextAsync());
        await Post(clerk, rectification, [("Text", "已补充2021年文件"), (MinorsData.FieldName, MinorsData.No)], HttpStatusCode.SeeOther,
            [("2021年文件.pdf", CampaignSteps.Pdf)]);
        await Post(district, districtUrl + "/close", [("Opinion", "整改到位")], HttpStatusCode.SeeOther);
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        var acceptance = await session.LoadAsync<ItemAcceptance>(CampaignIds.Acceptance(SampleCampaign.Id, CampaignSteps.Item(3)));
        Assert.Equal(AcceptanceState.Accepted, acceptance!.State);
        Assert.Equal("2021年文件.pdf", acceptance.Rectifications.Single().Files.Single().FileName);
        var page = await _steps.GetAsync(clerk, CampaignSteps.ItemUrl(3));
        Assert.Contains("确认整改完成，验收通过", page);
    }

    [Fact]
    public async Task Submissions_are_refused_for_a_unit_not_responsible_another_units_liaison_bad_files_and_nothing_to_submit()
    {
        var caizheng = await As("caizheng");
        async Task<string> Refused(SignedIn user, string url, IEnumerable<(string, string)> fields, IEnumerable<(string, byte[])>? files = null) =>
            await (await Post(user, url + "/evidence", fields, HttpStatusCode.UnprocessableEntity, files)).ReadAsTextAsync();
        Assert.Contains("财政办不是第12项的责任单位。", await Refused(caizheng, CampaignSteps.UnitUrl(12, "财政办"), [("Text", "预算")]));
        Assert.Contains("只有党政办的联络人或领导小组办公室可以报送", await Refused(caizheng, CampaignSteps.UnitUrl(12, "党政办"), [("Text", "预算")]));
        var url = CampaignSteps.UnitUrl(14, "财政办");
        Assert.Contains("至少一项", await Refused(caizheng, url, [("Text", "  ")]));
        Assert.Contains("类型不支持", await Refused(caizheng, url, [(MinorsData.FieldName, MinorsData.No)], [("预算.exe", "MZ\x90\0"u8.ToArray())]));
        Assert.Contains("超过 10 MB", await Refused(caizheng, url, [(MinorsData.FieldName, MinorsData.No)],
            [("大文件.pdf", [.. CampaignSteps.Pdf, .. new byte[EvidenceUploads.MaxBytes]])]));
        // A zip renamed .docx is not a Word file.
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, true)) archive.CreateEntry("readme.txt");
        Assert.Contains("类型不支持", await Refused(caizheng, url, [(MinorsData.FieldName, MinorsData.No)], [("预算.docx", zip.ToArray())]));
        Assert.Contains("请说明上传的文件是否含未成年人信息", await Refused(caizheng, url, [], [("预算.pdf", CampaignSteps.Pdf)]));
        Assert.Contains("请重新选择", await Refused(caizheng, url, [("Link", $"minutes:{Guid.NewGuid()}")]));
        Assert.Null(await EvidenceAsync(14, "财政办"));
        // A liaison may not review; the office submits on a unit's behalf, recorded as such.
        await Post(caizheng, url + "/review", [("Decision", "pass")], HttpStatusCode.Forbidden);
        var clerk = await As("clerk");
        var officeForm = CampaignSteps.ItemUrl(14) + "/evidence";
        Assert.Contains($"action=\"{officeForm}\"", await _steps.GetAsync(clerk, CampaignSteps.ItemUrl(14)));
        Assert.Contains("请选择报送单位。", await (await Post(clerk, officeForm, [("Text", "年度预算")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await Post(clerk, officeForm, [("UnitId", SampleTown.UnitId("财政办").ToString()), ("Text", "年度预算（办公室代报）")], HttpStatusCode.SeeOther);
        Assert.True((await EvidenceAsync(14, "财政办"))!.Latest!.OnBehalf);
    }

    [Fact]
    public async Task A_zero_report_is_never_missing_and_a_missing_one_never_zero()
    {
        var liaison = await As("dangzheng");
        var url = CampaignSteps.UnitUrl(1, "党政办", ItemKind.Negative);
        var unchosen = await Post(liaison, url + "/answer", [("Text", "无"), ("Signatory", "孔波")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请选择“零报告", await unchosen.ReadAsTextAsync());
        await Post(liaison, url + "/answer", [("Answer", "zero"), ("Text", "经逐项梳理，本单位自2020年以来未发生此类情况。"), ("Signatory", "孔波")],
            HttpStatusCode.SeeOther);
        await Post(await As("caizheng"), CampaignSteps.UnitUrl(1, "财政办", ItemKind.Negative) + "/answer",
            [("Answer", "occurred"), ("Text", "2021年发生一起补助发放延误，已整改。"), ("Signatory", "刘宗建")], HttpStatusCode.SeeOther);
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        var view = await CampaignProgress.LoadAsync(session, SampleCampaign.Id, default);
        var row = view!.Rows.Single(r => r.Item.Kind == ItemKind.Negative && r.Item.Number == 1);
        Assert.Equal(CellState.ZeroReport, row.Cells[SampleTown.UnitId("党政办")]);
        Assert.Equal(CellState.Occurred, row.Cells[SampleTown.UnitId("财政办")]);
        Assert.Equal(CellState.NotFiled, row.Cells[SampleTown.UnitId("派出所")]);
        var campaign = await CampaignAsync();
        var evidence = await session.Query<UnitEvidence>().Where(e => e.CampaignId == SampleCampaign.Id).ToListAsync();
        var outstanding = CampaignDecisions.Outstanding(campaign, row.Item, evidence);
        Assert.DoesNotContain("党政办", outstanding);
        Assert.DoesNotContain("财政办", outstanding);
        Assert.Contains("派出所", outstanding);
        var page = await _steps.GetAsync(liaison, $"/t/tgy/campaigns/{SampleCampaign.Id}?state=ZeroReport");
        Assert.Contains("data-state=\"ZeroReport\">零报告", page);
        Assert.Contains("data-state=\"NotFiled\">未报", page);
    }

    [Fact]
    public async Task A_flagged_file_is_read_by_the_office_station_and_district_each_read_logged_and_refused_to_a_liaison_and_reader()
    {
        var clerk = await As("clerk");
        var url = CampaignSteps.UnitUrl(25, "建设村");
        await Post(clerk, url + "/evidence", [("Text", "家长学校活动照片"), (MinorsData.FieldName, MinorsData.Yes)], HttpStatusCode.SeeOther,
            [("活动照片.pdf", CampaignSteps.Pdf)]);
        var file = (await EvidenceAsync(25, "建设村"))!.Latest!.Files.Single();
        Assert.True(file.ContainsMinorsData);
        var fileUrl = $"/t/tgy/campaigns/{SampleCampaign.Id}/files/{file.FileId}";
        async Task<long> ReadsAsync()
        {
            await using var session = Store.QuerySession(SampleTownAccounts.Town);
            return await session.Query<MinorsDataRead>().CountAsync(r => r.FileId == file.FileId);
        }
        await _steps.GetAsync(await As("jianshe"), fileUrl, HttpStatusCode.Forbidden);
        await _steps.GetAsync(await As("reader"), fileUrl, HttpStatusCode.Forbidden);
        Assert.Equal(0, await ReadsAsync());
        foreach (var reader in new[] { "clerk", "station", "district" }) await _steps.GetAsync(await As(reader), fileUrl);
        Assert.Equal(3, await ReadsAsync());
        await using (var session = Store.QuerySession(SampleTownAccounts.Town))
            Assert.Contains("区未保办", (await session.Query<MinorsDataRead>().Where(r => r.FileId == file.FileId).ToListAsync()).Select(r => r.ReaderName));
    }

    [Fact]
    public async Task Links_to_issued_minutes_are_frozen_as_their_print_view_when_submitted()
    {
        var clerk = await As("clerk");
        var meeting = await _steps.ConveneAsync(clerk, "研究示范创建的会议", MeetingSteps.Day(-1));
        var minutes = await _steps.GetAsync(clerk, meeting + "?tab=minutes");
        await _steps.PostAsync(clerk, meeting + "/minutes", MeetingSteps.Minutes(minutes, "会议研究了示范创建工作。", "落实示范创建任务分解"), HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, meeting);
        await _steps.PostAsync(clerk, meeting + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await _steps.PostAsync(await As("yewei"), meeting + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        var meetingId = Guid.Parse(meeting.Split('/').Last());
        var url = CampaignSteps.UnitUrl(16, "党政办");
        Assert.Contains($"minutes:{meetingId}", await _steps.GetAsync(clerk, CampaignSteps.ItemUrl(16)));
        await Post(clerk, url + "/evidence", [("Link", $"minutes:{meetingId}"), ("CoverageAsOf", MeetingSteps.Day(0))], HttpStatusCode.SeeOther);
        var links = (await EvidenceAsync(16, "党政办"))!.Latest!.Links;
        Assert.Equal([RecordKind.Minutes, RecordKind.Coverage], links.Select(l => l.Kind));
        Assert.Contains("铜罐驿未保领纪", links[0].Label);
        var frozen = await _steps.GetAsync(await As("reader"), $"/t/tgy/campaigns/{SampleCampaign.Id}/frozen/{links[0].FrozenId}");
        Assert.Contains("会议研究了示范创建工作。", frozen);
        Assert.Contains("落实示范创建任务分解", frozen);
    }
}

public class DistrictCampaignTests(CampaignsFixture app) : IClassFixture<CampaignsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    [Fact]
    public async Task The_district_defines_a_campaign_from_a_pasted_table_once_and_issues_it_to_its_towns()
    {
        await using (var scope = app.Host.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync("hyz", "华岩镇", null, default));
        var district = await _steps.As("district");
        (string, string)[] dates = [("EvidenceSince", "2026-01-01"), ("NegativeSince", "2025-01-01"), ("AssessmentYear", "2026"), ("SubmissionDue", "2027-02-15"),
            ("ReviewFrom", "2027-02-15"), ("ReviewTo", "2027-02-20"), ("AcceptanceDue", "2027-02-28")];
        var rows = "思想引领\t理论学习\t1.持续深入开展宣贯教育活动。\t提供文件、会议纪要、图片等（至少 1 次）。\t民政和社事办\t党政办\n" +
                   "\t\t2.认真学习贯彻重要指示精神。\t提供理论中心组学习的文件。\t民政和社事办\t党政办、各村居\n" +
                   "负面工作清单项\t1.因履职不力导致发生重大案件的。\t提供未发生的佐证文字材料。\t民政和社事办\t\n";
        var bad = await app.Host.PostFormAsync(district, "/district/campaigns/new", [("Title", "2027年示范创建"), .. dates, ("Table", "pasted"), ("Rows", "没有序号的一行")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("第 1 行：找不到带序号的工作标准", await bad.ReadAsTextAsync());
        var created = await app.Host.PostFormAsync(district, "/district/campaigns/new", [("Title", "2027年示范创建"), .. dates, ("Table", "pasted"), ("Rows", rows)],
            HttpStatusCode.SeeOther);
        var templateUrl = created.Context.Response.Headers.Location.ToString();
        var id = Guid.Parse(templateUrl.Split('/').Last());
        await app.Host.PostFormAsync(district, templateUrl + "/issue", [("Town", "tgy"), ("Town", "hyz")], HttpStatusCode.SeeOther);
        var page = await _steps.GetAsync(district, templateUrl);
        Assert.Contains("铜罐驿镇：已下发", page);
        Assert.Contains("华岩镇：已下发", page);
        // Issued twice, a town says it has it already; each town resolved the units against its own roster.
        await app.Host.PostFormAsync(district, templateUrl + "/issue", [("Town", "tgy")], HttpStatusCode.SeeOther);
        Assert.Contains("不能重复下发", await _steps.GetAsync(district, templateUrl));
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.QuerySession("tgy"))
        {
            var campaign = (await session.LoadAsync<Campaign>(id))!;
            Assert.Equal(id, campaign.DistrictCampaignId);
            Assert.Equal(["第1项", "第2项", "负面清单第1项"], campaign.InOrder.Select(i => i.Label));
            Assert.Equal(10, campaign.Item(CampaignIds.Item(id, ItemKind.Task, 2))!.Responsible.Count);
            Assert.Equal(("思想引领", "理论学习", "至少1次"), (campaign.InOrder.Last(i => i.Kind == ItemKind.Task).Project, campaign.InOrder.First().Content,
                campaign.InOrder.First().Evidence.Minimum));
        }
        await using (var session = store.QuerySession("hyz"))
        {
            // A town with no units yet: the items name units it does not have, and say so on the page.
            var campaign = (await session.LoadAsync<Campaign>(id))!;
            Assert.All(campaign.Items.Where(i => i.Kind == ItemKind.Task), i => Assert.Null(i.Lead?.UnitId));
        }
        Assert.Contains("2027年示范创建", await _steps.GetAsync(district, "/district/campaigns"));
        // A town office adds an item of its own; the town's units only.
        var clerk = await _steps.As("clerk");
        var itemsUrl = $"/t/tgy/campaigns/{id}/items";
        var unknown = await app.Host.PostFormAsync(clerk, itemsUrl, [("Kind", "task"), ("Number", "90"), ("Project", "本镇特色"), ("Standard", "建立关爱志愿队伍。"),
            ("EvidenceText", "提供名册。"), ("Lead", "不存在的单位"), ("Responsible", "建设村")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("牵头部门“不存在的单位”不是本镇的成员单位", await unknown.ReadAsTextAsync());
        var taken = await app.Host.PostFormAsync(clerk, itemsUrl, [("Kind", "task"), ("Number", "2"), ("Project", "本镇特色"), ("Standard", "x"),
            ("EvidenceText", "y"), ("Lead", "民政和社事办"), ("Responsible", "建设村")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("第2项已存在", await taken.ReadAsTextAsync());
        await app.Host.PostFormAsync(clerk, itemsUrl, [("Kind", "task"), ("Number", "90"), ("Project", "本镇特色"), ("Standard", "建立关爱志愿队伍。"),
            ("EvidenceText", "提供名册。"), ("Kinds", "Register"), ("Lead", "民政和社事办"), ("Responsible", "建设村")], HttpStatusCode.SeeOther);
        Assert.Contains("本镇增加的任务项", await _steps.GetAsync(clerk, $"{itemsUrl}/{CampaignIds.Item(id, ItemKind.Task, 90)}"));
        await app.Host.PostFormAsync(await _steps.As("jianshe"), itemsUrl, [("Kind", "task"), ("Number", "91")], HttpStatusCode.Forbidden);
        await app.Host.PostFormAsync(district, $"/t/tgy/campaigns/{id}/items", [("Number", "92")], HttpStatusCode.Forbidden);
    }
}

/// <summary>Malformed values on every campaign form, with the sample's real ids: a Chinese refusal (4xx), never a 5xx, nothing appended.</summary>
public class CampaignFormFuzzTests(CampaignsFixture app) : IClassFixture<CampaignsFixture>
{
    private static readonly string[] Bad =
        ["", " ", "abc", "2026-13-45", "-1", "99999999999999999999", "a\0b", new string('字', 5_000), "<script>alert(1)</script>", "\r\nSet-Cookie: x=1",
         Guid.Empty.ToString(), Guid.NewGuid().ToString(), "minutes:" + Guid.NewGuid(), "circular:x:y", "report:", "appointment:" + Guid.Empty, "\ud800"];

    [Fact]
    public async Task No_bad_value_on_a_campaign_form_answers_5xx_or_appends_an_event()
    {
        var steps = new MeetingSteps(app);
        var clerk = await steps.As("clerk");
        var district = await steps.As("district");
        var item = CampaignSteps.ItemUrl(12);
        var unit = CampaignSteps.UnitUrl(12, "党政办");
        var negative = CampaignSteps.UnitUrl(1, "党政办", ItemKind.Negative);
        var districtItem = $"/district/campaigns/tgy/{SampleCampaign.Id}/items/{CampaignSteps.Item(12)}";
        (SignedIn User, string Url, string[] Fields)[] forms =
        [
            (clerk, unit + "/evidence", ["Text", "Link", "CoverageAsOf", "LedgerAsOf", "ContainsMinorsData", "KeepPrevious"]),
            (clerk, item + "/evidence", ["UnitId", "Text", "Link", "CoverageAsOf"]),
            (clerk, negative + "/answer", ["Answer", "Text", "Signatory"]),
            (clerk, unit + "/review", ["Decision", "SeenVersion", "Reason", "ResubmitBy"]),
            (clerk, item + "/rectification", ["Text", "Link", "ContainsMinorsData"]),
            (clerk, $"/t/tgy/campaigns/{SampleCampaign.Id}/items", ["Kind", "Number", "Project", "Standard", "EvidenceText", "Kinds", "Lead", "Responsible"]),
            (district, districtItem + "/accept", ["Opinion"]),
            (district, districtItem + "/rectify", ["Opinion", "DueOn"]),
            (district, districtItem + "/close", ["Opinion"]),
            (district, "/district/campaigns/new", ["Title", "EvidenceSince", "NegativeSince", "AssessmentYear", "SubmissionDue", "ReviewFrom", "ReviewTo",
                "AcceptanceDue", "Table", "Rows"]),
        ];
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        async Task<long> EventsAsync()
        {
            await using var session = store.QuerySession(SampleTownAccounts.Town);
            return (await session.Events.FetchStreamStateAsync(SampleCampaign.Id))!.Version;
        }
        var before = await EventsAsync();
        var failures = new List<string>();
        foreach (var (user, url, fields) in forms)
            foreach (var field in fields)
                foreach (var value in Bad)
                {
                    var posted = fields.Select(f => (f, f == field ? value : "")).ToList();
                    var result = await app.Host.PostFormAsync(user, url, posted, expected: null);
                    var status = result.Context.Response.StatusCode;
                    if (status >= 500) failures.Add($"{url} {field}={value[..Math.Min(value.Length, 20)]}: {status}");
                }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await EventsAsync());
    }
}
