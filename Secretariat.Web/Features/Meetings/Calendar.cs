using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Meetings;

/// <summary>One day of the month on the town's calendar (Asia/Shanghai) with the meetings that start on it.</summary>
public sealed record CalendarDay(DateOnly Date, IReadOnlyList<Meeting> Meetings)
{
    /// <summary>1 = Monday ... 7 = Sunday: Chinese calendars start the week on Monday.</summary>
    public int Weekday => Date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)Date.DayOfWeek;

    public string WeekdayName => "一二三四五六日"[Weekday - 1].ToString();
}

/// <summary>
/// The user's feed link as the page shows it: the URL only in the response that created it (only its hash is stored),
/// otherwise the day it was created.
/// </summary>
public sealed record CalendarFeedLink(DateTimeOffset? IssuedAt, string? NewUrl);

public sealed record CalendarPageModel(int Year, int Month, IReadOnlyList<CalendarDay> Days, DateOnly Today, DateTimeOffset Now, CalendarFeedLink Feed)
{
    public string MonthParameter => $"{Year:0000}-{Month:00}";
    public string Previous => CalendarMonth.Format(CalendarMonth.Add(Year, Month, -1));
    public string Next => CalendarMonth.Format(CalendarMonth.Add(Year, Month, 1));
    public string Current => CalendarMonth.Format((Today.Year, Today.Month));
    public int MeetingCount => Days.Sum(d => d.Meetings.Count);
}

public static class CalendarMonth
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>"2026-12" (also "2026-1"); years 2000-2100, like the year lists.</summary>
    public static (int Year, int Month)? Parse(string? value)
    {
        if (value is null) return null;
        var parts = value.Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return null;
        return year is >= FirstYear and <= LastYear && month is >= 1 and <= 12 ? (year, month) : null;
    }

    public static string Format((int Year, int Month) month) => $"{month.Year:0000}-{month.Month:00}";

    public static (int Year, int Month) Add(int year, int month, int months)
    {
        var first = new DateOnly(year, month, 1).AddMonths(months);
        return (first.Year, first.Month);
    }

    /// <summary>The instant a town day starts (midnight in Asia/Shanghai), for range queries on the StartsAt column.</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, TownClock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Every day of the month with its meetings, in order.</summary>
    public static IReadOnlyList<CalendarDay> Days(int year, int month, IEnumerable<Meeting> meetings)
    {
        var byDay = meetings.GroupBy(m => m.StartsAt.ToTownDate()).ToDictionary(g => g.Key, g => g.OrderBy(m => m.StartsAt).ToList());
        return Enumerable.Range(1, DateTime.DaysInMonth(year, month))
            .Select(d => new DateOnly(year, month, d))
            .Select(d => new CalendarDay(d, byDay.GetValueOrDefault(d) ?? []))
            .ToList();
    }
}

public static class CalendarPages
{
    public const string Path = "/calendar";

    /// <summary>The month page and the button that renews the user's feed link (on the meetings group: anyone of the town).</summary>
    public static void MapCalendar(this RouteGroupBuilder meetings)
    {
        meetings.MapGet(Path, async (string? month, HttpContext context, IQuerySession session, CalendarFeedTokens tokens, TimeProvider time,
                CancellationToken ct) =>
            await CalendarAsync(context, session, tokens, time, month, null, ct)).RequireCapability(Capability.ReadTown);

        meetings.MapPost(Path + "/link", async ([FromForm] string? month, HttpContext context, IQuerySession session, CalendarFeedTokens tokens,
            TimeProvider time, CancellationToken ct) =>
        {
            var token = await tokens.RenewAsync(context.User.Actor().UserId, ct);
            // The secret is in this answer only: no cache keeps it.
            context.Response.Headers.CacheControl = "no-store";
            var request = context.Request;
            var url = $"{request.Scheme}://{request.Host}{request.PathBase}{CalendarFeed.Path}/{token}.ics";
            return await CalendarAsync(context, session, tokens, time, CalendarMonth.Parse(month) is null ? null : month, url, ct);
        }).RequireCapability(Capability.ReadTown);
    }

    private static async Task<IResult> CalendarAsync(HttpContext context, IQuerySession session, CalendarFeedTokens tokens, TimeProvider time,
        string? month, string? newUrl, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = now.ToTownDate();
        (int Year, int Month) shown;
        if (string.IsNullOrWhiteSpace(month)) shown = (today.Year, today.Month);
        else if (CalendarMonth.Parse(month) is { } parsed) shown = parsed;
        else
        {
            var value = month.Length > 40 ? month[..40] + "…" : month;
            context.Items[ChinesePages.ProblemKey] = $"请求无效：{ChinesePages.ParameterName("month")}的值“{value}”格式不正确（应为 年-月，如 {today:yyyy-MM}），操作未执行。";
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var first = new DateOnly(shown.Year, shown.Month, 1);
        var from = CalendarMonth.StartOf(first);
        var to = CalendarMonth.StartOf(first.AddMonths(1));
        var meetings = await session.Query<Meeting>().Where(m => m.StartsAt >= from && m.StartsAt < to).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var current = await tokens.CurrentAsync(context.User.Actor().UserId, ct);
        return PageResults.Page<CalendarPage, CalendarPageModel>(context, new CalendarPageModel(shown.Year, shown.Month,
            CalendarMonth.Days(shown.Year, shown.Month, meetings), today, now, new CalendarFeedLink(current?.IssuedAt, newUrl)));
    }
}
