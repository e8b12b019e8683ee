using System.Text;

namespace Secretariat.Web.Features.Children;

/// <summary>What the visit and quarter rules read on a day: the villages, the children on the registers, the scale, the quarters.</summary>
public sealed record ChildrenFacts(DateOnly AsOf, IReadOnlyList<MemberUnit> Villages, IReadOnlyList<ChildRecord> Children, RiskScale Scale,
    IReadOnlyList<ChildDataQuarter> Quarters);

/// <summary>
/// The visits (附件2 第28项; 附件3-2 五: 定期走访) and the quarterly submission (附件2 第23项) as pure functions of the facts on a day.
/// A finding names a village and counts, never a child: the office, the leaders and the district read alerts too.
/// </summary>
public static class VisitCadence
{
    /// <summary>A visit not made in time: the village's 儿童主任 (not its liaison) and the station.</summary>
    public static readonly ComplianceRule Visits = new("S5-visits", "儿童走访", "附件2 第28项；附件3-2 五", Reach.Station | Reach.OwnUnit, 65)
    {
        UnitFollowersHold = Capability.RecordVisits,
        // The daily visit reminders tell the director and the station (VisitReminders): no alert notice besides.
        Reminded = _ => true
    };

    /// <summary>A quarter's data not submitted within this many days of its end.</summary>
    public const int SubmissionDays = 15;

    public static readonly ComplianceRule Quarterly = new("S23-quarter", "儿童信息季度报送", "附件2 第23项", Reach.Station, 66);

    public static async Task<ChildrenFacts> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var queries = new ChildQueries(session);
        var previous = Quarter.Of(asOf).Previous;
        var quarters = await session.LoadManyAsync<ChildDataQuarter>(ct, ChildDataQuarter.IdFor(previous.Year, previous.Number));
        return new ChildrenFacts(asOf, await queries.VillagesAsync(ct), await queries.AllAsync(ct), await RiskScale.LoadAsync(session, ct), quarters.ToList());
    }

    public static IEnumerable<Finding> Evaluate(ChildrenFacts facts, CadenceOptions cadence) => OverdueVisits(facts, cadence).Concat(Submission(facts, cadence));

    /// <summary>Per village: the children on the registers whose visit is overdue (紧急 when one is at the high level, else 警告).</summary>
    public static IEnumerable<Finding> OverdueVisits(ChildrenFacts facts, CadenceOptions cadence)
    {
        foreach (var village in facts.Villages)
        {
            var overdue = facts.Children.Where(c => c.VillageId == village.Id && c.IsOnRegistersOn(facts.AsOf))
                .Select(c => VisitStatus.Of(c, facts.Scale, facts.AsOf))
                .Where(d => d.State == VisitState.Overdue && cadence.Checks(d.DueOn)).ToList();
            if (overdue.Count == 0) continue;
            var earliest = overdue.Min(d => d.DueOn);
            var high = overdue.Count(d => d.Child.RiskLevel == RiskLevel.High);
            yield return new Finding($"{Visits.Code}:{village.Id}", Visits.Code, village.Name, "", high > 0 ? Severity.Urgent : Severity.Warning, null, earliest,
                $"{village.Name}有 {overdue.Count} 名儿童未按风险等级规定的频率走访（其中高风险 {high} 名），最早一名应于 {earliest:yyyy-MM-dd} 前走访；" +
                "请儿童主任尽快走访并登记（附件2 第28项）",
                "/children/counts", [village.Id]);
        }
    }

    /// <summary>The last quarter, once it held children: 警告 when not submitted <see cref="SubmissionDays"/> days after its end.</summary>
    public static IEnumerable<Finding> Submission(ChildrenFacts facts, CadenceOptions cadence)
    {
        var quarter = Quarter.Of(facts.AsOf).Previous;
        var due = quarter.LastDay.AddDays(SubmissionDays);
        if (facts.AsOf <= due || !cadence.Checks(due) || !facts.Children.Any(c => c.IsOnRegistersOn(quarter.LastDay))) yield break;
        if (facts.Quarters.FirstOrDefault(q => q.Year == quarter.Year && q.Quarter == quarter.Number)?.SubmittedOn is not null) yield break;
        yield return new Finding($"{Quarterly.Code}:{quarter.Year}-{quarter.Number}", Quarterly.Code, quarter.Chinese, quarter.Chinese, Severity.Warning, null, due,
            $"{quarter.Chinese}的儿童信息应于 {due:yyyy-MM-dd} 前审核报送，尚未报送（附件2 第23项）", "/children/quarters?year=" + quarter.Year, []);
    }
}

/// <summary>The visit and quarter rules in the compliance engine (registered by <see cref="ChildrenModule"/>).</summary>
public sealed class ChildrenComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [VisitCadence.Visits, VisitCadence.Quarterly];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        VisitCadence.Evaluate(await VisitCadence.FactsAsync(session, asOf, ct), cadence).ToList();
}

/// <summary>
/// The daily visit reminder: to each village's 儿童主任 while a child's visit there is overdue or due within
/// <see cref="VisitStatus.SoonDays"/> days, and to the station with every village's figures; once a day, counts only (a notice may
/// go to a group robot: no reference, no name).
/// </summary>
public sealed class VisitReminders : IDueReminders
{
    public async Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct)
    {
        var facts = await VisitCadence.FactsAsync(session, today, ct);
        var lines = new List<(MemberUnit Village, int Overdue, int Soon)>();
        foreach (var village in facts.Villages)
        {
            var due = facts.Children.Where(c => c.VillageId == village.Id && c.IsOnRegistersOn(today)).Select(c => VisitStatus.Of(c, facts.Scale, today)).ToList();
            var overdue = due.Count(d => d.State == VisitState.Overdue);
            var soon = due.Count(d => d.State == VisitState.DueSoon);
            if (overdue + soon > 0) lines.Add((village, overdue, soon));
        }
        if (lines.Count == 0) return [];
        var recipients = await notices.RecipientsAsync(ct);
        var reminders = new List<DueReminder>();
        foreach (var (village, overdue, soon) in lines)
        {
            var text = new StringBuilder($"{village.Name}：{Figures(overdue, soon)}（按本镇风险等级规定的走访频率）。\n");
            text.Append("请尽快走访，走访后在系统中登记（走访日期、方式、发现）。发现疑似受侵害的，须立即按强制报告制度报告。\n");
            text.AppendLink(notices.Link("/children/visits"));
            var directors = recipients.Where(a => a.ReachOf(Capability.RecordVisits).HasFlag(Reach.OwnUnit) && a.UnitId == village.Id, NoticeKinds.VisitDue);
            reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.VisitDue, $"visits:{village.Id}:{today:yyyy-MM-dd}",
                $"儿童走访提醒：{village.Name}{Figures(overdue, soon)}", text.ToString()), directors));
        }
        var summary = new StringBuilder("各村（社区）儿童走访情况：\n");
        foreach (var (village, overdue, soon) in lines) summary.Append($"{village.Name}：{Figures(overdue, soon)}\n");
        summary.AppendLink(notices.Link("/children/counts"));
        reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.VisitDue, $"visits-station:{today:yyyy-MM-dd}",
            $"儿童走访提醒：{lines.Sum(l => l.Overdue)} 名逾期，{lines.Sum(l => l.Soon)} 名 {VisitStatus.SoonDays} 日内到期", summary.ToString()),
            recipients.Station(NoticeKinds.VisitDue)));
        return reminders;
    }

    private static string Figures(int overdue, int soon) =>
        string.Join("，", new[] { overdue > 0 ? $"{overdue} 名儿童走访已逾期" : null, soon > 0 ? $"{soon} 名 {VisitStatus.SoonDays} 日内到期" : null }.OfType<string>());
}

/// <summary>附件2 第23项 from the ledger: the last complete quarter entered, reviewed in every village that entered, and submitted.</summary>
public sealed class ChildDataQuarterlyCheck : IEvidenceRecordCheck
{
    public string Code => "ChildDataQuarterly";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct)
    {
        var quarter = Quarter.Of(day).Previous;
        var ledger = await QuarterLedger.LoadAsync(session, quarter.Year, ct);
        return Outcome(day, ledger.Quarters[quarter.Number - 1], ledger.Villages);
    }

    public static CheckOutcome Outcome(DateOnly day, LedgerQuarter quarter, IReadOnlyList<MemberUnit> villages)
    {
        var entered = quarter.Villages.Count(v => v.Value.Entries > 0);
        var reviewed = quarter.Villages.Count(v => v.Value.Entries > 0 && v.Value.IsReviewed);
        var text = $"截至 {day:yyyy-MM-dd}，{quarter.Quarter.Chinese}：{villages.Count} 个村（社区）中 {entered} 个有数据录入或更新（共 {quarter.Entries} 条），" +
                   $"{reviewed} 个已审核，" + (quarter.SubmittedOn is { } on ? $"已于 {on:yyyy-MM-dd} 报送" : "尚未报送");
        return new(entered > 0 && reviewed == entered && quarter.SubmittedOn is not null, text);
    }
}

/// <summary>附件2 第28项 from the scale and the visits: the levels with their frequencies, the visits made, the visits overdue.</summary>
public sealed class HomeVisitsByRiskCheck : IEvidenceRecordCheck
{
    public string Code => "HomeVisitsByRisk";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct)
    {
        var queries = new ChildQueries(session);
        return Outcome(day, await queries.OnRegistersAsync(day, null, ct), await RiskScale.LoadAsync(session, ct));
    }

    public static CheckOutcome Outcome(DateOnly day, IReadOnlyList<ChildRecord> children, RiskScale scale)
    {
        var visits = children.SelectMany(c => c.Visits).Where(v => v.On.Year == day.Year && v.On <= day).ToList();
        var overdue = children.Count(c => VisitStatus.Of(c, scale, day).State == VisitState.Overdue);
        var levels = string.Join("、", scale.Levels.Select(l => $"{l.Level.Chinese()}风险{RiskScale.Frequency(l.VisitEveryDays)}"));
        var text = $"风险等级及家访频率：{levels}；截至 {day:yyyy-MM-dd} 在册儿童 {children.Count} 名（" +
                   string.Join("、", Enum.GetValues<RiskLevel>().Select(l => $"{l.Chinese()} {children.Count(c => c.RiskLevel == l)}")) +
                   $"），{day.Year}年家访记录 {visits.Count} 次（重点核查 {visits.Count(v => v.Kind == VisitKind.TargetedCheck)} 次），逾期未走访 {overdue} 名";
        return new(children.Count > 0 && visits.Count > 0 && overdue == 0, text);
    }
}

/// <summary>附件2 第52项 from the registers: how many children each of the four registers holds.</summary>
public sealed class ChildRegistersCheck : IEvidenceRecordCheck
{
    public string Code => "ChildRegisters";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        Outcome(await new ChildQueries(session).CountsAsync(day, ct));

    public static CheckOutcome Outcome(ChildCounts counts) =>
        new(counts.Total > 0,
            $"截至 {counts.AsOf:yyyy-MM-dd} 在册儿童 {counts.Total} 名，分布于 {counts.Villages.Count(v => v.Total > 0)} 个村（社区）：" +
            string.Join("、", Enum.GetValues<ChildRegister>().Select(r => $"《{r.Chinese()}》{counts.Register(r)} 名")));
}
