
namespace Secretariat.Web.Features.Roster;

/// <summary>
/// Seats a person in a body from a date. Users reach it only through an approved member adjustment (R1);
/// the sample load and the approval step send it.
/// </summary>
public sealed record AppointMember(
    BodyKind Body, Guid TenureId, Guid PersonId, string PersonName, RosterRole Role, Guid? UnitId, string? Position,
    DateOnly EffectiveOn, string Basis, Guid? AdjustmentId = null)
{
    /// <summary>The body's stream (one fixed id per body), for the aggregate handler workflow.</summary>
    public Guid BodyRosterId => RosterNames.BodyId(Body);
}

public static class AppointMemberHandler
{
    [AggregateHandler]
    public static async Task<(CommandResult, Events)> Handle(AppointMember command, BodyRoster? body, IDocumentSession session, CancellationToken ct)
    {
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        var decision = RosterDecisions.Appoint(body, command, units.ToDictionary(u => u.Id));
        return decision.Outcome;
    }
}
