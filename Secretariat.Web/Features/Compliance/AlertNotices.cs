using System.Text;
using JasperFx.Core;
using JasperFx.Events;
using Marten.Events;
using Marten.Services;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// A compliance alert opened, escalated or reopened reaches the people who see it on the dashboard
/// (<see cref="Audience"/>: the office and the leaders everything, the station its rules, a liaison their unit's).
///
/// Which alerts make a notice, so that nobody is flooded and nothing comes twice:
/// <list type="bullet">
/// <item>提醒 never: a reminder is the daily reminders' business (resolutions, training, reports) or the dashboard's.</item>
/// <item>The alerts a rule's feature already reminds of (<see cref="ComplianceRule.Reminded"/>) send no alert notice: 议定事项 (due in 7
/// days, overdue) and the station's 半年汇报 (due in 14 days, overdue) in every state; a request waiting for its approver (待审批).</item>
/// <item>警告, 紧急 and 违规 of every other rule do: overdue training, a village without a child director, the meeting
/// cadence, minutes not issued, a request the office has not accepted (待受理), the district's instructions, the campaign.</item>
/// <item>A town's first evaluation is its baseline and sends nothing: it opens every condition of the town's past at once
/// (the sample town: dozens), all of which the dashboard shows. From the second evaluation on, what opens is news.</item>
/// </list>
/// Each notice's key is the alert event's id: once per event and person, however the event arrives.
/// </summary>
public static class AlertNotices
{
    public static bool Notifies(ComplianceRule? rule, string key, Severity severity) =>
        severity >= Severity.Warning && rule?.Reminded?.Invoke(key) != true;

    public static async Task<OutgoingMessages> NotifyAsync(IDocumentSession session, IEvent e, INotices notices, ComplianceEngine engine,
        CancellationToken ct)
    {
        var (alertId, state, heading) = e.Data switch
        {
            AlertOpened o => (o.AlertId, o.State, "新提出"),
            AlertEscalated x => (x.AlertId, x.State, "升级"),
            AlertReopened r => (r.AlertId, r.State, "再次出现"),
            _ => (Guid.Empty, null, "")
        };
        if (state is null) return [];
        if (await notices.OpenAsync(session, ct) is not { } town) return [];
        var alert = await session.LoadAsync<ComplianceAlert>(alertId, ct);
        // Resolved meanwhile (a late delivery): the dashboard no longer shows it either.
        if (alert is not { IsOpen: true } || !Notifies(engine.Rule(alert.Rule), alert.Key, state.Severity)) return [];
        if (e.Data is AlertOpened && await IsBaselineAsync(session, e, ct)) return [];

        var recipients = (await town.RecipientsAsync(ct)).Where(actor => engine.Sees(Audience.Of(actor), alert), NoticeKinds.Alert);
        var severity = SeverityNames.Chinese(state.Severity, state.ReminderDays);
        var rule = engine.Name(alert.Rule);
        var text = new StringBuilder($"合规预警（{severity}，{heading}）：{rule}\n");
        text.Append($"对象：{alert.Subject}{(alert.Period.Length > 0 ? $"（{alert.Period}）" : "")}\n");
        text.Append(state.Explanation.InProse()).Append('\n');
        if (state.DueOn is { } due) text.Append($"期限：{due.ChineseDate()}\n");
        text.Append("请在系统中查看并标记已知悉，写明正在采取的措施。\n");
        text.AppendLink(town.Link($"/compliance/alerts/{alert.Id}"));
        var draft = new NoticeDraft(NoticeKinds.Alert, $"alert:{e.Id}", $"合规预警（{severity}）：{rule}：{alert.Subject}", text.ToString());
        return await town.QueueAsync(draft, recipients, ct);
    }

    /// <summary>
    /// The alert was opened by the town's first evaluation: the first alert the town ever had was opened in the same save,
    /// which stamps each of its events with one instant.
    /// </summary>
    private static async Task<bool> IsBaselineAsync(IDocumentSession session, IEvent e, CancellationToken ct)
    {
        var first = await session.Events.QueryAllRawEvents().Where(x => x.EventTypesAre(typeof(AlertOpened)))
            .OrderBy(x => x.Sequence).FirstOrDefaultAsync(ct);
        return first?.Data is AlertOpened baseline && baseline.At == ((AlertOpened)e.Data).At;
    }
}

/// <summary>The alert events, forwarded by Wolverine after the compliance run's transaction (its session is outboxed).</summary>
public static class AlertNoticesHandler
{
    public static void Configure(HandlerChain chain) =>
        chain.OnException<JasperFx.DocumentAlreadyExistsException>()
            .RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds(), 500.Milliseconds(), 1.Seconds());

    public static Task<OutgoingMessages> Handle(IEvent<AlertOpened> e, IDocumentSession session, INotices notices, ComplianceEngine engine,
        CancellationToken ct) => AlertNotices.NotifyAsync(session, e, notices, engine, ct);

    public static Task<OutgoingMessages> Handle(IEvent<AlertEscalated> e, IDocumentSession session, INotices notices, ComplianceEngine engine,
        CancellationToken ct) => AlertNotices.NotifyAsync(session, e, notices, engine, ct);

    public static Task<OutgoingMessages> Handle(IEvent<AlertReopened> e, IDocumentSession session, INotices notices, ComplianceEngine engine,
        CancellationToken ct) => AlertNotices.NotifyAsync(session, e, notices, engine, ct);
}
