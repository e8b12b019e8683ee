using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.District;

/// <summary>
/// A town's row of the district overview as its last evaluation left it: the overview reads these N small documents and never
/// evaluates a town. Written after every evaluation of the town (<see cref="ITownEvaluated"/>: seconds after any change, and by
/// the daily run), so a town's figures follow its data within seconds and the date rules turn with the daily run.
/// </summary>
public sealed class DistrictOverviewRow
{
    /// <summary>Raised when the row's fields change meaning: a row of an older shape is computed again.</summary>
    public const int CurrentShape = 1;

    /// <summary>The town's code.</summary>
    public string Id { get; set; } = "";
    public int Shape { get; set; }
    public string TownName { get; set; } = "";
    public int Year { get; set; }
    /// <summary>When each meeting of the year not cancelled starts: "held" counts those started by the time the page is read.</summary>
    public List<DateTimeOffset> MeetingStarts { get; set; } = [];
    public int Issued { get; set; }
    public int ResolutionsOverdue { get; set; }
    public int TrainingOverdue { get; set; }
    public int VillagesWithoutDirector { get; set; }
    public int ReportsOverdue { get; set; }
    public int Breach { get; set; }
    public int Urgent { get; set; }
    public int Warning { get; set; }
    public int Reminder { get; set; }
    public DateTimeOffset EvaluatedAt { get; set; }

    /// <summary>Usable for a page read at <paramref name="now"/>: of the current shape and of this year.</summary>
    public bool Serves(DateTimeOffset now) => Shape == CurrentShape && Year == now.ToTownDate().Year;

    public TownFigures Figures(DateTimeOffset now, int required) =>
        new(Id, TownName, Year, required, MeetingStarts.Count(s => s <= now), Issued, ResolutionsOverdue, TrainingOverdue,
            VillagesWithoutDirector, ReportsOverdue, Breach, Urgent, Warning, Reminder) { EvaluatedOn = EvaluatedAt.ToTownDate() };
}

/// <summary>Every town's code and its stored row (if any), as of <paramref name="Stamp"/>.</summary>
public sealed record DistrictSnapshot(string Stamp, IReadOnlyList<string> Codes, IReadOnlyDictionary<string, DistrictOverviewRow> Rows);

/// <summary>
/// Writes a town's row from its data and the findings of the evaluation just saved, and reads every town's rows for the overview,
/// kept in memory until any row changes (one small query tells: every stored row's version).
/// </summary>
public sealed class DistrictRows(IDocumentStore store, TownDirectory directory, DatabaseConnectionSource connections) : ITownEvaluated
{
    private volatile DistrictSnapshot? _cached;

    public async Task EvaluatedAsync(string town, DateTimeOffset now, IReadOnlyList<Finding> findings, CancellationToken ct)
    {
        var profile = await directory.FindAsync(town, ct);
        if (profile is null) return;
        await StoreAsync([await ComputeAsync(profile, now, findings, ct)], ct);
    }

    /// <summary>The row from the town's own data (its tenant) and the findings of an evaluation as of <paramref name="now"/>.</summary>
    public async Task<DistrictOverviewRow> ComputeAsync(TownProfile town, DateTimeOffset now, IReadOnlyList<Finding> findings, CancellationToken ct)
    {
        var today = now.ToTownDate();
        await using var session = store.QuerySession(town.Id);
        var meetings = await MeetingsOfYear.InAsync(session, today.Year, ct);
        // The board's "已逾期" (Resolution.StatusOf): not done and past its due day.
        var resolutionsOverdue = await session.Query<Resolution>().CountAsync(r => !r.IsDone && r.DueOn < today, ct);
        var severities = await session.Query<ComplianceAlert>().Where(a => a.IsOpen).Select(a => a.Severity).ToListAsync(ct);
        return new DistrictOverviewRow
        {
            Id = town.Id, Shape = DistrictOverviewRow.CurrentShape, TownName = town.TownName, Year = today.Year,
            MeetingStarts = meetings.Where(m => !m.Cancelled).Select(m => m.StartsAt).Order().ToList(),
            Issued = meetings.Count(m => m.Issued),
            ResolutionsOverdue = resolutionsOverdue,
            TrainingOverdue = findings.Count(f => TrainingCadence.IsTraining(f.Rule) && f.Severity == Severity.Breach),
            VillagesWithoutDirector = findings.Count(f => f.Rule == TrainingCadence.Directors.Code),
            ReportsOverdue = findings.Count(f => f.Rule == ReportCadence.Semiannual.Code && f.Severity == Severity.Breach),
            Breach = severities.Count(s => s == Severity.Breach),
            Urgent = severities.Count(s => s == Severity.Urgent),
            Warning = severities.Count(s => s == Severity.Warning),
            Reminder = severities.Count(s => s == Severity.Reminder),
            EvaluatedAt = now
        };
    }

    public async Task StoreAsync(IReadOnlyCollection<DistrictOverviewRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var session = store.LightweightSession();
        session.Store(rows.ToArray());
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The district as the rows last left it: every town's code (the registry) and every stored row, with a stamp that
    /// changes whenever a row is stored or a town added (each store gives a row a new version). One small statement tells
    /// whether the copy in memory is current; only then are the rows read again.
    /// </summary>
    public async Task<DistrictSnapshot> SnapshotAsync(CancellationToken ct)
    {
        await using var command = connections.Reads.CreateCommand(_stampSql ??= StampSql());
        var stamp = (string)(await command.ExecuteScalarAsync(ct))!;
        if (_cached is { } cached && cached.Stamp == stamp) return cached;
        var codes = await directory.CodesAsync(ct);
        await using var session = store.QuerySession();
        // Read with the stamp's snapshot or a later one: a row stored meanwhile changes the stamp, and the next page reads again.
        var rows = (await session.Query<DistrictOverviewRow>().ToListAsync(ct)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return _cached = new DistrictSnapshot(stamp, codes, rows);
    }

    private string? _stampSql;

    private string StampSql()
    {
        string Table(Type type) => store.Options.FindOrResolveDocumentType(type).TableName.QualifiedName;
        return $"select (select count(*) || ':' || coalesce(md5(string_agg(mt_version::text, ',' order by id)), '') from {Table(typeof(DistrictOverviewRow))})" +
               $" || '/' || (select count(*) || ':' || coalesce(md5(string_agg(id, ',' order by id)), '') from {Table(typeof(TownProfile))})";
    }
}
