namespace Secretariat.Web.Features.Roster;

/// <summary>One seat held by one person in one body, from a date until (not including) another.</summary>
public sealed record Tenure(
    Guid Id, Guid PersonId, string PersonName, RosterRole Role, Guid? UnitId, string? UnitName, string Position,
    DateOnly From, DateOnly? Until, string Basis, string? EndReason, string? EndBasis)
{
    /// <summary>The approved member adjustment that started this seat, if one did.</summary>
    public Guid? AppointedByAdjustment { get; init; }

    /// <summary>The approved member adjustment that ended this seat, if one did.</summary>
    public Guid? EndedByAdjustment { get; init; }

    public bool IsActiveOn(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>
/// A body (leading group, its office, the work station) and every seat it ever had. It is both the aggregate
/// the roster decisions read and the inline snapshot the pages read, so a roster as of any date is one load.
/// </summary>
public sealed class BodyRoster
{
    public Guid Id { get; set; }
    public BodyKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Basis { get; set; } = "";
    public DateOnly EstablishedOn { get; set; }

    /// <summary>The founding document's 发文机关 (null for bodies established before it was recorded).</summary>
    public string? Issuer { get; set; }

    /// <summary>Who recorded the establishment, and when (null: the first start, or before it was recorded).</summary>
    public StepBy? EstablishedBy { get; set; }

    /// <summary>The founding roster brought in from a sheet, if it came that way.</summary>
    public FoundingRosterImported? Founding { get; set; }

    public List<Tenure> Tenures { get; set; } = [];

    public static BodyRoster Create(BodyEstablished e) => new()
    {
        Id = e.BodyId, Kind = e.Kind, Name = e.Name, Basis = e.Basis, EstablishedOn = e.EstablishedOn, Issuer = e.Issuer, EstablishedBy = e.By
    };

    public void Apply(FoundingRosterImported e) => Founding = e;

    /// <summary>A copy a decision may add seats to while it checks several (the loaded aggregate is never changed).</summary>
    public BodyRoster Copy() => new()
    {
        Id = Id, Kind = Kind, Name = Name, Basis = Basis, EstablishedOn = EstablishedOn, Issuer = Issuer, EstablishedBy = EstablishedBy,
        Founding = Founding, Tenures = [.. Tenures]
    };

    public void Apply(MemberAppointed e) =>
        Tenures.Add(new Tenure(e.TenureId, e.PersonId, e.PersonName, e.Role, e.UnitId, e.UnitName, e.Position, e.EffectiveOn, null,
            e.Basis, null, null) { AppointedByAdjustment = e.AdjustmentId });

    public void Apply(MemberDeparted e)
    {
        var index = Tenures.FindIndex(t => t.Id == e.TenureId);
        if (index >= 0) Tenures[index] = Tenures[index] with
        {
            Until = e.EffectiveOn, EndReason = e.Reason, EndBasis = e.Basis, EndedByAdjustment = e.AdjustmentId
        };
    }

    public IEnumerable<Tenure> ActiveOn(DateOnly date) => Tenures.Where(t => t.IsActiveOn(date));

    /// <summary>
    /// The account acts in the 站长's seat on a day: its roles may (<see cref="Capability.ActAsStationMaster"/>) and its roster
    /// person holds the seat in this (the work station's) roster that day. The station's changes and reports need it.
    /// </summary>
    public bool IsStationMaster(Actor actor, DateOnly on) =>
        actor.Can(Capability.ActAsStationMaster) && actor.PersonId is { } person &&
        ActiveOn(on).Any(t => t.Role == RosterRole.StationMaster && t.PersonId == person);
}
