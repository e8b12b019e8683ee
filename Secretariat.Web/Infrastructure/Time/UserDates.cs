using System.Globalization;

namespace Secretariat.Web.Infrastructure.Time;

/// <summary>
/// The range of every date a user enters (a meeting, a due day, an appointment, a receipt...): from 2000-01-01 to ten
/// years after today on the town's calendar. A day outside it is a typing mistake (9999-12-31, 0202-03-01), refused at its
/// field; no page then meets a day it cannot draw, count or store. <see cref="Parse"/> reads a form's 年-月-日 and checks it.
/// </summary>
public static class UserDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public const int YearsAhead = 10;

    /// <summary>Today on the town's calendar, by the app's clock (what a form's dates are checked against).</summary>
    public static DateOnly Today(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().Today();

    public static DateOnly Latest(DateOnly today) => today.AddYears(YearsAhead);

    public static bool InRange(DateOnly day, DateOnly today) => day >= Earliest && day <= Latest(today);

    /// <summary>The refusal of a day out of range, naming the field (its words mark the field on the page).</summary>
    public static string OutOfRange(string what, DateOnly today) =>
        $"{what}须在 {Earliest.IsoDate()} 至 {Latest(today).IsoDate()} 之间，请检查年份。";

    /// <summary>Null when the day is in range (or there is none), else the refusal naming the field.</summary>
    public static string? Problem(DateOnly? day, DateOnly today, string what) =>
        day is { } d && !InRange(d, today) ? OutOfRange(what, today) : null;

    /// <summary>
    /// A day as a form posts it (2026-12-01) and in range, or the problem: <paramref name="format"/> when it does not read as a
    /// day (the field's own message, e.g. "请按 年-月-日 填写任职日期。"), the range's refusal when it is out of range.
    /// </summary>
    public static (DateOnly Day, string? Problem) Parse(string? raw, DateOnly today, string what, string format)
    {
        if (!DateOnly.TryParseExact(raw?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return (default, format);
        return InRange(day, today) ? (day, null) : (day, OutOfRange(what, today));
    }

    /// <summary>The attributes of a date input for the range (<c>min</c>, <c>max</c>): the browser's picker keeps to it too.</summary>
    public static IReadOnlyDictionary<string, object> InputRange(DateOnly today) =>
        new Dictionary<string, object> { ["min"] = Earliest.IsoDate(), ["max"] = Latest(today).IsoDate() };
}
