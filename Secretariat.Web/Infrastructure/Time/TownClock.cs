namespace Secretariat.Web.Infrastructure.Time;

/// <summary>Every date rule is decided on the China Standard Time calendar, whatever the server's zone.</summary>
public static class TownClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider time) =>
        time.GetUtcNow().ToTownDate();

    public static DateOnly ToTownDate(this DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToTownTime().DateTime);

    public static DateTimeOffset ToTownTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static string ChineseDate(this DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
