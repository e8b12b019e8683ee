namespace Secretariat.Web.Features.Suggestions;

/// <summary>
/// The suggestions and their written replies in the station's half-year report (附件2 第62项): received in the period, answered in it
/// (in time or late), and those past their month and still unanswered at its end.
/// </summary>
public sealed class SuggestionReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct) =>
        Sections(await session.Query<Suggestion>().Where(s => s.ReceivedOn <= end).ToListAsync(ct), start, end);

    public static IReadOnlyList<CountedSection> Sections(IReadOnlyList<Suggestion> received, DateOnly start, DateOnly end)
    {
        var answered = received.Where(s => s.AnsweredOn is { } on && on >= start && on <= end).ToList();
        return
        [
            new("suggestions", "建议书面回复",
            [
                new("本期收到", received.Count(s => s.ReceivedOn >= start),
                    string.Join("、", Enum.GetValues<SuggestionSource>().Select(k => (k, n: received.Count(s => s.ReceivedOn >= start && s.Source == k)))
                        .Where(x => x.n > 0).Select(x => $"{x.k.Chinese()} {x.n} 份")) is { Length: > 0 } by ? by : null),
                new("本期书面回复", answered.Count, $"其中按期 {answered.Count(s => s.AnsweredInTime)} 份"),
                new("期末逾期未回复", received.Count(s => s.ReplyDueOn < end && (s.AnsweredOn is not { } on || on > end))),
            ]),
        ];
    }
}
