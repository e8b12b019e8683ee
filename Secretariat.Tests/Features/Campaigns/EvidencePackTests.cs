using System.IO.Compression;
using System.Security.Cryptography;
using Marten;
using MiniExcelLibs;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.Privacy;
using Secretariat.Web.Infrastructure.Files;
using Xunit.Abstractions;

namespace Secretariat.Tests.Features.Campaigns;

/// <summary>The meetings' accounts of the sample town, a liaison of 党政办 and the district office.</summary>
public sealed class EvidencePackFixture : MeetingsFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Alba allows synchronous IO on its test server; Kestrel does not. The pack is written as Kestrel would see it.
        Host.Server.AllowSynchronousIO = false;
        await using var scope = Host.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateAsync("district", "区未保办", "district-password-1", [], [DistrictRoles.Reader], null)).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("dangzheng", "dangzheng", "dangzheng-password-1", [Roles.UnitLiaison], "党政办")).Refusal);
    }
}

public class EvidencePackTests(EvidencePackFixture app, ITestOutputHelper output) : IClassFixture<EvidencePackFixture>
{
    private readonly MeetingSteps _steps = new(app);
    private static readonly Guid CampaignId = SampleCampaign.Id;
    private static string TownPack => $"/t/tgy/campaigns/{CampaignId}/pack.zip";
    private static string DistrictPack => $"/district/campaigns/tgy/{CampaignId}/pack.zip";

    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    private static Guid Item(int number, ItemKind kind = ItemKind.Task) => CampaignIds.Item(CampaignId, kind, number);

    private async Task<Guid> UnitAsync(string name)
    {
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        var unit = await session.Query<MemberUnit>().SingleAsync(u => u.Name == name);
        Assert.Equal(SampleTown.UnitId(name), unit.Id);
        return unit.Id;
    }

    private static string Evidence(Guid item, Guid unit) => $"/t/tgy/campaigns/{CampaignId}/items/{item}/units/{unit}/evidence";

    /// <summary>A PDF of the given size: the header the upload check reads, then bytes that do not compress.</summary>
    private static byte[] Pdf(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    private Task<IScenarioResult> SubmitAsync(SignedIn user, Guid item, Guid unit, string text, bool minors, IEnumerable<(string, byte[])> files,
        params string[] links) =>
        app.Host.PostFormAsync(user, Evidence(item, unit),
            [("Text", text), ("ContainsMinorsData", minors ? MinorsData.Yes : MinorsData.No), .. links.Select(l => ("Link", l))],
            HttpStatusCode.SeeOther, files, fileField: "files");

    private async Task<(IScenarioResult Result, byte[] Body)> DownloadAsync(SignedIn user, string url, HttpStatusCode expected)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(user);
            s.StatusCodeShouldBe(expected);
        });
        var response = result.Context.Response.Body;
        if (response.CanSeek) response.Position = 0;
        using var body = new MemoryStream();
        await response.CopyToAsync(body);
        return (result, body.ToArray());
    }

    private static byte[] Read(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the pack: {string.Join(", ", zip.Entries.Select(e => e.FullName))}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private async Task<Campaign> CampaignAsync()
    {
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        return (await session.LoadAsync<Campaign>(CampaignId))!;
    }

    private async Task<int> ReadsAsync(string fileName)
    {
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        return await session.Query<MinorsDataRead>().CountAsync(r => r.FileName == fileName);
    }

    [Fact]
    public async Task The_pack_holds_every_version_in_the_tables_order_with_an_index_and_withholds_minors_data_from_the_town()
    {
        var clerk = await _steps.As("clerk");
        var liaison = await SignedIn.AsAsync(app.Host, "dangzheng", "dangzheng-password-1");
        var dangzheng = await UnitAsync("党政办");
        var meeting = Guid.Parse((await _steps.HeldAndIssuedAsync(clerk, await _steps.As("yewei"), "材料包测试会议", 10)).Split('/').Last());

        // 第12项: the liaison submits minutes (a file and the app's own record), the station returns it, the liaison adds a second version.
        var first = Pdf(40_000, 1);
        var second = Pdf(60_000, 2);
        await SubmitAsync(liaison, Item(12), dangzheng, "2021年度领导小组会议纪要", false, [("会议纪要:第一次?.pdf", first)], $"minutes:{meeting}");
        await app.Host.PostFormAsync(clerk, $"/t/tgy/campaigns/{CampaignId}/items/{Item(12)}/units/{dangzheng}/review",
            [("Decision", "return"), ("Reason", "请补充第二次会议纪要"), ("ResubmitBy", MeetingSteps.Day(7)), ("SeenVersion", "1")], HttpStatusCode.SeeOther);
        await SubmitAsync(liaison, Item(12), dangzheng, "补充第二次会议纪要", false, [("第二次会议纪要.pdf", second)]);
        // 第1项: the office on the unit's behalf, with a photo of children (flagged).
        var flagged = Pdf(30_000, 3);
        await SubmitAsync(clerk, Item(1), dangzheng, "理论学习活动照片", true, [("学习活动照片.pdf", flagged)]);
        // The district asks for rectification of 第1项; the office reports it with a file of its own.
        var district = await SignedIn.AsAsync(app.Host, "district", "district-password-1");
        await app.Host.PostFormAsync(district, $"/district/campaigns/tgy/{CampaignId}/items/{Item(1)}/rectify",
            [("Opinion", "请补充理论学习记录"), ("DueOn", MeetingSteps.Day(10))], HttpStatusCode.SeeOther);
        var rectification = Pdf(20_000, 4);
        await app.Host.PostFormAsync(clerk, $"/t/tgy/campaigns/{CampaignId}/items/{Item(1)}/rectification",
            [("Text", "已补充理论学习记录"), ("ContainsMinorsData", MinorsData.No)], HttpStatusCode.SeeOther, [("学习记录.pdf", rectification)], fileField: "files");

        var campaign = await CampaignAsync();
        var item12 = campaign.Item(Item(12))!;
        var item1 = campaign.Item(Item(1))!;

        var (result, body) = await DownloadAsync(clerk, TownPack, HttpStatusCode.OK);
        Assert.Equal("application/zip", result.Context.Response.ContentType);
        var disposition = result.Context.Response.Headers.ContentDisposition.ToString();
        Assert.Contains("attachment", disposition);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString($"印证材料包-tgy-{TownCalendar.Today:yyyyMMdd}.zip"), disposition);
        Assert.Equal("no-store", result.Context.Response.Headers.CacheControl.ToString());

        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["索引.html", "索引.xlsx"], names.Take(2));

        // The index lists every item of the campaign (34 task items, 4 of the negative list) in the table's order.
        var index = System.Text.Encoding.UTF8.GetString(Read(zip, "索引.html"));
        Assert.StartsWith("<!DOCTYPE html>", index);
        Assert.Contains("<meta charset=\"utf-8\">", index);
        Assert.DoesNotContain("<script", index);
        Assert.Contains(SampleCampaign.Title, index);
        Assert.Contains(SampleCampaign.Basis, index);
        var labels = Regex.Matches(index, "<section id=\"[^\"]+\">\n<h2>(\\S+) ").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(campaign.InOrder.Select(i => i.Label), labels);
        Assert.Equal(38, labels.Count);
        Assert.Equal(34, labels.Count(l => !l.StartsWith("负面清单")));
        Assert.Equal(["负面清单第1项", "负面清单第2项", "负面清单第3项", "负面清单第6项"], labels.Skip(34));

        // Every version is in its item's folder, under its unit, with the bytes as submitted; the frozen minutes beside them.
        var folder12 = names.Single(n => n.StartsWith("12 ") && n.EndsWith("/党政办/v1-会议纪要_第一次_.pdf"));
        var folder = folder12[..folder12.IndexOf('/')];
        Assert.True(folder.Length <= 40, folder);
        Assert.Equal(first, Read(zip, $"{folder}/党政办/v1-会议纪要_第一次_.pdf"));
        Assert.Equal(second, Read(zip, $"{folder}/党政办/v2-第二次会议纪要.pdf"));
        var frozen = names.Single(n => n.StartsWith($"{folder}/党政办/v1-会议纪要 ") && n.EndsWith(".html"));
        var frozenHtml = System.Text.Encoding.UTF8.GetString(Read(zip, frozen));
        Assert.Contains("<meta charset=\"utf-8\">", frozenHtml);
        Assert.Contains("材料包测试会议", frozenHtml);
        Assert.Contains($"href=\"{EvidencePackIndex.Href(frozen)}\"", index);
        Assert.Contains($"href=\"{EvidencePackIndex.Href($"{folder}/党政办/v2-第二次会议纪要.pdf")}\"", index);
        Assert.All(names.Skip(2), n => Assert.DoesNotMatch("[\\\\:*?\"<>|]", n));

        // The index tells the versions apart, marks the latest, and keeps the review with its reason and date.
        var section12 = Regex.Match(index, "<section id=\"item-task-12\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("党政办 — 待初审", section12);
        Assert.Contains("第 1 版", section12);
        Assert.Contains("第 2 版</strong> <span class=\"tag\">最新</span>", section12);
        Assert.Contains("退回补充", section12);
        Assert.Contains("请补充第二次会议纪要", section12);
        Assert.Contains(item12.Standard, section12);
        Assert.Contains(item12.Evidence.Text, section12);
        Assert.Contains("本系统核对", section12);

        // The flagged file stays out of the office's pack and is listed as withheld.
        Assert.DoesNotContain(names, n => n.Contains("学习活动照片"));
        var section1 = Regex.Match(index, "<section id=\"item-task-1\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("学习活动照片.pdf", section1);
        Assert.Contains(EvidencePack.Withheld, section1);
        Assert.Contains("（办公室代报）", section1);
        // The rectification: the district's opinion and the town's report, its file under the item's 整改 folder.
        var folder1 = names.Single(n => n.StartsWith("01 ") && n.EndsWith("/整改/第1次-学习记录.pdf"));
        Assert.Equal(rectification, Read(zip, folder1));
        Assert.Contains("区验收 — 整改待确认", section1);
        Assert.Contains("请补充理论学习记录", section1);
        Assert.Contains("第 1 次整改", section1);
        Assert.Contains($"href=\"{EvidencePackIndex.Href(folder1)}\"", section1);

        // The workbook: one row per item and unit.
        using var workbook = new MemoryStream(Read(zip, "索引.xlsx"));
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(campaign.InOrder.Sum(i => Math.Max(1, campaign.UnitsFor(i).Count)), rows.Count);
        Assert.Equal(["序号", "项目", "内容", "工作标准", "单位", "状态", "版本", "文件数", "最近报送", "初审结果", "初审日期", "验收状态", "验收日期"],
            rows[0].Keys);
        Assert.Equal(campaign.InOrder.Select(i => i.Label), rows.Select(r => (string)r["序号"]).Distinct());
        var row12 = rows.Single(r => (string)r["序号"] == "第12项" && (string)r["单位"] == "党政办");
        Assert.Equal("待初审", row12["状态"]);
        Assert.Equal("第2版", row12["版本"]);
        Assert.Equal("退回补充：请补充第二次会议纪要", row12["初审结果"]);
        Assert.Equal("待验收", row12["验收状态"]);
        var row1 = rows.Single(r => (string)r["序号"] == "第1项");
        Assert.Equal(item1.Project, row1["项目"]);
        Assert.Equal("整改待确认", row1["验收状态"]);

        // The district's pack holds the flagged file, and its download is logged in the town.
        var reads = await ReadsAsync("学习活动照片.pdf");
        var (districtResult, districtBody) = await DownloadAsync(district, DistrictPack, HttpStatusCode.OK);
        Assert.Contains("filename*=UTF-8''", districtResult.Context.Response.Headers.ContentDisposition.ToString());
        using var districtZip = new ZipArchive(new MemoryStream(districtBody), ZipArchiveMode.Read);
        var photo = districtZip.Entries.Single(e => e.FullName.EndsWith("/党政办/v1-学习活动照片.pdf") && e.FullName.StartsWith("01 "));
        Assert.Equal(flagged, Read(districtZip, photo.FullName));
        Assert.Equal(second, Read(districtZip, $"{folder}/党政办/v2-第二次会议纪要.pdf"));
        var districtIndex = System.Text.Encoding.UTF8.GetString(Read(districtZip, "索引.html"));
        Assert.DoesNotContain(EvidencePack.Withheld + "</span>", districtIndex);
        Assert.Contains($"href=\"{EvidencePackIndex.Href(photo.FullName)}\"", districtIndex);
        Assert.Equal(reads + 1, await ReadsAsync("学习活动照片.pdf"));
        await using (var session = Store.QuerySession(SampleTownAccounts.Town))
        {
            var read = (await session.Query<MinorsDataRead>().Where(r => r.FileName == "学习活动照片.pdf").ToListAsync()).MaxBy(r => r.At)!;
            Assert.Equal("区未保办", read.ReaderName);
            Assert.Contains("第1项", read.Where);
            Assert.Equal($"/campaigns/{CampaignId}/items/{Item(1)}", read.Link);
        }
        // The office's download logged no read: it holds no flagged file.
        await DownloadAsync(clerk, TownPack, HttpStatusCode.OK);
        Assert.Equal(reads + 1, await ReadsAsync("学习活动照片.pdf"));
    }

    [Fact]
    public async Task The_packs_list_of_stored_files_reads_ids_only_never_the_documents_with_their_contents()
    {
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        List<Guid> owners = [CampaignIds.Evidence(SampleCampaign.Id, Guid.NewGuid(), Guid.NewGuid())];
        var sql = session.Query<StoredFile>().Where(f => owners.Contains(f.OwnerId)).Select(f => f.Id).ToCommand().CommandText;
        Assert.DoesNotContain("data", sql);
    }

    [Fact]
    public async Task Only_the_office_downloads_the_towns_pack_only_the_district_the_districts_and_unknown_ones_are_not_found()
    {
        var clerk = await _steps.As("clerk");
        var district = await SignedIn.AsAsync(app.Host, "district", "district-password-1");
        await DownloadAsync(await SignedIn.AsAsync(app.Host, "dangzheng", "dangzheng-password-1"), TownPack, HttpStatusCode.Forbidden);
        await DownloadAsync(await _steps.As("reader"), TownPack, HttpStatusCode.Forbidden);
        await DownloadAsync(clerk, DistrictPack, HttpStatusCode.Forbidden);
        // The district reads the town's pages but the town's pack is the office's.
        await DownloadAsync(district, TownPack, HttpStatusCode.Forbidden);
        await DownloadAsync(clerk, $"/t/tgy/campaigns/{Guid.NewGuid()}/pack.zip", HttpStatusCode.NotFound);
        await DownloadAsync(district, $"/district/campaigns/tgy/{Guid.NewGuid()}/pack.zip", HttpStatusCode.NotFound);
        await DownloadAsync(district, $"/district/campaigns/zzz/{CampaignId}/pack.zip", HttpStatusCode.NotFound);
        await DownloadAsync(district, $"/district/campaigns/NOT-A-TOWN/{CampaignId}/pack.zip", HttpStatusCode.NotFound);
    }

    /// <summary>
    /// 第15项 for 财政办, four versions of ten 1.5 MB files each (60 MB), through the form. Many middling files rather than a few big
    /// ones: what the pack may hold at once is one file, what it must not hold is all of them, and the gap is then wide. A method of
    /// its own: once it returns, nothing of the uploads is reachable from the test, so the heap measured next is the app's.
    /// </summary>
    private async Task<Dictionary<string, byte[]>> SubmitLargeFilesAsync(SignedIn clerk)
    {
        var unit = await UnitAsync("财政办");
        const int fileSize = 3 * 512 * 1024;
        var hashes = new Dictionary<string, byte[]>();
        for (var version = 1; version <= 4; version++)
        {
            var files = Enumerable.Range(1, 10).Select(i => ($"经费文件{version}-{i}.pdf", Pdf(fileSize, version * 100 + i))).ToList();
            foreach (var (name, content) in files) hashes[$"v{version}-{name}"] = SHA256.HashData(content);
            await SubmitAsync(clerk, Item(15), unit, $"第{version}批经费文件", false, files);
        }
        return hashes;
    }

    /// <summary>
    /// Downloads the office's pack as a browser does, to a file, and returns its size and the most the live heap (after a full collection,
    /// every 2 MB received) grew over its level before the request.
    /// </summary>
    private async Task<(long Bytes, double GrowthMb)> DownloadToFileAsync(SignedIn user, string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = baseline;
        using var client = app.Host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, TownPack);
        request.Headers.Add("Cookie", user.Cookie);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        long total = 0, nextSample = 0;
        await using var file = File.Create(path);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, read));
            total += read;
            if (total < nextSample) continue;
            nextSample = total + 2 * 1024 * 1024;
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
        }
        output.WriteLine($"pack {total / 1048576.0:0.0} MB, live heap before {baseline / 1048576.0:0.0} MB, peak {peak / 1048576.0:0.0} MB");
        return (total, (peak - baseline) / 1048576.0);
    }

    [Fact]
    public async Task A_pack_of_60_MB_streams_without_synchronous_writes_and_holds_every_file_intact()
    {
        // The test server refuses synchronous writes to the response (see the fixture), as Kestrel does: the pack must not need them.
        Assert.False(app.Host.Server.AllowSynchronousIO);
        var clerk = await _steps.As("clerk");
        var hashes = await SubmitLargeFilesAsync(clerk);
        var path = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.zip");
        try
        {
            // Memory stays flat while it streams: measured by bench/campaigns (peak working set against the pack's size), not here.
            var (total, _) = await DownloadToFileAsync(clerk, path);
            Assert.True(total > 60L * 1024 * 1024, $"pack of {total} bytes");

            using var zip = ZipFile.OpenRead(path);
            var folder = zip.Entries.Select(e => e.FullName).Single(n => n.StartsWith("15 ") && n.EndsWith("/财政办/v1-经费文件1-1.pdf"));
            folder = folder[..folder.LastIndexOf('/')];
            Assert.Equal(40, zip.Entries.Count(e => e.FullName.StartsWith(folder + "/")));
            foreach (var (name, hash) in hashes)
            {
                await using var entry = zip.GetEntry($"{folder}/{name}")!.Open();
                Assert.Equal(hash, await SHA256.HashDataAsync(entry));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
