
namespace Secretariat.Web.Features.Adjustments;

/// <summary>What a request asks for: the whole proposal, as filed or as amended after a return.</summary>
public sealed record AdjustmentProposal(
    BodyKind Body,
    AdjustmentKind Kind,
    Guid UnitId,
    Guid? MemberPersonId,
    string? NewPersonName,
    RosterRole? NewRole,
    string? NewPosition,
    string Reason,
    DateOnly ProposedEffectiveOn);

public sealed record AdjustmentFiled(Guid AdjustmentId, string Number, AdjustmentProposal Proposal, StepBy By)
{
    /// <summary>The attached document, if the unit attached one.</summary>
    public Guid? AttachmentId { get; init; }
    public string? AttachmentName { get; init; }
}

public sealed record AdjustmentAmended(Guid AdjustmentId, AdjustmentProposal Proposal, StepBy By);

public sealed record AdjustmentAcceptedForApproval(Guid AdjustmentId, string? Comment, StepBy By);

public sealed record AdjustmentReturned(Guid AdjustmentId, string Comment, StepBy By);

public sealed record AdjustmentWithdrawn(Guid AdjustmentId, string? Reason, StepBy By);

public sealed record AdjustmentApproved(Guid AdjustmentId, DateOnly EffectiveOn, string? Comment, StepBy By);

public sealed record AdjustmentRejected(Guid AdjustmentId, string Comment, StepBy By);
