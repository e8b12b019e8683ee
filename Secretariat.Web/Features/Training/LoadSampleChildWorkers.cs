
namespace Secretariat.Web.Features.Training;

/// <summary>
/// Appoints the sample town's 9 child directors and its child supervisor (附件3-1) as of the notice's date, once:
/// the marker stream's unique id makes a second load fail as a whole. Whether they meet item 72's preference and
/// what qualification they hold are not in the notice, so their profiles stay unrecorded.
/// </summary>
public sealed record LoadSampleChildWorkers;

public static class LoadSampleChildWorkersHandler
{
    public static readonly Guid MarkerStreamId = Guid.Parse("6a1d0002-0000-4000-8000-0000000000ff");

    public static async Task<CommandResult> Handle(LoadSampleChildWorkers _, IDocumentSession session, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(MarkerStreamId, ct) is not null) return CommandResult.Refused("示例儿童主任已经载入。");
        if (await session.Query<ChildWorker>().AnyAsync(ct)) return CommandResult.Refused("已有儿童主任数据，不再载入示例。");
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id);
        var appointed = new List<ChildWorker>();
        foreach (var seat in SampleTown.WorkStation.Where(s => s.Role is RosterRole.ChildDirector or RosterRole.ChildSupervisor))
        {
            var duty = seat.Role == RosterRole.ChildDirector ? ChildWorkerDuty.ChildDirector : ChildWorkerDuty.ChildSupervisor;
            var unit = seat.Unit is null ? null : units.GetValueOrDefault(SampleTown.UnitId(seat.Unit));
            var personId = SampleTown.PersonId(seat.Name);
            var decided = ChildWorkerDecisions.Appoint(null, appointed, personId, SampleTown.TenureId(BodyKind.WorkStation, seat.Name), seat.Name,
                duty, unit, SampleTown.EstablishedOn, SampleTown.Basis);
            if (decided.Refusal is { } refusal) throw new InvalidOperationException($"{seat.Name}: {refusal.Message}");
            appointed.Add(ChildWorker.Create(decided.Event!));
            session.Events.StartStream<ChildWorker>(personId, decided.Event!);
        }
        session.Events.StartStream(MarkerStreamId, new SampleTownLoaded(SampleTown.Basis + " 附件3-1 儿童主任、儿童督导员", SampleTown.EstablishedOn));
        return CommandResult.Done;
    }
}
