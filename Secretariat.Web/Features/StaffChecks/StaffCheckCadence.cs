namespace Secretariat.Web.Features.StaffChecks;

/// <summary>The town's 从业查询 period (section "Compliance"): staff are checked again this many years after their last check.</summary>
public sealed class StaffCheckOptions
{
    public int StaffCheckPeriodYears { get; set; } = 1;

    public static StaffCheckOptions From(IConfiguration configuration) =>
        configuration.GetSection(CadenceOptions.Section).Get<StaffCheckOptions>() ?? new StaffCheckOptions();

    /// <summary>The period, kept between 1 and 5 years whatever the configuration says.</summary>
    public int PeriodYears => Math.Clamp(StaffCheckPeriodYears, 1, 5);
}

/// <summary>
/// 附件2 第21项: 密切接触未成年人的单位 check their staff (从业查询) — a new hire before starting, staff again every period — and end the
/// employment of a person with a record within 30 working days. A pure function of the checks known on a day, one finding per person:
/// 违规 when a record found has not led to the end of the employment by its day, or when the person's period has run out. Before: 警告 from
/// the day a record is found (no window: the 30 working days are short, and a count of days left would change the alert every day),
/// 提醒 in the reminder windows before a periodic check.
/// </summary>
public static class StaffCheckCadence
{
    public static readonly ComplianceRule Checks = new("S21-staff-checks", "从业查询及有记录者解聘", "附件2 第21项", Reach.OwnUnit, 69);

    /// <summary>A person as one unit names them: the checks of one 岗位 and label at one unit.</summary>
    public static (Guid, string, string) PersonKey(StaffCheck c) => (c.UnitId, c.Position, c.StaffLabel);

    public static DateOnly NextCheckDue(StaffCheck last, StaffCheckOptions options) => last.CheckedOn.AddYears(options.PeriodYears);

    public static IEnumerable<Finding> Evaluate(DateOnly asOf, IEnumerable<StaffCheck> checks, CadenceOptions cadence, StaffCheckOptions options)
    {
        foreach (var person in checks.Where(c => c.CheckedOn <= asOf).GroupBy(PersonKey))
        {
            var last = person.OrderBy(c => c.CheckedOn).ThenBy(c => c.RecordedAt).Last();
            if (person.Any(c => c.EndedOn is { } ended && ended <= asOf)) continue;
            var subject = $"{last.UnitName}：{last.Who}";
            var key = $"{Checks.Code}:{last.UnitId}:{last.Position}:{last.StaffLabel}";
            var link = $"/staff-checks/{last.Id}";
            if (last.Result == StaffCheckResult.RecordFound && last.EndByOn is { } endBy)
            {
                if (!cadence.Checks(endBy)) continue;
                yield return asOf > endBy
                    ? new Finding(key, Checks.Code, subject, last.CheckedOn.IsoDate(), Severity.Breach, null, endBy,
                        $"{last.CheckedOn:yyyy-MM-dd} 从业查询有记录，应于 {endBy:yyyy-MM-dd}（30个工作日）前解除聘用，尚未登记（附件2 第21项）", link, [last.UnitId])
                    : new Finding(key, Checks.Code, subject, last.CheckedOn.IsoDate(), Severity.Warning, null, endBy,
                        $"{last.CheckedOn:yyyy-MM-dd} 从业查询有记录，须于 {endBy:yyyy-MM-dd}（30个工作日）前解除聘用（附件2 第21项）", link, [last.UnitId]);
                continue;
            }
            var due = NextCheckDue(last, options);
            if (!cadence.Checks(due)) continue;
            if (asOf > due)
                yield return new Finding(key, Checks.Code, subject, last.CheckedOn.IsoDate(), Severity.Breach, null, due,
                    $"上次从业查询为 {last.CheckedOn:yyyy-MM-dd}，应于 {due:yyyy-MM-dd} 前再次查询（每 {options.PeriodYears} 年，附件2 第21项）", link, [last.UnitId]);
            else if (cadence.ReminderWindow(due, asOf) is { } days)
                yield return new Finding(key, Checks.Code, subject, last.CheckedOn.IsoDate(), Severity.Reminder, days, due,
                    $"上次从业查询为 {last.CheckedOn:yyyy-MM-dd}，须于 {due:yyyy-MM-dd} 前再次查询（附件2 第21项）", link, [last.UnitId]);
        }
    }

    /// <summary>The checks recorded by the end of <paramref name="asOf"/>, each as it stood then (an end recorded later is not seen).</summary>
    public static async Task<IReadOnlyList<StaffCheck>> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct) =>
        (await session.Query<StaffCheck>().Where(c => c.CheckedOn <= asOf).ToListAsync(ct))
        .Where(c => c.RecordedAt.ToTownDate() <= asOf)
        .Select(c => c.EndedRecordedAt is { } at && at.ToTownDate() > asOf ? NotEnded(c) : c)
        .ToList();

    private static StaffCheck NotEnded(StaffCheck c) => new()
    {
        Id = c.Id, UnitId = c.UnitId, UnitName = c.UnitName, Position = c.Position, StaffLabel = c.StaffLabel, Kind = c.Kind, CheckedOn = c.CheckedOn,
        StartsOn = c.StartsOn, Result = c.Result, EndByOn = c.EndByOn, EndByNote = c.EndByNote, RecordedBy = c.RecordedBy, RecordedAt = c.RecordedAt
    };
}

/// <summary>The staff checks' rule in the compliance engine (registered by <see cref="StaffChecksModule"/>).</summary>
public sealed class StaffCheckComplianceRules(IConfiguration configuration) : IComplianceRules
{
    private readonly StaffCheckOptions options = StaffCheckOptions.From(configuration);

    public IReadOnlyList<ComplianceRule> Rules { get; } = [StaffCheckCadence.Checks];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        StaffCheckCadence.Evaluate(asOf, await StaffCheckCadence.FactsAsync(session, asOf, ct), cadence, options).ToList();
}

/// <summary>附件2 第21项 from the records: the checks made, new hires checked before starting, records found and the employment ended in time.</summary>
public sealed class StaffChecksCheck : IEvidenceRecordCheck
{
    public string Code => "StaffChecksKept";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        Outcome(day, await StaffCheckCadence.FactsAsync(session, day, ct));

    public static CheckOutcome Outcome(DateOnly day, IReadOnlyList<StaffCheck> checks)
    {
        if (checks.Count == 0) return new(false, $"截至{day.ChineseDate()}，未登记从业查询。");
        var hires = checks.Where(c => c.Kind == StaffCheckKind.NewHire).ToList();
        var late = hires.Count(c => c.CheckedAfterStart);
        var found = checks.Where(c => c.Result == StaffCheckResult.RecordFound).ToList();
        var endedInTime = found.Count(c => c.EndedOn is { } e && c.EndByOn is { } by && e <= by);
        var overdue = found.Count(c => c.EndByOn is { } by && (c.EndedOn is { } e ? e > by : day > by));
        var units = string.Join("；", checks.GroupBy(c => c.UnitName).OrderBy(g => g.Key).Select(g =>
            $"{g.Key} {g.Count()} 人次（最近 {g.Max(c => c.CheckedOn):yyyy-MM-dd}）"));
        return new(late == 0 && overdue == 0,
            $"截至{day.ChineseDate()}，从业查询 {checks.Count} 人次：新招录人员 {hires.Count} 人次（入职后补查 {late} 人次），有记录 {found.Count} 人次" +
            $"（30个工作日内解聘 {endedInTime} 人次，逾期 {overdue} 人次）。{units}。");
    }
}
