namespace Secretariat.Web.Features.MajorMatters;

/// <summary>A district instruction (批示) as the compliance rules see it on a day.</summary>
public sealed record InstructionFact(Guid ReportId, string Number, string Text, DateOnly GivenOn, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>The district's instructions the town must carry out by their due day (R10): urgent once overdue, reminders before.</summary>
public static class InstructionRules
{
    public static readonly ComplianceRule Due = new("major-instruction", "区未保办批示落实期限", "五（三）", Reach.None, 100);

    /// <summary>The instructions given by <paramref name="asOf"/>, not done by then, due by the reminder horizon.</summary>
    public static async Task<IReadOnlyList<InstructionFact>> FactsAsync(IQuerySession session, DateOnly asOf, DateOnly horizon, CancellationToken ct) =>
        (await session.Query<MajorMatterReport>().Where(r => r.InstructionDueOn != null && r.InstructionDueOn <= horizon)
            .Where(r => !r.IsDone || r.DoneOn > asOf).ToListAsync(ct))
        .Where(r => r.InstructedBy is { } by && by.At.ToTownDate() <= asOf)
        .Select(r => new InstructionFact(r.Id, r.Number, r.Instruction!, r.InstructedBy!.At.ToTownDate(), r.InstructionDueOn!.Value, r.DoneOn))
        .ToList();

    public static IEnumerable<Finding> InstructionsDue(DateOnly asOf, IEnumerable<InstructionFact> instructions, CadenceOptions cadence)
    {
        foreach (var i in instructions)
        {
            if (i.GivenOn > asOf || i.DoneOn <= asOf) continue;
            if (!cadence.Checks(i.DueOn)) continue;
            var subject = $"{i.Number} 批示：{(i.Text.Length <= 24 ? i.Text : i.Text[..24] + "…")}";
            var key = $"instruction:{i.ReportId}";
            var link = $"/major-matters/{i.ReportId}";
            if (asOf > i.DueOn)
                yield return new Finding(key, Due.Code, subject, i.Number, Severity.Urgent, null, i.DueOn,
                    $"区未保办批示应于 {i.DueOn:yyyy-MM-dd} 前办结，已逾期", link, []);
            else if (cadence.ReminderWindow(i.DueOn, asOf) is { } days)
                yield return new Finding(key, Due.Code, subject, i.Number, Severity.Reminder, days, i.DueOn,
                    $"区未保办批示须于 {i.DueOn:yyyy-MM-dd} 前办结", link, []);
        }
    }
}

/// <summary>The instructions' rule in the compliance engine (registered by <see cref="MajorMattersModule"/>).</summary>
public sealed class InstructionComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [InstructionRules.Due];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        InstructionRules.InstructionsDue(asOf, await InstructionRules.FactsAsync(session, asOf, cadence.Horizon(asOf), ct), cadence).ToList();
}
