using Secretariat.Web.Features.HolidayCalendar;
using Secretariat.Web.Infrastructure.Kernel;

namespace Secretariat.Tests.Features.HolidayCalendar;

/// <summary>A year's schedule as the district administrator types it: read, refused with the line named, written back the same.</summary>
public class HolidayScheduleTextTests
{
    private const string Year2027 = "2027-01-01 休 元旦\n2027-02-06 至 2027-02-12 休 春节\n\n# 调休\n2027-02-20 班 春节";

    [Fact]
    public void Reads_days_off_ranges_and_a_make_up_saturday_and_writes_them_back_as_typed()
    {
        var (days, problem) = HolidayScheduleText.Read(2027, Year2027);
        Assert.Null(problem);
        Assert.Equal(9, days.Count);
        Assert.Equal(8, days.Count(d => !d.IsWorkingDay));
        Assert.Equal(new ScheduledDay(new(2027, 2, 20), true, "春节"), days.Single(d => d.IsWorkingDay));
        Assert.Equal("2027-01-01 休 元旦\n2027-02-06 至 2027-02-12 休 春节\n2027-02-20 班 春节", HolidayScheduleText.Write(days));
    }

    [Fact]
    public void Full_width_spaces_single_digit_months_and_a_tilde_read_as_the_same_schedule()
    {
        var (days, problem) = HolidayScheduleText.Read(2027, "2027-1-1\u3000休\u3000元旦\n2027-02-06~2027-02-12 休 春节\n2027-02-20 班 春节");
        Assert.Null(problem);
        Assert.Equal(HolidayScheduleText.Read(2027, Year2027).Days, days);
    }

    [Theory]
    [InlineData("", "请逐行填写")]
    [InlineData("2027-02-19 班 春节", "第1行：2027-02-19 是周五，调休上班只会在周六或周日。")]
    [InlineData("2027-01-01 休 元旦\n2026-12-31 休 元旦", "第2行的日期不在 2027 年内")]
    [InlineData("2027-02-30 休 春节", "第1行的日期不存在")]
    [InlineData("2027-02-12 至 2027-02-06 休 春节", "第1行的结束日期早于开始日期。")]
    [InlineData("2027-01-01 至 2027-01-31 休 元旦", "第1行连续 31 天")]
    [InlineData("2027-02-06 至 2027-02-12 休 春节\n2027-02-12 休 春节", "第2行：2027-02-12 在前面已经写过。")]
    [InlineData("元旦放假一天", "第1行“元旦放假一天”看不懂")]
    [InlineData("2027-01-01 休 中华人民共和国成立纪念日假期", "第1行的节日名称最多 10 个字。")]
    public void Refuses_what_is_not_one_years_schedule_naming_the_line(string text, string expected)
    {
        var (days, problem) = HolidayScheduleText.Read(2027, text);
        Assert.Empty(days);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void More_lines_than_a_schedule_has_are_refused()
    {
        var text = string.Join("\n", Enumerable.Range(0, HolidayScheduleText.MaxLines + 1).Select(i => $"{new DateOnly(2027, 1, 1).AddDays(i * 5):yyyy-MM-dd} 休 假"));
        Assert.Equal($"一年的安排最多 {HolidayScheduleText.MaxLines} 行。", HolidayScheduleText.Read(2027, text).Problem);
    }

    [Fact]
    public void An_entered_year_is_counted_on_its_schedule_and_the_count_no_longer_says_it_guessed()
    {
        var from = new DateOnly(2026, 12, 31);
        var guessed = WorkingDayCalendar.Shipped.AddWorkingDays(from, 30);
        Assert.Equal(new DateOnly(2027, 2, 11), guessed.Day);
        Assert.True(guessed.FellBack);

        var (days, _) = HolidayScheduleText.Read(2027, Year2027);
        var entered = WorkingDayCalendar.Shipped.With(new Dictionary<int, IReadOnlyList<ScheduledDay>> { [2027] = days });
        // 元旦 and five weekdays of 春节 off, the make-up Saturday after the 30th day: 2027-02-19.
        Assert.Equal(new WorkingDayCount(new DateOnly(2027, 2, 19), false, null), entered.AddWorkingDays(from, 30));
    }

    [Fact]
    public void An_entered_year_replaces_the_shipped_one_and_leaves_the_others()
    {
        var corrected = WorkingDayCalendar.Shipped.With(new Dictionary<int, IReadOnlyList<ScheduledDay>>
            { [2026] = [new ScheduledDay(new(2026, 1, 1), false, "元旦")] });
        Assert.True(corrected.IsWorkingDay(new DateOnly(2026, 2, 16))); // shipped 春节 2026 is gone with the shipped year
        Assert.False(corrected.IsWorkingDay(new DateOnly(2026, 1, 1)));
        Assert.False(corrected.IsWorkingDay(new DateOnly(2025, 10, 1))); // 2025 untouched
        Assert.True(corrected.Holds(2026));
    }
}
