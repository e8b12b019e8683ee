
namespace Secretariat.Web.Features.Roster;

public sealed record EstablishBody(BodyKind Kind, string Name, string Basis, DateOnly EstablishedOn)
{
    /// <summary>The body's stream (one fixed id per body): a missing stream is started by the event returned.</summary>
    public Guid BodyRosterId => RosterNames.BodyId(Kind);
}

public static class EstablishBodyHandler
{
    [AggregateHandler]
    public static (CommandResult, Events) Handle(EstablishBody command, BodyRoster? current)
    {
        var decision = RosterDecisions.Establish(current, command);
        return decision.Outcome;
    }
}
