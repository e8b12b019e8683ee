
namespace Secretariat.Web.Features.Training;

public static class TrainingAccess
{
    /// <summary>The work station manages its child directors' training; the office keeps the town's ledgers too.</summary>
    public static bool MayManageTraining(this Actor actor) => actor.Can(Capability.ManageTraining);
}

/// <summary>Reads for the training pages: only the people who served in the period asked about are loaded.</summary>
public sealed class TrainingQueries(IQuerySession session)
{
    public async Task<IReadOnlyList<ChildWorker>> ServingBetweenAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await session.Query<ChildWorker>()
            .Where(w => w.ServesFrom <= to && (w.ServesUntil == null || w.ServesUntil > from))
            .ToListAsync(ct);

    /// <summary>The coverage on a day: who serves then, plus whoever ever served in a village that is vacant then.</summary>
    public async Task<IReadOnlyList<VillageCoverage>> CoverageAsync(DateOnly asOf, CancellationToken ct)
    {
        var villages = await VillagesAsync(ct);
        var workers = (await ServingBetweenAsync(asOf, asOf, ct)).ToList();
        var covered = Coverage.Of(villages, workers, asOf);
        foreach (var vacant in covered.Where(c => !c.IsCovered))
        {
            var unitId = vacant.Village.Id;
            workers.AddRange((await session.Query<ChildWorker>().Where(w => w.UnitIds.Contains(unitId)).ToListAsync(ct))
                .Where(w => workers.All(known => known.Id != w.Id)));
        }
        return covered.All(c => c.IsCovered) ? covered : Coverage.Of(villages, workers, asOf);
    }

    public async Task<IReadOnlyList<MemberUnit>> VillagesAsync(CancellationToken ct) =>
        (await session.Query<MemberUnit>().Where(u => u.Kind == UnitKind.Village || u.Kind == UnitKind.Community).ToListAsync(ct))
        .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();

    public async Task<IReadOnlyList<TrainingSession>> SessionsInYearAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await session.Query<TrainingSession>().Where(s => s.EndOn >= from && s.StartOn <= to)
            .OrderByDescending(s => s.StartOn).ToListAsync(ct);
    }
}

/// <summary>One village/community on a day: its directors, since when it has none, whether item 72's preference is met.</summary>
public sealed record VillageCoverage(MemberUnit Village, IReadOnlyList<ChildWorker> Directors, DateOnly? VacantSince, bool MeetsPreference)
{
    public bool IsCovered => Directors.Count > 0;

    /// <summary>Nobody has recorded yet whether the directors here are female committee members or the federation chair.</summary>
    public bool PreferenceUnknown => IsCovered && !MeetsPreference && Directors.All(d => !d.ProfileRecorded);
}

public static class Coverage
{
    /// <summary>R5 as of a day: every village/community needs at least one active child director.</summary>
    public static IReadOnlyList<VillageCoverage> Of(IReadOnlyList<MemberUnit> villages, IReadOnlyList<ChildWorker> workers, DateOnly asOf) =>
        villages.Select(village =>
        {
            var directors = workers.Where(w => w.AppointmentOn(asOf) is { Duty: ChildWorkerDuty.ChildDirector } a &&
                                               a.PostingOn(asOf).UnitId == village.Id).OrderBy(w => w.Name).ToList();
            DateOnly? vacantSince = null;
            if (directors.Count == 0)
            {
                // The vacancy starts the day the last director there left or moved away.
                vacantSince = workers.SelectMany(w => w.Appointments)
                    .Where(a => a.Duty == ChildWorkerDuty.ChildDirector)
                    .SelectMany(a => a.Postings.Select((p, i) => (p, End: i + 1 < a.Postings.Count ? a.Postings[i + 1].From : a.Until)))
                    .Where(x => x.p.UnitId == village.Id && x.End is { } end && end <= asOf)
                    .Select(x => x.End).Max();
            }
            return new VillageCoverage(village, directors, vacantSince, directors.Any(d => d.MeetsPreference));
        }).ToList();
}
