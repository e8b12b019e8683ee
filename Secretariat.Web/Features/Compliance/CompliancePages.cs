using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Infrastructure.Caching;

using Secretariat.Web.Features.Adjustments;

namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// Which alerts and figures a person is shown, by the reach of a capability (<see cref="Capability.FollowAlerts"/> to be
/// shown them, <see cref="Capability.AnswerAlerts"/> to answer for them): all of them; the station's rules; a unit's own.
/// </summary>
public sealed record Audience(bool Everything, bool WorkStation, Guid? UnitId)
{
    public static Audience Of(Actor actor, Capability capability = Capability.FollowAlerts)
    {
        var reach = actor.ReachOf(capability);
        return new(reach.HasFlag(Reach.All), reach.HasFlag(Reach.Station), reach.HasFlag(Reach.OwnUnit) ? actor.UnitId : null);
    }

    public bool Sees(ComplianceAlert alert) =>
        Everything || (WorkStation && AlertDecisions.IsWorkStationRule(alert.Rule)) ||
        (UnitId is { } unit && AlertDecisions.IsUnitRule(alert.Rule) && alert.UnitIds.Contains(unit));

    public string CacheKey => $"{(Everything ? 1 : 0)}{(WorkStation ? 1 : 0)}{UnitId}";
}

public sealed record UnitCount(UnitRef Unit, int Count);

/// <summary>A meeting of the year as the dashboard counts it; whether it has been held depends on the minute of the request.</summary>
public sealed record DashboardMeeting(Guid Id, string Title, DateTimeOffset StartsAt, bool Cancelled, bool Issued);

/// <summary>The dashboard's alert figures, counted once per cached view.</summary>
public sealed record AlertCounts(IReadOnlyDictionary<Severity, int> BySeverity, int TrainingOverdue, int TrainingDueSoon, int VillagesWithoutDirector,
    int ReportsOverdue, int ReportsDueSoon)
{
    public static AlertCounts Of(IReadOnlyList<ComplianceAlert> open) => new(
        open.GroupBy(a => a.Severity).ToDictionary(g => g.Key, g => g.Count()),
        open.Count(a => Rules.IsTraining(a.Rule) && a.Severity == Severity.Breach),
        open.Count(a => Rules.IsTraining(a.Rule) && a.Severity == Severity.Reminder),
        open.Count(a => a.Rule == Rules.VillageCoverage),
        open.Count(a => a.Rule == Rules.SemiannualReport && a.Severity == Severity.Breach),
        open.Count(a => a.Rule == Rules.SemiannualReport && a.Severity == Severity.Reminder));

    public int Of(Severity severity) => BySeverity.GetValueOrDefault(severity);
}

/// <summary>
/// Everything on the home page for one audience on one day, cached until the data changes: the figures, and the lists
/// (overdue resolutions by unit, the open alerts) already rendered, since they are the bulk of the page.
/// </summary>
public sealed record Dashboard(
    int Year, int Required, IReadOnlyList<DashboardMeeting> Meetings, DashboardMeeting? NextAfterYear, AlertCounts Counts, string ListsHtml,
    int AdjustmentsToAccept, int AdjustmentsToApprove, int AdjustmentsOfUnit)
{
    public int Issued => Meetings.Count(m => m.Issued);
    public int HeldBy(DateTimeOffset now) => Meetings.Count(m => !m.Cancelled && m.StartsAt <= now);

    public DashboardMeeting? NextAfter(DateTimeOffset now) =>
        Meetings.Where(m => !m.Cancelled && m.StartsAt > now).MinBy(m => m.StartsAt) ?? NextAfterYear;
}

public sealed record DashboardPageModel(Dashboard Dashboard, Audience Audience, DateOnly Today, DateTimeOffset Now, bool MayRunCompliance,
    string? Checked);

public sealed record AlertsPageModel(IReadOnlyList<ComplianceAlert> Alerts, string? Rule, Severity? Severity, bool ShowResolved);

public sealed record AlertPageModel(ComplianceAlert Alert, bool MayAcknowledge, string? Error, string? Note);

public static class CompliancePages
{
    public const int DashboardAlerts = 20;

    public static void MapDashboard(this RouteGroupBuilder group)
    {
        group.MapGet("/", async (string? @checked, HttpContext context, IQuerySession session, ViewCache cache, TimeProvider time,
            ComplianceOptions options, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var audience = Audience.Of(actor);
            var now = time.GetUtcNow();
            var today = now.ToTownDate();
            var dashboard = await cache.GetAsync($"dashboard:{audience.CacheKey}:{today:yyyy-MM-dd}",
                () => DashboardAsync(context, session, audience, options, today, ct), ct);
            return PageResults.Page<DashboardPage, DashboardPageModel>(context, new DashboardPageModel(dashboard, audience, today, now,
                actor.Can(Capability.RunCompliance), @checked is { Length: > 0 and <= 200 } ? @checked : null));
        });
    }

    public static void MapCompliancePages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (string? rule, string? severity, string? state, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var audience = Audience.Of(context.User.Actor());
            var showResolved = state == "resolved";
            var query = session.Query<ComplianceAlert>().Where(a => a.IsOpen == !showResolved);
            if (rule == "R6") query = query.Where(a => a.Rule == Rules.Onboarding || a.Rule == Rules.Rotation);
            else if (rule is not null && Rules.All.Contains(rule)) query = query.Where(a => a.Rule == rule);
            if (Enum.TryParse<Severity>(severity, out var wanted) && Enum.IsDefined(wanted)) query = query.Where(a => a.Severity == wanted);
            var alerts = (await query.OrderByDescending(a => a.Rank).ThenBy(a => a.DueOn).Take(500).ToListAsync(ct))
                .Where(audience.Sees).ToList();
            return PageResults.Page<AlertsPage, AlertsPageModel>(context,
                new AlertsPageModel(alerts, rule, Enum.IsDefined(wanted) ? wanted : null, showResolved));
        });

        group.MapGet("/alerts/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await AlertAsync(context, session, id, null, StatusCodes.Status200OK, ct));
    }

    public static async Task<IResult> AlertAsync(HttpContext context, IQuerySession session, Guid id, string? error, int status, CancellationToken ct,
        string? note = null)
    {
        var actor = context.User.Actor();
        var alert = await session.LoadAsync<ComplianceAlert>(id, ct);
        if (alert is null) return Results.NotFound();
        if (!Audience.Of(actor).Sees(alert)) return Policies.Forbidden();
        return PageResults.Page<AlertPage, AlertPageModel>(context,
            new AlertPageModel(alert, AlertDecisions.MayAcknowledge(actor, alert), error, note), status);
    }

    private static async Task<Dashboard> DashboardAsync(HttpContext context, IQuerySession session, Audience audience, ComplianceOptions options,
        DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        var meetings = await session.Query<Meeting>().Where(m => m.Year == year)
            .Select(m => new DashboardMeeting(m.Id, m.Title, m.StartsAt, m.Cancelled, m.MinutesNumber != null)).ToListAsync(ct);
        var nextYear = await session.Query<Meeting>().Where(m => m.Year > year && !m.Cancelled).OrderBy(m => m.StartsAt)
            .Select(m => new DashboardMeeting(m.Id, m.Title, m.StartsAt, m.Cancelled, m.MinutesNumber != null)).FirstOrDefaultAsync(ct);
        // Most serious first, and within a severity the newest: what changed since yesterday is at the top.
        var alerts = (await session.Query<ComplianceAlert>().Where(a => a.IsOpen).ToListAsync(ct)).Where(audience.Sees)
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
        return new Dashboard(year, options.MeetingsPerYear, meetings, nextYear, AlertCounts.Of(alerts), lists, toAccept, toApprove, ofUnit);
    }
}
