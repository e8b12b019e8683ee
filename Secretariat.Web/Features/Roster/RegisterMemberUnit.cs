using Marten;
using Secretariat.Web.Infrastructure.Messaging;

namespace Secretariat.Web.Features.Roster;

public sealed record RegisterMemberUnit(Guid UnitId, string Name, UnitKind Kind, int SortOrder);

public static class RegisterMemberUnitHandler
{
    public static async Task<CommandResult> Handle(RegisterMemberUnit command, IDocumentSession session, CancellationToken ct)
    {
        var existing = await session.LoadAsync<MemberUnit>(command.UnitId, ct);
        var all = await session.Query<MemberUnit>().ToListAsync(ct);
        var decision = RosterDecisions.RegisterUnit(existing, all, command);
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        session.Events.StartStream<MemberUnit>(command.UnitId, decision.Event!);
        return CommandResult.Done;
    }
}
