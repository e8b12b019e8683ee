using System.Text;

namespace Secretariat.Web.Features.Adjustments;

/// <summary>A request waiting for the office (待受理) or the approver (待审批), since when, as the rule sees it.</summary>
public sealed record AdjustmentFact(Guid Id, string Number, Guid UnitId, string UnitName, AdjustmentStatus Status, DateOnly WaitingSince);

/// <summary><c>Compliance:AdjustmentWaitDays</c>: a request waiting longer than this for its next step is a warning (default 15).</summary>
public sealed class AdjustmentCadenceOptions
{
    public int AdjustmentWaitDays { get; set; } = 15;

    public static AdjustmentCadenceOptions From(IConfiguration configuration) =>
        configuration.GetSection(CadenceOptions.Section).Get<AdjustmentCadenceOptions>() ?? new AdjustmentCadenceOptions();
}

/// <summary>Member adjustments waiting for the office (待受理) or the approver (待审批) longer than allowed.</summary>
public static class AdjustmentCadence
{
    /// <summary>A liaison answers for their unit's requests; one waiting for its approver is the approver's daily reminder, not an alert notice.</summary>
    public static readonly ComplianceRule Waiting = new("adjustment", "成员调整待办理", "四、组织架构；附件3-1", Reach.OwnUnit, 90)
    {
        Reminded = key => key.EndsWith($":{AdjustmentStatus.PendingApproval}", StringComparison.Ordinal)
    };

    /// <summary>The requests waiting now, from the day they started waiting (earlier waits of a request are seen as they are now).</summary>
    public static async Task<IReadOnlyList<AdjustmentFact>> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var waiting = await session.Query<MemberAdjustment>()
            .Where(a => a.Status == AdjustmentStatus.Submitted || a.Status == AdjustmentStatus.PendingApproval).ToListAsync(ct);
        var unitNames = waiting.Count == 0 ? new Dictionary<Guid, string>()
            : (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        return waiting
            .Select(a => new AdjustmentFact(a.Id, a.Number, a.Proposal.UnitId, unitNames.GetValueOrDefault(a.Proposal.UnitId, ""), a.Status,
                a.WaitingSince ?? a.FiledBy.At.ToTownDate()))
            .Where(a => a.WaitingSince <= asOf)
            .ToList();
    }

    public static IEnumerable<Finding> Waited(DateOnly asOf, IEnumerable<AdjustmentFact> adjustments, CadenceOptions cadence, int waitDays) =>
        adjustments
            .Where(a => a.Status is AdjustmentStatus.Submitted or AdjustmentStatus.PendingApproval)
            .Where(a => asOf.DayNumber - a.WaitingSince.DayNumber > waitDays && cadence.Checks(a.WaitingSince))
            .Select(a => new Finding($"{Waiting.Code}:{a.Id}:{a.Status}", Waiting.Code, $"{a.Number}（{a.UnitName}）",
                a.Status.Chinese(), Severity.Warning, null, a.WaitingSince.AddDays(waitDays),
                $"自 {a.WaitingSince:yyyy-MM-dd} 起{a.Status.Chinese()}，超过 {waitDays} 天未{(a.Status == AdjustmentStatus.Submitted ? "受理" : "审批")}",
                $"/adjustments/{a.Id}", [a.UnitId]));
}

/// <summary>The adjustments' rule in the compliance engine (registered by <see cref="AdjustmentsModule"/>).</summary>
public sealed class AdjustmentComplianceRules(AdjustmentCadenceOptions options) : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [AdjustmentCadence.Waiting];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        AdjustmentCadence.Waited(asOf, await AdjustmentCadence.FactsAsync(session, asOf, ct), cadence, options.AdjustmentWaitDays).ToList();
}

/// <summary>
/// A request waiting for its approver (待审批) longer than the town's 通知设置: the 组长 (leading group) or the 站长 of the day (work
/// station), as <see cref="AdjustmentDecisions.IsApprover"/> decides. The engine's rule with the notices' own threshold (the
/// dashboard's alert comes later, after <see cref="AdjustmentCadenceOptions.AdjustmentWaitDays"/>). Once per wait: a request returned
/// and accepted again waits anew (its version moved on).
/// </summary>
public sealed class AdjustmentReminders : IDueReminders
{
    public async Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct)
    {
        var facts = (await AdjustmentCadence.FactsAsync(session, today, ct))
            .Where(a => a.Status == AdjustmentStatus.PendingApproval)
            .Where(a => AdjustmentCadence.Waited(today, [a], cadence, notices.AdjustmentWaitingDays).Any())
            .ToList();
        if (facts.Count == 0) return [];
        var documents = (await session.LoadManyAsync<MemberAdjustment>(ct, facts.Select(a => a.Id).ToArray())).ToDictionary(a => a.Id);
        BodyRoster? station = null;
        if (documents.Values.Any(a => a.Proposal.Body == BodyKind.WorkStation))
            station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        var recipients = await notices.RecipientsAsync(ct);
        var reminders = new List<DueReminder>();
        foreach (var fact in facts)
        {
            if (!documents.TryGetValue(fact.Id, out var a) || a.Status != AdjustmentStatus.PendingApproval) continue;
            var approvers = a.Proposal.Body == BodyKind.WorkStation
                ? recipients.People((station?.ActiveOn(today) ?? []).Where(t => t.Role == RosterRole.StationMaster).Select(t => (t.PersonId, t.PersonName)),
                    NoticeKinds.AdjustmentWaiting)
                : recipients.Holding(Capability.ApproveAdjustments, NoticeKinds.AdjustmentWaiting);
            var body = a.Proposal.Body == BodyKind.WorkStation ? "工作站" : "领导小组";
            var text = new StringBuilder($"{fact.UnitName}提交的{body}成员调整申请 {a.Number}（{a.Proposal.Kind.Chinese()}）");
            text.Append($"自 {fact.WaitingSince.ChineseDate()} 起待审批，已超过 {notices.AdjustmentWaitingDays} 天。\n");
            text.Append($"调整理由：{a.Proposal.Reason}\n拟生效日期：{a.Proposal.ProposedEffectiveOn.ChineseDate()}\n请及时审批（批准或驳回）。\n");
            text.AppendLink(notices.Link($"/adjustments/{a.Id}"));
            reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.AdjustmentWaiting, $"adjustment-waiting:{a.Id}:v{a.Version}",
                $"成员调整待审批：{a.Number}（{fact.UnitName}）", text.ToString()), approvers));
        }
        return reminders;
    }
}
