using Marten;

namespace Secretariat.Web.Features.Roster;

public sealed record EstablishBody(BodyKind Kind, string Name, string Basis, DateOnly EstablishedOn);

public static class EstablishBodyHandler
{
    public static async Task<CommandResult> Handle(EstablishBody command, IDocumentSession session, CancellationToken ct)
    {
        var id = RosterNames.BodyId(command.Kind);
        var current = await session.Events.FetchLatest<BodyRoster>(id, ct);
        var decision = RosterDecisions.Establish(current, command);
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        session.Events.StartStream<BodyRoster>(id, decision.Event!);
        return CommandResult.Done;
    }
}
