namespace Secretariat.Web.Features.Roster;

/// <summary>
/// A body of the town's minor-protection organisation was set up (成立) by a document: its 文号 (e.g. 某某府发〔2022〕3号), the
/// document's date, and its 发文机关; <see cref="By"/> is who recorded it (null for the first start's sample and events from before).
/// </summary>
public sealed record BodyEstablished(Guid BodyId, BodyKind Kind, string Name, string Basis, DateOnly EstablishedOn, string? Issuer = null,
    StepBy? By = null);

/// <summary>
/// The body's founding roster (成立时名单) was brought in as one act from a sheet, effective on the founding document's date: the
/// <see cref="MemberAppointed"/> events of its <see cref="Members"/> seats follow it on the body's stream.
/// </summary>
public sealed record FoundingRosterImported(Guid BodyId, string Basis, DateOnly EffectiveOn, int Members, string? FileName, StepBy? By);

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
