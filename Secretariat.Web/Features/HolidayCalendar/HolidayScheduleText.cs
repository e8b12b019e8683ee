using System.Globalization;
using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.HolidayCalendar;

/// <summary>
/// A year's holiday schedule as the district administrator types it from the State Council's notice, one line per holiday period
/// or make-up day: "2027-02-05 至 2027-02-13 休 春节", "2027-02-14 班 春节". Reading is pure and refuses, in Chinese, anything that
/// is not one year's schedule; writing gives back the same lines, so a stored year can be corrected in place.
/// </summary>
public static partial class HolidayScheduleText
{
    public const int MaxLines = 60;
    public const int MaxNameLength = 10;
    public const int MaxRangeDays = 15;

    [GeneratedRegex(@"^(?<from>\d{4}-\d{1,2}-\d{1,2})(\s*(至|~|～|—|-{1,2})\s*(?<to>\d{4}-\d{1,2}-\d{1,2}))?\s+(?<kind>休|班)\s+(?<name>\S+)$")]
    private static partial Regex Line();

    /// <summary>The days of <paramref name="year"/>'s schedule, or the first problem found (naming its line).</summary>
    public static (IReadOnlyList<ScheduledDay> Days, string? Problem) Read(int year, string? text)
    {
        var lines = (text ?? "").Replace('\u3000', ' ').Split('\n')
            .Select((line, index) => (Text: line.Trim(), Number: index + 1))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .ToList();
        if (lines.Count == 0) return ([], "请逐行填写放假和调休上班安排，例如“2027-02-05 至 2027-02-13 休 春节”。");
        if (lines.Count > MaxLines) return ([], $"一年的安排最多 {MaxLines} 行。");
        var days = new Dictionary<DateOnly, ScheduledDay>();
        foreach (var (line, number) in lines)
        {
            var match = Line().Match(Regex.Replace(line, @"\s+", " "));
            if (!match.Success)
                return ([], $"第{number}行“{Shorten(line)}”看不懂：请写成“年-月-日 休 节日”“年-月-日 至 年-月-日 休 节日”或“年-月-日 班 节日”。");
            if (!TryDay(match.Groups["from"].Value, out var from) || (match.Groups["to"].Success && !TryDay(match.Groups["to"].Value, out _)))
                return ([], $"第{number}行的日期不存在，请按 年-月-日 填写。");
            var to = match.Groups["to"].Success && TryDay(match.Groups["to"].Value, out var t) ? t : from;
            if (from.Year != year || to.Year != year) return ([], $"第{number}行的日期不在 {year} 年内：每年的安排只录入该年的日期。");
            if (to < from) return ([], $"第{number}行的结束日期早于开始日期。");
            if (to.DayNumber - from.DayNumber + 1 > MaxRangeDays) return ([], $"第{number}行连续 {to.DayNumber - from.DayNumber + 1} 天，超过 {MaxRangeDays} 天，请检查日期。");
            var name = match.Groups["name"].Value;
            if (name.Length > MaxNameLength) return ([], $"第{number}行的节日名称最多 {MaxNameLength} 个字。");
            var working = match.Groups["kind"].Value == "班";
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                // 调休上班 falls on a weekend by definition: a weekday 班 is a typing mistake, and would change nothing.
                if (working && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    return ([], $"第{number}行：{day.IsoDate()} 是{Weekday(day)}，调休上班只会在周六或周日。");
                if (days.ContainsKey(day)) return ([], $"第{number}行：{day.IsoDate()} 在前面已经写过。");
                days[day] = new ScheduledDay(day, working, name);
            }
        }
        return (days.Values.OrderBy(d => d.Day).ToList(), null);
    }

    /// <summary>The lines of a schedule: consecutive days off of one holiday as one range, each make-up day on its own line.</summary>
    public static string Write(IEnumerable<ScheduledDay> days)
    {
        var lines = new List<string>();
        var ordered = days.OrderBy(d => d.Day).ToList();
        for (var i = 0; i < ordered.Count;)
        {
            var first = ordered[i];
            var j = i;
            while (!first.IsWorkingDay && j + 1 < ordered.Count && !ordered[j + 1].IsWorkingDay && ordered[j + 1].Holiday == first.Holiday
                   && ordered[j + 1].Day == ordered[j].Day.AddDays(1)) j++;
            var last = ordered[j];
            lines.Add(first.IsWorkingDay ? $"{first.Day.IsoDate()} 班 {first.Holiday}"
                : j == i ? $"{first.Day.IsoDate()} 休 {first.Holiday}" : $"{first.Day.IsoDate()} 至 {last.Day.IsoDate()} 休 {first.Holiday}");
            i = j + 1;
        }
        return string.Join("\n", lines);
    }

    public static string Weekday(DateOnly day) => "周" + "日一二三四五六"[(int)day.DayOfWeek];

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Shorten(string line) => line.Length > 30 ? line[..30] + "…" : line;
}
