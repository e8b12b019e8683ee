using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Secretariat.Tests.Support;

/// <summary>What an official document must show in its PDF, whoever made the PDF (Chromium's print, LibreOffice's conversion of the .docx).</summary>
/// <param name="Unbroken">Texts of table cells that must stand on one line of the tables' small type (dates, states, names), each as often as the cells hold it.</param>
public sealed record ExpectedDocument(string Name, string Number, string Title, string Signature, string Date, IReadOnlyList<string> Unbroken);

/// <summary>
/// An official document's PDF measured after GB/T 9704-2012 from the glyphs' own outlines (PdfPig): A4; the 版头's upper edge 35 mm below
/// the top of the text block (72 mm from the top of the page) and larger than the title; the text within 28..184 mm; "— N —" on every
/// page, 空一字 inside the text block on the right of odd pages and the left of even pages, its 一字线 7 mm under the text block; the
/// number on page 1; the title as whole lines, none ending inside a word or on a lone character; the 署名 centred over the date; the
/// 版记 (抄送, 印发) after them; no page holding only the 署名 and the date.
/// </summary>
public static class PrintMeasures
{
    public const double PointsPerMm = 72 / 25.4;
    public const double TextBlockBottom = 297 - 35;
    public const double CharOfPageNumber = 14 / PointsPerMm; // 4号: 4.94 mm

    /// <summary>Words of the titles that a line must not split (the issue's examples among them: 全体会议, 未成年人).</summary>
    public static readonly string[] TitleWords =
    [
        "关于", "召开", "报送", "通知", "通报", "报告", "纪要", "全体会议", "未成年人", "保护", "工作", "推进会", "第二次", "议定事项", "落实情况",
        "领导小组", "工作站", "成员调整", "上半年", "下半年", "全镇", "重大事项", "情况"
    ];

    /// <summary>A text line: its letters (one baseline, left to right), text, extent and type size.</summary>
    public sealed record Line(IReadOnlyList<Letter> Letters, string Text, double Top, double Bottom, double Left, double Right, double Size)
    {
        public double Centre => (Left + Right) / 2;
        public string Compact => Regex.Replace(Text, @"\s+", "").Normalize(System.Text.NormalizationForm.FormKC);
    }

    /// <summary>The measures of one PDF: the figures (for the report) and what falls short.</summary>
    public sealed record Result(string Figures, IReadOnlyList<string> Problems, int Pages);

    public static Result Measure(byte[] pdf, ExpectedDocument expected)
    {
        var name = expected.Name;
        var problems = new List<string>();
        void Check(bool condition, string problem)
        {
            if (!condition) problems.Add($"{name}: {problem}");
        }
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        if (pages.Count == 0) return new Result($"{name}: no page", [$"{name}: no page"], 0);
        foreach (var page in pages)
        {
            Check(Math.Abs(page.Width / PointsPerMm - 210) <= 1 && Math.Abs(page.Height / PointsPerMm - 297) <= 1,
                $"page {page.Number} is {page.Width / PointsPerMm:0} x {page.Height / PointsPerMm:0} mm, not A4");
        }
        var lines = pages.Select(Lines).ToList();

        // 版头: the first line of page 1, its upper edge 37 + 35 mm from the top; larger than the title's type.
        var head = lines[0].First();
        Check(Math.Abs(head.Top - 72) <= 1.5, $"the 版头 “{head.Text}” starts {head.Top:0.0} mm from the top, not 72 ± 1.5 mm (35 mm under the text block's top)");

        // The text block: 28 mm from the left, never past 184 mm.
        var body = lines.SelectMany(p => p).Where(l => l.Bottom < TextBlockBottom).ToList();
        var left = body.Min(l => l.Left);
        Check(Math.Abs(left - 28) <= 1, $"the text starts {left:0.0} mm from the left, not 28 ± 1 mm");
        var right = body.Max(l => l.Right);
        Check(right <= 184 + 1, $"text reaches {right:0.0} mm, beyond the text block (184 mm)");

        // Page numbers.
        var numbers = new List<string>();
        foreach (var (page, index) in pages.Select((p, i) => (p, i)))
        {
            var foot = lines[index].Where(l => l.Top > TextBlockBottom).ToList();
            var number = foot.FirstOrDefault(l => Regex.IsMatch(l.Compact, $@"^[—－-]+{page.Number}[—－-]+$"));
            if (number is null)
            {
                Check(false, $"page {page.Number}: no “— {page.Number} —” under the text block ({string.Join(" | ", foot.Select(l => l.Text))})");
                continue;
            }
            var dash = number.Letters.First(l => l.Value is "—" or "－" or "-");
            var dashCentre = (page.Height - (dash.GlyphRectangle.Top + dash.GlyphRectangle.Bottom) / 2) / PointsPerMm;
            var below = dashCentre - TextBlockBottom;
            var odd = page.Number % 2 == 1;
            var inset = odd ? 184 - number.Right : number.Left - 28;
            numbers.Add($"p{page.Number} {(odd ? "right" : "left")} inset {inset:0.0} mm, 一字线 {below:0.0} mm under the text block");
            Check(odd ? number.Left > 105 : number.Right < 105, $"page {page.Number}: the number is on the {(number.Left > 105 ? "right" : "left")}, not the {(odd ? "right" : "left")}");
            Check(Math.Abs(inset - CharOfPageNumber) <= 1.5, $"page {page.Number}: the number stands {inset:0.0} mm inside the text block's edge, not 空一字 ({CharOfPageNumber:0.0} ± 1.5 mm)");
            Check(Math.Abs(below - 7) <= 1.5, $"page {page.Number}: the 一字线 is {below:0.0} mm under the text block, not 7 ± 1.5 mm");
        }

        // The number on page 1.
        Check(lines[0].Any(l => l.Compact.Contains(expected.Number.Normalize(System.Text.NormalizationForm.FormKC), StringComparison.Ordinal)),
            $"the number “{expected.Number}” is not on page 1");

        // The title: whole lines, larger than the body, smaller than the 版头; no line ends inside a word or on a lone character.
        var title = TitleLines(lines[0], expected.Title);
        Check(title is not null, $"the title “{expected.Title}” is not found as whole lines on page 1");
        var breaksInWords = 0;
        if (title is not null)
        {
            Check(title[^1].Compact.Length > 1, $"the title ends on a lone character: {string.Join(" / ", title.Select(l => l.Text))}");
            for (var i = 0; i + 1 < title.Count; i++)
                foreach (var word in TitleWords)
                    for (var k = 1; k < word.Length; k++)
                        if (title[i].Compact.EndsWith(word[..k], StringComparison.Ordinal) && title[i + 1].Compact.StartsWith(word[k..], StringComparison.Ordinal))
                        {
                            breaksInWords++;
                            Check(false, $"the title breaks inside “{word}”: {title[i].Text} / {title[i + 1].Text}");
                        }
            Check(GlyphHeight(head) > GlyphHeight(title[0]) * 1.15,
                $"the 版头 ({GlyphHeight(head):0.0} mm high) is not larger than the title ({GlyphHeight(title[0]):0.0} mm): it reads as a heading");
        }

        // 署名 over the date, centred; both on a page that holds more of the document than them (and the 版记).
        var all = lines.SelectMany((p, i) => p.Select(l => (Page: i, Line: l))).ToList();
        var signatureAt = all.FindLastIndex(x => SameText(x.Line.Compact, expected.Signature));
        var dateAt = all.FindLastIndex(x => SameText(x.Line.Compact, expected.Date));
        Check(signatureAt >= 0, $"no 署名 “{expected.Signature}” on a line of its own");
        Check(dateAt >= 0, $"no date “{expected.Date}” on a line of its own");
        var orphanPages = 0;
        double centreOffset = double.NaN;
        if (signatureAt >= 0 && dateAt >= 0)
        {
            var (signature, date) = (all[signatureAt], all[dateAt]);
            Check(date.Page == signature.Page && dateAt == signatureAt + 1, "the date is not the line under the 署名");
            centreOffset = date.Line.Centre - signature.Line.Centre;
            Check(Math.Abs(centreOffset) <= 2, $"the 署名 is not centred over the date ({centreOffset:0.0} mm apart)");
            var sameFirst = all.FindIndex(x => x.Page == signature.Page && x.Line.Top <= TextBlockBottom);
            if (sameFirst == signatureAt)
            {
                orphanPages++;
                Check(false, $"page {signature.Page + 1} holds only the 署名 and the date");
            }
        }

        // 版记 after them: 抄送 and 印发 (the 印发日期 with it).
        var copied = all.FindIndex(x => x.Line.Compact.StartsWith("抄送", StringComparison.Ordinal));
        var printed = all.FindIndex(x => x.Line.Compact.EndsWith("印发", StringComparison.Ordinal) && x.Line.Compact.Contains('年'));
        Check(copied > signatureAt, "no 抄送 line after the 署名");
        Check(printed > copied, "no 印发机关/印发日期 line after the 抄送");

        // Dates, states and names of the tables never broken over two lines.
        var small = string.Join("\n", lines.SelectMany(p => p).Where(l => l.Size < 14).Select(l => l.Compact));
        var broken = 0;
        foreach (var token in expected.Unbroken.GroupBy(t => t))
        {
            var pattern = string.Concat(token.Key.Normalize(System.Text.NormalizationForm.FormKC).Select(c => $"[{Regex.Escape(c.ToString())}\u2e80-\u2fdf]"));
            if (Regex.Matches(small, pattern).Count >= token.Count()) continue;
            broken++;
            Check(false, $"“{token.Key}” is broken in a table cell ({token.Count()} in the tables)");
        }

        var figures = $"{name}: {pages.Count} page(s); 版头 top {head.Top:0.0} mm (text block top + {head.Top - 37:0.0}), " +
            $"版头/title glyph height {GlyphHeight(head):0.0}/{(title is null ? double.NaN : GlyphHeight(title[0])):0.0} mm; " +
            $"page numbers: {string.Join("; ", numbers)}; title lines: {string.Join(" / ", title?.Select(l => l.Compact) ?? [])} " +
            $"(breaks inside words {breaksInWords}); 署名-date centre offset {centreOffset:0.0} mm; pages with only the signature {orphanPages}; " +
            $"版记 {(copied >= 0 && printed > copied ? "present" : "missing")}; table texts kept whole {expected.Unbroken.Count - broken}/{expected.Unbroken.Count}";
        return new Result(figures, problems, pages.Count);
    }

    /// <summary>The page's text lines top to bottom: letters on one baseline (within 1.5 pt), left to right, measured from their outlines.</summary>
    public static List<Line> Lines(Page page)
    {
        var groups = new List<(double Baseline, List<Letter> Letters)>();
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y))
        {
            if (groups.Count > 0 && Math.Abs(groups[^1].Baseline - letter.StartBaseLine.Y) <= 1.5) groups[^1].Letters.Add(letter);
            else groups.Add((letter.StartBaseLine.Y, [letter]));
        }
        return groups.Select(g =>
        {
            var letters = g.Letters.OrderBy(x => x.StartBaseLine.X).ToList();
            var inked = letters.Where(l => l.GlyphRectangle.Width > 0 || l.GlyphRectangle.Height > 0).ToList();
            if (inked.Count == 0) inked = letters;
            return new Line(letters, string.Concat(letters.Select(x => x.Value)),
                (page.Height - inked.Max(l => l.GlyphRectangle.Top)) / PointsPerMm,
                (page.Height - inked.Min(l => l.GlyphRectangle.Bottom)) / PointsPerMm,
                inked.Min(l => l.GlyphRectangle.Left) / PointsPerMm,
                inked.Max(l => l.GlyphRectangle.Right) / PointsPerMm,
                letters.Max(x => x.PointSize));
        }).ToList();
    }

    /// <summary>The height of a line's tallest Chinese glyph (mm): the type size as printed, whatever the font matrix says.</summary>
    private static double GlyphHeight(Line line) =>
        line.Letters.Where(l => l.Value.Length == 1 && l.Value[0] >= '\u2e80').Select(l => l.GlyphRectangle.Height / PointsPerMm).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Chromium's text map names some ideographs by their Kangxi radical (⼈ for 人, ⻓ for 长: one glyph in the font): compared after
    /// NFKC, and a character of the radical blocks that NFKC leaves stands for any character.
    /// </summary>
    public static bool SameText(string printed, string expected)
    {
        printed = printed.Normalize(System.Text.NormalizationForm.FormKC);
        expected = expected.Normalize(System.Text.NormalizationForm.FormKC);
        return printed.Length == expected.Length && printed.Zip(expected).All(p => p.First == p.Second || p.First is >= '\u2e80' and <= '\u2fdf');
    }

    /// <summary>The consecutive lines that hold exactly the title, or null.</summary>
    public static List<Line>? TitleLines(List<Line> lines, string title)
    {
        for (var start = 0; start < lines.Count; start++)
        {
            var text = "";
            var taken = new List<Line>();
            for (var i = start; i < lines.Count && text.Length < title.Length; i++)
            {
                taken.Add(lines[i]);
                text += lines[i].Compact;
            }
            if (SameText(text, title)) return taken;
        }
        return null;
    }
}
