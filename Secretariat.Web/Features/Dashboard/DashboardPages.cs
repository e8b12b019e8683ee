using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Dashboard;

public sealed record UnitCount(UnitRef Unit, int Count);

/// <summary>The dashboard's alert figures, counted once per cached view.</summary>
public sealed record AlertCounts(IReadOnlyDictionary<Severity, int> BySeverity, int TrainingOverdue, int TrainingDueSoon, int VillagesWithoutDirector,
    int ReportsOverdue, int ReportsDueSoon)
{
    public static AlertCounts Of(IReadOnlyList<ComplianceAlert> open) => new(
        open.GroupBy(a => a.Severity).ToDictionary(g => g.Key, g => g.Count()),
        open.Count(a => TrainingCadence.IsTraining(a.Rule) && a.Severity == Severity.Breach),
        open.Count(a => TrainingCadence.IsTraining(a.Rule) && a.Severity == Severity.Reminder),
        open.Count(a => a.Rule == TrainingCadence.Directors.Code),
        open.Count(a => a.Rule == ReportCadence.Semiannual.Code && a.Severity == Severity.Breach),
        open.Count(a => a.Rule == ReportCadence.Semiannual.Code && a.Severity == Severity.Reminder));

    public int Of(Severity severity) => BySeverity.GetValueOrDefault(severity);
}

/// <summary>
/// Everything on the home page for one audience on one day, cached until the data changes: the figures, and the lists
/// (overdue resolutions by unit, the open alerts) already rendered, since they are the bulk of the page.
/// </summary>
public sealed record DashboardView(
    int Year, int Required, IReadOnlyList<MeetingOfYear> Meetings, MeetingOfYear? NextAfterYear, AlertCounts Counts, string ListsHtml,
    int AdjustmentsToAccept, int AdjustmentsToApprove, int AdjustmentsOfUnit)
{
    public int Issued => Meetings.Count(m => m.Issued);
    public int HeldBy(DateTimeOffset now) => Meetings.Count(m => !m.Cancelled && m.StartsAt <= now);

    public MeetingOfYear? NextAfter(DateTimeOffset now) =>
        Meetings.Where(m => !m.Cancelled && m.StartsAt > now).MinBy(m => m.StartsAt) ?? NextAfterYear;
}

public sealed record DashboardPageModel(DashboardView Dashboard, Audience Audience, DateOnly Today, DateTimeOffset Now, bool MayRunCompliance,
    string? Checked);

/// <summary>
/// The town's home page (工作台): this year's meetings, the open alerts, training, villages, reports, resolutions overdue by unit and
/// adjustments waiting, each for the audience the alerts have. It reads the other features; nothing depends on it.
/// </summary>
public static class DashboardPages
{
    public const int DashboardAlerts = 20;

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGroup("").RequireCapability(Capability.ReadTown).MapGet("/", async (string? @checked, HttpContext context, IQuerySession session,
            ViewCache cache, TimeProvider time, ComplianceEngine engine, MeetingCadenceOptions meetings, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var audience = Audience.Of(actor);
            var now = time.GetUtcNow();
            var today = now.ToTownDate();
            var dashboard = await cache.GetAsync($"dashboard:{audience.CacheKey}:{today:yyyy-MM-dd}",
                () => DashboardAsync(context, session, engine, audience, meetings.MeetingsPerYear, today, ct), ct);
            return PageResults.Page<DashboardPage, DashboardPageModel>(context, new DashboardPageModel(dashboard, audience, today, now,
                actor.Can(Capability.RunCompliance), @checked is { Length: > 0 and <= 200 } ? @checked : null));
        });
        return app;
    }

    private static async Task<DashboardView> DashboardAsync(HttpContext context, IQuerySession session, ComplianceEngine engine, Audience audience,
        int required, DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        var meetings = await MeetingsOfYear.InAsync(session, year, ct);
        var nextYear = await MeetingsOfYear.FirstAfterAsync(session, year, ct);
        // Most serious first, and within a severity the newest: what changed since yesterday is at the top.
        var alerts = (await session.Query<ComplianceAlert>().Where(a => a.IsOpen).ToListAsync(ct)).Where(a => engine.Sees(audience, a))
            .OrderByDescending(a => a.Rank).ThenByDescending(a => a.OpenedOn).ThenByDescending(a => a.DueOn).ThenBy(a => a.Subject).ToList();

        var overdue = session.Query<Resolution>().Where(r => !r.IsDone && r.DueOn < today);
        if (!audience.Everything && audience.UnitId is { } unit) overdue = overdue.Where(r => r.UnitIds.Contains(unit));
        var byUnit = audience.Everything || audience.UnitId is not null
            ? (await overdue.Select(r => r.LeadUnit).ToListAsync(ct)).GroupBy(u => u.Id)
                .Select(g => new UnitCount(g.First(), g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Unit.Name).ToList()
            : [];

        int toAccept = 0, toApprove = 0, ofUnit = 0;
        if (audience.Everything)
        {
            toAccept = await session.Query<MemberAdjustment>().CountAsync(a => a.Status == AdjustmentStatus.Submitted, ct);
            toApprove = await session.Query<MemberAdjustment>().CountAsync(a => a.Status == AdjustmentStatus.PendingApproval, ct);
        }
        if (audience.UnitId is { } own)
            ofUnit = await session.Query<MemberAdjustment>().CountAsync(a => a.Proposal.UnitId == own &&
                (a.Status == AdjustmentStatus.Submitted || a.Status == AdjustmentStatus.PendingApproval || a.Status == AdjustmentStatus.Returned), ct);
        var lists = await ComponentHtml.RenderAsync<DashboardLists>(context, new Dictionary<string, object?>
        {
            [nameof(DashboardLists.Alerts)] = alerts, [nameof(DashboardLists.OverdueResolutionsByUnit)] = byUnit,
            [nameof(DashboardLists.ShowResolutions)] = audience.Everything || audience.UnitId is not null
        });
        return new DashboardView(year, required, meetings, nextYear, AlertCounts.Of(alerts), lists, toAccept, toApprove, ofUnit);
    }
}
