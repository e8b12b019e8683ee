using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Training;

using Secretariat.Web.Features.Adjustments;

namespace Secretariat.Web.Features.Reports;

public sealed record MeetingFact(DateOnly Date, string Title, string? MinutesNumber);

/// <summary>One lead unit's resolutions: opened and closed in the period, still open and overdue at its end.</summary>
public sealed record ResolutionFact(string Unit, int Opened, int Closed, int OpenAtEnd, int OverdueAtEnd);

/// <summary>A roster change from an approved member adjustment that took effect in the period.</summary>
public sealed record MemberChangeFact(DateOnly EffectiveOn, string Body, string Change, string Person, string Role, string? Unit,
    string AdjustmentNumber);

public sealed record TrainingFact(string Name, string Duty, string? Village, string Onboarding, string OnboardingDetail, string Rotation,
    string RotationDetail);

public sealed record CoverageFact(string Village, IReadOnlyList<string> Directors, DateOnly? VacantSince);

/// <summary>An alert that was open on the period's last day: since when, how serious, and why.</summary>
public sealed record AlertFact(string Rule, string Subject, string Severity, DateOnly OpenSince, DateOnly? DueOn, string Explanation);

/// <summary>
/// The facts of a half-year as of its last day, each a section the author annotates but cannot edit. A further section
/// is one more property here, one more entry in <see cref="ReportFactSections.All"/>, its query in
/// <see cref="ReportFactsQuery"/> and its table in FactsTables.razor; a feature outside the report adds its counts to
/// <see cref="StationWork"/> through <see cref="IReportFactContributions"/> instead (null in versions submitted before it).
/// </summary>
public sealed record ReportFacts(
    DateOnly AsOf,
    IReadOnlyList<MeetingFact> Meetings,
    IReadOnlyList<ResolutionFact> Resolutions,
    IReadOnlyList<MemberChangeFact> MemberChanges,
    IReadOnlyList<TrainingFact> Training,
    IReadOnlyList<CoverageFact> Coverage,
    IReadOnlyList<AlertFact>? OpenAlerts = null,
    IReadOnlyList<CountedSection>? StationWork = null);

public static class ReportFactSections
{
    public static readonly IReadOnlyList<(string Key, string Title)> All =
    [
        ("meetings", "会议召开情况"),
        ("resolutions", "议定事项落实情况"),
        ("changes", "成员调整情况"),
        ("training", "儿童主任、儿童督导员培训情况"),
        ("coverage", "村（社区）儿童主任配备情况"),
        ("station", "工作站工作情况"),
        ("alerts", "期末未解除的合规提醒")
    ];
}

/// <summary>Pure computation of the facts from the snapshot documents of the period.</summary>
public static class ReportFactsBuilder
{
    /// <summary>The leading group's meetings (the station's own are counted in its section, 工作站工作情况).</summary>
    public static IReadOnlyList<MeetingFact> Meetings(IEnumerable<Meeting> meetings, DateOnly start, DateOnly end) =>
        meetings.Where(m => m.Body == BodyKind.LeadingGroup && !m.Cancelled && m.Date >= start && m.Date <= end)
            .OrderBy(m => m.StartsAt).Select(m => new MeetingFact(m.Date, m.Title, m.MinutesNumber)).ToList();

    /// <summary>The leading group's, by lead unit; "done" counts from the day it was 办结, so a matter closed after the period is open at its end.</summary>
    public static IReadOnlyList<ResolutionFact> Resolutions(IEnumerable<Resolution> resolutions, DateOnly start, DateOnly end) =>
        resolutions.Where(r => r.Body == BodyKind.LeadingGroup && r.MeetingDate <= end)
            .GroupBy(r => r.LeadUnit.Name)
            .Select(g =>
            {
                bool DoneBy(Resolution r, DateOnly day) => r.IsDone && r.DoneOn <= day;
                var opened = g.Count(r => r.MeetingDate >= start);
                var closed = g.Count(r => r.IsDone && r.DoneOn >= start && r.DoneOn <= end);
                var open = g.Where(r => !DoneBy(r, end)).ToList();
                return new ResolutionFact(g.Key, opened, closed, open.Count, open.Count(r => r.DueOn < end));
            })
            .Where(f => f.Opened + f.Closed + f.OpenAtEnd > 0)
            .OrderBy(f => f.Unit, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<MemberChangeFact> MemberChanges(IEnumerable<BodyRoster> bodies, IReadOnlyDictionary<Guid, string> adjustmentNumbers,
        DateOnly start, DateOnly end)
    {
        var changes = new List<MemberChangeFact>();
        foreach (var body in bodies)
        foreach (var t in body.Tenures)
        {
            if (t.AppointedByAdjustment is { } appointed && t.From >= start && t.From <= end && adjustmentNumbers.TryGetValue(appointed, out var a))
                changes.Add(new MemberChangeFact(t.From, body.Kind.Chinese(), "任职", t.PersonName, t.Role.Chinese(), t.UnitName, a));
            if (t.EndedByAdjustment is { } ended && t.Until is { } until && until >= start && until <= end &&
                adjustmentNumbers.TryGetValue(ended, out var e))
                changes.Add(new MemberChangeFact(until, body.Kind.Chinese(), "离任", t.PersonName, t.Role.Chinese(), t.UnitName, e));
        }
        return changes.OrderBy(c => c.EffectiveOn).ThenBy(c => c.AdjustmentNumber, StringComparer.Ordinal).ThenBy(c => c.Change == "离任" ? 0 : 1).ToList();
    }

    /// <summary>R6 for every child director and supervisor in office on the period's last day.</summary>
    public static IReadOnlyList<TrainingFact> Training(IEnumerable<ChildWorker> workers, DateOnly end) =>
        workers.Select(w => (Worker: w, Status: TrainingDeadlines.StatusOf(w, end)))
            .Where(x => x.Status.Appointment is not null)
            .OrderBy(x => x.Status.Appointment!.Duty).ThenBy(x => x.Worker.Name, StringComparer.Ordinal)
            .Select(x => new TrainingFact(x.Worker.Name, x.Status.Appointment!.Duty.Chinese(), x.Status.Appointment.PostingOn(end).UnitName,
                x.Status.Onboarding.State.Chinese(), x.Status.Onboarding.Explanation, x.Status.Rotation.State.Chinese(), x.Status.Rotation.Explanation))
            .ToList();

    /// <summary>The compliance alerts open on the period's last day, most serious first (as they stood then, severity as now).</summary>
    public static IReadOnlyList<AlertFact> OpenAlerts(IEnumerable<ComplianceAlert> alerts, DateOnly end, Func<string, string> ruleName) =>
        alerts.Where(a => a.WasOpenOn(end))
            .OrderByDescending(a => a.Rank).ThenBy(a => a.Rule, StringComparer.Ordinal).ThenBy(a => a.Subject, StringComparer.Ordinal)
            .Select(a => new AlertFact(ruleName(a.Rule), a.Subject, a.SeverityText, a.OpenPeriods.Last(p => p.Covers(end)).From, a.DueOn,
                a.Explanation))
            .ToList();

    public static IReadOnlyList<CoverageFact> Coverage(IEnumerable<VillageCoverage> coverage) =>
        coverage.Select(c => new CoverageFact(c.Village.Name, c.Directors.Select(d => d.Name).ToList(), c.VacantSince)).ToList();
}

/// <summary>
/// Loads only the documents of the period through their duplicated columns (meetings by year, resolutions that can
/// still matter, the two bodies, adjustments by id, child workers serving on the last day) and builds the facts.
/// </summary>
public sealed class ReportFactsQuery(IQuerySession session, ComplianceEngine compliance, ReportFactContributors contributors)
{
    public async Task<ReportFacts> AsOfPeriodEndAsync(int year, HalfYear half, CancellationToken ct)
    {
        var start = ReportPeriods.Start(year, half);
        var end = ReportPeriods.End(year, half);
        var meetings = await session.Query<Meeting>().Where(m => m.Year == year).ToListAsync(ct);

        // A resolution matters if it was still open at the period's start or was issued in it: not done, or due from a year
        // before the period (later ones are closed long before), or done late; the exact cut is made by the builder.
        var resolutions = await session.Query<Resolution>().Where(r => !r.IsDone || r.DueOn >= start.AddYears(-1)).ToListAsync(ct);
        var lateDone = await session.Query<Resolution>().Where(r => r.IsDone && r.DueOn < start.AddYears(-1) && r.DoneOn >= start).ToListAsync(ct);

        var bodies = await session.LoadManyAsync<BodyRoster>(ct, RosterNames.BodyId(BodyKind.LeadingGroup), RosterNames.BodyId(BodyKind.WorkStation));
        var adjustmentIds = bodies.SelectMany(b => b.Tenures)
            .SelectMany(t => new[] { t.From >= start && t.From <= end ? t.AppointedByAdjustment : null,
                t.Until >= start && t.Until <= end ? t.EndedByAdjustment : null })
            .OfType<Guid>().Distinct().ToArray();
        var numbers = adjustmentIds.Length == 0 ? new Dictionary<Guid, string>()
            : (await session.LoadManyAsync<MemberAdjustment>(ct, adjustmentIds)).Where(a => a.Status == AdjustmentStatus.Approved)
            .ToDictionary(a => a.Id, a => a.Number);

        // Open at the end means still open now, or last resolved after the end: only those are read.
        var alerts = await session.Query<ComplianceAlert>().Where(a => a.IsOpen || a.ResolvedOn > end).ToListAsync(ct);

        var training = new TrainingQueries(session);
        var workers = await training.ServingBetweenAsync(end, end, ct);
        var coverage = await training.CoverageAsync(end, ct);
        var stationWork = new List<CountedSection>();
        foreach (var contribution in contributors.All) stationWork.AddRange(await contribution.SectionsAsync(session, start, end, ct));
        return new ReportFacts(end, ReportFactsBuilder.Meetings(meetings, start, end),
            ReportFactsBuilder.Resolutions(resolutions.Concat(lateDone.Where(r => resolutions.All(x => x.Id != r.Id))), start, end),
            ReportFactsBuilder.MemberChanges(bodies, numbers, start, end), ReportFactsBuilder.Training(workers, end),
            ReportFactsBuilder.Coverage(coverage), ReportFactsBuilder.OpenAlerts(alerts, end, compliance.Name), stationWork);
    }
}

/// <summary>Every feature's contribution to the report's facts, in the order the modules registered them.</summary>
public sealed class ReportFactContributors(IEnumerable<IReportFactContributions> contributions)
{
    public IReadOnlyList<IReportFactContributions> All { get; } = contributions.ToList();
}
