namespace Secretariat.Web.Features.Meetings;

/// <summary>A meeting as the rules see it on a day: when it was convened, held, cancelled, its minutes issued.</summary>
public sealed record DatedMeeting(Guid Id, string Title, DateOnly Date, DateOnly ConvenedOn, DateOnly? CancelledOn, DateOnly? MinutesIssuedOn,
    string? MinutesNumber);

public sealed record DatedResolution(Guid Id, int Order, string Text, string MinutesNumber, IReadOnlyList<Guid> UnitIds, DateOnly IssuedOn,
    DateOnly DueOn, DateOnly? DoneOn, bool IsMajor);

/// <summary>What the meeting rules read as of one day, from the snapshots.</summary>
public sealed record MeetingCadenceFacts(DateOnly AsOf, DateOnly? LeadingGroupSince, IReadOnlyList<DatedMeeting> Meetings,
    IReadOnlyList<DatedResolution> Resolutions);

/// <summary>
/// R3's thresholds (section "Compliance" of the configuration), with the notice's defaults. The one source of "two meetings a
/// year": the rule, the dashboard, the district's overview and the campaign's check of 第12项 all read it here.
/// </summary>
public sealed class MeetingCadenceOptions
{
    public int MeetingsPerYear { get; set; } = 2;

    /// <summary>From this day of the year (MM-dd) fewer than the required meetings held or scheduled is urgent.</summary>
    public string UrgentFrom { get; set; } = "10-01";

    public int MinutesIssueDays { get; set; } = 15;

    public static MeetingCadenceOptions From(IConfiguration configuration) =>
        configuration.GetSection(CadenceOptions.Section).Get<MeetingCadenceOptions>() ?? new MeetingCadenceOptions();

    public (int Month, int Day) UrgentFromDay()
    {
        var parts = UrgentFrom.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out var m) && int.TryParse(parts[1], out var d) && m is >= 1 and <= 12 && d is >= 1 and <= 28
            ? (m, d) : (10, 1);
    }
}

/// <summary>
/// The meetings' cadences (R3, 附件2 第12项) and the resolutions' due days (五(三)) as pure functions of the facts on a day.
/// Explanations name dates, never "N days left", so a finding that persists says the same thing every day.
/// </summary>
public static class MeetingCadence
{
    public static readonly ComplianceRule Meetings = new("R3", "领导小组会议（每年至少两次）", "附件2 第12项", Reach.None, 30);
    public static readonly ComplianceRule Minutes = new("R3-minutes", "会议纪要印发", "附件2 第12项", Reach.None, 31);

    /// <summary>A liaison answers for their unit's resolutions; the daily reminders tell the units, so an alert sends no notice.</summary>
    public static readonly ComplianceRule Resolutions = new("resolution", "议定事项落实期限", "五（三）", Reach.OwnUnit, 80) { Reminded = _ => true };

    /// <summary>
    /// Loads what the rules read as of a day from the projections (snapshots and their columns), never by replaying events. For a
    /// past day it is as exact as the snapshots allow: meetings as convened, cancelled and issued by then, resolutions issued and
    /// done by then; a due date extended later is seen as it is now.
    /// </summary>
    public static async Task<MeetingCadenceFacts> FactsAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct)
    {
        var leadingGroup = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup), ct);
        var firstYear = leadingGroup?.EstablishedOn.Year ?? asOf.Year;
        // R3 counts the leading group's meetings only (the work station's have no yearly minimum).
        var meetings = (await session.Query<Meeting>().Where(m => m.Body == BodyKind.LeadingGroup && m.Year >= firstYear && m.Year <= asOf.Year).ToListAsync(ct))
            .Select(m => new DatedMeeting(m.Id, m.Title, m.Date, m.ConvenedOn, m.Cancelled ? m.CancelledOn ?? DateOnly.MinValue : null,
                m.IssuedAt?.ToTownDate(), m.MinutesNumber))
            .ToList();
        return new MeetingCadenceFacts(asOf, leadingGroup?.EstablishedOn, meetings, await ResolutionFactsAsync(session, cadence, asOf, ct));
    }

    /// <summary>The resolutions due by the reminder horizon and not done by <paramref name="asOf"/>.</summary>
    public static async Task<IReadOnlyList<DatedResolution>> ResolutionFactsAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf,
        CancellationToken ct)
    {
        var horizon = cadence.Horizon(asOf);
        return (await session.Query<Resolution>().Where(r => r.DueOn <= horizon && (!r.IsDone || r.DoneOn > asOf)).ToListAsync(ct))
            .Select(r => new DatedResolution(r.Id, r.Order, r.Text, r.MinutesNumber, r.UnitIds, r.IssuedOn, r.DueOn, r.DoneOn, r.IsMajor))
            .ToList();
    }

    public static IEnumerable<Finding> Evaluate(MeetingCadenceFacts facts, CadenceOptions cadence, MeetingCadenceOptions options) =>
        MeetingsHeld(facts, cadence, options).Concat(MinutesIssued(facts, cadence, options)).Concat(ResolutionsDue(facts, cadence));

    /// <summary>
    /// R3 (附件2 第12项), one alert per year: a warning from 1 July while no meeting has been held that year, urgent from
    /// 1 October while fewer than two are held or scheduled, a breach once the year is over with fewer than two
    /// meetings whose minutes were issued. A year counts from the first one the group existed in by 30 June.
    /// </summary>
    public static IEnumerable<Finding> MeetingsHeld(MeetingCadenceFacts facts, CadenceOptions cadence, MeetingCadenceOptions options)
    {
        if (facts.LeadingGroupSince is not { } since) yield break;
        var required = options.MeetingsPerYear;
        var (urgentMonth, urgentDay) = options.UrgentFromDay();
        var firstYear = since <= new DateOnly(since.Year, 6, 30) ? since.Year : since.Year + 1;
        for (var year = firstYear; year <= facts.AsOf.Year; year++)
        {
            var yearEnd = new DateOnly(year, 12, 31);
            if (!cadence.Checks(yearEnd)) continue;
            var known = facts.Meetings.Where(m => m.Date.Year == year && m.ConvenedOn <= facts.AsOf && !(m.CancelledOn <= facts.AsOf)).ToList();
            var issued = known.Count(m => m.MinutesIssuedOn <= facts.AsOf);
            if (issued >= required) continue;
            var held = known.Count(m => m.Date <= facts.AsOf);
            var scheduled = known.Count - held;
            var link = $"/meetings?year={year}";
            Finding Make(Severity severity, string explanation) =>
                new($"{Meetings.Code}:{year}", Meetings.Code, "领导小组会议", $"{year}年", severity, null, yearEnd, explanation, link, []);
            if (facts.AsOf > yearEnd)
                yield return Make(Severity.Breach,
                    $"{year} 年召开并印发纪要的领导小组会议 {issued} 次，少于每年至少 {required} 次的要求（附件2 第12项）");
            else if (facts.AsOf >= new DateOnly(year, urgentMonth, urgentDay) && held + scheduled < required)
                yield return Make(Severity.Urgent,
                    $"{year} 年已召开 {held} 次、已安排 {scheduled} 次，少于 {required} 次：须在 12 月 31 日前召开会议并印发纪要");
            else if (facts.AsOf >= new DateOnly(year, 7, 1) && held == 0)
                yield return Make(Severity.Warning, $"{year} 年上半年未召开领导小组会议，至今尚未召开（每年至少 {required} 次）");
        }
    }

    /// <summary>R3: a meeting held with no issued minutes some days (15) later is its own finding.</summary>
    public static IEnumerable<Finding> MinutesIssued(MeetingCadenceFacts facts, CadenceOptions cadence, MeetingCadenceOptions options) =>
        facts.Meetings
            .Where(m => m.ConvenedOn <= facts.AsOf && !(m.CancelledOn <= facts.AsOf) && !(m.MinutesIssuedOn <= facts.AsOf))
            .Where(m => m.Date.AddDays(options.MinutesIssueDays) <= facts.AsOf && cadence.Checks(m.Date))
            .Select(m => new Finding($"{Minutes.Code}:{m.Id}", Minutes.Code, m.Title, $"{m.Date:yyyy-MM-dd}", Severity.Warning, null,
                m.Date.AddDays(options.MinutesIssueDays),
                $"会议于 {m.Date:yyyy-MM-dd} 召开，{options.MinutesIssueDays} 天内未签发印发纪要", $"/meetings/{m.Id}?tab=minutes", []));

    /// <summary>Resolutions past their due day and not done (a major matter is urgent), reminders before it.</summary>
    public static IEnumerable<Finding> ResolutionsDue(MeetingCadenceFacts facts, CadenceOptions cadence)
    {
        foreach (var r in facts.Resolutions.Where(r => r.IssuedOn <= facts.AsOf && !(r.DoneOn <= facts.AsOf) && cadence.Checks(r.DueOn)))
        {
            var subject = $"{r.MinutesNumber} 第{r.Order}项：{Shorten(r.Text)}";
            var key = $"{Resolutions.Code}:{r.Id}";
            if (facts.AsOf > r.DueOn)
                yield return new Finding(key, Resolutions.Code, subject, r.MinutesNumber, r.IsMajor ? Severity.Urgent : Severity.Warning, null,
                    r.DueOn, $"{(r.IsMajor ? "重大事项，" : "")}应于 {r.DueOn:yyyy-MM-dd} 前办结，已逾期", $"/resolutions/{r.Id}", r.UnitIds);
            else if (cadence.ReminderWindow(r.DueOn, facts.AsOf) is { } days)
                yield return new Finding(key, Resolutions.Code, subject, r.MinutesNumber, Severity.Reminder, days, r.DueOn,
                    $"须于 {r.DueOn:yyyy-MM-dd} 前办结", $"/resolutions/{r.Id}", r.UnitIds);
        }
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}

/// <summary>The meetings' rules in the compliance engine (registered by <see cref="MeetingsModule"/>).</summary>
public sealed class MeetingComplianceRules(MeetingCadenceOptions options) : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [MeetingCadence.Meetings, MeetingCadence.Minutes, MeetingCadence.Resolutions];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        MeetingCadence.Evaluate(await MeetingCadence.FactsAsync(session, cadence, asOf, ct), cadence, options).ToList();
}

/// <summary>附件2 第12项 from the town's own minutes: at least two meetings of the review day's year with issued minutes.</summary>
public sealed class MeetingsWithMinutesCheck(MeetingCadenceOptions options) : IEvidenceRecordCheck
{
    public string Code => "MeetingsWithMinutes";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct)
    {
        // “今年研究…2次会议纪要”: the year of the review day (the scheme re-checks every year).
        var year = day.Year;
        var meetings = await session.Query<Meeting>().Where(m => m.Body == BodyKind.LeadingGroup && m.Year == year && !m.Cancelled && m.MinutesNumber != null)
            .ToListAsync(ct);
        return Outcome(year, meetings.Where(m => m.IssuedAt is { } at && at.ToTownDate() <= day).OrderBy(m => m.Date).Select(m => m.MinutesNumber!).ToList(),
            options.MeetingsPerYear);
    }

    public static CheckOutcome Outcome(int year, IReadOnlyList<string> minutesNumbers, int required) =>
        new(minutesNumbers.Count >= required,
            $"{year}年已召开并印发纪要的领导小组会议 {minutesNumbers.Count} 次（至少 {required} 次）" +
            (minutesNumbers.Count == 0 ? "" : $"：{string.Join("、", minutesNumbers)}"));
}

/// <summary>A meeting of a year as the dashboard and the district count it; whether it has been held depends on the minute asked.</summary>
public sealed record MeetingOfYear(Guid Id, string Title, DateTimeOffset StartsAt, bool Cancelled, bool Issued);

public static class MeetingsOfYear
{
    public static async Task<IReadOnlyList<MeetingOfYear>> InAsync(IQuerySession session, int year, CancellationToken ct) =>
        await session.Query<Meeting>().Where(m => m.Body == BodyKind.LeadingGroup && m.Year == year)
            .Select(m => new MeetingOfYear(m.Id, m.Title, m.StartsAt, m.Cancelled, m.MinutesNumber != null)).ToListAsync(ct);

    /// <summary>The first meeting not cancelled in a later year.</summary>
    public static Task<MeetingOfYear?> FirstAfterAsync(IQuerySession session, int year, CancellationToken ct) =>
        session.Query<Meeting>().Where(m => m.Body == BodyKind.LeadingGroup && m.Year > year && !m.Cancelled).OrderBy(m => m.StartsAt)
            .Select(m => new MeetingOfYear(m.Id, m.Title, m.StartsAt, m.Cancelled, m.MinutesNumber != null)).FirstOrDefaultAsync(ct);
}
