namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// The counts of 附件2 the app checks from its records (第12项: two meetings with minutes a year; 第72项: a director in every village),
/// each contributed by the feature keeping those records (<see cref="IEvidenceRecordCheck"/>) under the name an item's
/// <see cref="EvidenceSpec.Check"/> stores.
/// </summary>
public sealed class RecordChecks(IEnumerable<IEvidenceRecordCheck> checks)
{
    private readonly Dictionary<string, IEvidenceRecordCheck> _byCode = checks.ToDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The item's check as of <paramref name="today"/>, or null when it has none.</summary>
    public async Task<CheckOutcome?> RunAsync(IQuerySession session, Campaign campaign, CampaignItem item, DateOnly today, CancellationToken ct) =>
        item.Evidence.Check != RecordCheck.None && _byCode.TryGetValue(item.Evidence.Check.ToString(), out var check)
            ? await check.RunAsync(session, today, ct)
            : null;

    /// <summary>Whether a check of this name is registered (every <see cref="RecordCheck"/> but None must be).</summary>
    public bool Knows(RecordCheck check) => _byCode.ContainsKey(check.ToString());
}
