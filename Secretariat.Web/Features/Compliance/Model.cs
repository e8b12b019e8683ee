namespace Secretariat.Web.Features.Compliance;

public static class AlertRank
{
    /// <summary>A 7-day reminder ranks above a 30-day one: moving into the shorter window is an escalation too.</summary>
    public static int Of(Severity severity, int? reminderDays) => SeverityNames.Rank(severity, reminderDays);

    /// <summary>The alert stream's id comes from its key, so every instance starts the same stream for the same finding.</summary>
    public static Guid IdFor(string key) => StableIds.From("secretariat-alert:" + key);
}

/// <summary>
/// The engine's own settings (section "Compliance" of the configuration). The rules' thresholds are their features' (meetings a
/// year, days a request may wait...), the reminder windows and the day checks start are <see cref="CadenceOptions"/>.
/// </summary>
public sealed class ComplianceOptions
{
    public const string Section = CadenceOptions.Section;

    /// <summary>Cron of the daily evaluation, on the Asia/Shanghai clock.</summary>
    public string Cron { get; set; } = "0 7 * * *";

    public const int MaxDailyRunners = 8;

    /// <summary>Recurring jobs the daily run is split into (1 to 8): they run on whichever Hangfire workers and app processes are free, each town once.</summary>
    public int DailyRunners { get; set; } = 2;

    /// <summary>Seconds after a change before the alerts are brought up to date (0: only the daily job and the button).</summary>
    public int RecheckAfterChangeSeconds { get; set; } = 2;
}
