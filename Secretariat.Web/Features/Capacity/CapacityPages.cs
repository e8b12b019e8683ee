namespace Secretariat.Web.Features.Capacity;

public sealed record CapacityPageModel(CapacityFacts Facts, IReadOnlyList<CapacityRecord> Ended, bool MayRecord, string? Error, Guid? ErrorRecord);

public static class CapacityPages
{
    public static void MapCapacityPages(this RouteGroupBuilder group) =>
        group.MapGet("", async (HttpContext context, IQuerySession session, CancellationToken ct) =>
            await PageAsync(context, session, null, null, StatusCodes.Status200OK, ct));

    /// <summary>Today's counts against 附件2's standards, the records in place and those ended; after a refused end, its message at its row.</summary>
    public static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, string? error, Guid? errorRecord, int status, CancellationToken ct)
    {
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var facts = await CapacityCadence.FactsAsync(session, today, ct);
        var ended = facts.Records.Where(r => !r.IsActiveOn(today) && r.From <= today).OrderByDescending(r => r.EndedOn).ToList();
        return PageResults.Page<CapacityPage, CapacityPageModel>(context,
            new(facts, ended, context.User.Can(Capability.RecordCapacity), error, errorRecord), status);
    }
}
