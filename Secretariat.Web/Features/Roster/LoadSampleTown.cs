
namespace Secretariat.Web.Features.Roster;

/// <summary>
/// Loads the town from its notice in one transaction, the way any town's founding roster comes in: the notice's lists are written
/// into the founding workbook (<see cref="SampleTown.Workbook"/>), read back by <see cref="FoundingWorkbook.Read"/> and decided by
/// <see cref="FoundingImport"/>, with the three bodies established from the notice in the same act. The marker stream's unique id
/// makes a second load (a restart, a second instance) fail as a whole.
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

        var read = FoundingWorkbook.Read(SampleTown.Workbook(), "示例名单.xlsx");
        if (read.Problems.Count > 0) throw new InvalidOperationException(string.Join("\n", read.Problems));
        var establishing = Enum.GetValues<BodyKind>().Select(kind =>
        {
            var established = RosterDecisions.Establish(null, new EstablishBody(kind, SampleTown.BodyName(kind), SampleTown.Basis, SampleTown.EstablishedOn,
                SampleTown.Issuer));
            return established.Event ?? throw new InvalidOperationException(established.Refusal!.Message);
        }).ToList();
        var plan = FoundingImport.PlanEstablishing(read.Sheets, establishing, [], new Dictionary<string, UnitKind>());
        var decided = plan.Decide(null, null);
        if (decided.Refusal is { } refusal) throw new InvalidOperationException(string.Join("\n", plan.Problems.Select(p => p.ToString()).DefaultIfEmpty(refusal.Message)));
        session.Append(decided);
        session.Events.StartStream(RosterNames.SampleTownStreamId, new SampleTownLoaded(SampleTown.Basis, SampleTown.EstablishedOn));
        return CommandResult.Done;
    }
}
