namespace Secretariat.Web.Features.Suggestions;

/// <summary>
/// 附件2 第62项: a suggestion received is answered in writing within a month. A pure function of the suggestions known on a day: 提醒 within
/// the reminder windows before the due day, 违规 once it has passed with no reply; a reply made (even late) ends the alert, the record keeps
/// whether it was in time.
/// </summary>
public static class ReplyCadence
{
    /// <summary>The unit that must answer (its liaison), and the office.</summary>
    public static readonly ComplianceRule Replies = new("S62-replies", "建议书面回复（一个月内）", "附件2 第62项", Reach.OwnUnit, 69);

    public static IEnumerable<Finding> Evaluate(DateOnly asOf, IEnumerable<Suggestion> suggestions, CadenceOptions cadence)
    {
        foreach (var s in suggestions)
        {
            if (s.ReceivedOn > asOf || s.AnsweredOn is { } answered && answered <= asOf) continue;
            if (!cadence.Checks(s.ReplyDueOn)) continue;
            var subject = $"{s.UnitName}：{s.Source.Chinese()}建议{(s.Reference.Length > 0 ? "（" + s.Reference + "）" : "")}";
            var key = $"{Replies.Code}:{s.Id}";
            var link = $"/suggestions/{s.Id}";
            if (asOf > s.ReplyDueOn)
                yield return new Finding(key, Replies.Code, subject, s.ReceivedOn.IsoDate(), Severity.Breach, null, s.ReplyDueOn,
                    $"{s.ReceivedOn:yyyy-MM-dd} 收到的建议应于 {s.ReplyDueOn:yyyy-MM-dd} 前书面回复，尚未回复（附件2 第62项）", link, [s.UnitId]);
            else if (cadence.ReminderWindow(s.ReplyDueOn, asOf) is { } days)
                yield return new Finding(key, Replies.Code, subject, s.ReceivedOn.IsoDate(), Severity.Reminder, days, s.ReplyDueOn,
                    $"{s.ReceivedOn:yyyy-MM-dd} 收到的建议须于 {s.ReplyDueOn:yyyy-MM-dd} 前书面回复（附件2 第62项）", link, [s.UnitId]);
        }
    }

    /// <summary>The suggestions recorded by the end of <paramref name="asOf"/>, each as it stood then (a reply recorded later is not seen).</summary>
    public static async Task<IReadOnlyList<Suggestion>> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct) =>
        (await session.Query<Suggestion>().Where(s => s.ReceivedOn <= asOf).ToListAsync(ct))
        .Where(s => s.RecordedAt.ToTownDate() <= asOf)
        .Select(s => s.AnswerRecordedAt is { } at && at.ToTownDate() > asOf ? Unanswered(s) : s)
        .ToList();

    private static Suggestion Unanswered(Suggestion s) => new()
    {
        Id = s.Id, Source = s.Source, Reference = s.Reference, Subject = s.Subject, UnitId = s.UnitId, UnitName = s.UnitName, ReceivedOn = s.ReceivedOn,
        ReplyDueOn = s.ReplyDueOn, RecordedBy = s.RecordedBy, RecordedAt = s.RecordedAt
    };
}

/// <summary>The replies' rule in the compliance engine (registered by <see cref="SuggestionsModule"/>).</summary>
public sealed class ReplyComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [ReplyCadence.Replies];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        ReplyCadence.Evaluate(asOf, await ReplyCadence.FactsAsync(session, asOf, ct), cadence).ToList();
}

/// <summary>附件2 第62项 from the records: the suggestions received, each with its reply and whether it came within the month.</summary>
public sealed class WrittenRepliesCheck : IEvidenceRecordCheck
{
    public string Code => "WrittenRepliesWithinMonth";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        Outcome(day, await ReplyCadence.FactsAsync(session, day, ct));

    public static CheckOutcome Outcome(DateOnly day, IReadOnlyList<Suggestion> suggestions)
    {
        if (suggestions.Count == 0) return new(true, $"截至{day.ChineseDate()}，未登记收到人民法院、人民检察院、公安机关或司法行政部门的建议。");
        var inTime = suggestions.Count(s => s.AnsweredInTime);
        var late = suggestions.Count(s => s.AnsweredOn is not null && !s.AnsweredInTime);
        var overdue = suggestions.Count(s => s.AnsweredOn is null && day > s.ReplyDueOn);
        var open = suggestions.Count(s => s.AnsweredOn is null && day <= s.ReplyDueOn);
        var lines = string.Join("；", suggestions.OrderBy(s => s.ReceivedOn).Select(s =>
            $"{s.UnitName} {s.ReceivedOn:yyyy-MM-dd} 收到{s.Source.Chinese()}建议{(s.Reference.Length > 0 ? "（" + s.Reference + "）" : "")}，" +
            (s.AnsweredOn is { } on ? $"{on:yyyy-MM-dd} 书面回复{(s.AnsweredInTime ? "" : "（逾期）")}" : day > s.ReplyDueOn ? $"逾期未回复（应于 {s.ReplyDueOn:yyyy-MM-dd} 前）" : $"待回复（{s.ReplyDueOn:yyyy-MM-dd} 前）")));
        return new(late == 0 && overdue == 0,
            $"截至{day.ChineseDate()}，收到建议 {suggestions.Count} 件：一个月内书面回复 {inTime} 件，逾期回复 {late} 件，逾期未回复 {overdue} 件，待回复 {open} 件。{lines}。");
    }
}
