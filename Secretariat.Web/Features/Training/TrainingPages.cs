using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Training;

/// <summary>One line of the ledger: a person serving on the day and where they stand on both requirements.</summary>
public sealed record LedgerLine(ChildWorker Worker, Appointment Appointment, Posting Posting, TrainingStatus Status);

public sealed record Ledger(DateOnly AsOf, IReadOnlyList<LedgerLine> Lines, IReadOnlyList<TrainingSession> Sessions)
{
    public static async Task<Ledger> LoadAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var queries = new TrainingQueries(session);
        var workers = await queries.ServingBetweenAsync(asOf, asOf, ct);
        var lines = workers
            .Select(w => (Worker: w, Appointment: w.AppointmentOn(asOf)))
            .Where(x => x.Appointment is not null)
            .Select(x => new LedgerLine(x.Worker, x.Appointment!, x.Appointment!.PostingOn(asOf), TrainingDeadlines.StatusOf(x.Worker, asOf)))
            .OrderBy(l => l.Appointment.Duty).ThenBy(l => l.Posting.UnitName).ThenBy(l => l.Worker.Name)
            .ToList();
        return new Ledger(asOf, lines, await queries.SessionsInYearAsync(asOf.Year, ct));
    }

    public int Count(Func<TrainingStatus, RequirementStatus> requirement, RequirementState state) =>
        Lines.Count(l => requirement(l.Status).State == state);
}

public sealed record LedgerPageModel(Ledger Ledger, AsOfDate AsOf, bool MayManage);

public sealed record CoveragePageModel(IReadOnlyList<VillageCoverage> Rows, AsOfDate AsOf);

public sealed record ChildWorkerPageModel(ChildWorker Worker, DateOnly Today, TrainingStatus Status, IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<MemberUnit> Villages, string? Error, bool MayManage);

public sealed record SessionsPageModel(int Year, int ThisYear, IReadOnlyList<TrainingSession> Sessions, bool MayManage);

public sealed record SessionPageModel(TrainingSession Session);

public static class TrainingPages
{
    public static void MapTrainingPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (string? asOf, HttpContext context, IQuerySession session, ViewCache cache, TimeProvider time,
            CancellationToken ct) =>
        {
            var date = AsOfDate.Parse(asOf, time.Today());
            var ledger = await cache.GetAsync($"training-ledger:{date.Date:yyyy-MM-dd}", () => Ledger.LoadAsync(session, date.Date, ct), ct);
            return PageResults.Page<LedgerPage, LedgerPageModel>(context, new(ledger, date, context.User.Actor().MayManageTraining()));
        });

        group.MapGet("/ledger.xlsx", async (string? asOf, HttpContext context, IQuerySession session, ViewCache cache, TimeProvider time,
            CancellationToken ct) =>
        {
            var date = AsOfDate.Parse(asOf, time.Today());
            if (date.Problem is not null) return Results.BadRequest();
            var ledger = await cache.GetAsync($"training-ledger:{date.Date:yyyy-MM-dd}", () => Ledger.LoadAsync(session, date.Date, ct), ct);
            return Results.File(LedgerWorkbook.Build(ledger), LedgerWorkbook.ContentType, $"培训台账-{date.Date:yyyyMMdd}.xlsx");
        });

        group.MapGet("/coverage", async (string? asOf, HttpContext context, IQuerySession session, ViewCache cache, TimeProvider time,
            CancellationToken ct) =>
        {
            var date = AsOfDate.Parse(asOf, time.Today());
            var rows = await cache.GetAsync($"training-coverage:{date.Date:yyyy-MM-dd}",
                () => new TrainingQueries(session).CoverageAsync(date.Date, ct), ct);
            return PageResults.Page<CoveragePage, CoveragePageModel>(context, new(rows, date));
        });

        group.MapGet("/people/{personId:guid}", async (Guid personId, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await PersonAsync(context, session, personId, null, StatusCodes.Status200OK, ct));

        group.MapGet("/sessions", async (int? year, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today();
            var shown = year is >= 2000 and <= 2100 ? year.Value : today.Year;
            var sessions = await new TrainingQueries(session).SessionsInYearAsync(shown, ct);
            return PageResults.Page<SessionsPage, SessionsPageModel>(context,
                new(shown, today.Year, sessions, context.User.Actor().MayManageTraining()));
        });

        group.MapGet("/sessions/{sessionId:guid}", async (Guid sessionId, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var recorded = await session.LoadAsync<TrainingSession>(sessionId, ct);
            return recorded is null ? Results.NotFound() : PageResults.Page<SessionPage, SessionPageModel>(context, new(recorded));
        });

        // A material flagged as holding minors' information: only MinorsData's readers, each read logged (附件3-3 三).
        group.MapGet("/sessions/{sessionId:guid}/materials/{materialId:guid}", async (Guid sessionId, Guid materialId, HttpContext context,
            IQuerySession session, CancellationToken ct) =>
        {
            var material = await session.LoadAsync<StoredFile>(materialId, ct);
            if (material is null || material.OwnerId != sessionId) return Results.NotFound();
            return await material.DownloadAsync(context, async () =>
                ($"培训材料：{(await session.LoadAsync<TrainingSession>(sessionId, ct))?.Title}", $"/training/sessions/{sessionId}"), ct);
        }).RequireCapability(Capability.ReadTown);
    }

    public static async Task<IResult> PersonAsync(HttpContext context, IQuerySession session, Guid personId, string? error, int status,
        CancellationToken ct)
    {
        var worker = await session.LoadAsync<ChildWorker>(personId, ct);
        if (worker is null) return Results.NotFound();
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var queries = new TrainingQueries(session);
        return PageResults.Page<ChildWorkerPage, ChildWorkerPageModel>(context, new(worker, today, TrainingDeadlines.StatusOf(worker, today),
            TrainingDeadlines.Obligations(worker, today), await queries.VillagesAsync(ct), error, context.User.Actor().MayManageTraining()), status);
    }
}
