using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.Search;

/// <summary>
/// Chinese without a segmenter: a run of Chinese characters is indexed as its single characters and its bigrams, a run of
/// Latin letters or digits as one lower-case word, a document number (〔2026〕3号, with any bracket) as one token of its own.
/// A query needs all its tokens (single characters for a one-character run, bigrams otherwise), and then each of its terms
/// as an exact substring of the normalised text: 〔2026〕3号 never finds 〔2026〕13号, 刘兵 never 刘X兵. Pure functions.
/// </summary>
public static partial class SearchText
{
    public const int MaxQueryLength = 50;

    [GeneratedRegex(@"〔(\d{4})〕(\d{1,4})号")]
    private static partial Regex DocumentNumber();

    /// <summary>
    /// One character for one (same length, so positions in the normalised text are positions in the original): full-width letters
    /// and digits to ASCII, lower case, the brackets of a document number (［］[]()（）【】) to 〔〕.
    /// </summary>
    public static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uFF01' and <= '\uFF5E' && char.IsLetterOrDigit((char)(c - 0xFEE0))) c = (char)(c - 0xFEE0);
            c = c switch { '［' or '[' or '【' => '〔', '］' or ']' or '】' => '〕', _ => c };
            chars[i] = char.ToLowerInvariant(c);
        }
        return new string(chars);
    }

    public static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsWordChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    /// <summary>The tokens of a record's text: every Chinese character and bigram, every word, every document number (distinct).</summary>
    public static IReadOnlyList<string> IndexTokens(string text)
    {
        var normal = Normalize(text);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in DocumentNumber().Matches(normal)) tokens.Add(m.Value);
        foreach (var (run, chinese) in Runs(normal))
        {
            if (!chinese)
            {
                tokens.Add(run);
                continue;
            }
            for (var i = 0; i < run.Length; i++)
            {
                tokens.Add(run[i].ToString());
                if (i + 1 < run.Length) tokens.Add(run.Substring(i, 2));
            }
        }
        return tokens.ToList();
    }

    /// <summary>The tokens a query needs (all of them): a one-character run as itself, a longer one as its bigrams, words, numbers.</summary>
    public static IReadOnlyList<string> QueryTokens(string query)
    {
        var tokens = new List<string>();
        foreach (var term in Terms(query))
        {
            foreach (Match m in DocumentNumber().Matches(term)) tokens.Add(m.Value);
            foreach (var (run, chinese) in Runs(term))
            {
                if (!chinese || run.Length == 1) tokens.Add(run);
                else for (var i = 0; i + 1 < run.Length; i++) tokens.Add(run.Substring(i, 2));
            }
        }
        return tokens.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The query's terms (split at spaces), normalised: each must occur in the record's normalised text as it stands.</summary>
    public static IReadOnlyList<string> Terms(string query) =>
        Normalize(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Runs of Chinese characters and of letters/digits; anything else separates them.</summary>
    private static IEnumerable<(string Run, bool Chinese)> Runs(string normal)
    {
        var start = -1;
        var chinese = false;
        for (var i = 0; i <= normal.Length; i++)
        {
            var c = i < normal.Length ? normal[i] : ' ';
            var kind = IsChinese(c) ? 1 : IsWordChar(c) ? 2 : 0;
            if (start >= 0 && (kind == 0 || (kind == 1) != chinese))
            {
                yield return (normal[start..i], chinese);
                start = -1;
            }
            if (start < 0 && kind != 0)
            {
                start = i;
                chinese = kind == 1;
            }
        }
    }

    /// <summary>The query as PostgreSQL's tsquery text: every token quoted, all required.</summary>
    public static string TsQuery(IEnumerable<string> tokens) =>
        string.Join(" & ", tokens.Select(t => "'" + t.Replace("\\", "\\\\").Replace("'", "''") + "'"));

    /// <summary>What is wrong with a query, in Chinese, or null: empty, longer than 50 characters, control characters, nothing to look for.</summary>
    public static string? Problem(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return "请输入要查找的字词。";
        if (query.Length > MaxQueryLength) return $"查找的字词太长：最多 {MaxQueryLength} 个字，现在是 {query.Length} 个。";
        // By code point: a character outside the BMP (a rare character of a name, 𠀀) is fine, a lone surrogate is not.
        if (query.EnumerateRunes().Any(r => r == Rune.ReplacementChar || Rune.GetUnicodeCategory(r) is UnicodeCategory.Control
                or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate))
            return "查找的字词含有不能识别的控制字符，请重新输入。";
        if (QueryTokens(query).Count == 0) return "请输入汉字、字母或数字（标点不能单独查找）。";
        return null;
    }

    /// <summary>
    /// A short excerpt of the text around the first match of any term, HTML-encoded, with every term's occurrences in &lt;mark&gt;:
    /// the text's beginning when no term occurs in it (the match was in the title).
    /// </summary>
    public static string Excerpt(string text, IReadOnlyList<string> terms, int width = 80)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var normal = Normalize(text);
        var first = terms.Select(t => normal.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - width / 3);
        var end = Math.Min(text.Length, start + width);
        if (end - start < width) start = Math.Max(0, end - width);
        // Never cut a surrogate pair.
        if (start > 0 && char.IsLowSurrogate(text[start])) start++;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        var marked = new bool[end - start];
        foreach (var term in terms.Where(t => t.Length > 0))
            for (var i = normal.IndexOf(term, start, StringComparison.Ordinal); i >= 0 && i < end; i = normal.IndexOf(term, i + 1, StringComparison.Ordinal))
                for (var j = i; j < Math.Min(end, i + term.Length); j++) marked[j - start] = true;
        var html = new StringBuilder();
        if (start > 0) html.Append('…');
        var k = 0;
        while (k < marked.Length)
        {
            var l = k;
            while (l < marked.Length && marked[l] == marked[k]) l++;
            var piece = WebUtility.HtmlEncode(text[(start + k)..(start + l)]);
            html.Append(marked[k] ? $"<mark>{piece}</mark>" : piece);
            k = l;
        }
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }
}
