using System.Text;

namespace Secretariat.Web.Features.Reports;

/// <summary><c>Reports:DueDaysAfterPeriodEnd</c>: a half-year's report is due this many days after it ends (default 15). The one source.</summary>
public sealed class ReportOptions
{
    public int DueDaysAfterPeriodEnd { get; init; } = ReportPeriods.DefaultDueDays;

    public static ReportOptions From(IConfiguration configuration) =>
        new() { DueDaysAfterPeriodEnd = configuration.GetValue(ReportPeriods.DueDaysKey, ReportPeriods.DefaultDueDays) };
}

/// <summary>One half-year's report obligation: its due day and, if it came, the day the office received it.</summary>
public sealed record ReportObligation(int Year, int Half, DateOnly PeriodEnd, DateOnly DueOn, DateOnly? ReceivedOn, DateOnly? SubmittedOn, string Link);

/// <summary>R7 (附件3-2 第七项): the work station's half-year report received by the office by its due day.</summary>
public static class ReportCadence
{
    /// <summary>The station's; its daily reminders tell the station, so an alert sends no notice.</summary>
    public static readonly ComplianceRule Semiannual = new("R7", "工作站半年报告", "附件3-2 第七项", Reach.Station, 70) { Reminded = _ => true };

    /// <summary>Every half-year since the work station was set up whose report is due, or comes due within the reminder window.</summary>
    public static async Task<IReadOnlyList<ReportObligation>> FactsAsync(IQuerySession session, CadenceOptions cadence, int dueDays, DateOnly asOf,
        CancellationToken ct)
    {
        var workStation = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        if (workStation?.EstablishedOn is not { } since) return [];
        var horizon = cadence.Horizon(asOf);
        var reports = await session.Query<SemiannualReport>().Where(r => r.Year >= since.Year && r.Year <= asOf.Year).ToListAsync(ct);
        var owed = new List<ReportObligation>();
        for (var year = since.Year; year <= asOf.Year; year++)
            foreach (var half in new[] { HalfYear.H1, HalfYear.H2 })
            {
                var end = ReportPeriods.End(year, half);
                if (end < since) continue;
                var report = reports.FirstOrDefault(r => r.Year == year && r.Half == half);
                var due = report?.DueOn ?? ReportPeriods.DueOn(year, half, dueDays);
                if (due > horizon) continue;
                owed.Add(new ReportObligation(year, half == HalfYear.H1 ? 1 : 2, end, due, report?.ReceivedOn, report?.SubmittedOn,
                    report is null ? $"/reports?year={year}" : $"/reports/{report.Id}"));
            }
        return owed;
    }

    public static IEnumerable<Finding> SemiannualReports(DateOnly asOf, IEnumerable<ReportObligation> reports, CadenceOptions cadence)
    {
        foreach (var report in reports.Where(r => cadence.Checks(r.PeriodEnd)))
        {
            if (report.ReceivedOn <= asOf) continue;
            var name = $"{report.Year}年{(report.Half == 1 ? "上" : "下")}半年工作报告";
            var key = $"{Semiannual.Code}:{report.Year}-H{report.Half}";
            if (asOf > report.DueOn)
                yield return new Finding(key, Semiannual.Code, name, $"{report.Year}H{report.Half}", Severity.Breach, null, report.DueOn,
                    report.SubmittedOn <= asOf
                        ? $"工作站{name}应于 {report.DueOn:yyyy-MM-dd} 前报送领导小组办公室；已于 {report.SubmittedOn:yyyy-MM-dd} 报送，办公室尚未签收"
                        : $"工作站{name}应于 {report.DueOn:yyyy-MM-dd} 前报送领导小组办公室，至今未收到", report.Link, []);
            else if (cadence.ReminderWindow(report.DueOn, asOf) is { } days)
                yield return new Finding(key, Semiannual.Code, name, $"{report.Year}H{report.Half}", Severity.Reminder, days, report.DueOn,
                    $"工作站{name}须于 {report.DueOn:yyyy-MM-dd} 前报送领导小组办公室", report.Link, []);
        }
    }
}

/// <summary>The report rule in the compliance engine (registered by <see cref="ReportsModule"/>).</summary>
public sealed class ReportComplianceRules(ReportOptions options) : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [ReportCadence.Semiannual];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        ReportCadence.SemiannualReports(asOf, await ReportCadence.FactsAsync(session, cadence, options.DueDaysAfterPeriodEnd, asOf, ct), cadence).ToList();
}

/// <summary>
/// The station's half-year report (R7) while the engine has a finding for it (not yet received by the office) and the station has
/// not submitted it: 14 days before its due date, and once when it is overdue.
/// </summary>
public sealed class ReportReminders(ReportOptions options) : IDueReminders
{
    /// <summary>The station hears of its half-year report this many days before the due date, and once when overdue.</summary>
    public const int DueDays = 14;

    public async Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct)
    {
        var reminders = new List<DueReminder>();
        foreach (var report in await ReportCadence.FactsAsync(session, cadence, options.DueDaysAfterPeriodEnd, today, ct))
        {
            if (report.SubmittedOn <= today) continue;
            var finding = ReportCadence.SemiannualReports(today, [report], cadence).FirstOrDefault();
            if (finding is null) continue;
            var overdue = today > report.DueOn;
            if (!overdue && report.DueOn.DayNumber - today.DayNumber > DueDays) continue;
            var period = $"{report.Year}H{report.Half}";
            var text = new StringBuilder(overdue
                ? $"工作站{finding.Subject}应于 {report.DueOn.ChineseDate()} 前报送领导小组办公室，已逾期 {today.DayNumber - report.DueOn.DayNumber} 天，请尽快撰写并报送。\n"
                : $"工作站{finding.Subject}须于 {report.DueOn.ChineseDate()} 前报送领导小组办公室（还有 {report.DueOn.DayNumber - today.DayNumber} 天），请及时撰写并报送（附件3-2 第七项）。\n");
            text.AppendLink(notices.Link(report.Link));
            reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.ReportDue,
                    overdue ? $"report-overdue:{period}:{report.DueOn:yyyy-MM-dd}" : $"report-due:{period}:{report.DueOn:yyyy-MM-dd}",
                    overdue ? $"半年汇报已逾期：{finding.Subject}" : $"半年汇报{DueDays}日内到期：{finding.Subject}", text.ToString()),
                (await notices.RecipientsAsync(ct)).Station(NoticeKinds.ReportDue)));
        }
        return reminders;
    }
}
