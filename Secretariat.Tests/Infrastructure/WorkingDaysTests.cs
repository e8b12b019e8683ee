namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// The working-day calendar without a database: 30 working days across 国庆 2025 and 春节 2025/2026 with their make-up weekend
/// days, the schedule's rows against the weekdays the notices name, and the Monday–Friday fallback outside the shipped years.
/// </summary>
public class WorkingDaysTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    [Theory]
    // 国庆 2025: 10/1-10/8 off; 9/28 (Sun) and 10/11 (Sat) worked. Mon-Fri alone would give 2025-11-07.
    [InlineData("2025-09-26", 30, "2025-11-13")]
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-10-10", 1, "2025-10-11")]
    // 春节 2025: 1/28-2/4 off; 1/26 (Sun) and 2/8 (Sat) worked. Mon-Fri alone would give 2025-03-07.
    [InlineData("2025-01-24", 30, "2025-03-13")]
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-27", 1, "2025-02-05")]
    [InlineData("2025-02-07", 1, "2025-02-08")]
    // 春节 2026: 2/15-2/23 off; 2/14 (Sat) and 2/28 (Sat) worked.
    [InlineData("2026-02-12", 30, "2026-04-01")]
    [InlineData("2026-02-14", 1, "2026-02-24")]
    // 劳动节 2025 with its make-up Sunday 4/27; 元旦 2026 with its make-up Sunday 1/4.
    [InlineData("2025-04-25", 1, "2025-04-27")]
    [InlineData("2025-12-31", 1, "2026-01-04")]
    public void The_nth_working_day_follows_the_state_councils_schedule(string from, int n, string expected)
    {
        var count = Calendar.AddWorkingDays(D(from), n);
        Assert.Equal(D(expected), count.Day);
        Assert.False(count.FellBack);
        Assert.Null(count.Note);
    }

    [Fact]
    public void Thirty_working_days_across_guoqing_2025_differ_from_monday_to_friday()
    {
        var weekdaysOnly = new WorkingDayCalendar([], [2025]);
        Assert.Equal(D("2025-11-07"), weekdaysOnly.AddWorkingDays(D("2025-09-26"), 30).Day);
        Assert.Equal(D("2025-11-13"), Calendar.AddWorkingDays(D("2025-09-26"), 30).Day);
    }

    [Theory]
    [InlineData("2025-09-28", true)] // 周日上班
    [InlineData("2025-10-11", true)] // 周六上班
    [InlineData("2025-10-08", false)] // 周三放假
    [InlineData("2025-10-09", true)]
    [InlineData("2025-10-12", false)] // an ordinary Sunday
    [InlineData("2025-02-08", true)]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-05-05", false)]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    public void A_day_is_a_working_day_by_the_schedule_else_monday_to_friday(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void Every_make_up_day_is_a_weekend_and_every_schedule_names_its_year()
    {
        foreach (var day in HolidaySchedules.All.Where(d => d.IsWorkingDay))
            Assert.True(day.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{day.Day} is a make-up day on a weekday");
        // The notices' own weekday words: 2026年1月1日（周四）, 2月15日（周日）至23日（周一）, 10月1日（周四）; 2025年1月28日 is a Tuesday.
        Assert.Equal(DayOfWeek.Thursday, D("2026-01-01").DayOfWeek);
        Assert.Equal(DayOfWeek.Sunday, D("2026-02-15").DayOfWeek);
        Assert.Equal(DayOfWeek.Monday, D("2026-02-23").DayOfWeek);
        Assert.Equal(DayOfWeek.Tuesday, D("2025-01-28").DayOfWeek);
        Assert.Equal([2025, 2026], HolidaySchedules.Years);
        Assert.All(HolidaySchedules.All, d => Assert.Contains(d.Day.Year, HolidaySchedules.Years));
        // 2025: 元旦 1 + 春节 8 + 清明 3 + 劳动节 5 + 端午 3 + 国庆中秋 8 days off, 5 make-up days.
        Assert.Equal(28, HolidaySchedules.Y2025.Count(d => !d.IsWorkingDay));
        Assert.Equal(5, HolidaySchedules.Y2025.Count(d => d.IsWorkingDay));
        Assert.Equal(6, HolidaySchedules.Y2026.Count(d => d.IsWorkingDay));
    }

    [Fact]
    public void Outside_the_shipped_years_the_count_falls_back_to_monday_to_friday_and_says_so()
    {
        // 2027-01-01 is a Friday; without 2027's notice it is counted as a working day.
        var count = Calendar.AddWorkingDays(D("2026-12-30"), 3);
        Assert.Equal(D("2027-01-04"), count.Day);
        Assert.True(count.FellBack);
        Assert.Contains("2027年", count.Note);
        Assert.Contains("周一至周五", count.Note);
        Assert.False(Calendar.Holds(2027));
        Assert.True(Calendar.IsWorkingDay(D("2027-01-01")));

        var before = Calendar.AddWorkingDays(D("2024-09-27"), 1);
        Assert.Equal(D("2024-09-30"), before.Day);
        Assert.Contains("2024年", before.Note);
    }

    [Fact]
    public void A_count_needs_at_least_one_day_and_a_schedule_its_years()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2025-01-01"), 0));
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([new ScheduledDay(D("2027-01-01"), false, "元旦")], [2026]));
    }
}
