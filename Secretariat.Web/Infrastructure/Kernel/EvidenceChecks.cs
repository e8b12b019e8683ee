namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>What the app's own records say about an item's count, shown beside the reviewer's decision and kept with it.</summary>
public sealed record CheckOutcome(bool Passed, string Text)
{
    public string Recorded => $"{(Passed ? "符合" : "不符合")}：{Text}";
}

/// <summary>
/// A count of 附件2 the app checks from its own records (the campaign's 初审 shows it beside the decision), contributed by the
/// feature that keeps those records and registered in its module. <see cref="Code"/> is the name a campaign item's evidence
/// spec stores (e.g. MeetingsWithMinutes).
/// </summary>
public interface IEvidenceRecordCheck
{
    string Code { get; }

    /// <summary>The count as of <paramref name="day"/> in the session's town.</summary>
    Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct);
}
