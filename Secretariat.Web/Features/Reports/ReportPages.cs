using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.Reports;

/// <summary>One half-year in the list: its report if there is one, its due day, and whether it is overdue today.</summary>
public sealed record ReportRow(int Year, HalfYear Half, SemiannualReport? Report, DateOnly DueOn, bool Overdue);

/// <summary>Everything the report page shows: the report, the version shown, its facts (frozen or live) and what the viewer may do.</summary>
public sealed record ReportView(SemiannualReport Report, ReportVersion? Shown, ReportFacts Facts, IReadOnlyDictionary<string, string> Tables,
    bool FactsFrozen, Actor Actor,
    bool IsStationMaster, DateOnly Today, IReadOnlyList<Meeting> Upcoming, string? Error, IFormCollection? Unsaved, TownProfile Town)
{
    public bool MayEdit => Report.IsEditable && Actor.Can(Capability.WriteReports) && (Shown is null || Shown.Number == Report.Latest?.Number);
    public bool MaySubmit => Report.IsEditable && IsStationMaster && Report.Latest is { IsSubmitted: false };
    public bool IsOffice => Actor.Can(Capability.ReceiveReports);
    public bool Overdue => ReportPeriods.IsOverdue(Report.Status, Report.DueOn, Today);
    public string Period => ReportPeriods.PeriodName(Report.Year, Report.Half);
    public string Number => ReportPeriods.Number(Town, Report.Year, Report.Half);

    /// <summary>The text in a field: what the author just posted (a refused save keeps it), else the version shown.</summary>
    public string Text(string field, string saved) => Unsaved is { } form && form.ContainsKey(field) ? form[field].ToString() : saved;
}

public sealed record ReportsPageModel(int Year, IReadOnlyList<ReportRow> Rows, DateOnly Today, bool MayCreate, string? Error);

public sealed record ReportPageModel(ReportView View);

public sealed record ReportPrintPageModel(ReportView View);

public static class ReportPages
{
    public static void MapReportPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (int? year, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await ListAsync(context, session, year, null, StatusCodes.Status200OK, ct));

        group.MapGet("/{id:guid}", async (Guid id, int? version, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await ReportAsync(context, session, id, version, null, StatusCodes.Status200OK, ct));

        group.MapGet("/{id:guid}/print", async (Guid id, int? version, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var view = await LoadAsync(context, session, id, version, null, null, ct);
            return view is null ? Results.NotFound() : PageResults.Page<ReportPrintPage, ReportPrintPageModel>(context, new(view));
        });

        // The print view's Word copy (the same version, the same facts).
        group.MapGet("/{id:guid}/report.docx", async (Guid id, int? version, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var view = await LoadAsync(context, session, id, version, null, null, ct);
            return view is null ? Results.NotFound() : OfficialDocx.File(ReportDocuments.Report(view, context.RequiredTown()));
        });
    }

    public static async Task<IResult> ListAsync(HttpContext context, IQuerySession session, int? year, string? error, int status, CancellationToken ct)
    {
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var shown = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        // The documents carry every version with its frozen facts: read once per change, not per request.
        var reports = await context.RequestServices.GetRequiredService<ViewCache>().GetAsync($"reports:{shown}",
            async () => await session.Query<SemiannualReport>().Where(r => r.Year == shown).ToListAsync(ct), ct);
        var days = context.RequestServices.GetRequiredService<ReportOptions>().DueDaysAfterPeriodEnd;
        var rows = new[] { HalfYear.H1, HalfYear.H2 }.Select(half =>
        {
            var report = reports.FirstOrDefault(r => r.Half == half);
            var due = report?.DueOn ?? ReportPeriods.DueOn(shown, half, days);
            return new ReportRow(shown, half, report, due, ReportPeriods.IsOverdue(report?.Status, due, today));
        }).ToList();
        return PageResults.Page<ReportsPage, ReportsPageModel>(context,
            new(shown, rows, today, context.User.Can(Capability.WriteReports), error), status);
    }

    public static async Task<ReportView?> LoadAsync(HttpContext context, IQuerySession session, Guid id, int? version, string? error,
        IFormCollection? unsaved, CancellationToken ct)
    {
        var services = context.RequestServices;
        var cache = services.GetRequiredService<ViewCache>();
        // Cached against the read-model version like the facts: a submitted report's document holds every version's facts.
        var report = await cache.GetAsync($"report:{id}", () => session.LoadAsync<SemiannualReport>(id, ct), ct);
        if (report is null) return null;
        var shown = version is { } n ? report.Versions.FirstOrDefault(v => v.Number == n) : report.Latest;
        if (version is not null && shown is null) return null;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = now.ToTownDate();
        var actor = context.User.Actor();
        // A version asked for shows its frozen facts; the page of a draft (or a returned report) shows the live ones it will submit.
        // Either way the tables are rendered once per cached view: every request after that only copies them.
        var frozen = version is not null || !report.IsEditable ? shown?.Facts : null;
        var rendered = frozen is not null
            ? await cache.GetAsync($"report-facts:{report.Id}:{shown!.Number}", () => RenderAsync(context, frozen), ct)
            : await cache.GetAsync($"report-facts:{report.Year}:{report.Half}",
                async () => await RenderAsync(context, await new ReportFactsQuery(session, services.GetRequiredService<ComplianceEngine>(),
                    services.GetRequiredService<ReportFactContributors>()).AsOfPeriodEndAsync(report.Year, report.Half, ct)), ct);
        var station = actor.PersonId is null ? null : await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        IReadOnlyList<Meeting> upcoming = actor.Can(Capability.ReceiveReports) && report.Status == ReportStatus.Received && report.TabledMeetingId is null
            ? await session.Query<Meeting>().Where(m => !m.Cancelled && m.StartsAt > now).OrderBy(m => m.StartsAt).Take(10).ToListAsync(ct)
            : [];
        return new ReportView(report, shown, rendered.Facts, rendered.Tables, frozen is not null, actor, ReportDecisions.IsStationMaster(actor, station, today), today,
            upcoming, error, unsaved, context.RequiredTown());
    }

    /// <summary>The facts with each section's table already rendered to HTML.</summary>
    public sealed record RenderedFacts(ReportFacts Facts, IReadOnlyDictionary<string, string> Tables);

    private static async Task<RenderedFacts> RenderAsync(HttpContext context, ReportFacts facts)
    {
        var tables = new Dictionary<string, string>();
        foreach (var (key, _) in ReportFactSections.All)
            tables[key] = await ComponentHtml.RenderAsync<FactsTable>(context, new Dictionary<string, object?>
            {
                [nameof(FactsTable.Key)] = key, [nameof(FactsTable.Facts)] = facts
            });
        return new RenderedFacts(facts, tables);
    }

    public static async Task<IResult> ReportAsync(HttpContext context, IQuerySession session, Guid id, int? version, string? error, int status,
        CancellationToken ct, IFormCollection? unsaved = null)
    {
        var view = await LoadAsync(context, session, id, version, error, unsaved, ct);
        return view is null ? Results.NotFound() : PageResults.Page<ReportPage, ReportPageModel>(context, new(view), status);
    }

    /// <summary>After a form on the report page: back to it, or the page again with the refusal and the user's input.</summary>
    public static async Task<IResult> AfterAsync(HttpContext context, IQuerySession session, Guid id, string? problem, CancellationToken ct,
        IFormCollection? unsaved = null) =>
        problem is null
            ? PageResults.SeeOther(context, $"/reports/{id}")
            : await ReportAsync(context, session, id, null, problem, StatusCodes.Status422UnprocessableEntity, ct, unsaved);
}
