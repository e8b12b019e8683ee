
namespace Secretariat.Web.Features.Roster;

/// <summary>Ends a person's seat in a body from a date (that day they are no longer a member).</summary>
public sealed record EndMembership(BodyKind Body, Guid PersonId, DateOnly EffectiveOn, string Reason, string Basis, Guid? AdjustmentId = null)
{
    /// <summary>The body's stream (one fixed id per body), for the aggregate handler workflow.</summary>
    public Guid BodyRosterId => RosterNames.BodyId(Body);
}

public static class EndMembershipHandler
{
    [AggregateHandler]
    public static (CommandResult, Events) Handle(EndMembership command, BodyRoster? body)
    {
        var decision = RosterDecisions.Depart(body, command);
        return decision.Outcome;
    }
}
