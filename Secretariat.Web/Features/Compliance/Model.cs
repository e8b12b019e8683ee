namespace Secretariat.Web.Features.Compliance;

/// <summary>How serious a finding is; the numbers order them (a higher one is an escalation).</summary>
public enum Severity
{
    Reminder = 1,
    Warning = 3,
    Urgent = 4,
    Breach = 5
}

/// <summary>The rules the evaluator knows, each named after the notice's requirement it checks.</summary>
public static class Rules
{
    public const string MeetingCadence = "R3";
    public const string MinutesIssued = "R3-minutes";
    public const string VillageCoverage = "R5";
    public const string Onboarding = "R6-onboarding";
    public const string Rotation = "R6-rotation";
    public const string SemiannualReport = "R7";
    public const string ResolutionDue = "resolution";
    public const string AdjustmentWaiting = "adjustment";
    /// <summary>The district's instruction on a reported major matter (五(三)), tracked to 办结 by its due date.</summary>
    public const string InstructionDue = "major-instruction";
    /// <summary>示范创建 (六(二)-(四), 附件2): each unit's evidence by the submission deadline, a returned submission by its new deadline.</summary>
    public const string CampaignSubmission = "campaign-submission";
    /// <summary>示范创建: the station's 初审 within its window.</summary>
    public const string CampaignReview = "campaign-review";
    /// <summary>示范创建: the district's acceptance by its deadline (the district's step; the town prepares).</summary>
    public const string CampaignAcceptance = "campaign-acceptance";
    /// <summary>示范创建: a rectification the district required, closed by its day.</summary>
    public const string CampaignRectification = "campaign-rectification";

    public static readonly IReadOnlyList<string> All =
        [MeetingCadence, MinutesIssued, VillageCoverage, Onboarding, Rotation, SemiannualReport, ResolutionDue, AdjustmentWaiting, InstructionDue,
            CampaignSubmission, CampaignReview, CampaignAcceptance, CampaignRectification];

    public static string Chinese(string rule) => rule switch
    {
        MeetingCadence => "领导小组会议（每年至少两次）",
        MinutesIssued => "会议纪要印发",
        VillageCoverage => "村（社区）儿童主任配备",
        Onboarding => "儿童主任入职培训",
        Rotation => "儿童主任年度轮训",
        SemiannualReport => "工作站半年报告",
        ResolutionDue => "议定事项落实期限",
        AdjustmentWaiting => "成员调整待办理",
        InstructionDue => "区未保办批示落实期限",
        CampaignSubmission => "示范创建材料报送",
        CampaignReview => "示范创建初审",
        CampaignAcceptance => "示范创建验收",
        CampaignRectification => "示范创建整改",
        _ => rule
    };

    /// <summary>The training rules count as one figure on the dashboard.</summary>
    public static bool IsTraining(string rule) => rule is Onboarding or Rotation;
}

public static class SeverityNames
{
    public static string Chinese(this Severity severity) => severity switch
    {
        Severity.Reminder => "提醒",
        Severity.Warning => "警告",
        Severity.Urgent => "紧急",
        Severity.Breach => "违规",
        _ => severity.ToString()
    };

    /// <summary>A reminder says its window: 提醒（7 天内到期）.</summary>
    public static string Chinese(Severity severity, int? reminderDays) =>
        reminderDays is { } days ? $"提醒（{days} 天内到期）" : severity.Chinese();

    public static string CssClass(this Severity severity) => severity switch
    {
        Severity.Reminder => "severity-reminder",
        Severity.Warning => "severity-warning",
        Severity.Urgent => "severity-urgent",
        _ => "severity-breach"
    };
}

/// <summary>
/// One rule not met (or about to come due) on a day. The key names the alert it raises: the same rule, subject and
/// period give the same key every day, so a condition that persists is one alert, not one a day.
/// </summary>
public sealed record Finding(
    string Key, string Rule, string Subject, string Period, Severity Severity, int? ReminderDays, DateOnly? DueOn, string Explanation,
    string Link, IReadOnlyList<Guid> UnitIds)
{
    /// <summary>A 7-day reminder ranks above a 30-day one: moving into the shorter window is an escalation too.</summary>
    public int Rank => AlertRank.Of(Severity, ReminderDays);

    public string SeverityText => SeverityNames.Chinese(Severity, ReminderDays);
}

public static class AlertRank
{
    public static int Of(Severity severity, int? reminderDays) =>
        severity == Severity.Reminder && reminderDays is { } days && days <= 7 ? 2 : (int)severity;

    /// <summary>The alert stream's id comes from its key, so every instance starts the same stream for the same finding.</summary>
    public static Guid IdFor(string key) => StableIds.From("secretariat-alert:" + key);
}

/// <summary>Thresholds of the rules (section "Compliance" of the configuration), with the notice's defaults.</summary>
public sealed class ComplianceOptions
{
    public const string Section = "Compliance";

    public int MeetingsPerYear { get; set; } = 2;

    /// <summary>From this day of the year (MM-dd) fewer than the required meetings held or scheduled is urgent.</summary>
    public string UrgentFrom { get; set; } = "10-01";

    public int MinutesIssueDays { get; set; } = 15;
    public int AdjustmentWaitDays { get; set; } = 15;

    /// <summary>Days after a half-year's end its report is due: the reports' own setting (Reports:DueDaysAfterPeriodEnd).</summary>
    public int ReportDueDays { get; set; } = 15;

    /// <summary>Days before a due date at which a 提醒 is raised (training, reports, resolutions).</summary>
    public int[] ReminderDays { get; set; } = [30, 7];

    /// <summary>Periods ending before this day are not checked (the day the town started keeping its records here).</summary>
    public DateOnly? CheckFrom { get; set; }

    /// <summary>The town's own settings over the deployment's: its profile's 检查起始日 when it has one.</summary>
    public async Task<ComplianceOptions> ForTownAsync(IQuerySession session, CancellationToken ct)
    {
        var profile = await session.LoadAsync<TownProfile>(session.TenantId, ct);
        if (profile?.CheckFrom is not { } from) return this;
        var copy = (ComplianceOptions)MemberwiseClone();
        copy.CheckFrom = from;
        return copy;
    }

    /// <summary>Cron of the daily evaluation, on the Asia/Shanghai clock.</summary>
    public string Cron { get; set; } = "0 7 * * *";

    /// <summary>Seconds after a change before the alerts are brought up to date (0: only the daily job and the button).</summary>
    public int RecheckAfterChangeSeconds { get; set; } = 2;

    public (int Month, int Day) UrgentFromDay()
    {
        var parts = UrgentFrom.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out var m) && int.TryParse(parts[1], out var d) && m is >= 1 and <= 12 && d is >= 1 and <= 28
            ? (m, d) : (10, 1);
    }

    /// <summary>The reminder window a due date falls into on a day, if any: the smallest window that still holds it.</summary>
    public int? ReminderWindow(DateOnly dueOn, DateOnly asOf)
    {
        var daysLeft = dueOn.DayNumber - asOf.DayNumber;
        if (daysLeft < 0) return null;
        int? window = null;
        foreach (var days in ReminderDays.Where(d => d > 0).OrderDescending())
            if (daysLeft <= days) window = days;
        return window;
    }
}
