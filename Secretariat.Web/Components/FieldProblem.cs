using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Web.Components;

/// <summary>
/// Which field of a form a refusal is about, so the page shows the message at that field (aria-invalid,
/// aria-describedby) besides the summary at the top. Refusals are sentences that name the field ("请按 年-月-日
/// 填写任职日期。"): the field is the one whose words appear in the message, the longest match winning; a refusal
/// about the whole form (会议已取消…) matches no field and stays in the summary only. The message is written for prose
/// (README, "Dates": 2026年12月1日), both at the field and in the summary (<see cref="Summary"/>), so every refusal on every
/// form goes through this one place.
/// </summary>
public sealed class FieldProblem
{
    public static readonly FieldProblem None = new(null, null, "");

    private FieldProblem(string? field, string? message, string prefix) => (Field, Message, Prefix) = (field, message, prefix);

    public string? Field { get; }
    public string? Message { get; }
    private string Prefix { get; }

    /// <param name="error">The page's refusal, or null.</param>
    /// <param name="fields">Each field's name and the words that name it in a message ("任职日期|任职起始日").</param>
    /// <param name="prefix">Keeps ids unique when one page holds several forms.</param>
    public static FieldProblem Of(string? error, IEnumerable<(string Field, string Words)> fields, string prefix = "")
    {
        if (string.IsNullOrWhiteSpace(error)) return None;
        var message = Summary(error);
        var best = fields
            .SelectMany(f => f.Words.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(w => (f.Field, Word: w)))
            .Where(f => message.Contains(f.Word, StringComparison.Ordinal))
            .OrderByDescending(f => f.Word.Length)
            .FirstOrDefault();
        return new(best.Field, message, prefix);
    }

    /// <summary>A refusal as the summary at the top of the page shows it: dates in prose (2026-12-01 → 2026年12月1日).</summary>
    public static string Summary(string? error) => error.InProse();

    public bool Is(string field) => Field == field;

    public string ErrorId(string field) => $"{Prefix}{field}-error";

    /// <summary>The attributes for the field's input: spread with @attributes.</summary>
    public IReadOnlyDictionary<string, object> For(string field) => Is(field)
        ? new Dictionary<string, object> { ["aria-invalid"] = "true", ["aria-describedby"] = ErrorId(field) }
        : Empty;

    /// <summary>The field's attributes with others of the input (a date's <c>min</c> and <c>max</c>), for one @attributes.</summary>
    public IReadOnlyDictionary<string, object> For(string field, IReadOnlyDictionary<string, object> more) =>
        For(field).Concat(more).ToDictionary(p => p.Key, p => p.Value);

    private static readonly IReadOnlyDictionary<string, object> Empty = new Dictionary<string, object>();
}
