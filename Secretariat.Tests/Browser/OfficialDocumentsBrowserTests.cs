using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using static Microsoft.Playwright.Assertions;

namespace Secretariat.Tests.Browser;

/// <summary>
/// Every official document printed to PDF by Chromium and measured after GB/T 9704-2012: the text block starts 37 mm from the top
/// and 28 mm from the left of an A4 page, every page carries "— N —", the document number reads 〔年〕N号, a title never ends on a
/// lone character and no date in a table cell is broken over two lines.
/// </summary>
public class OfficialDocumentsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;
    private const double PointsPerMm = 72 / 25.4;

    // Fourteen characters: "关于召开…的通知" is then 21 characters, one more than a 22pt line of the 156 mm text block holds.
    private const string MeetingTitle = "未成年人保护工作第二次推进会";

    [Fact]
    public async Task Every_official_document_prints_on_the_standard_a4_text_block_with_number_page_numbers_whole_titles_and_dates()
    {
        var documents = await IssueEveryDocumentAsync();
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
            var number = numbers[name] = (await clerk.Locator("article.official-notice .doc-number").InnerTextAsync()).Trim();
            var title = Regex.Replace(await clerk.Locator("article.official-notice .doc-title").InnerTextAsync(), @"\s+", "");
            var cells = await clerk.Locator("article.official-notice td").AllInnerTextsAsync();
            var words = await clerk.Locator("article.official-notice td.status, article.official-notice td .state").AllInnerTextsAsync();
            var pdf = await clerk.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
            await File.WriteAllBytesAsync(Path.Combine(output, $"{name}.pdf"), pdf);

            using var document = PdfDocument.Open(pdf);
            var pages = document.GetPages().ToList();
            Check(pages.Count >= 1, $"{name}: no page");
            var lines = pages.Select(Lines).ToList();

            // A4, and the first text where the text block starts.
            foreach (var page in pages)
            {
                Assert.InRange(page.Width / PointsPerMm, 209, 211);
                Assert.InRange(page.Height / PointsPerMm, 296, 298);
            }
            var first = pages[0];
            var body = Ink(first).Where(l => FromTop(first, l.BoundingBox.Top) < 297 - 35).ToList();
            var top = body.Min(l => FromTop(first, l.BoundingBox.Top));
            var left = body.Min(l => l.BoundingBox.Left / PointsPerMm);
            measured.Add($"{name}: {pages.Count} page(s), first text {top:0.00} mm from the top, {left:0.00} mm from the left; lines of page 1: " +
                string.Join(" | ", lines[0].Select(l => $"{l.FromTop:0.0} {l.Size:0.#}pt {l.Text}")));
            Check(Math.Abs(top - 37) <= 1, $"{name}: the first text is {top:0.0} mm from the top, not 37 ± 1 mm");
            Check(Math.Abs(left - 28) <= 1, $"{name}: the text starts {left:0.0} mm from the left, not 28 ± 1 mm");
            foreach (var page in pages)
            {
                var right = Ink(page).Max(l => l.BoundingBox.Right / PointsPerMm);
                Check(right <= 210 - 26 + 1, $"{name}, page {page.Number}: text reaches {right:0.0} mm, beyond the text block (184 mm)");
            }

            // "— N —" in the bottom margin of every page.
            foreach (var page in pages)
            {
                var foot = string.Concat(Lines(page).Where(line => line.FromTop > 297 - 35).Select(line => line.Text));
                Check(Regex.IsMatch(foot, $@"—\s*{page.Number}\s*—"), $"{name}, page {page.Number}: no page number in “{foot}”");
            }

            // The document number, on the page as in the document.
            Check(Regex.IsMatch(number, @"〔\d{4}〕\d+号$"), $"{name}: the document number “{number}” does not read 〔年〕N号");
            Check(lines[0].Any(line => Regex.Replace(line.Text, @"\s+", "").Normalize(System.Text.NormalizationForm.FormKC)
                    .Contains(number.Normalize(System.Text.NormalizationForm.FormKC), StringComparison.Ordinal)),
                $"{name}: the number “{number}” is not on the first page");

            // The title's lines, in order, and its last line of more than one character.
            var titleLines = TitleLines(lines[0], title);
            Check(titleLines is not null, $"{name}: the title “{title}” is not found as whole lines in the PDF");
            Check(titleLines is null || titleLines.Last().Length > 1, $"{name}: the title ends on a lone character: {string.Join(" / ", titleLines ?? [])}");

            // Each date and status word of a table cell on one line of the tables' small type (as many times as the cells hold it).
            var tokens = cells.SelectMany(c => Regex.Matches(c, @"\d{4}-\d{2}-\d{2}").Select(m => m.Value))
                .Concat(words.Select(w => w.Trim()).Where(w => w.Length > 0)).GroupBy(d => d).ToList();
            var printed = string.Join("\n", lines.SelectMany(p => p).Where(l => l.Size < 14)
                .Select(l => Regex.Replace(l.Text, @"\s+", "").Normalize(System.Text.NormalizationForm.FormKC)));
            foreach (var token in tokens)
                Check(Regex.Matches(printed, Regex.Escape(token.Key.Normalize(System.Text.NormalizationForm.FormKC))).Count >= token.Count(),
                    $"{name}: “{token.Key}” is broken in a table cell ({token.Count()} in the table)");
            if (name == "circular") Check(tokens.Count >= 3, $"{name}: no dates and status words found in the table");
        }
        await File.WriteAllLinesAsync(Path.Combine(output, "measured.txt"), measured);

        // Opened again, the notices are the same documents under the same numbers.
        foreach (var (name, url) in documents.Urls.Where(u => u.Name.EndsWith("notice", StringComparison.Ordinal)))
        {
            await clerk.GotoAsync(url);
            Check((await clerk.Locator("article.official-notice .doc-number").InnerTextAsync()).Trim() == numbers[name],
                $"{name}: opened again, the number changed from {numbers[name]}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(["meeting-notice", "minutes", "circular", "adjustment-notice", "semiannual-report"], documents.Urls.Select(u => u.Name));
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
        Assert.Contains("@bottom-center", css);
        Assert.Contains("font-family: \"仿宋_GB2312\", \"仿宋\", FangSong, STFangsong, \"Noto Serif CJK SC\"", css);
        Assert.Contains("font-family: \"方正小标宋简体\"", css);
        Assert.Contains("text-wrap: balance", css);
    }

    private sealed record Issued(IPage Clerk, IReadOnlyList<(string Name, string Url)> Urls);

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

        await clerk.GotoAsync(meetingUrl + "?tab=minutes");
        await clerk.GetByLabel("纪要正文").FillAsync(
            "会议听取了未成年人保护工作站上半年工作汇报，研究了留守儿童关爱、困境儿童保障和校园周边环境整治工作，要求各成员单位按照职责分工抓好落实，" +
            "按期报送进展情况，确保各项议定事项落到实处。");
        await clerk.GetByLabel("第1项议定事项").FillAsync("建立留守儿童关爱台账，逐户核实监护情况并落实结对帮扶责任人，每季度走访一次，发现问题及时报告镇未成年人保护工作站并协调解决");
        await clerk.GetByLabel("第1项牵头单位").SelectOptionAsync(new SelectOptionValue { Label = "建设村" });
        await clerk.GetByLabel("第1项办理期限").FillAsync(Today.AddDays(60).ToString("yyyy-MM-dd"));
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
            ("semiannual-report", reportUrl + "/print")
        ]);
    }

    /// <summary>A line of text: its baseline's distance from the top (mm), its text, and its type size (pt).</summary>
    private sealed record Line(double FromTop, string Text, double Size);

    private static IEnumerable<Letter> Ink(Page page) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Width > 0);

    private static double FromTop(Page page, double y) => (page.Height - y) / PointsPerMm;

    /// <summary>The page's text lines top to bottom: letters on one baseline (within 1.5 pt), left to right.</summary>
    private static List<Line> Lines(Page page)
    {
        var lines = new List<(double Baseline, List<Letter> Letters)>();
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - letter.StartBaseLine.Y) <= 1.5) lines[^1].Letters.Add(letter);
            else lines.Add((letter.StartBaseLine.Y, [letter]));
        }
        return lines.Select(l => new Line(FromTop(page, l.Baseline), string.Concat(l.Letters.OrderBy(x => x.StartBaseLine.X).Select(x => x.Value)),
            l.Letters.Max(x => x.PointSize))).ToList();
    }

    /// <summary>
    /// Chromium's text map names some ideographs by their Kangxi radical (⼈ for 人, ⻓ for 长: one glyph in the font): compared after
    /// NFKC, and a character of the radical blocks that NFKC leaves stands for any character.
    /// </summary>
    private static bool SameText(string printed, string expected)
    {
        printed = printed.Normalize(System.Text.NormalizationForm.FormKC);
        expected = expected.Normalize(System.Text.NormalizationForm.FormKC);
        return printed.Length == expected.Length && printed.Zip(expected).All(p => p.First == p.Second || p.First is >= '\u2e80' and <= '\u2fdf');
    }

    /// <summary>The consecutive lines that hold exactly the title, or null.</summary>
    private static List<string>? TitleLines(List<Line> lines, string title)
    {
        for (var start = 0; start < lines.Count; start++)
        {
            var text = "";
            var taken = new List<string>();
            for (var i = start; i < lines.Count && text.Length < title.Length; i++)
            {
                var line = Regex.Replace(lines[i].Text, @"\s+", "");
                taken.Add(line);
                text += line;
            }
            if (SameText(text, title)) return taken;
        }
        return null;
    }
}
