using System.Text;
using System.Text.RegularExpressions;

namespace Secretariat.Web.Infrastructure.Documents;

/// <summary>
/// One official document (公文) laid out after GB/T 9704-2012, as data: the print page renders it to HTML
/// (<c>OfficialDocumentView.razor</c>) and the Word copy to .docx (<see cref="OfficialDocx"/>), so both say the same words in the
/// same order. Every text is tidied on the way in (<see cref="DocText.Tidy"/>).
/// </summary>
/// <param name="Kind">The CSS class of the kind (meeting-notice, minutes-print, circular, adjustment-notice, report-print, major-matter).</param>
/// <param name="Issuer">The 发文机关标志 (版头), one entry a line, printed in red.</param>
/// <param name="Number">发文字号 (〔年〕N号), or null for a document not (yet) issued.</param>
/// <param name="Title">The title's words in order (<see cref="TitleWords"/>): lines break only between them.</param>
/// <param name="Addressee">主送机关, with its colon, or null.</param>
/// <param name="Body">正文, in order.</param>
/// <param name="Signature">发文机关署名.</param>
/// <param name="Date">成文日期.</param>
/// <param name="Record">版记 (抄送, 印发机关, 印发日期).</param>
/// <param name="FileName">The .docx's file name without extension (the number, or the title).</param>
public sealed record OfficialDocument(
    string Kind,
    IReadOnlyList<string> Issuer,
    string? Number,
    IReadOnlyList<string> Title,
    string? Addressee,
    IReadOnlyList<DocBlock> Body,
    string Signature,
    DateOnly Date,
    DocumentRecord Record,
    string FileName)
{
    /// <summary>Characters of a 2号 (22pt) title line in the print view: the 156 mm text block holds 20 (155.2 mm).</summary>
    public const int TitleLineLength = 20;

    /// <summary>
    /// The Word copy's title lines hold 18 at most, so that a font with wider figures (Word, WPS, LibreOffice without the government
    /// fonts) never wraps a line on its own.
    /// </summary>
    public const int WordTitleLineLength = 18;

    /// <summary>The title as one string.</summary>
    public string TitleText => string.Concat(Title);

    /// <summary>The title's lines: broken only between its words, as even as the words allow (梯形或菱形), none a lone character.</summary>
    public IReadOnlyList<string> TitleLines => DocText.BreakLines(Title, TitleLineLength);

    /// <summary>The title's lines in the Word copy (the same rule, a shorter measure).</summary>
    public IReadOnlyList<string> WordTitleLines => DocText.BreakLines(Title, WordTitleLineLength);

    /// <summary>
    /// The 版头's horizontal scale in percent (a 发文机关标志 is set wider than the text block holds at its size: its characters are
    /// narrowed to fit one line, as offices do), in steps of 5 so that the print stylesheet has a class for each.
    /// </summary>
    public int IssuerScale => DocText.IssuerScale(Issuer);
}

/// <summary>A block of the body.</summary>
public abstract record DocBlock;

/// <summary>A paragraph of the body, indented two characters; <paramref name="Lead"/> is set in bold before the text (a minutes item's title).</summary>
public sealed record DocParagraph(string Text, string? Lead = null) : DocBlock;

/// <summary>A heading of the body (一、…), in 黑体.</summary>
public sealed record DocHeading(string Text) : DocBlock;

/// <summary>A numbered item (1. …), indented two characters.</summary>
public sealed record DocListItem(string Text) : DocBlock;

/// <summary>A note shown on the screen only (a draft's mark, a document that is not numbered yet): never printed, never in the Word copy.</summary>
public sealed record DocScreenNote(string Text) : DocBlock;

/// <summary>A table in the tables' small type. <paramref name="Keep"/>: the column's cells never break (dates, states, names).</summary>
public sealed record DocTable(string CssClass, IReadOnlyList<DocColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? Total = null) : DocBlock;

/// <summary>A column: its header, its CSS class (date, status, order, unit, name: kept on one line) and its share of the width.</summary>
public sealed record DocColumn(string Header, string? CssClass = null, int Weight = 1)
{
    public bool Keep => CssClass is "date" or "status" or "order" or "unit" or "name";
}

/// <summary>版记: 抄送 (or null), 印发机关 and 印发日期, between rules at the foot of the document (GB/T 9704 §7.4).</summary>
public sealed record DocumentRecord(string? CopiedTo, string PrintedBy, DateOnly PrintedOn);

/// <summary>Text rules of the documents.</summary>
public static partial class DocText
{
    /// <summary>
    /// No half-width space inside Chinese text ("3 项" → "3项", "出席 0 人" → "出席0人", "12月4日 起" → "12月4日起"): a space next to a
    /// Chinese character or full-width punctuation goes; runs of whitespace elsewhere become one space; the ends are trimmed.
    /// </summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var collapsed = Whitespace().Replace(text.Trim(), " ");
        return SpaceBesideChinese().Replace(collapsed, "");
    }

    /// <summary>Width of a text in em of its type: Chinese and full-width characters one, others (digits, Latin) a half.</summary>
    public static double Ems(string text) => text.Sum(c => IsWide(c) ? 1.0 : 0.5);

    public static bool IsWide(char c) => c >= '\u2e80' || c is '—' or '…';

    /// <summary>
    /// The 版头 at 30pt is narrowed to fit the 156 mm text block (442pt) on one line: 100% when it fits, else the scale in steps of 5
    /// that does (never below 50%).
    /// </summary>
    public static int IssuerScale(IEnumerable<string> lines)
    {
        var widest = lines.Select(Ems).DefaultIfEmpty(1).Max();
        var fit = 442.0 / (widest * IssuerPoints) * 100;
        return Math.Clamp((int)Math.Floor(fit / 5) * 5, 50, 100);
    }

    /// <summary>The 版头's type size: larger than the 22pt title, so that it reads as a 红头 and not as a heading.</summary>
    public const double IssuerPoints = 30;

    /// <summary>
    /// Lines of at most <paramref name="perLine"/> em, broken only between the words, as few as the words allow and as even as
    /// possible (the difference between the longest and the shortest line smallest); no line a lone character.
    /// </summary>
    public static IReadOnlyList<string> BreakLines(IReadOnlyList<string> words, int perLine)
    {
        words = words.Where(w => w.Length > 0).ToList();
        var total = words.Sum(Ems);
        if (total <= perLine) return [string.Concat(words)];
        if (words.Count <= 40)
            for (var count = (int)Math.Ceiling(total / perLine); count <= Math.Min(words.Count, (int)Math.Ceiling(total / perLine) + 2); count++)
                if (Spread(words, count, perLine) is { } lines) return lines;
        // A word longer than a line (or too many words to weigh): fill the lines greedily.
        var result = new List<string>();
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && Ems(line.ToString()) + Ems(word) > perLine) { result.Add(line.ToString()); line.Clear(); }
            line.Append(word);
        }
        if (line.Length > 0) result.Add(line.ToString());
        return result;
    }

    /// <summary>The words in exactly <paramref name="count"/> lines, each within the measure, with the smallest difference between the longest and the shortest.</summary>
    private static IReadOnlyList<string>? Spread(IReadOnlyList<string> words, int count, int perLine)
    {
        List<string>? chosen = null;
        var chosenSpread = double.MaxValue;
        void Walk(int start, List<string> lines)
        {
            if (lines.Count == count - 1)
            {
                var rest = string.Concat(words.Skip(start));
                if (rest.Length <= 1 || Ems(rest) > perLine) return;
                var all = lines.Append(rest).ToList();
                var spread = all.Max(Ems) - all.Min(Ems);
                if (spread < chosenSpread) { chosenSpread = spread; chosen = all; }
                return;
            }
            var text = new StringBuilder();
            for (var i = start; i < words.Count - 1; i++)
            {
                text.Append(words[i]);
                if (Ems(text.ToString()) > perLine) break;
                if (text.Length == 1) continue;
                lines.Add(text.ToString());
                Walk(i + 1, lines);
                lines.RemoveAt(lines.Count - 1);
            }
        }
        Walk(0, []);
        return chosen;
    }

    /// <summary>
    /// A text cut into words for line breaking: the domain's words (the longest that matches first), runs of digits and Latin letters,
    /// and whatever stands between them kept as one piece (an unknown name is never broken).
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var unknown = new StringBuilder();
        void Flush()
        {
            if (unknown.Length > 0) words.Add(unknown.ToString());
            unknown.Clear();
        }
        var i = 0;
        while (i < text.Length)
        {
            var word = Lexicon.Where(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0).MaxBy(w => w.Length);
            if (word is not null)
            {
                Flush();
                words.Add(word);
                i += word.Length;
                continue;
            }
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                Flush();
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '.')) i++;
                // A number keeps its measure word: 2026年, 3项, 12月.
                if (i < text.Length && "年月日号次项人个期".Contains(text[i])) i++;
                words.Add(text[start..i]);
                continue;
            }
            if (text[i] is '（' or '〔' or '“' or '《') Flush();
            unknown.Append(text[i]);
            if (text[i] is '）' or '〕' or '”' or '》' or '，' or '、' or '：' or '；') Flush();
            i++;
        }
        Flush();
        return words;
    }

    /// <summary>Words of this office's titles: the longest match wins, so 全体会议 is one word and 全镇 another.</summary>
    private static readonly string[] Lexicon =
    [
        "关于", "召开", "印发", "报送", "的", "通知", "通报", "报告", "纪要", "会议", "全体会议", "工作会议", "推进会", "联席会议", "专题会议", "调度会",
        "座谈会", "全体", "第一次", "第二次", "第三次", "第四次", "第五次", "第六次", "第一季度", "第二季度", "第三季度", "第四季度",
        "未成年人", "保护", "工作", "未成年人保护", "领导小组", "办公室", "工作站", "成员", "成员单位", "调整", "及", "和", "与",
        "议定事项", "议定", "事项", "重大事项", "落实情况", "落实", "情况", "全镇", "全区", "上半年", "下半年", "年度", "半年",
        "儿童", "儿童主任", "儿童督导员", "留守儿童", "困境儿童", "关爱", "保障", "培训", "轮训", "示范", "创建", "专项", "行动"
        // No place words (镇, 村, 社区): a place's name (某某镇, 某某社区) stays one piece.
    ];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[\u2e80-\uffef]) | (?=[\u2e80-\uffef])")]
    private static partial Regex SpaceBesideChinese();
}
