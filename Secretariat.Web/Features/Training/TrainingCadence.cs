using System.Text;

namespace Secretariat.Web.Features.Training;

/// <summary>What the training rules read as of one day: who serves then, and each village's directors.</summary>
public sealed record TrainingCadenceFacts(DateOnly AsOf, IReadOnlyList<ChildWorker> ChildWorkers, IReadOnlyList<VillageCoverage> Coverage);

/// <summary>
/// Child directors in every village (R5) and their training deadlines (R6) as pure functions of the facts on a day. Explanations
/// name dates, never "N days left", so a finding that persists says the same thing every day.
/// </summary>
public static class TrainingCadence
{
    public static readonly ComplianceRule Directors = new("R5", "村（社区）儿童主任配备", "附件3 第72项", Reach.Station, 50);

    /// <summary>Onboarding and rotation are listed (and counted on the dashboard) together as 儿童主任培训.</summary>
    public static readonly (string Code, string Name) Training = ("R6", "儿童主任培训");

    public static readonly ComplianceRule Onboarding = new("R6-onboarding", "儿童主任入职培训", "附件3 第75项", Reach.Station, 60) { Group = Training };
    public static readonly ComplianceRule Rotation = new("R6-rotation", "儿童主任年度轮训", "附件3 第75项", Reach.Station, 61) { Group = Training };

    /// <summary>The training rules count as one figure on the dashboard and the district's overview.</summary>
    public static bool IsTraining(string rule) => rule == Onboarding.Code || rule == Rotation.Code;

    public static async Task<TrainingCadenceFacts> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var training = new TrainingQueries(session);
        return new TrainingCadenceFacts(asOf, await training.ServingBetweenAsync(asOf, asOf, ct), await training.CoverageAsync(asOf, ct));
    }

    public static IEnumerable<Finding> Evaluate(TrainingCadenceFacts facts, CadenceOptions cadence) =>
        VillagesWithoutDirector(facts).Concat(Deadlines(facts, cadence));

    /// <summary>R5 (附件3 第72项): every village and community has an active child director.</summary>
    public static IEnumerable<Finding> VillagesWithoutDirector(TrainingCadenceFacts facts) =>
        facts.Coverage.Where(c => !c.IsCovered).Select(c => new Finding($"{Directors.Code}:{c.Village.Id}", Directors.Code,
            c.Village.Name, c.VacantSince is { } since ? $"{since:yyyy-MM-dd} 起" : "", Severity.Urgent, null, null,
            c.VacantSince is { } from ? $"{c.Village.Name}自 {from:yyyy-MM-dd} 起没有在岗儿童主任，须尽快配备（附件3 第72项）"
                : $"{c.Village.Name}尚未配备在岗儿童主任（附件3 第72项）",
            "/training/coverage", [c.Village.Id]));

    /// <summary>R6 (附件3 第75项) from the training deadlines: 提醒 before a due date, 违规 once it has passed.</summary>
    public static IEnumerable<Finding> Deadlines(TrainingCadenceFacts facts, CadenceOptions cadence)
    {
        foreach (var worker in facts.ChildWorkers)
        {
            var status = TrainingDeadlines.StatusOf(worker, facts.AsOf, cadence.LongestWindow);
            if (status.Appointment is not { } appointment) continue;
            var who = $"{worker.Name}（{appointment.Duty.Chinese()}）";
            var link = $"/training/people/{worker.Id}";
            IReadOnlyList<Guid> units = appointment.PostingOn(facts.AsOf).UnitId is { } unit ? [unit] : [];
            if (status.Onboarding is { DueOn: { } due } onboarding && cadence.Checks(due))
            {
                var key = $"{Onboarding.Code}:{appointment.Id}";
                var period = $"{appointment.From:yyyy-MM-dd} 任职";
                if (onboarding.State == RequirementState.Overdue)
                    yield return new Finding(key, Onboarding.Code, who, period, Severity.Breach, null, due,
                        $"入职培训应于 {due:yyyy-MM-dd} 前完成（任职后三个月内），已逾期未完成", link, units);
                else if (onboarding.State is RequirementState.DueSoon or RequirementState.Pending && cadence.ReminderWindow(due, facts.AsOf) is { } days)
                    yield return new Finding(key, Onboarding.Code, who, period, Severity.Reminder, days, due,
                        $"入职培训须于 {due:yyyy-MM-dd} 前完成（任职后三个月内）", link, units);
            }
            // Last year's missed rotation stays a breach until a counting session; this year's has its own reminders meanwhile.
            if (status.Rotation is { State: RequirementState.Overdue, DueOn: { } missedEnd } && cadence.Checks(missedEnd))
                yield return new Finding($"{Rotation.Code}:{appointment.Id}:{missedEnd.Year}", Rotation.Code, who, $"{missedEnd.Year}年",
                    Severity.Breach, null, missedEnd, $"{missedEnd.Year} 年度未参加轮训（每年至少一次），参加轮训后解除", link, units);
            var yearEnd = new DateOnly(facts.AsOf.Year, 12, 31);
            var rotatedThisYear = worker.Attended.Any(a => a.Counts && a.EndOn.Year == facts.AsOf.Year && a.EndOn <= facts.AsOf && a.EndOn >= appointment.From);
            if (appointment.From.Year < facts.AsOf.Year && !rotatedThisYear && cadence.Checks(yearEnd) &&
                cadence.ReminderWindow(yearEnd, facts.AsOf) is { } rotationDays)
                yield return new Finding($"{Rotation.Code}:{appointment.Id}:{yearEnd.Year}", Rotation.Code, who, $"{yearEnd.Year}年",
                    Severity.Reminder, rotationDays, yearEnd, $"{yearEnd.Year} 年度轮训须于 {yearEnd:yyyy-MM-dd} 前完成", link, units);
        }
    }
}

/// <summary>The training rules in the compliance engine (registered by <see cref="TrainingModule"/>).</summary>
public sealed class TrainingComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [TrainingCadence.Directors, TrainingCadence.Onboarding, TrainingCadence.Rotation];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        TrainingCadence.Evaluate(await TrainingCadence.FactsAsync(session, asOf, ct), cadence).ToList();
}

/// <summary>
/// The engine's training 提醒 (R6: onboarding within three months, the year's rotation by 31 December), in its reminder windows
/// (30 and 7 days by default), to the station: once per person, deadline and window. Overdue training is a 违规 alert, whose notice
/// the compliance alerts send.
/// </summary>
public sealed class TrainingReminders : IDueReminders
{
    public async Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct)
    {
        var facts = new TrainingCadenceFacts(today, await new TrainingQueries(session).ServingBetweenAsync(today, today, ct), []);
        var reminders = new List<DueReminder>();
        foreach (var worker in facts.ChildWorkers)
            foreach (var finding in TrainingCadence.Deadlines(facts with { ChildWorkers = [worker] }, cadence)
                         .Where(f => f.Severity == Severity.Reminder && f.ReminderDays is not null && f.DueOn is not null))
            {
                var what = finding.Rule == TrainingCadence.Onboarding.Code ? "入职培训" : "年度轮训";
                var text = new StringBuilder($"{finding.Subject}的{what}须于 {finding.DueOn!.Value.ChineseDate()} 前完成（{finding.ReminderDays} 日内到期）。\n");
                text.Append("请安排参加培训（儿童社会工作类课程不少于50%，附件3 第75项），并在系统中登记培训记录、留存培训资料。\n");
                text.AppendLink(notices.Link(finding.Link));
                reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.TrainingDue,
                        $"training-{finding.ReminderDays}:{worker.Id}:{finding.DueOn:yyyy-MM-dd}",
                        $"培训期限提醒（{finding.ReminderDays}日内到期）：{finding.Subject}{what}", text.ToString()),
                    (await notices.RecipientsAsync(ct)).Station(NoticeKinds.TrainingDue)));
            }
        return reminders;
    }
}

/// <summary>附件2 第72项 from the coverage table: every village and community has at least one child director on the day.</summary>
public sealed class DirectorInEveryVillageCheck : IEvidenceRecordCheck
{
    public string Code => "DirectorInEveryVillage";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        Outcome(day, await new TrainingQueries(session).CoverageAsync(day, ct));

    public static CheckOutcome Outcome(DateOnly day, IReadOnlyList<VillageCoverage> coverage)
    {
        var vacant = coverage.Where(c => !c.IsCovered).Select(c => c.Village.Name).ToList();
        return new(coverage.Count > 0 && vacant.Count == 0,
            $"截至 {day:yyyy-MM-dd}，{coverage.Count} 个村（社区）中 {coverage.Count - vacant.Count} 个已配备儿童主任" +
            (vacant.Count == 0 ? "" : $"；未配备：{string.Join("、", vacant)}"));
    }
}
