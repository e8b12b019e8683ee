namespace Secretariat.Web.Features.Roster;

/// <summary>A body of the town's minor-protection organisation was set up by a document (e.g. 某某府发〔2022〕3号).</summary>
public sealed record BodyEstablished(Guid BodyId, BodyKind Kind, string Name, string Basis, DateOnly EstablishedOn);

/// <summary>A person took a seat in a body from <see cref="EffectiveOn"/>, on the strength of <see cref="Basis"/>.</summary>
public sealed record MemberAppointed(
    Guid TenureId, Guid PersonId, string PersonName, RosterRole Role, Guid? UnitId, string? UnitName, string Position,
    DateOnly EffectiveOn, string Basis, Guid? AdjustmentId = null);

/// <summary>A person left a seat; they are no longer a member from <see cref="EffectiveOn"/> (that day included).</summary>
public sealed record MemberDeparted(Guid TenureId, Guid PersonId, DateOnly EffectiveOn, string Reason, string Basis, Guid? AdjustmentId = null);

/// <summary>A member unit (成员单位), village or community, or an outside organisation, became known to the town.</summary>
public sealed record MemberUnitRegistered(Guid UnitId, string Name, UnitKind Kind, int SortOrder);

/// <summary>Marks the one-time load of the town's sample from the notice.</summary>
public sealed record SampleTownLoaded(string Basis, DateOnly LoadedFor);
