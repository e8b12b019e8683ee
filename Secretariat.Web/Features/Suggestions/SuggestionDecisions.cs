namespace Secretariat.Web.Features.Suggestions;

/// <summary>A suggestion as entered, before it is checked.</summary>
public sealed record SuggestionDraft(SuggestionSource Source, string? Reference, string? Subject, Guid? UnitId, DateOnly ReceivedOn);

/// <summary>A written reply as entered.</summary>
public sealed record ReplyDraft(DateOnly AnsweredOn, string? Reference, string? Summary);

public static class SuggestionDecisions
{
    public const int MaxReferenceLength = 60;
    public const int MaxTextLength = 500;

    /// <summary>
    /// The reply is due one month after the suggestion was received (附件2 第62项: 一个月内作出书面回复), counted as 民法典 第二百零一、二百零二条 count a
    /// month: from the next day, ending on the corresponding day of the next month, or on its last day when it has none (31 January -> 28
    /// February, 29 in a leap year). A last day on a public holiday is not moved here (第二百零三条): the station answers in time.
    /// </summary>
    public static DateOnly ReplyDue(DateOnly receivedOn) => receivedOn.AddMonths(1);

    /// <summary>The record rule of <see cref="Capability.RecordSuggestions"/>: every unit's, or the actor's own unit's.</summary>
    public static bool MayRecord(Actor actor, Guid unitId) => actor.CanFor(Capability.RecordSuggestions, unitId);

    public static Decision<SuggestionReceived> Receive(Guid id, SuggestionDraft draft, IReadOnlyList<MemberUnit> units, Actor actor, DateTimeOffset now,
        DateOnly today)
    {
        var reference = draft.Reference?.Trim() ?? "";
        if (reference.Length > MaxReferenceLength) return new Refusal($"建议文号不能超过 {MaxReferenceLength} 个字。");
        var subject = draft.Subject?.Trim() ?? "";
        if (subject.Length == 0) return new Refusal("请填写建议内容摘要。");
        if (subject.Length > MaxTextLength) return new Refusal($"建议内容摘要不能超过 {MaxTextLength} 个字。");
        if (draft.UnitId is not { } unitId || units.FirstOrDefault(u => u.Id == unitId) is not { } unit) return new Refusal("请选择被建议单位。");
        if (draft.ReceivedOn > today) return new Refusal("收到日期不能晚于今天。");
        if (draft.ReceivedOn < UserDates.Earliest) return new Refusal(UserDates.OutOfRange("收到日期", today));
        if (!MayRecord(actor, unit.Id)) return new Refusal("只能登记本单位收到的建议。");
        return new SuggestionReceived(id, draft.Source, reference, subject, unit.Id, unit.Name, draft.ReceivedOn, ReplyDue(draft.ReceivedOn), actor.Name, now);
    }

    public static Decision<SuggestionAnswered> Answer(Suggestion suggestion, ReplyDraft draft, Actor actor, DateTimeOffset now, DateOnly today)
    {
        if (suggestion.AnsweredOn is not null) return new Refusal("该建议已登记书面回复。");
        if (!MayRecord(actor, suggestion.UnitId)) return new Refusal("只能登记本单位的书面回复。");
        if (draft.AnsweredOn > today) return new Refusal("回复日期不能晚于今天。");
        if (draft.AnsweredOn < suggestion.ReceivedOn) return new Refusal($"回复日期不能早于收到建议的日期（{suggestion.ReceivedOn:yyyy-MM-dd}）。");
        var reference = draft.Reference?.Trim() ?? "";
        if (reference.Length > MaxReferenceLength) return new Refusal($"回复文号不能超过 {MaxReferenceLength} 个字。");
        var summary = draft.Summary?.Trim() ?? "";
        if (summary.Length == 0) return new Refusal("请填写书面回复的内容摘要。");
        if (summary.Length > MaxTextLength) return new Refusal($"回复内容摘要不能超过 {MaxTextLength} 个字。");
        return new SuggestionAnswered(suggestion.Id, draft.AnsweredOn, reference, summary, actor.Name, now);
    }
}
