using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Training;

using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Campaigns;

namespace Secretariat.Web.Features.Compliance;

/// <summary>A meeting as the rules see it on a day: when it was convened, held, cancelled, its minutes issued.</summary>
public sealed record MeetingFact(Guid Id, string Title, DateOnly Date, DateOnly ConvenedOn, DateOnly? CancelledOn, DateOnly? MinutesIssuedOn,
    string? MinutesNumber);

public sealed record ResolutionFact(Guid Id, int Order, string Text, string MinutesNumber, IReadOnlyList<Guid> UnitIds, DateOnly IssuedOn,
    DateOnly DueOn, DateOnly? DoneOn, bool IsMajor);

public sealed record AdjustmentFact(Guid Id, string Number, Guid UnitId, string UnitName, AdjustmentStatus Status, DateOnly WaitingSince);

/// <summary>One half-year's report obligation: its due day and, if it came, the day the office received it.</summary>
public sealed record ReportFact(int Year, int Half, DateOnly PeriodEnd, DateOnly DueOn, DateOnly? ReceivedOn, DateOnly? SubmittedOn, string Link);

/// <summary>Everything the rules read, as of one day, from the projections.</summary>
public sealed record ComplianceFacts(
    DateOnly AsOf,
    DateOnly? LeadingGroupSince,
    IReadOnlyList<MeetingFact> Meetings,
    IReadOnlyList<ResolutionFact> Resolutions,
    IReadOnlyList<ChildWorker> ChildWorkers,
    IReadOnlyList<VillageCoverage> Coverage,
    IReadOnlyList<AdjustmentFact> Adjustments,
    IReadOnlyList<ReportFact> Reports,
    IReadOnlyList<InstructionFact>? Instructions = null,
    IReadOnlyList<CampaignFact>? Campaigns = null);

/// <summary>
/// The notice's cadences as pure functions of the facts on a day. Explanations name dates, never "N days left", so a
/// finding that persists says the same thing every day and its alert does not change for nothing.
/// </summary>
public static class ComplianceRules
{
    public static IReadOnlyList<Finding> Evaluate(ComplianceFacts facts, ComplianceOptions options) =>
        MeetingCadence(facts, options)
            .Concat(MinutesIssued(facts, options))
            .Concat(VillageCoverage(facts))
            .Concat(Training(facts, options))
            .Concat(SemiannualReports(facts, options))
            .Concat(ResolutionsDue(facts, options))
            .Concat(AdjustmentsWaiting(facts, options))
            .Concat(InstructionRules.InstructionsDue(facts, options))
            .Concat(CampaignRules.CampaignDeadlines(facts, options))
            .OrderByDescending(f => f.Rank).ThenBy(f => f.DueOn ?? DateOnly.MaxValue).ThenBy(f => f.Key, StringComparer.Ordinal)
            .ToList();

    private static bool Checked(DateOnly periodEnd, ComplianceOptions options) => options.CheckFrom is not { } from || periodEnd >= from;

    /// <summary>
    /// R3 (附件2 第12项), one alert per year: a warning from 1 July while no meeting has been held that year, urgent from
    /// 1 October while fewer than two are held or scheduled, a breach once the year is over with fewer than two
    /// meetings whose minutes were issued. A year counts from the first one the group existed in by 30 June.
    /// </summary>
    public static IEnumerable<Finding> MeetingCadence(ComplianceFacts facts, ComplianceOptions options)
    {
        if (facts.LeadingGroupSince is not { } since) yield break;
        var required = options.MeetingsPerYear;
        var (urgentMonth, urgentDay) = options.UrgentFromDay();
        var firstYear = since <= new DateOnly(since.Year, 6, 30) ? since.Year : since.Year + 1;
        for (var year = firstYear; year <= facts.AsOf.Year; year++)
        {
            var yearEnd = new DateOnly(year, 12, 31);
            if (!Checked(yearEnd, options)) continue;
            var known = facts.Meetings.Where(m => m.Date.Year == year && m.ConvenedOn <= facts.AsOf && !(m.CancelledOn <= facts.AsOf)).ToList();
            var issued = known.Count(m => m.MinutesIssuedOn <= facts.AsOf);
            if (issued >= required) continue;
            var held = known.Count(m => m.Date <= facts.AsOf);
            var scheduled = known.Count - held;
            var link = $"/meetings?year={year}";
            Finding Make(Severity severity, string explanation) =>
                new($"{Rules.MeetingCadence}:{year}", Rules.MeetingCadence, "领导小组会议", $"{year}年", severity, null, yearEnd, explanation, link, []);
            if (facts.AsOf > yearEnd)
                yield return Make(Severity.Breach,
                    $"{year} 年召开并印发纪要的领导小组会议 {issued} 次，少于每年至少 {required} 次的要求（附件2 第12项）");
            else if (facts.AsOf >= new DateOnly(year, urgentMonth, urgentDay) && held + scheduled < required)
                yield return Make(Severity.Urgent,
                    $"{year} 年已召开 {held} 次、已安排 {scheduled} 次，少于 {required} 次：须在 12 月 31 日前召开会议并印发纪要");
            else if (facts.AsOf >= new DateOnly(year, 7, 1) && held == 0)
                yield return Make(Severity.Warning, $"{year} 年上半年未召开领导小组会议，至今尚未召开（每年至少 {required} 次）");
        }
    }

    /// <summary>R3: a meeting held with no issued minutes some days (15) later is its own finding.</summary>
    public static IEnumerable<Finding> MinutesIssued(ComplianceFacts facts, ComplianceOptions options) =>
        facts.Meetings
            .Where(m => m.ConvenedOn <= facts.AsOf && !(m.CancelledOn <= facts.AsOf) && !(m.MinutesIssuedOn <= facts.AsOf))
            .Where(m => m.Date.AddDays(options.MinutesIssueDays) <= facts.AsOf && Checked(m.Date, options))
            .Select(m => new Finding($"{Rules.MinutesIssued}:{m.Id}", Rules.MinutesIssued, m.Title, $"{m.Date:yyyy-MM-dd}", Severity.Warning, null,
                m.Date.AddDays(options.MinutesIssueDays),
                $"会议于 {m.Date:yyyy-MM-dd} 召开，{options.MinutesIssueDays} 天内未签发印发纪要", $"/meetings/{m.Id}?tab=minutes", []));

    /// <summary>R5 (附件3 第72项): every village and community has an active child director.</summary>
    public static IEnumerable<Finding> VillageCoverage(ComplianceFacts facts) =>
        facts.Coverage.Where(c => !c.IsCovered).Select(c => new Finding($"{Rules.VillageCoverage}:{c.Village.Id}", Rules.VillageCoverage,
            c.Village.Name, c.VacantSince is { } since ? $"{since:yyyy-MM-dd} 起" : "", Severity.Urgent, null, null,
            c.VacantSince is { } from ? $"{c.Village.Name}自 {from:yyyy-MM-dd} 起没有在岗儿童主任，须尽快配备（附件3 第72项）"
                : $"{c.Village.Name}尚未配备在岗儿童主任（附件3 第72项）",
            "/training/coverage", [c.Village.Id]));

    /// <summary>R6 (附件3 第75项) from the training deadlines: 提醒 before a due date, 违规 once it has passed.</summary>
    public static IEnumerable<Finding> Training(ComplianceFacts facts, ComplianceOptions options)
    {
        var window = options.ReminderDays.DefaultIfEmpty(0).Max();
        foreach (var worker in facts.ChildWorkers)
        {
            var status = TrainingDeadlines.StatusOf(worker, facts.AsOf, window);
            if (status.Appointment is not { } appointment) continue;
            var who = $"{worker.Name}（{appointment.Duty.Chinese()}）";
            var link = $"/training/people/{worker.Id}";
            IReadOnlyList<Guid> units = appointment.PostingOn(facts.AsOf).UnitId is { } unit ? [unit] : [];
            if (status.Onboarding is { DueOn: { } due } onboarding && Checked(due, options))
            {
                var key = $"{Rules.Onboarding}:{appointment.Id}";
                var period = $"{appointment.From:yyyy-MM-dd} 任职";
                if (onboarding.State == RequirementState.Overdue)
                    yield return new Finding(key, Rules.Onboarding, who, period, Severity.Breach, null, due,
                        $"入职培训应于 {due:yyyy-MM-dd} 前完成（任职后三个月内），已逾期未完成", link, units);
                else if (onboarding.State is RequirementState.DueSoon or RequirementState.Pending && options.ReminderWindow(due, facts.AsOf) is { } days)
                    yield return new Finding(key, Rules.Onboarding, who, period, Severity.Reminder, days, due,
                        $"入职培训须于 {due:yyyy-MM-dd} 前完成（任职后三个月内）", link, units);
            }
            // Last year's missed rotation stays a breach until a counting session; this year's has its own reminders meanwhile.
            if (status.Rotation is { State: RequirementState.Overdue, DueOn: { } missedEnd } && Checked(missedEnd, options))
                yield return new Finding($"{Rules.Rotation}:{appointment.Id}:{missedEnd.Year}", Rules.Rotation, who, $"{missedEnd.Year}年",
                    Severity.Breach, null, missedEnd, $"{missedEnd.Year} 年度未参加轮训（每年至少一次），参加轮训后解除", link, units);
            var yearEnd = new DateOnly(facts.AsOf.Year, 12, 31);
            var rotatedThisYear = worker.Attended.Any(a => a.Counts && a.EndOn.Year == facts.AsOf.Year && a.EndOn <= facts.AsOf && a.EndOn >= appointment.From);
            if (appointment.From.Year < facts.AsOf.Year && !rotatedThisYear && Checked(yearEnd, options) &&
                options.ReminderWindow(yearEnd, facts.AsOf) is { } rotationDays)
                yield return new Finding($"{Rules.Rotation}:{appointment.Id}:{yearEnd.Year}", Rules.Rotation, who, $"{yearEnd.Year}年",
                    Severity.Reminder, rotationDays, yearEnd, $"{yearEnd.Year} 年度轮训须于 {yearEnd:yyyy-MM-dd} 前完成", link, units);
        }
    }

    /// <summary>R7 (附件3-2 第七项): the work station's half-year report received by the office by its due day.</summary>
    public static IEnumerable<Finding> SemiannualReports(ComplianceFacts facts, ComplianceOptions options)
    {
        foreach (var report in facts.Reports.Where(r => Checked(r.PeriodEnd, options)))
        {
            if (report.ReceivedOn <= facts.AsOf) continue;
            var name = $"{report.Year}年{(report.Half == 1 ? "上" : "下")}半年工作报告";
            var key = $"{Rules.SemiannualReport}:{report.Year}-H{report.Half}";
            if (facts.AsOf > report.DueOn)
                yield return new Finding(key, Rules.SemiannualReport, name, $"{report.Year}H{report.Half}", Severity.Breach, null, report.DueOn,
                    report.SubmittedOn <= facts.AsOf
                        ? $"工作站{name}应于 {report.DueOn:yyyy-MM-dd} 前报送领导小组办公室；已于 {report.SubmittedOn:yyyy-MM-dd} 报送，办公室尚未签收"
                        : $"工作站{name}应于 {report.DueOn:yyyy-MM-dd} 前报送领导小组办公室，至今未收到", report.Link, []);
            else if (options.ReminderWindow(report.DueOn, facts.AsOf) is { } days)
                yield return new Finding(key, Rules.SemiannualReport, name, $"{report.Year}H{report.Half}", Severity.Reminder, days, report.DueOn,
                    $"工作站{name}须于 {report.DueOn:yyyy-MM-dd} 前报送领导小组办公室", report.Link, []);
        }
    }

    /// <summary>Resolutions past their due day and not done (a major matter is urgent), reminders before it.</summary>
    public static IEnumerable<Finding> ResolutionsDue(ComplianceFacts facts, ComplianceOptions options)
    {
        foreach (var r in facts.Resolutions.Where(r => r.IssuedOn <= facts.AsOf && !(r.DoneOn <= facts.AsOf) && Checked(r.DueOn, options)))
        {
            var subject = $"{r.MinutesNumber} 第{r.Order}项：{Shorten(r.Text)}";
            var key = $"{Rules.ResolutionDue}:{r.Id}";
            if (facts.AsOf > r.DueOn)
                yield return new Finding(key, Rules.ResolutionDue, subject, r.MinutesNumber, r.IsMajor ? Severity.Urgent : Severity.Warning, null,
                    r.DueOn, $"{(r.IsMajor ? "重大事项，" : "")}应于 {r.DueOn:yyyy-MM-dd} 前办结，已逾期", $"/resolutions/{r.Id}", r.UnitIds);
            else if (options.ReminderWindow(r.DueOn, facts.AsOf) is { } days)
                yield return new Finding(key, Rules.ResolutionDue, subject, r.MinutesNumber, Severity.Reminder, days, r.DueOn,
                    $"须于 {r.DueOn:yyyy-MM-dd} 前办结", $"/resolutions/{r.Id}", r.UnitIds);
        }
    }

    /// <summary>Member adjustments waiting for the office (待受理) or the approver (待审批) longer than allowed.</summary>
    public static IEnumerable<Finding> AdjustmentsWaiting(ComplianceFacts facts, ComplianceOptions options) =>
        facts.Adjustments
            .Where(a => a.Status is AdjustmentStatus.Submitted or AdjustmentStatus.PendingApproval)
            .Where(a => facts.AsOf.DayNumber - a.WaitingSince.DayNumber > options.AdjustmentWaitDays && Checked(a.WaitingSince, options))
            .Select(a => new Finding($"{Rules.AdjustmentWaiting}:{a.Id}:{a.Status}", Rules.AdjustmentWaiting, $"{a.Number}（{a.UnitName}）",
                a.Status.Chinese(), Severity.Warning, null, a.WaitingSince.AddDays(options.AdjustmentWaitDays),
                $"自 {a.WaitingSince:yyyy-MM-dd} 起{a.Status.Chinese()}，超过 {options.AdjustmentWaitDays} 天未{(a.Status == AdjustmentStatus.Submitted ? "受理" : "审批")}",
                $"/adjustments/{a.Id}", [a.UnitId]));

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
