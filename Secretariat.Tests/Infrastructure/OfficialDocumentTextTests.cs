using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Tests.Infrastructure;

/// <summary>The text rules of the official documents, without a browser: spaces, words, title lines, the 版头's scale.</summary>
public class OfficialDocumentTextTests
{
    [Theory]
    [InlineData("已办结 3 项", "已办结3项")]
    [InlineData("应出席 27 人，出席 0 人。", "应出席27人，出席0人。")]
    [InlineData("自 2026年12月4日 起生效", "自2026年12月4日起生效")]
    [InlineData("  第一行\n第二行  ", "第一行第二行")]
    [InlineData("Word  and   Excel", "Word and Excel")]
    [InlineData("1. 建立台账", "1.建立台账")]
    public void No_half_width_space_stays_inside_chinese_text(string text, string tidy) => Assert.Equal(tidy, DocText.Tidy(text));

    [Fact]
    public void Words_keep_the_domains_terms_numbers_with_their_measure_and_unknown_names_whole()
    {
        Assert.Equal(["关于", "2026年", "上半年", "全镇", "未成年人保护", "工作", "情况", "的", "报告"],
            DocText.Words("关于2026年上半年全镇未成年人保护工作情况的报告"));
        Assert.Equal(["未成年人保护", "工作", "领导小组", "第二次", "全体会议"], DocText.Words("未成年人保护工作领导小组第二次全体会议"));
        // A place's name and a bracketed aside are one piece each.
        Assert.Equal(["铜罐驿镇", "（建设村）"], DocText.Words("铜罐驿镇（建设村）"));
        Assert.Equal(["冬笋坝社区", "儿童主任", "培训"], DocText.Words("冬笋坝社区儿童主任培训"));
    }

    [Theory]
    [InlineData("关于未成年人保护工作领导小组第二次全体会议议定事项落实情况的通报")]
    [InlineData("关于2025年上半年全镇未成年人保护工作情况的报告")]
    [InlineData("关于召开未成年人保护工作第二次推进会的通知")]
    [InlineData("关于报送未成年人保护工作领导小组第二次全体会议议定重大事项的报告")]
    public void Titles_break_only_between_words_into_even_lines_none_a_lone_character(string title)
    {
        foreach (var measure in new[] { OfficialDocument.TitleLineLength, OfficialDocument.WordTitleLineLength })
            TitleBreaks(title, measure);
    }

    private static void TitleBreaks(string title, int measure)
    {
        var words = DocText.Words(title);
        var lines = DocText.BreakLines(words, measure);
        Assert.Equal(title, string.Concat(lines));
        Assert.True(lines.Count >= 2, "the title fits one line: nothing to prove");
        Assert.All(lines, l => Assert.True(DocText.Ems(l) <= measure, $"“{l}” is longer than a line"));
        Assert.All(lines, l => Assert.True(l.Length > 1, "a lone character"));
        // Each break falls between two words.
        var boundaries = words.Select((w, i) => words.Take(i + 1).Sum(x => x.Length)).ToHashSet();
        var at = 0;
        foreach (var line in lines.SkipLast(1)) Assert.Contains(at += line.Length, boundaries);
        // Even: no line more than a few characters longer than another.
        Assert.True(lines.Max(DocText.Ems) - lines.Min(DocText.Ems) <= 4, string.Join(" / ", lines));
        foreach (var word in new[] { "全体会议", "未成年人" })
            for (var i = 0; i + 1 < lines.Count; i++)
                for (var k = 1; k < word.Length; k++)
                    Assert.False(lines[i].EndsWith(word[..k], StringComparison.Ordinal) && lines[i + 1].StartsWith(word[k..], StringComparison.Ordinal),
                        $"“{word}” broken: {lines[i]} / {lines[i + 1]}");
    }

    [Fact]
    public void A_short_title_stays_on_one_line() =>
        Assert.Equal(["关于2026年领导小组及工作站成员调整的通知"], DocText.BreakLines(["关于", "2026年", "领导小组", "及", "工作站", "成员调整", "的", "通知"], 20));

    [Fact]
    public void The_issuing_body_is_narrowed_to_one_line_of_the_text_block_only_when_it_is_too_long()
    {
        Assert.Equal(100, DocText.IssuerScale(["铜罐驿镇未成年人保护工作站"]));
        var scale = DocText.IssuerScale(["铜罐驿镇未成年人保护工作领导小组办公室"]);
        Assert.True(scale < 100 && 19 * DocText.IssuerPoints * scale / 100 <= 442, $"scale {scale}%");
    }

    [Fact]
    public void The_word_copy_is_a_valid_package_in_the_standards_layout()
    {
        var document = new OfficialDocument("meeting-notice", ["铜罐驿镇未成年人保护工作领导小组办公室"], "铜罐驿未保领办会〔2026〕1号",
            ["关于", "召开", "未成年人保护", "工作", "第二次", "推进会", "的", "通知"], "领导小组各成员单位：",
            [new DocParagraph("定于 2026年12月8日 召开会议。"), new DocTable("t", [new("日期", "date"), new("事项")], [["2026-12-08", "会议"]])],
            "铜罐驿镇未成年人保护工作领导小组办公室", new DateOnly(2026, 12, 7),
            new DocumentRecord("区未成年人保护工作领导小组办公室", "铜罐驿镇未成年人保护工作领导小组办公室", new DateOnly(2026, 12, 7)), "铜罐驿未保领办会〔2026〕1号");
        using var stream = new MemoryStream(OfficialDocx.Build(document));
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(word));
        var body = word.MainDocumentPart!.Document!.Body!;
        Assert.Contains("定于2026年12月8日召开会议。", body.InnerText);
        Assert.Contains("抄送：区未成年人保护工作领导小组办公室。", body.InnerText);
        Assert.Contains("2026年12月7日印发", body.InnerText);
        var section = body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
        var margin = section.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!;
        Assert.Equal((2098, 1984, 1587u, 1474u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        // Odd and even footers, the number on the outer side of each.
        Assert.NotNull(word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.EvenAndOddHeaders>());
        var sides = word.MainDocumentPart.FooterParts.Select(f => f.Footer!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Justification>().Single().Val!.Value).ToList();
        Assert.Equal(2, sides.Count);
        Assert.Contains(DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Right, sides);
        Assert.Contains(DocumentFormat.OpenXml.Wordprocessing.JustificationValues.Left, sides);
    }
}
