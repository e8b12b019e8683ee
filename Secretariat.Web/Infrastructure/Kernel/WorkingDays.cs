namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>One day of the State Council's yearly holiday schedule: a 休 on a weekday, or a make-up 班 on a weekend.</summary>
/// <param name="Day">The day.</param>
/// <param name="IsWorkingDay">True for a make-up working day (调休上班), false for a day off (放假).</param>
/// <param name="Holiday">The holiday it belongs to (元旦, 春节...), shown when a count is explained.</param>
public sealed record ScheduledDay(DateOnly Day, bool IsWorkingDay, string Holiday);

/// <summary>The Nth working day after a day, and whether the count had to guess for a year whose schedule is not kept.</summary>
/// <param name="Day">The working day reached.</param>
/// <param name="FellBack">True when a counted day lies in a year without a schedule: those days were counted Monday–Friday.</param>
/// <param name="Note">Null when every day was counted on a schedule; else a sentence in Chinese saying which years were guessed.</param>
public sealed record WorkingDayCount(DateOnly Day, bool FellBack, string? Note);

/// <summary>
/// Working days as the State Council fixes them each year (国务院办公厅关于某年部分节假日安排的通知): weekends off, the notice's
/// days off (放假) on weekdays, and its make-up working days (调休上班) on weekends. A rule counted in working days (附件2 第21项:
/// 从业查询 found a record -> the employment ends within 30 个工作日) counts on this calendar. The schedule is data, one row per
/// day the notice changes; a year the calendar does not hold is counted Monday to Friday, and the count says so.
/// Pure: no clock, no database. The years this version ships are <see cref="Shipped"/>; the district administrator enters a new
/// year's schedule (or corrects one) in the app, and <see cref="IWorkingDayCalendars"/> gives the calendar with those years.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<DateOnly, ScheduledDay> days;

    /// <summary>The years whose schedule the calendar holds (a year with no row is not one of them).</summary>
    public IReadOnlySet<int> Years { get; }

    public WorkingDayCalendar(IEnumerable<ScheduledDay> schedule, IEnumerable<int> years)
    {
        days = schedule.ToDictionary(d => d.Day);
        Years = years.ToHashSet();
        var strays = days.Keys.Where(d => !Years.Contains(d.Year)).ToList();
        if (strays.Count > 0)
            throw new ArgumentException($"{strays[0]:yyyy-MM-dd} lies outside the calendar's years.", nameof(schedule));
    }

    /// <summary>The schedule's row for a day, if the notice names it.</summary>
    public ScheduledDay? Scheduled(DateOnly day) => days.GetValueOrDefault(day);

    /// <summary>Whether the calendar holds the State Council's schedule for that year.</summary>
    public bool Holds(int year) => Years.Contains(year);

    /// <summary>A working day: the schedule's word when it names the day, else Monday to Friday (also in a year it does not hold).</summary>
    public bool IsWorkingDay(DateOnly day) =>
        days.TryGetValue(day, out var scheduled)
            ? scheduled.IsWorkingDay
            : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="n"/>th working day after <paramref name="from"/> (the day itself is not counted: 30 个工作日内 from a
    /// record found on a Friday begins with the next working day). n must be at least 1.
    /// </summary>
    public WorkingDayCount AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var day = from;
        var guessed = new SortedSet<int>();
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (!Holds(day.Year)) guessed.Add(day.Year);
            if (IsWorkingDay(day)) counted++;
        }
        return guessed.Count == 0
            ? new WorkingDayCount(day, false, null)
            : new WorkingDayCount(day, true,
                $"{string.Join("、", guessed.Select(y => $"{y}年"))}的国务院放假安排未录入，该年按周一至周五计算工作日。");
    }

    /// <summary>The calendar with the years this version ships.</summary>
    public static WorkingDayCalendar Shipped { get; } = new(HolidaySchedules.All, HolidaySchedules.Years);

    /// <summary>This calendar with some years' schedules replaced or added (a year entered in the app wins over the shipped one).</summary>
    public WorkingDayCalendar With(IReadOnlyDictionary<int, IReadOnlyList<ScheduledDay>> years) =>
        new(days.Values.Where(d => !years.ContainsKey(d.Day.Year)).Concat(years.Values.SelectMany(d => d)), Years.Concat(years.Keys));
}

/// <summary>The working-day calendar as the district keeps it today: the shipped years and those the district administrator entered.</summary>
public interface IWorkingDayCalendars
{
    Task<WorkingDayCalendar> CurrentAsync(CancellationToken ct);
}

/// <summary>
/// The State Council's holiday schedules, as published. A new year is added here (one row per changed day) when its notice
/// comes out, usually in November; its weekdays in the comments are checked by WorkingDaysTests.
/// </summary>
public static class HolidaySchedules
{
    public static readonly int[] Years = [2025, 2026];

    private static IEnumerable<ScheduledDay> Off(string holiday, DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1)) yield return new ScheduledDay(d, false, holiday);
    }

    private static ScheduledDay Work(string holiday, DateOnly day) => new(day, true, holiday);

    /// <summary>2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）.</summary>
    public static IEnumerable<ScheduledDay> Y2025 =>
    [
        .. Off("元旦", new(2025, 1, 1), new(2025, 1, 1)),
        .. Off("春节", new(2025, 1, 28), new(2025, 2, 4)),
        Work("春节", new(2025, 1, 26)), // 周日上班
        Work("春节", new(2025, 2, 8)), // 周六上班
        .. Off("清明节", new(2025, 4, 4), new(2025, 4, 6)),
        .. Off("劳动节", new(2025, 5, 1), new(2025, 5, 5)),
        Work("劳动节", new(2025, 4, 27)), // 周日上班
        .. Off("端午节", new(2025, 5, 31), new(2025, 6, 2)),
        .. Off("国庆节、中秋节", new(2025, 10, 1), new(2025, 10, 8)),
        Work("国庆节、中秋节", new(2025, 9, 28)), // 周日上班
        Work("国庆节、中秋节", new(2025, 10, 11)), // 周六上班
    ];

    /// <summary>
    /// 2026: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号, 2025年11月4日, 新华社 published text): 元旦 1月1日至3日,
    /// 1月4日(周日)上班; 春节 2月15日至23日, 2月14日(周六)、2月28日(周六)上班; 清明 4月4日至6日; 劳动节 5月1日至5日, 5月9日(周六)上班;
    /// 端午 6月19日至21日; 中秋 9月25日至27日; 国庆 10月1日至7日, 9月20日(周日)、10月10日(周六)上班.
    /// </summary>
    public static IEnumerable<ScheduledDay> Y2026 =>
    [
        .. Off("元旦", new(2026, 1, 1), new(2026, 1, 3)),
        Work("元旦", new(2026, 1, 4)),
        .. Off("春节", new(2026, 2, 15), new(2026, 2, 23)),
        Work("春节", new(2026, 2, 14)),
        Work("春节", new(2026, 2, 28)),
        .. Off("清明节", new(2026, 4, 4), new(2026, 4, 6)),
        .. Off("劳动节", new(2026, 5, 1), new(2026, 5, 5)),
        Work("劳动节", new(2026, 5, 9)),
        .. Off("端午节", new(2026, 6, 19), new(2026, 6, 21)),
        .. Off("中秋节", new(2026, 9, 25), new(2026, 9, 27)),
        .. Off("国庆节", new(2026, 10, 1), new(2026, 10, 7)),
        Work("国庆节", new(2026, 9, 20)),
        Work("国庆节", new(2026, 10, 10)),
    ];

    public static IEnumerable<ScheduledDay> All => [.. Y2025, .. Y2026];
}
