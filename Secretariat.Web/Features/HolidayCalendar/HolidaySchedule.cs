namespace Secretariat.Web.Features.HolidayCalendar;

/// <summary>
/// One year's State Council holiday schedule as the district administrator entered it (district-wide: every town counts working
/// days on the same calendar). It replaces the schedule shipped for that year, if any.
/// </summary>
public sealed class HolidaySchedule
{
    /// <summary>The year, as text (2027).</summary>
    public string Id { get; set; } = "";

    public int Year { get; set; }

    /// <summary>The notice it comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）.</summary>
    public string Source { get; set; } = "";

    public List<ScheduledDay> Days { get; set; } = [];

    public StepBy? EnteredBy { get; set; }
}

/// <summary>
/// The district's holiday schedules (district-wide documents, the one place they are read or written) and the calendar every rule
/// counts on: the shipped years, replaced or extended by the years entered in the app.
/// </summary>
public sealed class HolidayScheduleStore(IDocumentStore store) : IWorkingDayCalendars
{
    public async Task<WorkingDayCalendar> CurrentAsync(CancellationToken ct) =>
        WorkingDayCalendar.Shipped.With((await EnteredAsync(ct)).ToDictionary(s => s.Year, s => (IReadOnlyList<ScheduledDay>)s.Days));

    public async Task<IReadOnlyList<HolidaySchedule>> EnteredAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<HolidaySchedule>().OrderBy(s => s.Year).ToListAsync(ct);
    }

    /// <summary>Stores a year's schedule, replacing what was entered for that year before.</summary>
    public async Task SaveAsync(HolidaySchedule schedule, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(schedule);
        await session.SaveChangesAsync(ct);
    }
}
