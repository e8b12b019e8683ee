using Secretariat.Web.Features.Compliance;

namespace Secretariat.Web.Features.MajorMatters;

/// <summary>A district instruction (批示) as the compliance rules see it on a day.</summary>
public sealed record InstructionFact(Guid ReportId, string Number, string Text, DateOnly GivenOn, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>The district's instructions the town must carry out by their due day (R10): urgent once overdue, reminders before.</summary>
public static class InstructionRules
{
    /// <summary>The rule's id in the compliance model (its Chinese name there: 区未保办批示落实期限).</summary>
    public const string InstructionDue = Compliance.Rules.InstructionDue;

    /// <summary>The instructions given by <paramref name="asOf"/>, not done by then, due by the reminder horizon.</summary>
    public static async Task<IReadOnlyList<InstructionFact>> FactsAsync(IQuerySession session, DateOnly asOf, DateOnly horizon, CancellationToken ct) =>
        (await session.Query<MajorMatterReport>().Where(r => r.InstructionDueOn != null && r.InstructionDueOn <= horizon)
            .Where(r => !r.IsDone || r.DoneOn > asOf).ToListAsync(ct))
        .Where(r => r.InstructedBy is { } by && by.At.ToTownDate() <= asOf)
        .Select(r => new InstructionFact(r.Id, r.Number, r.Instruction!, r.InstructedBy!.At.ToTownDate(), r.InstructionDueOn!.Value, r.DoneOn))
        .ToList();

    public static IEnumerable<Finding> InstructionsDue(ComplianceFacts facts, ComplianceOptions options)
    {
        foreach (var i in facts.Instructions ?? [])
        {
            if (i.GivenOn > facts.AsOf || i.DoneOn <= facts.AsOf) continue;
            if (options.CheckFrom is { } from && i.DueOn < from) continue;
            var subject = $"{i.Number} 批示：{(i.Text.Length <= 24 ? i.Text : i.Text[..24] + "…")}";
            var key = $"instruction:{i.ReportId}";
            var link = $"/major-matters/{i.ReportId}";
            if (facts.AsOf > i.DueOn)
                yield return new Finding(key, InstructionDue, subject, i.Number, Severity.Urgent, null, i.DueOn,
                    $"区未保办批示应于 {i.DueOn:yyyy-MM-dd} 前办结，已逾期", link, []);
            else if (options.ReminderWindow(i.DueOn, facts.AsOf) is { } days)
                yield return new Finding(key, InstructionDue, subject, i.Number, Severity.Reminder, days, i.DueOn,
                    $"区未保办批示须于 {i.DueOn:yyyy-MM-dd} 前办结", link, []);
        }
    }
}
