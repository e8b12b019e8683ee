using Marten;

namespace Secretariat.Web.Features.Roster;

/// <summary>
/// Seats a person in a body from a date. Users reach it only through an approved member adjustment (R1);
/// the sample load and the approval step send it.
/// </summary>
public sealed record AppointMember(
    BodyKind Body, Guid TenureId, Guid PersonId, string PersonName, RosterRole Role, Guid? UnitId, string? Position,
    DateOnly EffectiveOn, string Basis, Guid? AdjustmentId = null);

public static class AppointMemberHandler
{
    public static async Task<CommandResult> Handle(AppointMember command, IDocumentSession session, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BodyRoster>(RosterNames.BodyId(command.Body), ct);
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        var decision = RosterDecisions.Appoint(stream.Aggregate, command, units.ToDictionary(u => u.Id));
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        stream.AppendOne(decision.Event!);
        return CommandResult.Done;
    }
}
