using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.HolidayCalendar;

/// <summary>A year the calendar holds, with the days it counts on: the district administrator's entry if any, else the shipped schedule.</summary>
public sealed record HolidayYearRow(int Year, HolidaySchedule? Entered, IReadOnlyList<ScheduledDay> Days)
{
    public int DaysOff => Days.Count(d => !d.IsWorkingDay);

    public int MakeUpDays => Days.Count(d => d.IsWorkingDay);
}

public sealed record HolidayCalendarPageModel(IReadOnlyList<HolidayYearRow> Years, int FormYear, DateOnly Today, string? Source, string? Text,
    string? Error = null);

/// <summary>
/// 工作日历 for the 区管理员: the State Council's yearly holiday schedule that working-day deadlines count on (附件2 第21项: 30 个工作日).
/// The notice for a year comes out in November of the year before; the administrator types it in, or corrects a shipped year.
/// </summary>
public static class HolidayCalendarPages
{
    public const string Path = "/district/working-days";

    public static void MapHolidayCalendarPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (int? year, HttpContext context, HolidayScheduleStore store, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today();
            var rows = await RowsAsync(store, ct);
            var formYear = year is { } y && YearProblem(y, today) is null ? y : NextYearToEnter(rows, today);
            var held = rows.FirstOrDefault(r => r.Year == formYear);
            var text = held is null ? null : HolidayScheduleText.Write(held.Days);
            return PageResults.Page<HolidayCalendarPage, HolidayCalendarPageModel>(context,
                new HolidayCalendarPageModel(rows, formYear, today, held?.Entered?.Source ?? (held is null ? null : "随版本提供"), text));
        });

        group.MapPost("", async ([FromForm] string? year, [FromForm] string? source, [FromForm] string? text, HttpContext context,
            HolidayScheduleStore store, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today();
            var parsedYear = int.TryParse(year?.Trim(), out var y) ? y : 0;
            var problem = parsedYear == 0 ? "请填写年份（例如 2027）。" : YearProblem(parsedYear, today);
            source = source?.Trim() ?? "";
            problem ??= source.Length is < 2 or > 80 ? "请填写依据的通知（2 到 80 个字，例如 国办发明电〔2026〕X号）。" : null;
            IReadOnlyList<ScheduledDay> days = [];
            if (problem is null) (days, problem) = HolidayScheduleText.Read(parsedYear, text);
            if (problem is not null)
                return PageResults.Page<HolidayCalendarPage, HolidayCalendarPageModel>(context,
                    new HolidayCalendarPageModel(await RowsAsync(store, ct), parsedYear == 0 ? today.Year + 1 : parsedYear, today, source, text, problem),
                    StatusCodes.Status422UnprocessableEntity);
            await store.SaveAsync(new HolidaySchedule
            {
                Id = parsedYear.ToString(), Year = parsedYear, Source = source, Days = [.. days], EnteredBy = StepBy.Of(context.User.Actor(), time.GetUtcNow())
            }, ct);
            return SavedFlash.SeeOther(context, $"{Path}?year={parsedYear}", "holiday-schedule");
        });
    }

    /// <summary>Years from 2000 to next year: the State Council publishes a year's schedule in the November before it.</summary>
    public static string? YearProblem(int year, DateOnly today) =>
        year < UserDates.Earliest.Year || year > today.Year + 1 ? $"年份须在 {UserDates.Earliest.Year} 至 {today.Year + 1} 之间。" : null;

    private static int NextYearToEnter(IReadOnlyList<HolidayYearRow> rows, DateOnly today) =>
        rows.Any(r => r.Year == today.Year + 1) || rows.All(r => r.Year != today.Year) ? today.Year : today.Year + 1;

    private static async Task<IReadOnlyList<HolidayYearRow>> RowsAsync(HolidayScheduleStore store, CancellationToken ct)
    {
        var entered = (await store.EnteredAsync(ct)).ToDictionary(s => s.Year);
        var shipped = HolidaySchedules.All.GroupBy(d => d.Day.Year).ToDictionary(g => g.Key, g => g.ToList());
        return shipped.Keys.Union(entered.Keys).Order()
            .Select(year => entered.TryGetValue(year, out var e) ? new HolidayYearRow(year, e, e.Days) : new HolidayYearRow(year, null, shipped[year]))
            .ToList();
    }
}
