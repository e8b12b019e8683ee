using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>What the app's own records say about an item's count, shown beside the reviewer's decision and kept with it.</summary>
public sealed record CheckOutcome(bool Passed, string Text)
{
    public string Recorded => $"{(Passed ? "符合" : "不符合")}：{Text}";
}

/// <summary>The counts of 附件2 the app can check from its records (第12项: two meetings with minutes a year; 第72项: a director in every village).</summary>
public static class RecordChecks
{
    public const int MeetingsPerYear = 2;

    public static async Task<CheckOutcome?> RunAsync(IQuerySession session, Campaign campaign, CampaignItem item, DateOnly today, CancellationToken ct)
    {
        switch (item.Evidence.Check)
        {
            case RecordCheck.MeetingsWithMinutes:
            {
                // 附件2 第12项: “今年研究…2次会议纪要”: the year of the review day (the scheme re-checks every year).
                var year = today.Year;
                var meetings = await session.Query<Meeting>().Where(m => m.Year == year && !m.Cancelled && m.MinutesNumber != null).ToListAsync(ct);
                return MeetingsWithMinutes(year, meetings.Where(m => m.IssuedAt is { } at && at.ToTownDate() <= today)
                    .OrderBy(m => m.Date).Select(m => m.MinutesNumber!).ToList());
            }
            case RecordCheck.DirectorInEveryVillage:
                return DirectorInEveryVillage(today, await new TrainingQueries(session).CoverageAsync(today, ct));
            default:
                return null;
        }
    }

    /// <summary>R3 (附件2 第12项): at least two meetings of the year with issued minutes.</summary>
    public static CheckOutcome MeetingsWithMinutes(int year, IReadOnlyList<string> minutesNumbers) =>
        new(minutesNumbers.Count >= MeetingsPerYear,
            $"{year}年已召开并印发纪要的领导小组会议 {minutesNumbers.Count} 次（至少 {MeetingsPerYear} 次）" +
            (minutesNumbers.Count == 0 ? "" : $"：{string.Join("、", minutesNumbers)}"));

    /// <summary>R5 (附件2 第72项): every village and community has at least one child director on the day.</summary>
    public static CheckOutcome DirectorInEveryVillage(DateOnly day, IReadOnlyList<VillageCoverage> coverage)
    {
        var vacant = coverage.Where(c => !c.IsCovered).Select(c => c.Village.Name).ToList();
        return new(coverage.Count > 0 && vacant.Count == 0,
            $"截至 {day:yyyy-MM-dd}，{coverage.Count} 个村（社区）中 {coverage.Count - vacant.Count} 个已配备儿童主任" +
            (vacant.Count == 0 ? "" : $"；未配备：{string.Join("、", vacant)}"));
    }
}
