namespace Secretariat.Web.Features.Activities;

/// <summary>
/// The activities of the period in the station's half-year report (附件3-2 七; 附件2 第25、34、35、63项): how many of each kind,
/// their participants, and how many villages held one.
/// </summary>
public sealed class ActivityReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct) =>
        Sections(await session.Query<Activity>().Where(a => a.HeldOn >= start && a.HeldOn <= end).ToListAsync(ct));

    public static IReadOnlyList<CountedSection> Sections(IReadOnlyList<Activity> held) =>
    [
        new("activities", "宣传与活动（展示墙）",
        [
            .. Enum.GetValues<ActivityKind>().Select(kind => (kind, of: held.Where(a => a.Kind == kind).ToList()))
                .Select(k => new CountedFact(k.kind.Chinese(), k.of.Count, k.of.Count > 0 ? $"参加 {k.of.Sum(a => a.Participants)} 人次" : null)),
            new("合计", held.Count, $"参加 {held.Sum(a => a.Participants)} 人次"),
            new("举办过活动的村（社区）", held.Where(a => a.VillageId is not null).Select(a => a.VillageId).Distinct().Count()),
        ]),
    ];
}
