namespace Secretariat.Web.Features.Capacity;

/// <summary>The social forces at the period's end in the station's half-year report (附件2 第69、71、74项).</summary>
public sealed class CapacityReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct) =>
        Sections(await session.Query<CapacityRecord>().Where(r => r.From <= end).ToListAsync(ct), end);

    public static IReadOnlyList<CountedSection> Sections(IReadOnlyList<CapacityRecord> records, DateOnly end)
    {
        var active = records.Where(r => r.IsActiveOn(end)).ToList();
        return
        [
            new("capacity", "社会力量（期末）",
            [
                .. Enum.GetValues<CapacityKind>().Select(k => new CountedFact(k.Chinese(), active.Count(r => r.Kind == k),
                    k == CapacityKind.VolunteerTeam ? $"覆盖 {active.Where(r => r.Kind == k && r.VillageId is not null).Select(r => r.VillageId).Distinct().Count()} 个村（社区）" : null)),
            ]),
        ];
    }
}
