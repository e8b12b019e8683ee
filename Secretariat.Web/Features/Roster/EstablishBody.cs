
namespace Secretariat.Web.Features.Roster;

/// <summary>Sets a body up (成立) from its founding document: name, 文号, date, 发文机关; <see cref="By"/> who records it.</summary>
public sealed record EstablishBody(BodyKind Kind, string Name, string Basis, DateOnly EstablishedOn, string? Issuer = null, StepBy? By = null)
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
