namespace Secretariat.Web.Features.Casework;

/// <summary>What the rules read on a day: the reports not fed back, the town's periods, the open plans, the open contacts with a follow-up.</summary>
public sealed record CaseworkFacts(DateOnly AsOf, IReadOnlyList<MandatoryReport> OpenReports, MandatoryReportPeriods Periods, IReadOnlyList<CasePlan> OpenPlans,
    IReadOnlyList<WindowContact> OpenContacts);

/// <summary>The next step of a report and its due day.</summary>
public sealed record ReportDue(ReportStage Next, string StepName, DateOnly DueOn);

/// <summary>
/// The deadlines of the window as pure functions: a 强制报告 passed to the police the same day it was received (附件2 第19项;
/// 附件3-2 五: 及时报告), then investigated, handled and fed back within the town's periods; a case plan's steps and 转介 by their
/// due day (附件3-3 四; the owner unit's liaison is told); a contact's follow-up by its day (附件3 五(七)). Findings name a reference
/// or a unit, never a child's identity.
/// </summary>
public static class CaseworkRules
{
    public static readonly ComplianceRule PoliceSameDay = new("S19-police", "强制报告当日报案", "附件2 第19项；附件3-2 五", Reach.Station, 67);

    public static readonly ComplianceRule ReportSteps = new("S19-steps", "强制报告调查、处置、反馈期限", "附件2 第19项", Reach.Station, 68);

    public static readonly ComplianceRule PlanSteps = new("S-plan-steps", "个案方案步骤及转介回复期限", "附件3-3 四；附件3-2 五", Reach.Station | Reach.OwnUnit, 69)
    {
        UnitFollowersHold = Capability.AnswerReferrals
    };

    public static readonly ComplianceRule FollowUps = new("S-window-follow-up", "接待事项跟进期限", "附件3 五（七）", Reach.Station | Reach.OwnUnit, 69)
    {
        UnitFollowersHold = Capability.AnswerReferrals
    };

    /// <summary>The step a report waits for and its due day, from the town's periods; null once fed back.</summary>
    public static ReportDue? Due(MandatoryReport r, MandatoryReportPeriods periods) => r.Stage switch
    {
        ReportStage.Received => new(ReportStage.PassedToPolice, "报案", r.ReceivedOn),
        ReportStage.PassedToPolice => new(ReportStage.Investigated, "调查", r.PoliceReportedAt!.Value.ToTownDate().AddDays(periods.InvestigationDays)),
        ReportStage.Investigated => new(ReportStage.Handled, "处置", r.InvestigatedOn!.Value.AddDays(periods.HandlingDays)),
        ReportStage.Handled => new(ReportStage.FedBack, "反馈", r.HandledOn!.Value.AddDays(periods.FeedbackDays)),
        _ => null
    };

    public static async Task<CaseworkFacts> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct) => new(asOf,
        await session.Query<MandatoryReport>().Where(r => r.Stage != ReportStage.FedBack).ToListAsync(ct),
        await MandatoryReportPeriods.LoadAsync(session, ct),
        await session.Query<CasePlan>().Where(p => p.ClosedOn == null).ToListAsync(ct),
        await session.Query<WindowContact>().Where(c => c.ConcludedOn == null && c.FollowUpDue != null).ToListAsync(ct));

    public static IEnumerable<Finding> Evaluate(CaseworkFacts facts, CadenceOptions cadence) =>
        Reports(facts, cadence).Concat(Plans(facts, cadence)).Concat(Contacts(facts, cadence));

    /// <summary>
    /// Not passed to the police: 警告 on the day it was received (报案须当日), 紧急 from the next day. Each later step: 提醒 within the
    /// reminder window, 紧急 once overdue.
    /// </summary>
    public static IEnumerable<Finding> Reports(CaseworkFacts facts, CadenceOptions cadence)
    {
        foreach (var r in facts.OpenReports.OrderBy(r => r.ReceivedAt))
        {
            if (r.ReceivedOn > facts.AsOf || Due(r, facts.Periods) is not { } due || !cadence.Checks(due.DueOn)) continue;
            // No reference: the office, the leaders and the district read alerts too (the report's page, behind the link, names it).
            var subject = $"强制报告（{r.ReceivedOn.IsoDate()} 受理，{r.Reporter.Chinese()}报告）";
            var link = $"/casework/reports/{r.Id}";
            if (due.Next == ReportStage.PassedToPolice)
            {
                var overdue = facts.AsOf > due.DueOn;
                yield return new Finding($"{PoliceSameDay.Code}:{r.Id}", PoliceSameDay.Code, subject, r.ReceivedOn.IsoDate(), overdue ? Severity.Urgent : Severity.Warning,
                    null, due.DueOn,
                    overdue
                        ? $"{r.ReceivedOn.IsoDate()} 受理的强制报告（{r.Harm.Chinese()}）至今未向公安机关报案，应当日报案；请立即报案并说明原因（附件2 第19项：未履行强制报告职责的追责问责）"
                        : $"{r.ReceivedOn.IsoDate()} 受理的强制报告（{r.Harm.Chinese()}）须于当日向公安机关报案（附件2 第19项）",
                    link, []);
                continue;
            }
            var key = $"{ReportSteps.Code}:{r.Id}:{due.Next}";
            if (facts.AsOf > due.DueOn)
                yield return new Finding(key, ReportSteps.Code, subject, due.StepName, Severity.Urgent, null, due.DueOn,
                    $"强制报告的{due.StepName}应于 {due.DueOn.IsoDate()} 前完成，已逾期（附件2 第19项：受理、调查、处置、反馈）", link, []);
            else if (cadence.ReminderWindow(due.DueOn, facts.AsOf) is { } days)
                yield return new Finding(key, ReportSteps.Code, subject, due.StepName, Severity.Reminder, days, due.DueOn,
                    $"强制报告的{due.StepName}须于 {due.DueOn.IsoDate()} 前完成", link, []);
        }
    }

    /// <summary>Each open step of an open plan: 提醒 within the window, 紧急 once overdue; its owner unit's liaison follows it.</summary>
    public static IEnumerable<Finding> Plans(CaseworkFacts facts, CadenceOptions cadence)
    {
        foreach (var plan in facts.OpenPlans)
        foreach (var step in plan.Steps.Where(s => s.IsOpen && cadence.Checks(s.DueOn)))
        {
            var what = step.IsReferral ? "转介回复" : "方案步骤";
            var subject = $"{what}：{step.Title}（{step.OwnerName}）";
            var key = $"{PlanSteps.Code}:{plan.Id}:{step.Id}";
            if (facts.AsOf > step.DueOn)
                yield return new Finding(key, PlanSteps.Code, subject, step.DueOn.IsoDate(), Severity.Urgent, null, step.DueOn,
                    $"{step.OwnerName}负责的{what}“{step.Title}”应于 {step.DueOn.IsoDate()} 前完成，已逾期（附件3-3 四：一人一方案、一事一方案）",
                    "/casework/referrals", [step.OwnerId]);
            else if (cadence.ReminderWindow(step.DueOn, facts.AsOf) is { } days)
                yield return new Finding(key, PlanSteps.Code, subject, step.DueOn.IsoDate(), Severity.Reminder, days, step.DueOn,
                    $"{step.OwnerName}负责的{what}“{step.Title}”须于 {step.DueOn.IsoDate()} 前完成", "/casework/referrals", [step.OwnerId]);
        }
    }

    /// <summary>A contact not concluded by its follow-up day: 警告 (the unit it was referred to follows it too).</summary>
    public static IEnumerable<Finding> Contacts(CaseworkFacts facts, CadenceOptions cadence)
    {
        foreach (var c in facts.OpenContacts)
        {
            if (c.FollowUpDue is not { } due || facts.AsOf <= due || !cadence.Checks(due)) continue;
            yield return new Finding($"{FollowUps.Code}:{c.Id}", FollowUps.Code, $"接待事项：{c.Matter.Chinese()}（{c.On.IsoDate()}）", due.IsoDate(), Severity.Warning,
                null, due, $"{c.On.IsoDate()} 接待的{c.Matter.Chinese()}事项应于 {due.IsoDate()} 前跟进办结" +
                (c.ReferredToName is { } to ? $"（已转介{to}）" : "") + "，尚未登记办理结果",
                c.ReferredToId is null ? "/casework/ledger" : "/casework/referrals", c.ReferredToId is { } unit ? [unit] : []);
        }
    }
}

/// <summary>The window's rules in the compliance engine (registered by <see cref="CaseworkModule"/>).</summary>
public sealed class CaseworkComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [CaseworkRules.PoliceSameDay, CaseworkRules.ReportSteps, CaseworkRules.PlanSteps, CaseworkRules.FollowUps];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        CaseworkRules.Evaluate(await CaseworkRules.FactsAsync(session, asOf, ct), cadence).ToList();
}

/// <summary>附件2 第19项 from the reports: the procedure's live figures (受理、报案、调查、处置、反馈) and the town's periods.</summary>
public sealed class MandatoryReportingCheck : IEvidenceRecordCheck
{
    public string Code => "MandatoryReporting";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct)
    {
        var from = CaseDecisions.TownInstant(new DateOnly(day.Year, 1, 1), TimeOnly.MinValue);
        var reports = await session.Query<MandatoryReport>().Where(r => r.ReceivedAt >= from).ToListAsync(ct);
        return Outcome(day, reports.Where(r => r.ReceivedOn <= day).ToList(), await MandatoryReportPeriods.LoadAsync(session, ct));
    }

    public static CheckOutcome Outcome(DateOnly day, IReadOnlyList<MandatoryReport> reports, MandatoryReportPeriods periods)
    {
        bool Reached(MandatoryReport r, ReportStage s) => r.Stage >= s;
        var sameDay = reports.Count(r => r.PoliceReportedAt is { } at && at.ToTownDate() == r.ReceivedOn);
        var late = reports.Count(r => r.PoliceReportedAt is { } at ? at.ToTownDate() > r.ReceivedOn : day > r.ReceivedOn);
        var overdue = reports.Count(r => CaseworkRules.Due(r, periods) is { } d && day > d.DueOn);
        var text = $"截至{day.ChineseDate()}，{day.Year}年受理强制报告 {reports.Count} 件：当日报案 {sameDay} 件、未当日报案 {late} 件，" +
                   $"已调查 {reports.Count(r => Reached(r, ReportStage.Investigated))} 件、已处置 {reports.Count(r => Reached(r, ReportStage.Handled))} 件、" +
                   $"已反馈 {reports.Count(r => Reached(r, ReportStage.FedBack))} 件，步骤逾期 {overdue} 件；本镇期限：报案当日，调查 {periods.InvestigationDays} 日、" +
                   $"处置 {periods.HandlingDays} 日、反馈 {periods.FeedbackDays} 日";
        return new(late == 0 && overdue == 0, text);
    }
}
