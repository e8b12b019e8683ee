
namespace Secretariat.Web.Features.Compliance;

/// <summary>What one evaluation does to one alert stream: start it, or append to it at the version it was read.</summary>
public sealed record AlertChange(Guid AlertId, bool StartsStream, int ExpectedVersion, IAlertEvent Event);

public sealed record AlertChanges(DateOnly On, int Opened, int Escalated, int Eased, int Revised, int Resolved, int Reopened, int Findings)
{
    public int Total => Opened + Escalated + Eased + Revised + Resolved + Reopened;

    public string Chinese =>
        Total == 0 ? $"{On:yyyy-MM-dd} 检查完成：{Findings} 项问题，提醒无变化。"
            : $"{On:yyyy-MM-dd} 检查完成：{Findings} 项问题；新提出 {Opened}，升级 {Escalated}，降级 {Eased}，更新 {Revised}，解除 {Resolved}，再次出现 {Reopened}。";
}

public static class AlertDecisions
{
    public const int MaxNoteLength = 500;

    /// <summary>
    /// Brings the alerts in line with today's findings: a new finding opens (or reopens) its alert, a changed one
    /// escalates, eases or revises it, an open alert without a finding is resolved. The same findings twice change nothing.
    /// </summary>
    public static IReadOnlyList<AlertChange> Reconcile(IReadOnlyCollection<ComplianceAlert> known, IReadOnlyList<Finding> findings, DateOnly today,
        DateTimeOffset now)
    {
        var byKey = known.ToDictionary(a => a.Key, StringComparer.Ordinal);
        var changes = new List<AlertChange>();
        foreach (var finding in findings.DistinctBy(f => f.Key))
        {
            var state = AlertState.Of(finding);
            if (!byKey.TryGetValue(finding.Key, out var alert))
            {
                var id = AlertRank.IdFor(finding.Key);
                changes.Add(new AlertChange(id, true, 0,
                    new AlertOpened(id, finding.Key, finding.Rule, finding.Subject, finding.Period, finding.UnitIds, state, today, now)));
            }
            else if (!alert.IsOpen)
                changes.Add(new AlertChange(alert.Id, false, alert.Version, new AlertReopened(alert.Id, state, today, now)));
            else if (finding.Rank > alert.Rank)
                changes.Add(new AlertChange(alert.Id, false, alert.Version, new AlertEscalated(alert.Id, state, today, now)));
            else if (finding.Rank < alert.Rank)
                changes.Add(new AlertChange(alert.Id, false, alert.Version, new AlertEased(alert.Id, state, today, now)));
            else if (finding.DueOn != alert.DueOn || finding.Explanation != alert.Explanation || finding.Link != alert.Link)
                changes.Add(new AlertChange(alert.Id, false, alert.Version, new AlertRevised(alert.Id, state, today, now)));
        }
        var found = findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(known.Where(a => a.IsOpen && !found.Contains(a.Key))
            .Select(a => new AlertChange(a.Id, false, a.Version, new AlertResolved(a.Id, today, now))));
        return changes;
    }

    public static AlertChanges Summarise(IReadOnlyList<AlertChange> changes, DateOnly today, int findings) => new(today,
        changes.Count(c => c.Event is AlertOpened), changes.Count(c => c.Event is AlertEscalated), changes.Count(c => c.Event is AlertEased),
        changes.Count(c => c.Event is AlertRevised), changes.Count(c => c.Event is AlertResolved), changes.Count(c => c.Event is AlertReopened),
        findings);

    /// <summary>
    /// Who answers for an alert (<see cref="Capability.AnswerAlerts"/>): the office for all; the work station for its own rules; a
    /// liaison for their unit's (the rule says whose it is: <see cref="ComplianceRule.Followers"/>).
    /// </summary>
    public static bool MayAcknowledge(Actor actor, ComplianceAlert alert, ComplianceRule? rule) =>
        Audience.Of(actor, Capability.AnswerAlerts).Sees(alert, rule);

    public const string ChangedMeanwhile = "这条提醒刚刚有了变化，请看过最新情况后再标记。";

    /// <summary>
    /// Acknowledges an open alert; <paramref name="seenVersion"/> is the alert's <see cref="ComplianceAlert.Revision"/> the
    /// person read: refused when the alert itself changed since, never because someone else acknowledged it meanwhile.
    /// </summary>
    public static Decision<AlertAcknowledged> Acknowledge(ComplianceAlert? alert, ComplianceRule? rule, string? note, Actor actor, DateTimeOffset now,
        int? seenVersion = null)
    {
        if (alert is null) return new Refusal("没有这条提醒。");
        if (seenVersion is { } seen && seen != alert.Revision) return new Refusal(ChangedMeanwhile);
        if (!MayAcknowledge(actor, alert, rule)) return new Refusal("这条提醒不由你负责，不能标记已知悉。");
        if (!alert.IsOpen) return new Refusal("这条提醒已解除，无需再标记已知悉。");
        var text = note?.Trim() ?? "";
        if (text.Length == 0) return new Refusal("请写明说明（正在采取的措施或原因）。");
        if (text.Length > MaxNoteLength) return new Refusal($"说明不能超过 {MaxNoteLength} 字。");
        return new AlertAcknowledged(alert.Id, text, new StepBy(actor.UserId, actor.Name, now));
    }
}
