using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.Children;

/// <summary>Whether a child's visit is overdue, due within <see cref="VisitStatus.SoonDays"/> days, or not yet.</summary>
public enum VisitState
{
    Overdue,
    DueSoon,
    NotDue
}

/// <summary>A child on the registers with its next visit's day under the town's scale.</summary>
public sealed record ChildDue(ChildRecord Child, DateOnly DueOn, VisitState State)
{
    public string StateText => State switch
    {
        VisitState.Overdue => "已逾期",
        VisitState.DueSoon => "即将到期",
        _ => "未到期"
    };
}

public static class VisitStatus
{
    /// <summary>A visit due within this many days is 即将到期 (the director's list and the daily reminder).</summary>
    public const int SoonDays = 7;

    public static ChildDue Of(ChildRecord child, RiskScale scale, DateOnly today)
    {
        var due = scale.NextVisitDue(child);
        return new ChildDue(child, due, due < today ? VisitState.Overdue : due <= today.AddDays(SoonDays) ? VisitState.DueSoon : VisitState.NotDue);
    }
}

/// <summary>One village's line of the counts: children on the registers, by level, with visits overdue.</summary>
public sealed record VillageCounts(Guid VillageId, string VillageName, int Total, int High, int Medium, int Low, int Overdue,
    IReadOnlyDictionary<ChildRegister, int> ByRegister, IReadOnlyDictionary<CaseCategory, int> ByCategory)
{
    public int Level(RiskLevel level) => level switch { RiskLevel.High => High, RiskLevel.Medium => Medium, _ => Low };
}

/// <summary>
/// The town's counts on a day (附件3 五(七): 分级分类): children on the registers by village, register, case category and level, and
/// visits overdue. Counts only: no reference, no name. An erased child is still counted (its record stays).
/// </summary>
public sealed record ChildCounts(DateOnly AsOf, IReadOnlyList<VillageCounts> Villages, int Erased)
{
    public int Total => Villages.Sum(v => v.Total);
    public int Overdue => Villages.Sum(v => v.Overdue);
    public int Level(RiskLevel level) => Villages.Sum(v => v.Level(level));
    public int Register(ChildRegister register) => Villages.Sum(v => v.ByRegister.GetValueOrDefault(register));
    public int Category(CaseCategory category) => Villages.Sum(v => v.ByCategory.GetValueOrDefault(category));

    public static ChildCounts Of(IReadOnlyList<MemberUnit> villages, IReadOnlyList<ChildRecord> children, RiskScale scale, DateOnly asOf)
    {
        var onRegisters = children.Where(c => c.IsOnRegistersOn(asOf)).ToList();
        var lines = villages.Select(v =>
        {
            var here = onRegisters.Where(c => c.VillageId == v.Id).ToList();
            return new VillageCounts(v.Id, v.Name, here.Count, here.Count(c => c.RiskLevel == RiskLevel.High), here.Count(c => c.RiskLevel == RiskLevel.Medium),
                here.Count(c => c.RiskLevel == RiskLevel.Low), here.Count(c => VisitStatus.Of(c, scale, asOf).State == VisitState.Overdue),
                Enum.GetValues<ChildRegister>().ToDictionary(r => r, r => here.Count(c => c.Registers.Contains(r))),
                Enum.GetValues<CaseCategory>().ToDictionary(k => k, k => here.Count(c => c.Categories.Contains(k))));
        }).ToList();
        return new ChildCounts(asOf, lines, onRegisters.Count(c => c.IsErased));
    }
}

/// <summary>Reads of the registers, always within the session's town.</summary>
public sealed class ChildQueries(IQuerySession session)
{
    /// <summary>The children on the registers that day (registered, not yet 18), of one village or all.</summary>
    public async Task<IReadOnlyList<ChildRecord>> OnRegistersAsync(DateOnly day, Guid? villageId, CancellationToken ct)
    {
        var query = session.Query<ChildRecord>().Where(c => c.RegisteredOn <= day && c.AdultOn > day);
        if (villageId is { } village) query = query.Where(c => c.VillageId == village);
        return (await query.ToListAsync(ct)).OrderBy(c => c.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every record, on the registers or no longer (the ledger and the retention run read them all).</summary>
    public async Task<IReadOnlyList<ChildRecord>> AllAsync(CancellationToken ct) => await session.Query<ChildRecord>().ToListAsync(ct);

    public Task<IReadOnlyList<MemberUnit>> VillagesAsync(CancellationToken ct) => new TrainingQueries(session).VillagesAsync(ct);

    /// <summary>Each village's child directors in office that day (the responsible director is one of them).</summary>
    public async Task<IReadOnlyList<DirectorOption>> DirectorsAsync(DateOnly day, CancellationToken ct) =>
        (await new TrainingQueries(session).ServingBetweenAsync(day, day, ct))
        .Select(w => (Worker: w, Appointment: w.AppointmentOn(day)))
        .Where(x => x.Appointment is { Duty: ChildWorkerDuty.ChildDirector } && x.Appointment.PostingOn(day).UnitId is not null)
        .Select(x => new DirectorOption(x.Worker.Id, x.Worker.Name, x.Appointment!.PostingOn(day).UnitId!.Value))
        .OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    public async Task<ChildCounts> CountsAsync(DateOnly day, CancellationToken ct) =>
        ChildCounts.Of(await VillagesAsync(ct), await OnRegistersAsync(day, null, ct), await RiskScale.LoadAsync(session, ct), day);
}
