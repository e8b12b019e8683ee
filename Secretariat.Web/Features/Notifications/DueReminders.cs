using System.Text;
using Hangfire;
using JasperFx.Core;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Compliance;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Secretariat.Web.Features.Notifications;

/// <summary>The day's reminders of one town (what the daily job sends for each town), as of <paramref name="Today"/> on the town's calendar.</summary>
public sealed record SendDueReminders(DateOnly Today);

/// <summary>The daily run: every town of the registry, each for itself.</summary>
public sealed record SendDueRemindersInEveryTown;

/// <summary>One reminder addressed: the notice and who it is for.</summary>
public sealed record DueReminder(NoticeDraft Draft, IReadOnlyList<Recipient> Recipients);

/// <summary>
/// The daily reminders (议定事项到期/逾期, 成员调整待审批, 培训期限, 半年汇报). Every date comes from the facts and rules the
/// compliance engine uses (<see cref="ComplianceQueries"/>, <see cref="ComplianceRules"/>): a reminder goes only while the
/// engine has a finding for its subject, and its windows are the notices' own. Each reminder's event key names its
/// subject, its due date and its window, so it goes once whatever how often (or on how many hosts) the job runs, and a
/// new due date (an extension) is reminded again.
/// </summary>
public static class DueReminders
{
    /// <summary>A resolution is reminded once this many days before its due date, and once when it is overdue.</summary>
    public const int ResolutionDueDays = 7;

    /// <summary>The station hears of its half-year report this many days before the due date, and once when overdue.</summary>
    public const int ReportDueDays = 14;

    public const string CronKey = "Notifications:RemindersCron";

    /// <summary>07:30 on the Asia/Shanghai clock: after the compliance run of 07:00, before the working day.</summary>
    public const string DefaultCron = "30 7 * * *";

    public static IServiceCollection AddDueReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new DueReminderSchedule.Options(configuration[CronKey] is { Length: > 0 } cron ? cron : DefaultCron));
        services.AddHostedService<DueReminderSchedule>();
        return services;
    }

    public static async Task<IReadOnlyList<DueReminder>> DueAsync(IDocumentSession session, ComplianceOptions compliance,
        NotificationSettings settings, NotificationOptions options, DateOnly today, CancellationToken ct)
    {
        var rules = await compliance.ForTownAsync(session, ct);
        var facts = await new ComplianceQueries(session, rules).FactsAsync(today, ct);
        var accounts = await TownRecipients.AccountsAsync(session, ct);
        var town = session.TenantId;
        var reminders = new List<DueReminder>();
        reminders.AddRange(await ResolutionsAsync(session, facts, rules, accounts, options, town, today, ct));
        reminders.AddRange(await AdjustmentsAsync(session, facts, rules, settings, accounts, options, town, today, ct));
        reminders.AddRange(Training(facts, rules, accounts, options, town));
        reminders.AddRange(Reports(facts, rules, accounts, options, town, today));
        return reminders;
    }

    /// <summary>Issued, not done, not carried over to another meeting: 7 days before its due date, and once overdue.</summary>
    private static async Task<IEnumerable<DueReminder>> ResolutionsAsync(IDocumentSession session, ComplianceFacts facts, ComplianceOptions rules,
        IReadOnlyList<TownAccount> accounts, NotificationOptions options, string town, DateOnly today, CancellationToken ct)
    {
        var open = facts.Resolutions
            .Where(r => ComplianceRules.ResolutionsDue(facts with { Resolutions = [r] }, rules).Any())
            .Where(r => r.DueOn < today || r.DueOn.DayNumber - today.DayNumber <= ResolutionDueDays)
            .ToList();
        if (open.Count == 0) return [];
        var documents = (await session.LoadManyAsync<Meetings.Resolution>(ct, open.Select(r => r.Id).ToArray())).ToDictionary(r => r.Id);
        var reminders = new List<DueReminder>();
        foreach (var fact in open)
        {
            if (!documents.TryGetValue(fact.Id, out var r) || r.IsDone || r.CarriedToMeetingId is not null) continue;
            var overdue = today > r.DueOn;
            var key = overdue ? $"resolution-overdue:{r.Id}:{r.DueOn:yyyy-MM-dd}" : $"resolution-due:{r.Id}:{r.DueOn:yyyy-MM-dd}";
            var subject = overdue ? $"议定事项已逾期：{Shorten(r.Text)}" : $"议定事项{ResolutionDueDays}日内到期：{Shorten(r.Text)}";
            var text = new StringBuilder($"{r.MinutesNumber}（{r.MeetingTitle}）第{r.Order}项议定事项{(r.IsMajor ? "（重大事项）" : "")}：\n{r.Text}\n");
            text.Append($"牵头单位：{r.LeadUnit.Name}");
            if (r.ResponsibleUnits.Count > 0) text.Append($"；责任单位：{string.Join("、", r.ResponsibleUnits.Select(u => u.Name))}");
            text.Append('\n');
            var days = Math.Abs(r.DueOn.DayNumber - today.DayNumber);
            text.Append(overdue ? $"办结期限：{r.DueOn.ChineseDate()}，已逾期 {days} 天。请尽快办结，并在系统中填报落实情况；确需延期的请向领导小组办公室说明。\n"
                : $"办结期限：{r.DueOn.ChineseDate()}（还有 {days} 天）。请抓紧落实，并在系统中填报落实情况。\n");
            Link(text, options.Link(town, $"/resolutions/{r.Id}"));
            reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.ResolutionDue, key, subject, text.ToString()),
                accounts.UnitLiaisons(r.ResponsibleUnits.Prepend(r.LeadUnit), NoticeKinds.ResolutionDue)));
        }
        return reminders;
    }

    /// <summary>
    /// A request waiting for its approver (待审批) longer than the town's setting: the 组长 (leading group) or the
    /// 站长 of the day (work station), as <see cref="AdjustmentDecisions.IsApprover"/> decides. Once per wait: a request
    /// returned and accepted again waits anew (its version moved on).
    /// </summary>
    private static async Task<IEnumerable<DueReminder>> AdjustmentsAsync(IDocumentSession session, ComplianceFacts facts, ComplianceOptions rules,
        NotificationSettings settings, IReadOnlyList<TownAccount> accounts, NotificationOptions options, string town, DateOnly today,
        CancellationToken ct)
    {
        // The engine's rule with the notices' own threshold (the dashboard's alert comes later, after ComplianceOptions.AdjustmentWaitDays).
        var threshold = new ComplianceOptions { AdjustmentWaitDays = settings.AdjustmentWaitingDays, CheckFrom = rules.CheckFrom };
        var waiting = facts.Adjustments
            .Where(a => a.Status == AdjustmentStatus.PendingApproval)
            .Where(a => ComplianceRules.AdjustmentsWaiting(facts with { Adjustments = [a] }, threshold).Any())
            .ToList();
        if (waiting.Count == 0) return [];
        var documents = (await session.LoadManyAsync<MemberAdjustment>(ct, waiting.Select(a => a.Id).ToArray())).ToDictionary(a => a.Id);
        BodyRoster? station = null;
        if (documents.Values.Any(a => a.Proposal.Body == BodyKind.WorkStation))
            station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        var reminders = new List<DueReminder>();
        foreach (var fact in waiting)
        {
            if (!documents.TryGetValue(fact.Id, out var a) || a.Status != AdjustmentStatus.PendingApproval) continue;
            var approvers = a.Proposal.Body == BodyKind.WorkStation
                ? accounts.People((station?.ActiveOn(today) ?? []).Where(t => t.Role == RosterRole.StationMaster).Select(t => (t.PersonId, t.PersonName)),
                    NoticeKinds.AdjustmentWaiting)
                : accounts.Holding(Capability.ApproveAdjustments, NoticeKinds.AdjustmentWaiting);
            var body = a.Proposal.Body == BodyKind.WorkStation ? "工作站" : "领导小组";
            var text = new StringBuilder($"{fact.UnitName}提交的{body}成员调整申请 {a.Number}（{a.Proposal.Kind.Chinese()}）");
            text.Append($"自 {fact.WaitingSince.ChineseDate()} 起待审批，已超过 {settings.AdjustmentWaitingDays} 天。\n");
            text.Append($"调整理由：{a.Proposal.Reason}\n拟生效日期：{a.Proposal.ProposedEffectiveOn.ChineseDate()}\n请及时审批（批准或驳回）。\n");
            Link(text, options.Link(town, $"/adjustments/{a.Id}"));
            reminders.Add(new DueReminder(new NoticeDraft(NoticeKinds.AdjustmentWaiting, $"adjustment-waiting:{a.Id}:v{a.Version}",
                $"成员调整待审批：{a.Number}（{fact.UnitName}）", text.ToString()), approvers));
        }
        return reminders;
    }

    /// <summary>
    /// The engine's training 提醒 (R6: onboarding within three months, the year's rotation by 31 December), in its
    /// reminder windows (30 and 7 days by default): once per person, deadline and window. Overdue training is a 违规
    /// alert, which <see cref="AlertNotices"/> sends.
    /// </summary>
    private static IEnumerable<DueReminder> Training(ComplianceFacts facts, ComplianceOptions rules, IReadOnlyList<TownAccount> accounts,
        NotificationOptions options, string town)
    {
        foreach (var worker in facts.ChildWorkers)
            foreach (var finding in ComplianceRules.Training(facts with { ChildWorkers = [worker] }, rules)
                         .Where(f => f.Severity == Severity.Reminder && f.ReminderDays is not null && f.DueOn is not null))
            {
                var what = finding.Rule == Rules.Onboarding ? "入职培训" : "年度轮训";
                var text = new StringBuilder($"{finding.Subject}的{what}须于 {finding.DueOn!.Value.ChineseDate()} 前完成（{finding.ReminderDays} 日内到期）。\n");
                text.Append("请安排参加培训（儿童社会工作类课程不少于50%，附件3 第75项），并在系统中登记培训记录、留存培训资料。\n");
                Link(text, options.Link(town, finding.Link));
                yield return new DueReminder(new NoticeDraft(NoticeKinds.TrainingDue,
                        $"training-{finding.ReminderDays}:{worker.Id}:{finding.DueOn:yyyy-MM-dd}",
                        $"培训期限提醒（{finding.ReminderDays}日内到期）：{finding.Subject}{what}", text.ToString()),
                    accounts.Station(NoticeKinds.TrainingDue));
            }
    }

    /// <summary>
    /// The station's half-year report (R7) while the engine has a finding for it (not yet received by the office) and the
    /// station has not submitted it: 14 days before its due date, and once when it is overdue.
    /// </summary>
    private static IEnumerable<DueReminder> Reports(ComplianceFacts facts, ComplianceOptions rules, IReadOnlyList<TownAccount> accounts,
        NotificationOptions options, string town, DateOnly today)
    {
        foreach (var report in facts.Reports)
        {
            if (report.SubmittedOn <= today) continue;
            var finding = ComplianceRules.SemiannualReports(facts with { Reports = [report] }, rules).FirstOrDefault();
            if (finding is null) continue;
            var overdue = today > report.DueOn;
            if (!overdue && report.DueOn.DayNumber - today.DayNumber > ReportDueDays) continue;
            var period = $"{report.Year}H{report.Half}";
            var text = new StringBuilder(overdue
                ? $"工作站{finding.Subject}应于 {report.DueOn.ChineseDate()} 前报送领导小组办公室，已逾期 {today.DayNumber - report.DueOn.DayNumber} 天，请尽快撰写并报送。\n"
                : $"工作站{finding.Subject}须于 {report.DueOn.ChineseDate()} 前报送领导小组办公室（还有 {report.DueOn.DayNumber - today.DayNumber} 天），请及时撰写并报送（附件3-2 第七项）。\n");
            Link(text, options.Link(town, report.Link));
            yield return new DueReminder(new NoticeDraft(NoticeKinds.ReportDue,
                    overdue ? $"report-overdue:{period}:{report.DueOn:yyyy-MM-dd}" : $"report-due:{period}:{report.DueOn:yyyy-MM-dd}",
                    overdue ? $"半年汇报已逾期：{finding.Subject}" : $"半年汇报{ReportDueDays}日内到期：{finding.Subject}", text.ToString()),
                accounts.Station(NoticeKinds.ReportDue));
        }
    }

    private static void Link(StringBuilder text, string? link)
    {
        if (link is not null) text.Append($"详情：{link}\n");
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}

/// <summary>
/// One town's reminders: addressed in the handler's transaction, delivered by the outbox after it commits. Two hosts
/// (or a retried job) racing on the same rows meet the notification's primary key; the retry then finds them stored.
/// </summary>
public static class SendDueRemindersHandler
{
    public static void Configure(HandlerChain chain) =>
        chain.OnException<JasperFx.DocumentAlreadyExistsException>()
            .RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds(), 500.Milliseconds(), 1.Seconds());

    public static async Task<IReadOnlyList<DeliverNotification>> Handle(SendDueReminders command, IDocumentSession session,
        ComplianceOptions compliance, NotificationOptions options, TimeProvider time, CancellationToken ct)
    {
        if (!TownCodes.IsValid(session.TenantId)) throw new InvalidOperationException("SendDueReminders runs for a town (InvokeForTenantAsync).");
        var settings = await session.NotificationSettingsAsync(ct);
        if (settings is not { AnyChannel: true }) return [];
        var now = time.GetUtcNow();
        var queued = new List<DeliverNotification>();
        foreach (var reminder in await DueReminders.DueAsync(session, compliance, settings, options, command.Today, ct))
            queued.AddRange(await NoticeQueue.QueueAsync(session, settings, reminder.Draft, reminder.Recipients, now, ct));
        return queued;
    }
}

/// <summary>
/// Like the compliance run: one recurring job fans out to every town of the registry; a failing town does not stop the
/// others, and the run fails at the end so Hangfire retries it (the towns done already send nothing twice).
/// </summary>
public static class SendDueRemindersInEveryTownHandler
{
    private const int Parallelism = 4;

    public static async Task Handle(SendDueRemindersInEveryTown command, TownDirectory towns, IServiceScopeFactory scopes, TimeProvider time,
        ILogger<SendDueRemindersInEveryTown> logger, CancellationToken ct)
    {
        var today = time.Today();
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(await towns.AllAsync(ct), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (town, token) =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(town.Id, new SendDueReminders(today), token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Due reminders failed for town {Town}", town.Id);
                    failed.Add(town.Id);
                }
            });
        if (!failed.IsEmpty) throw new InvalidOperationException($"Due reminders failed for {string.Join(", ", failed.Order())}; retried by the job.");
    }
}

/// <summary>The Hangfire job: thin, it only sends the command; Hangfire retries it, the command is idempotent.</summary>
public sealed class DueRemindersJob(IMessageBus bus)
{
    public const string RecurringJobId = "notifications-reminders-daily";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken ct) => bus.InvokeAsync(new SendDueRemindersInEveryTown(), ct);
}

/// <summary>Registers the daily reminders (<see cref="DueReminders.CronKey"/>, Asia/Shanghai) when the app starts.</summary>
public sealed class DueReminderSchedule(IRecurringJobManager jobs, DueReminderSchedule.Options options) : IHostedService
{
    public sealed record Options(string Cron);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<DueRemindersJob>(DueRemindersJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Cron,
            new RecurringJobOptions { TimeZone = TownClock.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
