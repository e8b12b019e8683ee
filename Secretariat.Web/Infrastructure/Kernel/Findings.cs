namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>How serious a finding is; the numbers order them (a higher one is an escalation).</summary>
public enum Severity
{
    Reminder = 1,
    Warning = 3,
    Urgent = 4,
    Breach = 5
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

    /// <summary>A 7-day reminder ranks above a 30-day one: moving into the shorter window is an escalation too.</summary>
    public static int Rank(Severity severity, int? reminderDays) =>
        severity == Severity.Reminder && reminderDays is { } days && days <= 7 ? 2 : (int)severity;
}

/// <summary>
/// One rule not met (or about to come due) on a day. The key names the alert it raises: the same rule, subject and
/// period give the same key every day, so a condition that persists is one alert, not one a day.
/// </summary>
public sealed record Finding(
    string Key, string Rule, string Subject, string Period, Severity Severity, int? ReminderDays, DateOnly? DueOn, string Explanation,
    string Link, IReadOnlyList<Guid> UnitIds)
{
    public int Rank => SeverityNames.Rank(Severity, ReminderDays);

    public string SeverityText => SeverityNames.Chinese(Severity, ReminderDays);
}
