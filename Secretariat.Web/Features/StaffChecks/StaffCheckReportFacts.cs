namespace Secretariat.Web.Features.StaffChecks;

/// <summary>The 从业查询 of the period in the station's half-year report (附件2 第21项): checks by kind, records found, employments ended.</summary>
public sealed class StaffCheckReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct) =>
        Sections(await session.Query<StaffCheck>().Where(c => c.CheckedOn <= end).ToListAsync(ct), start, end);

    public static IReadOnlyList<CountedSection> Sections(IReadOnlyList<StaffCheck> checks, DateOnly start, DateOnly end)
    {
        var inPeriod = checks.Where(c => c.CheckedOn >= start).ToList();
        return
        [
            new("staff-checks", "从业查询",
            [
                .. Enum.GetValues<StaffCheckKind>().Select(k => new CountedFact(k.Chinese(), inPeriod.Count(c => c.Kind == k))),
                new("查询有记录", inPeriod.Count(c => c.Result == StaffCheckResult.RecordFound)),
                new("本期解除聘用", checks.Count(c => c.Result == StaffCheckResult.RecordFound && c.EndedOn is { } on && on >= start && on <= end)),
                new("期末逾期未解聘", checks.Count(c => c.EndByOn is { } by && by < end && (c.EndedOn is not { } on || on > end))),
            ]),
        ];
    }
}
