using Marten;

namespace Secretariat.Web.Features.Roster;

/// <summary>Ends a person's seat in a body from a date (that day they are no longer a member).</summary>
public sealed record EndMembership(BodyKind Body, Guid PersonId, DateOnly EffectiveOn, string Reason, string Basis, Guid? AdjustmentId = null);

public static class EndMembershipHandler
{
    public static async Task<CommandResult> Handle(EndMembership command, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BodyRoster>(RosterNames.BodyId(command.Body), ct);
        var decision = RosterDecisions.Depart(stream.Aggregate, command);
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        stream.AppendOne(decision.Event!);
        return CommandResult.Done;
    }
}
