using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Notifications;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Time;
using Wolverine;

namespace Secretariat.Tests.Features.Notifications;

/// <summary>
/// The notifications fixture on a clock the test may move (starting now, so the meeting steps' days hold), with a
/// work-station account and 财政办's liaison reachable by e-mail.
/// </summary>
public class DueRemindersFixture : NotificationsFixture
{
    public TestClock Clock { get; } = new();

    protected override bool StartsFromFirstStartCopy => false;

    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A second instance of the app on the same database and clock.</summary>
    public Task<IAlbaHost> SecondHostAsync() => StartHostAsync(ConnectionString, Configure);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync("station", "station-password-1", [Roles.WorkStation]);
        using var scope = Host.Services.CreateScope();
        var (_, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateInTownAsync("caizheng2", "财政办联络人", "caizheng2-password-1", [Roles.UnitLiaison], "财政办");
        Assert.Null(refusal);
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        foreach (var (user, email) in new[] { ("station", "station@tgy.test"), ("caizheng2", "caizheng@tgy.test") })
        {
            var account = await session.Query<UserAccount>().SingleAsync(a => a.UserName == user);
            account.Email = email;
            session.Store(account);
        }
        await session.SaveChangesAsync();
    }
}

public class DueReminderTests(DueRemindersFixture app) : IClassFixture<DueRemindersFixture>
{
    private readonly MeetingSteps steps = new(app);
    private static DateOnly Today => TownCalendar.Today;
    private const string Jianshe = "jianshe@tgy.test";
    private const string Station = "station@tgy.test";

    private static async Task InvokeAsync(IAlbaHost host, object command)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(SampleTownAccounts.Town, command);
    }

    private Task RemindAsync(DateOnly day, IAlbaHost? host = null) => InvokeAsync(host ?? app.Host, new SendDueReminders(day));

    private IDocumentSession Town() => app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(SampleTownAccounts.Town);

    /// <summary>Minutes held three days ago and issued, with one 建设村 resolution (派出所 responsible) due on <paramref name="due"/>.</summary>
    private async Task<Resolution> IssuedResolutionAsync(string text, DateOnly due)
    {
        var clerk = await steps.As("clerk");
        var leader = await steps.As("yewei");
        var title = "提醒测试会议" + Guid.NewGuid().ToString("N")[..6];
        var url = await steps.ConveneAsync(clerk, title, MeetingSteps.Day(-3));
        var page = await steps.GetAsync(clerk, url + "?tab=minutes");
        await steps.PostAsync(clerk, url + "/minutes", MeetingSteps.Minutes(page, $"{title}研究了工作。", text, due: due.ToString("yyyy-MM-dd")),
            HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, url);
        await steps.PostAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await steps.PostAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        await using var session = Town();
        return await session.Query<Resolution>().SingleAsync(r => r.Text == text);
    }

    private IReadOnlyList<MimeKit.MimeMessage> Mails(string to, string subjectStart) =>
        app.Smtp.To(to).Where(m => (m.Subject ?? "").StartsWith(subjectStart, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_resolution_reminder_goes_once_when_the_daily_job_runs_twice_and_on_two_hosts_at_once()
    {
        var text = "落实村儿童之家值守" + Guid.NewGuid().ToString("N")[..6];
        var resolution = await IssuedResolutionAsync(text, Today.AddDays(5));
        await using var second = await app.SecondHostAsync();

        await RemindAsync(Today);
        await Task.WhenAll(RemindAsync(Today), RemindAsync(Today, second), RemindAsync(Today, second), RemindAsync(Today));
        // The Hangfire job itself (what the recurring job runs): every town, today on the app's clock.
        await using (var scope = second.Services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<DueRemindersJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        await app.SettledAsync();

        var mails = await app.Smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("议定事项") && (m.Subject ?? "").Contains(text), 1);
        await Task.Delay(500);
        var mail = Assert.Single(app.Smtp.Messages, m => (m.Subject ?? "").StartsWith("议定事项") && (m.Subject ?? "").Contains(text));
        Assert.Equal(Jianshe, mail.To.Mailboxes.Single().Address);
        Assert.Equal($"议定事项7日内到期：{text}", mail.Subject);
        Assert.Contains(resolution.MinutesNumber, mail.TextBody);
        Assert.Contains(text, mail.TextBody);
        Assert.Contains(Today.AddDays(5).ChineseDate(), mail.TextBody);
        Assert.Contains("牵头单位：建设村；责任单位：派出所", mail.TextBody);

        var all = await app.RowsAsync(n => n.EventKey == $"resolution-due:{resolution.Id}:{resolution.DueOn:yyyy-MM-dd}");
        // 派出所 has no liaison account: its row says so and nothing is sent for it.
        var missed = Assert.Single(all, r => r.Status == NotificationStatus.Skipped);
        Assert.Equal(("派出所（联络人）", "该单位没有成员单位联络人账号"), (missed.RecipientName, missed.Reason));
        var rows = all.Where(r => r != missed).ToList();
        Assert.Equal(new[] { ChannelKind.Email, ChannelKind.DingTalk, ChannelKind.WeCom }, rows.Select(r => r.Channel).Order());
        Assert.All(rows, r => Assert.Equal(NotificationStatus.Delivered, r.Status));
        Assert.All(rows, r => Assert.Equal(NoticeKinds.ResolutionDue, r.Kind));
        Assert.Single(app.Robots.Accepted, r => r.Path.StartsWith("/dingtalk") && r.Text.Contains(text) && r.Text.Contains("7日内到期"));
    }

    [Fact]
    public async Task An_overdue_resolution_is_reminded_once_and_an_extension_reminds_the_new_date()
    {
        var text = "完成留守儿童走访" + Guid.NewGuid().ToString("N")[..6];
        var resolution = await IssuedResolutionAsync(text, Today.AddDays(2));
        // Ten days before its due date: outside the window, nothing.
        await RemindAsync(Today.AddDays(-8));
        await RemindAsync(Today);
        await RemindAsync(Today.AddDays(3));
        await RemindAsync(Today.AddDays(4));
        await app.SettledAsync();
        Assert.Single(await app.Smtp.WaitForAsync(m => m.Subject == $"议定事项已逾期：{text}", 1));
        var overdue = Assert.Single(Mails(Jianshe, $"议定事项已逾期：{text}"));
        Assert.Contains("已逾期 1 天", overdue.TextBody);
        Assert.Single(Mails(Jianshe, $"议定事项7日内到期：{text}"));

        var clerk = await steps.As("clerk");
        var newDue = Today.AddDays(9);
        await steps.PostAsync(clerk, $"/t/tgy/resolutions/{resolution.Id}/extend", [("DueOn", newDue.ToString("yyyy-MM-dd")), ("Reason", "等待区里批复")],
            HttpStatusCode.SeeOther);
        await RemindAsync(Today.AddDays(4));
        await RemindAsync(Today.AddDays(5));
        await app.SettledAsync();
        var due = await app.Smtp.WaitForAsync(m => m.Subject == $"议定事项7日内到期：{text}", 2);
        Assert.Equal(2, due.Count);
        Assert.Contains(due, m => (m.TextBody ?? "").Contains(newDue.ChineseDate()));
        Assert.Single(Mails(Jianshe, $"议定事项已逾期：{text}"));
        Assert.Single(await app.RowsAsync(n => n.EventKey == $"resolution-due:{resolution.Id}:{newDue:yyyy-MM-dd}" && n.Channel == ChannelKind.Email
                                                && n.Status == NotificationStatus.Delivered));
    }

    [Fact]
    public async Task Training_deadlines_reach_the_station_30_and_7_days_before_once_each()
    {
        var person = Guid.NewGuid();
        var name = "提醒测试儿童主任" + person.ToString("N")[..4];
        await using (var session = Town())
        {
            session.Events.StartStream<ChildWorker>(person, new ChildWorkerAppointed(person, Guid.NewGuid(), name, ChildWorkerDuty.ChildDirector,
                SampleTown.UnitId("建设村"), "建设村", Today, "镇民政办通知"));
            await session.SaveChangesAsync();
        }
        var deadline = TrainingDeadlines.OnboardingDue(Today);
        await RemindAsync(deadline.AddDays(-45));
        await RemindAsync(deadline.AddDays(-20));
        await RemindAsync(deadline.AddDays(-19));
        await RemindAsync(deadline.AddDays(-5));
        await RemindAsync(deadline.AddDays(-1));
        await app.SettledAsync();

        var mails = await app.Smtp.WaitForAsync(m => (m.Subject ?? "").Contains(name), 2);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(Station, m.To.Mailboxes.Single().Address));
        Assert.Contains(mails, m => m.Subject == $"培训期限提醒（30日内到期）：{name}（儿童主任）入职培训");
        Assert.Contains(mails, m => m.Subject == $"培训期限提醒（7日内到期）：{name}（儿童主任）入职培训");
        Assert.All(mails, m => Assert.Contains(deadline.ChineseDate(), m.TextBody));
        Assert.Single(await app.RowsAsync(n => n.EventKey == $"training-30:{person}:{deadline:yyyy-MM-dd}" && n.Channel == ChannelKind.Email));
        Assert.Single(await app.RowsAsync(n => n.EventKey == $"training-7:{person}:{deadline:yyyy-MM-dd}" && n.Channel == ChannelKind.Email));
        Assert.DoesNotContain(app.Smtp.To(Jianshe), m => (m.Subject ?? "").Contains(name));
    }

    [Fact]
    public async Task The_half_year_report_reaches_the_station_14_days_before_and_once_overdue()
    {
        var half = Today.Month <= 6 ? HalfYear.H1 : HalfYear.H2;
        var due = ReportPeriods.DueOn(Today.Year, half, ReportPeriods.DefaultDueDays);
        var period = $"{Today.Year}H{(half == HalfYear.H1 ? 1 : 2)}";
        await RemindAsync(due.AddDays(-20));
        Assert.Empty(await app.RowsAsync(n => n.EventKey.StartsWith($"report-due:{period}:")));
        await RemindAsync(due.AddDays(-10));
        await RemindAsync(due.AddDays(-9));
        await RemindAsync(due.AddDays(1));
        await RemindAsync(due.AddDays(2));
        await app.SettledAsync();

        var name = $"{Today.Year}年{(half == HalfYear.H1 ? "上" : "下")}半年工作报告";
        var soon = Assert.Single(await app.Smtp.WaitForAsync(m => m.Subject == $"半年汇报14日内到期：{name}", 1));
        Assert.Equal(Station, soon.To.Mailboxes.Single().Address);
        Assert.Contains(due.ChineseDate(), soon.TextBody);
        Assert.Single(await app.Smtp.WaitForAsync(m => m.Subject == $"半年汇报已逾期：{name}", 1));
        var rows = await app.RowsAsync(n => n.Kind == NoticeKinds.ReportDue && n.EventKey.Contains($":{period}:"));
        Assert.Equal(6, rows.Count); // two notices, each by e-mail to the station and to both robots
        Assert.Contains(rows, r => r.EventKey == $"report-overdue:{period}:{due:yyyy-MM-dd}");
    }

    private async Task<MemberAdjustment> FileAdjustmentAsync(string unit, DateTimeOffset filedAt, bool accepted)
    {
        var id = Guid.NewGuid();
        var number = "提醒测试调整" + id.ToString("N")[..6];
        var proposal = new AdjustmentProposal(BodyKind.LeadingGroup, AdjustmentKind.Add, SampleTown.UnitId(unit), null, "王新", RosterRole.Member,
            "副主任", "工作调整", Today.AddDays(30));
        await using var session = Town();
        var by = new StepBy(Guid.NewGuid(), unit + "联络人", filedAt);
        if (accepted)
            session.Events.StartStream<MemberAdjustment>(id, new AdjustmentFiled(id, number, proposal, by),
                new AdjustmentAcceptedForApproval(id, null, by with { Name = "办公室" }));
        else session.Events.StartStream<MemberAdjustment>(id, new AdjustmentFiled(id, number, proposal, by));
        await session.SaveChangesAsync();
        return (await session.LoadAsync<MemberAdjustment>(id))!;
    }

    [Fact]
    public async Task An_adjustment_waiting_for_approval_longer_than_the_setting_reminds_the_leader_once()
    {
        var adjustment = await FileAdjustmentAsync("建设村", app.Clock.GetUtcNow(), accepted: true);
        Assert.Equal(AdjustmentStatus.PendingApproval, adjustment.Status);
        var leader = app.MemberEmails[SampleTown.PersonId("叶伟")];
        await RemindAsync(Today.AddDays(3));
        await app.SettledAsync();
        Assert.Empty(await app.RowsAsync(n => n.Kind == NoticeKinds.AdjustmentWaiting && n.Subject.Contains(adjustment.Number)));

        await RemindAsync(Today.AddDays(4));
        await RemindAsync(Today.AddDays(5));
        await app.SettledAsync();
        var mail = Assert.Single(await app.Smtp.WaitForAsync(m => (m.Subject ?? "").Contains(adjustment.Number), 1));
        Assert.Equal(leader, mail.To.Mailboxes.Single().Address);
        Assert.Equal($"成员调整待审批：{adjustment.Number}（建设村）", mail.Subject);
        Assert.Contains("超过 3 天", mail.TextBody);
        Assert.Single(await app.RowsAsync(n => n.EventKey == $"adjustment-waiting:{adjustment.Id}:v{adjustment.Version}" && n.Channel == ChannelKind.Email));
    }

    [Fact]
    public async Task Alerts_opened_or_escalated_after_the_first_run_reach_who_sees_them_and_the_first_run_floods_nobody()
    {
        // A child director whose onboarding is due in a few days: a 7-day 提醒 now (no notice), a 违规 once the day passed.
        var person = Guid.NewGuid();
        var name = "预警测试儿童主任" + person.ToString("N")[..4];
        var appointed = Today.AddDays(5).AddMonths(-3);
        var deadline = TrainingDeadlines.OnboardingDue(appointed);
        Assert.InRange(deadline.DayNumber - Today.DayNumber, 1, 7);
        await using (var session = Town())
        {
            session.Events.StartStream<ChildWorker>(person, new ChildWorkerAppointed(person, Guid.NewGuid(), name, ChildWorkerDuty.ChildDirector,
                SampleTown.UnitId("建设村"), "建设村", appointed, "镇民政办通知"));
            await session.SaveChangesAsync();
        }

        await InvokeAsync(app.Host, new RaiseAlerts());
        Assert.True(await app.ScalarAsync("select count(*) from secretariat.mt_events where type = 'alert_opened'") > 20);
        await Task.Delay(2000);
        await app.SettledAsync();
        Assert.Empty(await app.RowsAsync(n => n.Kind == NoticeKinds.Alert));

        // Requests the office has not accepted for 20 days: a 警告 each, seen by the office and leaders and that unit's liaison.
        var jianshe = await FileAdjustmentAsync("建设村", app.Clock.GetUtcNow().AddDays(-20), accepted: false);
        var caizheng = await FileAdjustmentAsync("财政办", app.Clock.GetUtcNow().AddDays(-20), accepted: false);
        // The test's clock stands still; a later evaluation is a later instant.
        app.Clock.Now = app.Clock.Now.AddSeconds(1);
        await InvokeAsync(app.Host, new RaiseAlerts());
        var leader = app.MemberEmails[SampleTown.PersonId("叶伟")];
        var toLeader = await app.Smtp.WaitForAsync(m => (m.Subject ?? "").StartsWith("合规预警（警告）：成员调整待办理") && m.To.Mailboxes.Single().Address == leader, 2);
        Assert.Equal(2, toLeader.Count);
        await app.SettledAsync();
        var ownUnit = Assert.Single(Mails(Jianshe, "合规预警"));
        Assert.Contains(jianshe.Number, ownUnit.Subject);
        Assert.Contains("超过 15 天未受理", ownUnit.TextBody);
        Assert.Contains(caizheng.Number, Assert.Single(Mails("caizheng@tgy.test", "合规预警")).Subject);
        Assert.Empty(Mails(Station, "合规预警"));
        var opened = await app.RowsAsync(n => n.Kind == NoticeKinds.Alert);
        Assert.All(opened, r => Assert.True(r.Subject.Contains(jianshe.Number) || r.Subject.Contains(caizheng.Number), r.Subject));

        // The deadline passes: the onboarding alert escalates to 违规, which the station sees (a liaison does not: not a unit rule).
        var now = app.Clock.Now;
        try
        {
            app.Clock.Set(deadline.AddDays(1));
            await InvokeAsync(app.Host, new RaiseAlerts());
            var escalated = Assert.Single(await app.Smtp.WaitForAsync(m => (m.Subject ?? "").Contains(name) && m.To.Mailboxes.Single().Address == Station, 1));
            Assert.Equal($"合规预警（违规）：儿童主任入职培训：{name}（儿童主任）", escalated.Subject);
            Assert.Contains("已逾期未完成", escalated.TextBody);
            await app.SettledAsync();
            Assert.Single(app.Smtp.Messages, m => (m.Subject ?? "").Contains(name) && m.To.Mailboxes.Single().Address == leader);
            Assert.DoesNotContain(app.Smtp.To(Jianshe), m => (m.Subject ?? "").Contains(name));
            var alertId = AlertRank.IdFor($"{TrainingCadence.Onboarding.Code}:{(await LoadWorkerAsync(person)).Appointments.Single().Id}");
            var rows = await app.RowsAsync(n => n.Subject.Contains(name));
            Assert.All(rows, r => Assert.StartsWith("alert:", r.EventKey));
            Assert.Single(rows.Select(r => r.EventKey).Distinct());
            await using var session = Town();
            var escalation = (await session.Events.FetchStreamAsync(alertId)).Single(e => e.Data is AlertEscalated);
            Assert.Equal($"alert:{escalation.Id}", rows[0].EventKey);
        }
        finally
        {
            app.Clock.Now = now;
        }
    }

    private async Task<ChildWorker> LoadWorkerAsync(Guid person)
    {
        await using var session = Town();
        return (await session.LoadAsync<ChildWorker>(person))!;
    }
}
