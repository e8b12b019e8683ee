using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>One unit's evidence for one item as the rules see it on a day (no document: nothing filed).</summary>
public sealed record CampaignCellFact(Guid ItemId, Guid UnitId, EvidenceState State, NegativeAnswer? Answer, DateOnly? ResubmitBy);

/// <summary>An item of a campaign: its label, the units that owe evidence for it, its lead unit, the district's acceptance on the day.</summary>
public sealed record CampaignItemFact(Guid Id, ItemKind Kind, string Label, IReadOnlyList<Guid> UnitIds, Guid? LeadUnitId, AcceptanceState Acceptance,
    DateOnly? RectifyBy);

/// <summary>A campaign as the compliance rules see it on a day: its dates, its items and units, every cell that has evidence.</summary>
public sealed record CampaignFact(Guid Id, string Title, CampaignSchedule Schedule, DateOnly OpenedOn, IReadOnlyList<CampaignItemFact> Items,
    IReadOnlyList<UnitRef> Units, IReadOnlyList<CampaignCellFact> Cells)
{
    public CampaignCellFact? Cell(Guid itemId, Guid unitId) => Cells.FirstOrDefault(c => c.ItemId == itemId && c.UnitId == unitId);

    public string UnitName(Guid unitId) => Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? "";
}

/// <summary>
/// The 示范创建 deadlines (六(二)-(四), 附件2) in the compliance engine: each unit's evidence by the submission deadline (the negative list's
/// zero reports included), the station's 初审 within its window, a returned submission by its new deadline, the district's acceptance by its
/// day (the district's step, the town prepares), a rectification by its day. A due day is checked only from the town's CheckFrom and from
/// the day the campaign was opened here: a campaign loaded after its dates (the notice's 2022 sample) is a record, not a to-do.
/// </summary>
public static class CampaignRules
{
    /// <summary>六(二), 附件2: each unit's evidence by the submission deadline, a returned submission by its new deadline (the station's and the unit's).</summary>
    public static readonly ComplianceRule Submission = new("campaign-submission", "示范创建材料报送", "六（二）；附件2", Reach.Station | Reach.OwnUnit, 110);

    /// <summary>六(三): the station's 初审 within its window.</summary>
    public static readonly ComplianceRule Review = new("campaign-review", "示范创建初审", "六（三）", Reach.Station, 111);

    /// <summary>六(四): the district's acceptance by its deadline (the district's step; the town prepares).</summary>
    public static readonly ComplianceRule Acceptance = new("campaign-acceptance", "示范创建验收", "六（四）", Reach.Station, 112);

    /// <summary>六(四): a rectification the district required, closed by its day (the station's, and the unit leading the item).</summary>
    public static readonly ComplianceRule Rectification = new("campaign-rectification", "示范创建整改", "六（四）", Reach.Station | Reach.OwnUnit, 113);

    /// <summary>The campaigns opened by <paramref name="asOf"/>, their cells and acceptances as they stood at the end of that day.</summary>
    public static async Task<IReadOnlyList<CampaignFact>> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var facts = new List<CampaignFact>();
        foreach (var campaign in await session.Query<Campaign>().ToListAsync(ct))
        {
            if (campaign.OpenedBy.At.ToTownDate() > asOf) continue;
            var evidence = await session.Query<UnitEvidence>().Where(e => e.CampaignId == campaign.Id).ToListAsync(ct);
            var acceptances = await session.Query<ItemAcceptance>().Where(a => a.CampaignId == campaign.Id).ToListAsync(ct);
            facts.Add(Of(campaign, evidence, acceptances, asOf));
        }
        return facts;
    }

    /// <summary>A campaign's facts on a day from its snapshots (versions and reviews made later are not seen).</summary>
    public static CampaignFact Of(Campaign campaign, IReadOnlyList<UnitEvidence> evidence, IReadOnlyList<ItemAcceptance> acceptances, DateOnly asOf)
    {
        var items = campaign.InOrder.Select(item =>
        {
            var (state, rectifyBy) = AcceptanceAsOf(acceptances.FirstOrDefault(a => a.ItemId == item.Id), asOf);
            return new CampaignItemFact(item.Id, item.Kind, item.Label, campaign.UnitsFor(item).Select(u => u.UnitId!.Value).ToList(), item.Lead?.UnitId,
                state, rectifyBy);
        }).ToList();
        var units = campaign.Units.Select(u => new UnitRef(u.UnitId!.Value, u.Name)).ToList();
        var cells = evidence.Select(e => CellAsOf(e, asOf)).OfType<CampaignCellFact>().ToList();
        return new CampaignFact(campaign.Id, campaign.Title, campaign.Schedule, campaign.OpenedBy.At.ToTownDate(), items, units, cells);
    }

    /// <summary>A unit's evidence at the end of a day: its last submission or review by then (none: nothing filed yet).</summary>
    public static CampaignCellFact? CellAsOf(UnitEvidence evidence, DateOnly asOf)
    {
        var versions = evidence.Versions.Where(v => v.By.At.ToTownDate() <= asOf).ToList();
        if (versions.Count == 0) return null;
        var latest = versions[^1];
        var review = evidence.Reviews.LastOrDefault(r => r.By.At.ToTownDate() <= asOf);
        // A review of the latest version seen by then decides; a later version waits for its own review.
        var (state, resubmitBy) = review is not null && review.Version == latest.Number && review.By.At >= latest.By.At
            ? (review.Passed ? EvidenceState.Passed : EvidenceState.Returned, review.Passed ? null : review.ResubmitBy)
            : (EvidenceState.Submitted, (DateOnly?)null);
        return new CampaignCellFact(evidence.ItemId, evidence.UnitId, state, versions.LastOrDefault(v => v.Answer is not null)?.Answer, resubmitBy);
    }

    /// <summary>The district's acceptance of an item at the end of a day, from its steps' dates.</summary>
    public static (AcceptanceState State, DateOnly? RectifyBy) AcceptanceAsOf(ItemAcceptance? acceptance, DateOnly asOf)
    {
        if (acceptance is null || acceptance.Steps.Count == 0 || acceptance.Steps[0].By.At.ToTownDate() > asOf) return (AcceptanceState.Pending, null);
        if (acceptance.State == AcceptanceState.Accepted && acceptance.AcceptedOn <= asOf) return (AcceptanceState.Accepted, acceptance.RectifyBy);
        if (acceptance.RectifyBy is null) return (AcceptanceState.Pending, null);
        return (acceptance.Rectifications.Any(r => r.By.At.ToTownDate() <= asOf) ? AcceptanceState.RectificationReported : AcceptanceState.Rectifying,
            acceptance.RectifyBy);
    }

    /// <summary>Every campaign rule over the campaigns of the day.</summary>
    public static IEnumerable<Finding> CampaignDeadlines(DateOnly asOf, IEnumerable<CampaignFact> campaigns, CadenceOptions options) =>
        campaigns.Where(c => c.OpenedOn <= asOf).SelectMany(c =>
            Submissions(c, asOf, options)
                .Concat(Resubmissions(c, asOf, options))
                .Concat(Reviews(c, asOf, options))
                .Concat(Acceptances(c, asOf, options))
                .Concat(Rectifications(c, asOf, options)));

    /// <summary>A schedule's due day is checked from the town's CheckFrom and from the day the campaign was opened in the town.</summary>
    private static bool Checked(CampaignFact campaign, DateOnly due, CadenceOptions options) =>
        due >= campaign.OpenedOn && (options.CheckFrom is not { } from || due >= from);

    /// <summary>
    /// 六(二): one finding per unit that still owes evidence, the task items it has filed nothing for and the negative-list items it has not
    /// answered (a zero report is an answer; not filed is not): 提醒 within the reminder window before the submission deadline, 紧急 after it.
    /// A returned submission has its own deadline (<see cref="Resubmissions"/>).
    /// </summary>
    public static IEnumerable<Finding> Submissions(CampaignFact campaign, DateOnly asOf, CadenceOptions options)
    {
        var due = campaign.Schedule.SubmissionDue;
        if (!Checked(campaign, due, options)) yield break;
        var window = options.ReminderWindow(due, asOf);
        if (asOf <= due && window is null) yield break;
        foreach (var unit in campaign.Units)
        {
            // An item the district has accepted or put under rectification takes no more submissions.
            var owed = campaign.Items.Where(i => i.Acceptance == AcceptanceState.Pending && i.UnitIds.Contains(unit.Id)).ToList();
            var tasks = owed.Count(i => i.Kind == ItemKind.Task && campaign.Cell(i.Id, unit.Id) is null);
            var negatives = owed.Count(i => i.Kind == ItemKind.Negative && campaign.Cell(i.Id, unit.Id)?.Answer is null);
            var missing = tasks + negatives;
            if (missing == 0) continue;
            var key = $"campaign:{campaign.Id}:unit:{unit.Id}:submission";
            var link = $"/campaigns/{campaign.Id}?unit={unit.Id}";
            if (asOf > due)
                yield return new Finding(key, Submission.Code, unit.Name, campaign.Title, Severity.Urgent, null, due,
                    $"应于 {due:yyyy-MM-dd} 前报送，尚有 {missing} 项未报送{NegativePart(negatives)}", link, [unit.Id]);
            else
                yield return new Finding(key, Submission.Code, unit.Name, campaign.Title, Severity.Reminder, window, due,
                    $"须于 {due:yyyy-MM-dd} 前报送 {missing} 项印证材料{NegativePart(negatives)}", link, [unit.Id]);
        }
    }

    private static string NegativePart(int negatives) => negatives == 0 ? "" : $"（含负面清单零报告 {negatives} 项）";

    /// <summary>六(三): a submission returned for more (退回补充) and not filed again by its new deadline: 紧急 per item and unit.</summary>
    public static IEnumerable<Finding> Resubmissions(CampaignFact campaign, DateOnly asOf, CadenceOptions options)
    {
        foreach (var cell in campaign.Cells.Where(c => c is { State: EvidenceState.Returned, ResubmitBy: { } by } && asOf > by))
        {
            var by = cell.ResubmitBy!.Value;
            if (options.CheckFrom is { } from && by < from) continue;
            if (campaign.Items.FirstOrDefault(i => i.Id == cell.ItemId) is not { Acceptance: AcceptanceState.Pending } item) continue;
            var unit = campaign.UnitName(cell.UnitId);
            yield return new Finding($"campaign:{campaign.Id}:item:{item.Id}:unit:{cell.UnitId}:resubmit", Submission.Code, $"{item.Label}（{unit}）",
                campaign.Title, Severity.Urgent, null, by, $"材料已退回补充，应于 {by:yyyy-MM-dd} 前重新报送，尚未报送",
                $"/campaigns/{campaign.Id}/items/{item.Id}#unit-{cell.UnitId}", [cell.UnitId]);
        }
    }

    /// <summary>
    /// 六(三) 初审: while the review window is open, one 提醒 per campaign while submissions wait for review; 紧急 once the window has closed
    /// with submissions still unreviewed. Only task items are reviewed (a negative-list answer is filed, not reviewed).
    /// </summary>
    public static IEnumerable<Finding> Reviews(CampaignFact campaign, DateOnly asOf, CadenceOptions options)
    {
        var (from, to) = (campaign.Schedule.ReviewFrom, campaign.Schedule.ReviewTo);
        if (asOf < from || !Checked(campaign, to, options)) yield break;
        var tasks = campaign.Items.Where(i => i is { Kind: ItemKind.Task, Acceptance: AcceptanceState.Pending }).Select(i => i.Id).ToHashSet();
        var waiting = campaign.Cells.Count(c => c.State == EvidenceState.Submitted && tasks.Contains(c.ItemId));
        if (waiting == 0) yield break;
        var key = $"campaign:{campaign.Id}:review";
        var link = $"/campaigns/{campaign.Id}?state={CellState.Submitted}";
        if (asOf > to)
            yield return new Finding(key, Review.Code, campaign.Title, $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}", Severity.Urgent, null, to,
                $"初审应于 {to:yyyy-MM-dd} 前完成，尚有 {waiting} 份材料待初审", link, []);
        else
            yield return new Finding(key, Review.Code, campaign.Title, $"{from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}", Severity.Reminder,
                options.ReminderWindow(to, asOf), to, $"初审期间为 {from:yyyy-MM-dd} 至 {to:yyyy-MM-dd}，尚有 {waiting} 份材料待初审", link, []);
    }

    /// <summary>
    /// 六(四) 区验收: the district's step, the town prepares for it: 提醒 within the reminder window before the acceptance deadline while items
    /// are not accepted, 警告 after it. One finding per campaign, the count in its text.
    /// </summary>
    public static IEnumerable<Finding> Acceptances(CampaignFact campaign, DateOnly asOf, CadenceOptions options)
    {
        var due = campaign.Schedule.AcceptanceDue;
        if (!Checked(campaign, due, options)) yield break;
        var open = campaign.Items.Count(i => i.Acceptance != AcceptanceState.Accepted);
        if (open == 0) yield break;
        var key = $"campaign:{campaign.Id}:acceptance";
        var link = $"/campaigns/{campaign.Id}";
        if (asOf > due)
            yield return new Finding(key, Acceptance.Code, campaign.Title, $"{campaign.Schedule.AssessmentYear}年", Severity.Warning, null, due,
                $"区验收应于 {due:yyyy-MM-dd} 前完成，尚有 {open} 项未通过验收", link, []);
        else if (options.ReminderWindow(due, asOf) is { } days)
            yield return new Finding(key, Acceptance.Code, campaign.Title, $"{campaign.Schedule.AssessmentYear}年", Severity.Reminder, days, due,
                $"区验收须于 {due:yyyy-MM-dd} 前完成，尚有 {open} 项未通过验收，请做好迎检准备", link, []);
    }

    /// <summary>A rectification the district required, not closed by its day: 紧急 per item, for the office and the item's lead unit.</summary>
    public static IEnumerable<Finding> Rectifications(CampaignFact campaign, DateOnly asOf, CadenceOptions options)
    {
        foreach (var item in campaign.Items.Where(i => i is { Acceptance: AcceptanceState.Rectifying or AcceptanceState.RectificationReported, RectifyBy: { } }))
        {
            var by = item.RectifyBy!.Value;
            if (asOf <= by || options.CheckFrom is { } from && by < from) continue;
            yield return new Finding($"campaign:{campaign.Id}:item:{item.Id}:rectification", Rectification.Code, $"{item.Label}整改", campaign.Title,
                Severity.Urgent, null, by,
                item.Acceptance == AcceptanceState.Rectifying
                    ? $"整改应于 {by:yyyy-MM-dd} 前完成，尚未报送整改情况"
                    : $"整改应于 {by:yyyy-MM-dd} 前完成；整改情况已报送，区未保办尚未确认",
                $"/campaigns/{campaign.Id}/items/{item.Id}", item.LeadUnitId is { } lead ? [lead] : []);
        }
    }
}

/// <summary>The campaigns' rules in the compliance engine (registered by <see cref="CampaignsModule"/>).</summary>
public sealed class CampaignComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [CampaignRules.Submission, CampaignRules.Review, CampaignRules.Acceptance, CampaignRules.Rectification];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        CampaignRules.CampaignDeadlines(asOf, await CampaignRules.FactsAsync(session, asOf, ct), cadence).ToList();
}
