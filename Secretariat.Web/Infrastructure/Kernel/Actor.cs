namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>The signed-in user a decision is taken for.</summary>
public sealed record Actor(Guid UserId, string Name, IReadOnlyCollection<string> Roles, Guid? UnitId, Guid? PersonId)
{
    /// <summary>How far the actor's roles reach for a capability (<see cref="Permissions.Table"/>).</summary>
    public Reach ReachOf(Capability capability) => Permissions.ReachOf(Roles, capability);

    public bool Can(Capability capability) => ReachOf(capability) != Reach.None;

    /// <summary>The capability over everything of its kind, not only the own unit's or the station's.</summary>
    public bool CanForAll(Capability capability) => ReachOf(capability).HasFlag(Reach.All);

    /// <summary>The capability for a record of a unit: every unit's, or this unit being the actor's own.</summary>
    public bool CanFor(Capability capability, Guid? unitId)
    {
        var reach = ReachOf(capability);
        return reach.HasFlag(Reach.All) || (reach.HasFlag(Reach.OwnUnit) && UnitId is { } own && own == unitId);
    }

    /// <summary>The actor holds the capability for this unit as its own unit (a liaison acting for their unit, not the office on its behalf).</summary>
    public bool ActsForOwnUnit(Capability capability, Guid unitId) => ReachOf(capability).HasFlag(Reach.OwnUnit) && UnitId == unitId;

    /// <summary>The capability for a record concerning several units: for every unit, or one of them is the actor's own.</summary>
    public bool CanForAny(Capability capability, IEnumerable<Guid> unitIds)
    {
        var reach = ReachOf(capability);
        return reach.HasFlag(Reach.All) || (reach.HasFlag(Reach.OwnUnit) && UnitId is { } own && unitIds.Contains(own));
    }
}

/// <summary>Who did a step, as recorded on it.</summary>
public sealed record StepBy(Guid UserId, string Name, DateTimeOffset At)
{
    public static StepBy Of(Actor actor, DateTimeOffset at) => new(actor.UserId, actor.Name, at);
}
