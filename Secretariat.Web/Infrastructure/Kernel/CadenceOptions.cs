namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// What every cadence rule and reminder reads (section "Compliance" of the configuration): the reminder windows and the day checks
/// start. A feature's own thresholds (meetings a year, days a request may wait...) are its own options, read from the same section.
/// </summary>
public sealed class CadenceOptions
{
    public const string Section = "Compliance";

    /// <summary>Days before a due date at which a 提醒 is raised (training, reports, resolutions, instructions, campaigns).</summary>
    public int[] ReminderDays { get; set; } = [30, 7];

    /// <summary>Periods ending before this day are not checked (the day the town started keeping its records here).</summary>
    public DateOnly? CheckFrom { get; set; }

    public static CadenceOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CadenceOptions>() ?? new CadenceOptions();

    /// <summary>The town's own settings over the deployment's: its profile's 检查起始日 when it has one.</summary>
    public async Task<CadenceOptions> ForTownAsync(IQuerySession session, CancellationToken ct)
    {
        var profile = await session.LoadAsync<TownProfile>(session.TenantId, ct);
        if (profile?.CheckFrom is not { } from) return this;
        var copy = (CadenceOptions)MemberwiseClone();
        copy.CheckFrom = from;
        return copy;
    }

    /// <summary>Whether a period (or a due day) ending on this day is checked at all.</summary>
    public bool Checks(DateOnly periodEnd) => CheckFrom is not { } from || periodEnd >= from;

    /// <summary>The furthest day a reminder looks ahead to from <paramref name="asOf"/>: what a rule's facts must reach.</summary>
    public DateOnly Horizon(DateOnly asOf) => asOf.AddDays(LongestWindow);

    public int LongestWindow => ReminderDays.DefaultIfEmpty(0).Max();

    /// <summary>The reminder window a due date falls into on a day, if any: the smallest window that still holds it.</summary>
    public int? ReminderWindow(DateOnly dueOn, DateOnly asOf)
    {
        var daysLeft = dueOn.DayNumber - asOf.DayNumber;
        if (daysLeft < 0) return null;
        int? window = null;
        foreach (var days in ReminderDays.Where(d => d > 0).OrderDescending())
            if (daysLeft <= days) window = days;
        return window;
    }
}
