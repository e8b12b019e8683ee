
namespace Secretariat.Web.Features.Training;

/// <summary>
/// Appoints the sample town's 9 child directors and its child supervisor (附件3-1) as of the notice's date, once: the marker stream's
/// unique id makes a second load fail as a whole. They come from the 儿童主任 sheet of the sample's founding workbook
/// (<see cref="SampleTown.Workbook"/>) through <see cref="ChildWorkerImport"/>, as any town's do. Whether they meet item 72's
/// preference and what qualification they hold are not in the notice, so their profiles stay unrecorded.
/// </summary>
public sealed record LoadSampleChildWorkers;

public static class LoadSampleChildWorkersHandler
{
    public static readonly Guid MarkerStreamId = Guid.Parse("6a1d0002-0000-4000-8000-0000000000ff");

    public static async Task<CommandResult> Handle(LoadSampleChildWorkers _, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(MarkerStreamId, ct) is not null) return CommandResult.Refused("示例儿童主任已经载入。");
        if (await session.Query<ChildWorker>().AnyAsync(ct)) return CommandResult.Refused("已有儿童主任数据，不再载入示例。");
        var read = FoundingWorkbook.Read(SampleTown.Workbook(), "示例名单.xlsx");
        if (read.Problems.Count > 0) throw new InvalidOperationException(string.Join("\n", read.Problems));
        var town = await FoundingTown.LoadAsync(session, ct);
        var people = town.Bodies.Values.OfType<BodyRoster>().SelectMany(b => b.Tenures)
            .GroupBy(t => t.PersonName).ToDictionary(g => g.Key, g => g.First().PersonId);
        var plan = ChildWorkerImport.Plan(read.Sheets.ChildWorkers, [], town.Units.ToDictionary(u => u.Name), people, [], time.Today());
        if (!plan.IsGood) throw new InvalidOperationException(string.Join("\n", plan.Problems));
        session.Append(plan.Decide());
        session.Events.StartStream(MarkerStreamId, new SampleTownLoaded(SampleTown.Basis + " 附件3-1 儿童主任、儿童督导员", SampleTown.EstablishedOn));
        return CommandResult.Done;
    }
}
