namespace Secretariat.Web.Features.Casework;

/// <summary>
/// The window's counts in the station's half-year report (附件3-2 七): the contacts by service, the 强制报告 by step and the case
/// plans open at the period's end. Counts only: no reference, no name.
/// </summary>
public sealed class CaseworkReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var contacts = await session.Query<WindowContact>().Where(c => c.On >= start && c.On <= end).ToListAsync(ct);
        var from = CaseDecisions.TownInstant(start, TimeOnly.MinValue);
        var to = CaseDecisions.TownInstant(end.AddDays(1), TimeOnly.MinValue);
        var reports = await session.Query<MandatoryReport>().Where(r => r.ReceivedAt >= from && r.ReceivedAt < to).ToListAsync(ct);
        var plans = await session.Query<CasePlan>().Where(p => p.OpenedOn <= end).ToListAsync(ct);
        return Sections(contacts, reports, plans, start, end);
    }

    public static IReadOnlyList<CountedSection> Sections(IReadOnlyList<WindowContact> contacts, IReadOnlyList<MandatoryReport> reports,
        IReadOnlyList<CasePlan> plans, DateOnly start, DateOnly end)
    {
        IReadOnlyList<CountedFact> window =
        [
            .. Enum.GetValues<ServiceMatter>().Select(m => new CountedFact(m.Chinese(), contacts.Count(c => c.Matter == m))),
            new("合计", contacts.Count, $"其中转介 {contacts.Count(c => c.ReferredToId is not null)} 次"),
        ];
        bool By(DateOnly? day) => day is { } d && d <= end;
        IReadOnlyList<CountedFact> mandatory =
        [
            new("受理", reports.Count),
            new("当日报案", reports.Count(r => r.PoliceReportedAt is { } at && at.ToTownDate() == r.ReceivedOn)),
            new("未当日报案", reports.Count(r => r.PoliceReportedAt is { } at ? at.ToTownDate() > r.ReceivedOn : true), "含至期末仍未报案的"),
            new("已调查", reports.Count(r => By(r.InvestigatedOn))),
            new("已处置", reports.Count(r => By(r.HandledOn))),
            new("已反馈", reports.Count(r => By(r.FedBackOn))),
        ];
        var open = plans.Where(p => p.ClosedOn is not { } c || c > end).ToList();
        IReadOnlyList<CountedFact> casePlans =
        [
            new("期末在办：一人一方案", open.Count(p => p.Kind == PlanKind.OneChild)),
            new("期末在办：一事一方案", open.Count(p => p.Kind == PlanKind.OneMatter)),
            new("本期制定", plans.Count(p => p.OpenedOn >= start)),
            new("本期结案", plans.Count(p => p.ClosedOn is { } c && c >= start && c <= end)),
            new("本期转介", plans.Where(p => p.OpenedOn >= start).Sum(p => p.Steps.Count(s => s.IsReferral)), "本期制定的方案中的转介"),
        ];
        return
        [
            new("window-contacts", "服务窗口接待（接待工作台账）", window),
            new("mandatory-reports", "强制报告办理", mandatory),
            new("case-plans", "个案方案（一人一方案、一事一方案）", casePlans),
        ];
    }
}
