using Microsoft.Playwright;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Secretariat.Web.Infrastructure.Documents;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// Every official document (会议通知, 会议纪要, 落实情况通报, 成员调整通知, 半年汇报, 重大事项报告) printed to PDF by Chromium, and its Word
/// copy converted by LibreOffice, measured after GB/T 9704-2012 (<see cref="PrintMeasures"/>): the 版头 35 mm under the top of the text
/// block, the text block 28 mm from the left, "— N —" on the outer side of each page 7 mm under the text block, the number, titles
/// broken only between words, the 署名 centred over the date and never alone on a page, the 版记; and in the print view no half-width
/// space inside Chinese text and no date, status word or name broken in a table cell.
/// </summary>
public class OfficialDocumentsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;

    // Nineteen characters holding 全体会议: every title made from it runs over one 22pt line of the 156 mm text block (20 characters).
    private const string MeetingTitle = "未成年人保护工作领导小组第二次全体会议";

    [Fact]
    public async Task Every_official_document_prints_on_the_standard_a4_text_block_with_number_page_numbers_whole_titles_and_dates()
    {
        var documents = await IssuedAsync();
        var output = Path.Combine(AppContext.BaseDirectory, "official-documents");
        Directory.CreateDirectory(output);
        var clerk = documents.Clerk;
        var problems = new List<string>();
        var measured = new List<string>();
        var numbers = new Dictionary<string, string>();
        void Check(bool condition, string problem)
        {
            if (!condition) problems.Add(problem);
        }
        foreach (var (name, url) in documents.Urls)
        {
            await clerk.GotoAsync(url);
            await Expect(clerk.Locator("article.official-notice .doc-number")).ToBeVisibleAsync();
            var expected = await ExpectedAsync(clerk, name);
            numbers[name] = expected.Number;
            var pdf = await clerk.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
            await File.WriteAllBytesAsync(Path.Combine(output, $"{name}.pdf"), pdf);

            var result = PrintMeasures.Measure(pdf, expected);
            measured.Add(result.Figures);
            problems.AddRange(result.Problems);

            // The document number reads 〔年〕N号.
            Check(Regex.IsMatch(expected.Number, @"〔\d{4}〕\d+号$"), $"{name}: the document number “{expected.Number}” does not read 〔年〕N号");

            // No half-width space inside Chinese text.
            var text = await clerk.Locator("article.official-notice").InnerTextAsync();
            foreach (Match space in HalfWidthSpaceInChinese.Matches(text))
                Check(false, $"{name}: a half-width space inside Chinese text: “{text.Substring(Math.Max(0, space.Index - 6), Math.Min(14, text.Length - Math.Max(0, space.Index - 6)))}”");

            if (name == "circular") Check(expected.Unbroken.Count >= 3, $"{name}: no dates and status words found in the table");
            if (name == "semiannual-report") Check(expected.Unbroken.Count >= 10, $"{name}: no dates, states and names found in the tables");
            // No screen call-out of the report page in the document.
            Check(await clerk.Locator("article.official-notice .notice, article.official-notice .fact-summary strong").CountAsync() == 0,
                $"{name}: the screen's call-out boxes are in the document");
        }
        await File.WriteAllLinesAsync(Path.Combine(output, "measured.txt"), measured);

        // Opened again, the notices are the same documents under the same numbers.
        foreach (var (name, url) in documents.Urls.Where(u => u.Name.EndsWith("notice", StringComparison.Ordinal)))
        {
            await clerk.GotoAsync(url);
            Check((await clerk.Locator("article.official-notice .doc-number").InnerTextAsync()).Trim() == numbers[name],
                $"{name}: opened again, the number changed from {numbers[name]}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Concat(measured)));
        Assert.Equal(["meeting-notice", "minutes", "circular", "adjustment-notice", "semiannual-report", "major-matter"], documents.Urls.Select(u => u.Name));
    }

    [Fact]
    public async Task Every_official_document_has_a_word_copy_that_libreoffice_opens_and_prints_to_the_same_measures()
    {
        var documents = await IssuedAsync();
        var output = Path.Combine(AppContext.BaseDirectory, "official-documents", "docx");
        if (Directory.Exists(output)) Directory.Delete(output, true);
        Directory.CreateDirectory(output);
        var clerk = documents.Clerk;
        var expected = new Dictionary<string, ExpectedDocument>();
        var problems = new List<string>();
        foreach (var (name, url) in documents.Urls)
        {
            await clerk.GotoAsync(url);
            expected[name] = await ExpectedAsync(clerk, name);
            // The page links its Word copy; it downloads under the document's number.
            var link = clerk.Locator("a[download]", new() { HasTextString = "下载Word版" });
            await Expect(link).ToHaveCountAsync(1);
            var href = await link.GetAttributeAsync("href");
            var response = await clerk.APIRequest.GetAsync(new Uri(new Uri(clerk.Url), href).ToString());
            Assert.True(response.Ok, $"{name}: {href} answered {response.Status}");
            Assert.Equal(OfficialDocx.ContentType, response.Headers["content-type"]);
            Assert.Contains(".docx", response.Headers["content-disposition"]);
            var bytes = await response.BodyAsync();
            await File.WriteAllBytesAsync(Path.Combine(output, $"{name}.docx"), bytes);

            // A valid WordprocessingML package: no schema error, the number, the title and no half-width space in Chinese text.
            using var stream = new MemoryStream(bytes);
            using var word = WordprocessingDocument.Open(stream, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            if (errors.Count > 0) problems.Add($"{name}.docx: {string.Join("; ", errors.Take(5))}");
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            if (!text.Contains(expected[name].Number, StringComparison.Ordinal)) problems.Add($"{name}.docx: no number “{expected[name].Number}”");
            if (!text.Contains(expected[name].Title, StringComparison.Ordinal)) problems.Add($"{name}.docx: no title “{expected[name].Title}”");
            foreach (Match space in HalfWidthSpaceInChinese.Matches(text)) problems.Add($"{name}.docx: a half-width space at “{text.Substring(Math.Max(0, space.Index - 6), 12)}”");
        }

        // LibreOffice (headless, its own profile and home) converts every copy; each PDF passes the print view's measures.
        var converted = await LibreOffice.ConvertToPdfAsync(documents.Urls.Select(u => Path.Combine(output, $"{u.Name}.docx")).ToList(), output);
        var measured = new List<string>();
        foreach (var (name, _) in documents.Urls)
        {
            var pdf = Path.Combine(output, $"{name}.pdf");
            Assert.True(File.Exists(pdf), $"{name}.docx: LibreOffice made no PDF\n{converted}");
            var result = PrintMeasures.Measure(await File.ReadAllBytesAsync(pdf), expected[name]);
            measured.Add(result.Figures);
            problems.AddRange(result.Problems.Select(p => $"{p} (Word copy)"));
        }
        await File.WriteAllLinesAsync(Path.Combine(output, "measured.txt"), measured);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Concat(measured)));
    }

    /// <summary>A half-width space beside a Chinese character or full-width punctuation.</summary>
    private static readonly Regex HalfWidthSpaceInChinese = new(@"(?<=[\u2e80-\uffef]) (?=\S)|(?<=\S) (?=[\u2e80-\uffef])");

    /// <summary>What the page says the document is: its number, title, 署名 and date (the PDF must show the same).</summary>
    private static async Task<ExpectedDocument> ExpectedAsync(IPage page, string name)
    {
        async Task<string> Text(string selector) =>
            Regex.Replace(await page.Locator($"article.official-notice {selector}").InnerTextAsync(), @"\s+", "");
        var cells = await page.Locator("article.official-notice td").AllInnerTextsAsync();
        var kept = await page.Locator("article.official-notice td.status, article.official-notice td .state, article.official-notice td.name").AllInnerTextsAsync();
        var unbroken = cells.SelectMany(c => Regex.Matches(c, @"\d{4}-\d{2}-\d{2}").Select(m => m.Value))
            .Concat(kept.Select(w => w.Trim()).Where(w => w.Length > 0)).ToList();
        return new ExpectedDocument(name, await Text(".doc-number"), await Text(".doc-title"), await Text(".signature"), await Text(".signature-date"), unbroken);
    }

    [Fact]
    public async Task The_print_stylesheet_names_the_government_fonts_first_and_the_standard_margins()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync($"{browser.App.BaseUrl}/sign-in");
        Assert.True(response!.Ok);
        var href = await page.Locator("link[rel=stylesheet][href*='print']").GetAttributeAsync("href");
        var css = await (await page.APIRequest.GetAsync($"{browser.App.BaseUrl}{href}")).TextAsync();
        Assert.Contains("margin: 37mm 26mm 35mm 28mm", css);
        // Page numbers: odd pages on the right, even pages on the left (GB/T 9704 §7.5), no longer centred.
        Assert.Contains("@page :right", css);
        Assert.Contains("@bottom-right", css);
        Assert.Contains("@page :left", css);
        Assert.Contains("@bottom-left", css);
        Assert.Contains("font-family: \"仿宋_GB2312\", \"仿宋\", FangSong, STFangsong, \"Noto Serif CJK SC\"", css);
        Assert.Contains("font-family: \"方正小标宋简体\"", css);
        Assert.Contains("text-wrap: balance", css);
    }

    private sealed record Issued(IPage Clerk, IReadOnlyList<(string Name, string Url)> Urls);

    private static readonly SemaphoreSlim Issuing = new(1, 1);
    private static readonly Dictionary<BrowserFixture, Issued> IssuedFor = [];

    /// <summary>The documents are issued once for the class's app (both tests read them).</summary>
    private async Task<Issued> IssuedAsync()
    {
        await Issuing.WaitAsync();
        try
        {
            if (!IssuedFor.TryGetValue(browser, out var issued)) IssuedFor[browser] = issued = await IssueEveryDocumentAsync();
            return issued;
        }
        finally
        {
            Issuing.Release();
        }
    }

    /// <summary>A meeting convened, held, minuted, signed off and reported on; a member change approved; a semiannual report drafted.</summary>
    private async Task<Issued> IssueEveryDocumentAsync()
    {
        await browser.AddUserAsync("clerk", "--role", "办公室", "--password", "clerk-password-1");
        await browser.AddUserAsync("yewei", "--role", "组长", "--person", "叶伟", "--password", "leader-password-1");
        await browser.AddUserAsync("jianshe", "--role", "成员单位联络人", "--unit", "建设村", "--password", "liaison-password-1");
        await browser.AddUserAsync("zhaodanyue", "--role", "工作站", "--person", "赵旦月", "--password", "station-password-1");

        var clerk = await browser.SignInAsync("clerk", "clerk-password-1", "/t/tgy/meetings/new");
        await clerk.GetByLabel("会议名称").FillAsync(MeetingTitle);
        await clerk.GetByLabel("日期", new() { Exact = true }).FillAsync(Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await clerk.GetByLabel("时间", new() { Exact = true }).FillAsync("09:30");
        await clerk.GetByLabel("地点", new() { Exact = true }).FillAsync("镇政府三楼会议室");
        await clerk.GetByLabel("召集人").SelectOptionAsync(new SelectOptionValue { Label = "叶伟（组长）" });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "召集会议" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToHaveTextAsync(MeetingTitle);
        var meetingUrl = clerk.Url.Split('?')[0];
        await MinutesBrowserSteps.RecordEveryoneAsync(clerk, meetingUrl);

        await clerk.GotoAsync(meetingUrl + "?tab=minutes");
        await clerk.GetByLabel("纪要正文").FillAsync(
            "会议听取了未成年人保护工作站上半年工作汇报，研究了留守儿童关爱、困境儿童保障和校园周边环境整治工作，要求各成员单位按照职责分工抓好落实，" +
            "按期报送进展情况，确保各项议定事项落到实处。");
        await clerk.GetByLabel("第1项议定事项").FillAsync("建立留守儿童关爱台账，逐户核实监护情况并落实结对帮扶责任人，每季度走访一次，发现问题及时报告镇未成年人保护工作站并协调解决");
        await clerk.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await clerk.GetByLabel("第1项办理期限").FillAsync(Today.AddDays(60).ToString("yyyy-MM-dd"));
        await clerk.GetByLabel("重大事项（报区未保机构）").First.CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存纪要草稿" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("起草中");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报送召集人签发" }).ClickAsync();
        await Expect(clerk.Locator("strong.minutes-status").First).ToHaveTextAsync("待签发");

        var leader = await browser.SignInAsync("yewei", "leader-password-1", "/t/tgy/meetings");
        await leader.GotoAsync(meetingUrl + "?tab=minutes");
        await leader.GetByRole(AriaRole.Button, new() { Name = "签发" }).ClickAsync();
        await Expect(leader.Locator("p.summary strong.minutes-status").First).ToContainTextAsync("号");

        var liaison = await browser.SignInAsync("jianshe", "liaison-password-1", "/t/tgy/resolutions");
        await liaison.GetByText("建立留守儿童关爱台账").ClickAsync();
        await liaison.GetByLabel("报送进展").FillAsync("已完成 12 户留守儿童信息核查，其余农户正在逐户走访，预计月底前全部完成并建立台账；结对帮扶责任人已落实到村组干部和志愿者，首轮走访发现的三个问题已报工作站协调解决。");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "报送" }).ClickAsync();
        await Expect(liaison.Locator("strong.resolution-status")).ToHaveTextAsync("推进中");

        // The major matter goes up to the district: 报区 from the resolution's page.
        await clerk.GotoAsync(liaison.Url);
        await clerk.GetByLabel("报告内容").FillAsync("该事项涉及全镇留守儿童监护情况核查和结对帮扶，经领导小组会议研究确定，现按程序报区未保办，请予指导。");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "报区" }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToContainTextAsync("重大事项报告");
        var majorMatterUrl = clerk.Url.Split('?')[0];

        await clerk.GotoAsync(meetingUrl + "?tab=resolutions");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "生成落实情况通报" }).ClickAsync();
        await Expect(clerk.Locator("article.circular .doc-number")).ToContainTextAsync("铜罐驿未保领办通〔");
        var circularUrl = clerk.Url;

        await liaison.GotoAsync($"{browser.App.BaseUrl}/t/tgy/adjustments");
        await liaison.GetByText("提出调整申请").ClickAsync();
        await liaison.GetByLabel("调整类型").SelectOptionAsync(new SelectOptionValue { Label = "替换成员" });
        await liaison.GetByLabel("现任成员（替换、减少、调整职务时选择）").SelectOptionAsync(new SelectOptionValue { Label = "刘建容（成员，建设村）" });
        await liaison.GetByLabel("新成员姓名（替换、增加时填写）").FillAsync("张新");
        await liaison.GetByLabel("调整原因").FillAsync("工作变动");
        await liaison.GetByLabel("拟生效日期").FillAsync("2026-04-01");
        await liaison.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(liaison.Locator("strong.status")).ToHaveTextAsync("待受理");
        var adjustmentUrl = liaison.Url;
        await clerk.GotoAsync(adjustmentUrl);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理并报请审批" }).ClickAsync();
        await Expect(clerk.Locator("strong.status")).ToHaveTextAsync("待审批");
        await leader.GotoAsync(adjustmentUrl);
        await leader.GetByLabel("意见").FillAsync("同意");
        await leader.GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await Expect(leader.Locator("strong.status")).ToHaveTextAsync("已批准");

        var year = Today.Year - 1;
        var station = await browser.SignInAsync("zhaodanyue", "station-password-1", $"/t/tgy/reports?year={year}");
        await station.GetByLabel("年份").FillAsync(year.ToString());
        await station.GetByLabel("半年").SelectOptionAsync("H1");
        await station.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await Expect(station.Locator("h1")).ToHaveTextAsync($"工作站{year}年上半年工作汇报");
        var reportUrl = station.Url.Split('?')[0];
        await station.GetByLabel("情况分析（报送前必填）").FillAsync("全镇未成年人总体情况平稳，各村（社区）儿童主任均已到岗，困境儿童保障政策落实到位。");
        await station.GetByLabel("存在问题（报送前必填）").FillAsync("部分儿童主任未按期参加轮训，个别村留守儿童台账更新不及时。");
        await station.GetByLabel("下步计划（报送前必填）").FillAsync("下半年组织全体儿童主任轮训，按月更新留守儿童台账。");
        await station.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Expect(station.Locator("ol.versions li")).ToHaveCountAsync(1);

        return new Issued(clerk,
        [
            ("meeting-notice", meetingUrl + "/notice"),
            ("minutes", meetingUrl + "/minutes-print"),
            ("circular", circularUrl),
            ("adjustment-notice", $"{browser.App.BaseUrl}/t/tgy/adjustments/notice?year=2026"),
            ("semiannual-report", reportUrl + "/print"),
            ("major-matter", majorMatterUrl + "/print")
        ]);
    }
}
