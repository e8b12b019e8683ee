using Secretariat.Web.Features.Search;

namespace Secretariat.Tests.Features.Search;

/// <summary>The tokenizer without a segmenter: characters and bigrams, words, document numbers; the query's problems; the excerpt.</summary>
public class SearchTextTests
{
    [Fact]
    public void Chinese_text_is_indexed_as_its_characters_and_bigrams()
    {
        var tokens = SearchText.IndexTokens("建立台账");
        Assert.Equal(new[] { "建", "建立", "立", "立台", "台", "台账", "账" }.Order(StringComparer.Ordinal), tokens.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_of_two_or_more_characters_needs_its_bigrams_and_one_character_needs_itself()
    {
        Assert.Equal(["台账"], SearchText.QueryTokens("台账"));
        Assert.Equal(["留守", "守儿", "儿童"], SearchText.QueryTokens("留守儿童"));
        Assert.Equal(["账"], SearchText.QueryTokens("账"));
        Assert.Equal(["台账", "刘兵"], SearchText.QueryTokens("台账 刘兵"));
    }

    [Fact]
    public void Mixed_text_splits_at_script_and_punctuation_and_keeps_words_and_digits_whole()
    {
        var tokens = SearchText.IndexTokens("2026年Zhang San提交了PDF，共3份。");
        Assert.Contains("2026", tokens);
        Assert.Contains("zhang", tokens);
        Assert.Contains("san", tokens);
        Assert.Contains("pdf", tokens);
        Assert.Contains("3", tokens);
        Assert.Contains("提交", tokens);
        Assert.Contains("年", tokens);
        // No bigram across a script change or punctuation.
        Assert.DoesNotContain("年z", tokens);
        Assert.DoesNotContain("共3", tokens);
        Assert.DoesNotContain("，共", tokens);
        Assert.Equal(["2026", "年"], SearchText.QueryTokens("2026年"));
        Assert.Equal(["zhang"], SearchText.QueryTokens("ZHANG"));
    }

    [Fact]
    public void A_document_number_is_one_token_whatever_its_brackets_and_digits_width()
    {
        Assert.Contains("〔2026〕3号", SearchText.IndexTokens("铜罐驿未保领纪〔2026〕3号"));
        Assert.Contains("〔2026〕3号", SearchText.IndexTokens("铜罐驿未保领纪[2026]3号"));
        Assert.Contains("〔2026〕3号", SearchText.IndexTokens("铜罐驿未保领纪［２０２６］３号"));
        var query = SearchText.QueryTokens("〔2026〕3号");
        Assert.Contains("〔2026〕3号", query);
        // 〔2026〕13号 holds the tokens 2026 and 13, never the number 〔2026〕3号.
        Assert.DoesNotContain("〔2026〕3号", SearchText.IndexTokens("铜罐驿未保领纪〔2026〕13号"));
        Assert.Equal(["〔2026〕3号", "铜罐", "罐驿", "2026", "3", "号"], SearchText.QueryTokens("铜罐驿〔2026〕3号"));
    }

    [Fact]
    public void Terms_are_normalised_the_way_the_text_is()
    {
        Assert.Equal(["〔2026〕3号"], SearchText.Terms(" [2026]3号 "));
        Assert.Equal(["zhang", "san"], SearchText.Terms("Zhang  San"));
        Assert.Equal("abc〔〕", SearchText.Normalize("ＡＢｃ【】"));
    }

    [Theory]
    [InlineData(null, "请输入要查找的字词。")]
    [InlineData("   ", "请输入要查找的字词。")]
    [InlineData("台\u0000账", "控制字符")]
    [InlineData("台\u001b账", "控制字符")]
    [InlineData("台\u200e账", "控制字符")]
    [InlineData("，。！", "标点不能单独查找")]
    public void A_bad_query_is_told_in_chinese(string? query, string expected) =>
        Assert.Contains(expected, SearchText.Problem(query));

    [Fact]
    public void A_query_longer_than_fifty_characters_is_refused_and_fifty_is_fine()
    {
        Assert.Null(SearchText.Problem(new string('台', 50)));
        Assert.Contains("最多 50 个字", SearchText.Problem(new string('台', 51)));
        Assert.Null(SearchText.Problem("台账"));
        Assert.Null(SearchText.Problem("〔2026〕3号"));
        // A name with a character outside the BMP is a query; a lone surrogate is not.
        Assert.Null(SearchText.Problem("王\U00020000明"));
        Assert.Contains("控制字符", SearchText.Problem("王\uD840明"));
    }

    [Fact]
    public void The_tsquery_quotes_every_token()
    {
        Assert.Equal("'台账' & '〔2026〕3号' & 'o''brien'", SearchText.TsQuery(["台账", "〔2026〕3号", "o'brien"]));
    }

    [Fact]
    public void The_excerpt_marks_the_terms_and_encodes_the_rest()
    {
        var html = SearchText.Excerpt("各村建立<留守儿童>台账，每季度更新台账。", ["台账"]);
        Assert.Equal("各村建立&lt;留守儿童&gt;<mark>台账</mark>，每季度更新<mark>台账</mark>。", html);
        var text = new string('甲', 100) + "关爱台账" + new string('乙', 100);
        var cut = SearchText.Excerpt(text, ["台账"], 40);
        Assert.StartsWith("…", cut);
        Assert.EndsWith("…", cut);
        Assert.Contains("关爱<mark>台账</mark>", cut);
        // Matched through the normalised text, shown as written.
        Assert.Equal("纪要<mark>［２０２６］３号</mark>", SearchText.Excerpt("纪要［２０２６］３号", SearchText.Terms("〔2026〕3号")));
    }
}
