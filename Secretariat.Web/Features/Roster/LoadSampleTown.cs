
namespace Secretariat.Web.Features.Roster;

/// <summary>
/// Loads the town from its notice in one transaction, through the same decisions and events as users' changes.
/// The marker stream's unique id makes a second load (a restart, a second instance) fail as a whole.
/// </summary>
public sealed record LoadSampleTown;

// Kept explicit: one transaction starts many streams (every unit, every body, the marker), outside the one-stream workflow.
public static class LoadSampleTownHandler
{
    public static async Task<CommandResult> Handle(LoadSampleTown _, IDocumentSession session, CancellationToken ct)
    {
        var marker = await session.Events.FetchStreamStateAsync(RosterNames.SampleTownStreamId, ct);
        if (marker is not null) return CommandResult.Refused("示例数据已经载入，不会重复载入。");
        if (await session.Query<MemberUnit>().AnyAsync(ct))
            return CommandResult.Refused("数据库中已有单位数据，不再载入示例数据。");

        var units = new Dictionary<Guid, MemberUnit>();
        var order = 0;
        foreach (var (name, kind) in SampleTown.Units)
        {
            var decided = RosterDecisions.RegisterUnit(null, units.Values, new RegisterMemberUnit(SampleTown.UnitId(name), name, kind, ++order));
            if (decided.Refusal is { } refusal) throw new InvalidOperationException(refusal.Message);
            units[decided.Event!.UnitId] = MemberUnit.Create(decided.Event);
            session.Events.StartStream<MemberUnit>(decided.Event.UnitId, decided.Event);
        }

        foreach (var kind in Enum.GetValues<BodyKind>())
        {
            var established = RosterDecisions.Establish(null, new EstablishBody(kind, BodyName(kind), SampleTown.Basis, SampleTown.EstablishedOn));
            var body = BodyRoster.Create(established.Event!);
            var events = new List<object> { established.Event! };
            foreach (var seat in SampleTown.SeatsOf(kind))
            {
                var command = new AppointMember(kind, SampleTown.TenureId(kind, seat.Name), SampleTown.PersonId(seat.Name), seat.Name,
                    seat.Role, seat.Unit is null ? null : SampleTown.UnitId(seat.Unit), seat.Position, SampleTown.EstablishedOn,
                    SampleTown.Basis);
                var appointed = RosterDecisions.Appoint(body, command, units);
                if (appointed.Refusal is { } refusal) throw new InvalidOperationException($"{seat.Name}: {refusal.Message}");
                body.Apply(appointed.Event!);
                events.Add(appointed.Event!);
            }
            session.Events.StartStream<BodyRoster>(body.Id, events);
        }

        session.Events.StartStream(RosterNames.SampleTownStreamId, new SampleTownLoaded(SampleTown.Basis, SampleTown.EstablishedOn));
        return CommandResult.Done;
    }

    private static string BodyName(BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => "铜罐驿镇未成年人保护工作领导小组",
        BodyKind.Secretariat => "铜罐驿镇未成年人保护工作领导小组办公室",
        BodyKind.WorkStation => "铜罐驿镇未成年人保护工作站",
        _ => kind.ToString()
    };
}
