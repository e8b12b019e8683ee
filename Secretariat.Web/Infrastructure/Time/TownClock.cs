using System.Globalization;
using System.Text.RegularExpressions;

namespace Secretariat.Web.Infrastructure.Time;

/// <summary>
/// Every date rule is decided on the China Standard Time calendar, whatever the server's zone; and every date is written
/// one of two ways (README, "Dates"): 2026年12月1日 in prose and headings, 2026-12-01 in tables and form fields; times 09:30.
/// </summary>
public static partial class TownClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider time) =>
        time.GetUtcNow().ToTownDate();

    public static DateOnly ToTownDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToTownTime().DateTime);

    public static DateTimeOffset ToTownTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Prose and headings: 2026年12月1日.</summary>
    public static string ChineseDate(this DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>Prose and headings: the town day of an instant, 2026年12月1日.</summary>
    public static string ChineseDate(this DateTimeOffset instant) => instant.ToTownDate().ChineseDate();

    /// <summary>Prose and headings: 2026年12月1日 09:30 (town time).</summary>
    public static string ChineseDateTime(this DateTimeOffset instant) => $"{instant.ChineseDate()} {instant.TownTimeOfDay()}";

    /// <summary>Tables and form fields: 2026-12-01.</summary>
    public static string IsoDate(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Tables and form fields: the town day of an instant, 2026-12-01.</summary>
    public static string IsoDate(this DateTimeOffset instant) => instant.ToTownDate().IsoDate();

    /// <summary>Tables: 2026-12-01 09:30 (town time).</summary>
    public static string IsoDateTime(this DateTimeOffset instant) => $"{instant.IsoDate()} {instant.TownTimeOfDay()}";

    /// <summary>09:30 (town time, 24 hours).</summary>
    public static string TownTimeOfDay(this DateTimeOffset instant) => instant.ToTownTime().ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A sentence composed elsewhere (a refusal, an alert's explanation, a timeline step) shown as prose: its ISO dates
    /// written 2026年12月1日. Anything that is not a real date (user input such as 2026-13-45) is left as it is.
    /// </summary>
    public static string InProse(this string? text) =>
        string.IsNullOrEmpty(text) ? text ?? "" : IsoDatePattern().Replace(text, m =>
            DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.ChineseDate()
                : m.Value);

    /// <summary>A day as a form posts it (年-月-日, 2026-12-01), or null for anything else.</summary>
    public static DateOnly? ParseDay(string? raw) =>
        DateOnly.TryParseExact(raw?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex IsoDatePattern();
}
