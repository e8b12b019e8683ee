namespace Secretariat.Web.Features.Suggestions;

/// <summary>A suggestion received and its written reply; the inline snapshot of its stream.</summary>
public sealed class Suggestion
{
    public Guid Id { get; set; }
    public SuggestionSource Source { get; set; }
    public string Reference { get; set; } = "";
    public string Subject { get; set; } = "";
    public Guid UnitId { get; set; }
    public string UnitName { get; set; } = "";
    public DateOnly ReceivedOn { get; set; }
    public DateOnly ReplyDueOn { get; set; }
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? ReplyReference { get; set; }
    public string? ReplySummary { get; set; }
    public string? AnswerRecordedBy { get; set; }
    public DateTimeOffset? AnswerRecordedAt { get; set; }

    public bool AnsweredInTime => AnsweredOn is { } on && on <= ReplyDueOn;

    public static Suggestion Create(SuggestionReceived e) => new()
    {
        Id = e.SuggestionId, Source = e.Source, Reference = e.Reference, Subject = e.Subject, UnitId = e.UnitId, UnitName = e.UnitName,
        ReceivedOn = e.ReceivedOn, ReplyDueOn = e.ReplyDueOn, RecordedBy = e.RecordedBy, RecordedAt = e.RecordedAt
    };

    public void Apply(SuggestionAnswered e)
    {
        AnsweredOn = e.AnsweredOn;
        ReplyReference = e.ReplyReference;
        ReplySummary = e.Summary;
        AnswerRecordedBy = e.RecordedBy;
        AnswerRecordedAt = e.RecordedAt;
    }
}

public static class SuggestionSources
{
    public static string Chinese(this SuggestionSource source) => source switch
    {
        SuggestionSource.Court => "人民法院",
        SuggestionSource.Procuratorate => "人民检察院",
        SuggestionSource.Police => "公安机关",
        _ => "司法行政部门（司法所）"
    };
}
