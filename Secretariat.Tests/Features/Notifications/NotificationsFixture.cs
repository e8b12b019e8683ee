using Marten;
using Microsoft.AspNetCore.Hosting;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Notifications;

namespace Secretariat.Tests.Features.Notifications;

/// <summary>
/// The sample town with a real SMTP server and a robot endpoint of the test run configured as its channels (through the
/// 通知设置 page; loopback allowed by Notifications:RobotHosts and PrivateNetworks), every leading-group member of today linked to an account with an address, and 建设村's liaison with
/// one. Retries wait one second, so a refused mail is tried again within the test.
/// </summary>
public class NotificationsFixture : MeetingsFixture
{
    public SmtpSink Smtp { get; } = new();
    public RobotSink Robots { get; } = new();

    /// <summary>Every member's address, by person.</summary>
    public Dictionary<Guid, string> MemberEmails { get; } = [];

    public const int Tries = 3;

    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        builder.UseSetting("Notifications:RetryDelaysSeconds", "1,1");
        builder.UseSetting("Notifications:TimeoutSeconds", "10");
        // The run's own robot endpoint and SMTP server listen on loopback: allowed here only (by default both are refused).
        builder.UseSetting("Notifications:RobotHosts", "127.0.0.1");
        builder.UseSetting("Notifications:PrivateNetworks", "127.0.0.1/32");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var store = Host.Services.GetRequiredService<IDocumentStore>();
        await using (var town = store.QuerySession(SampleTownAccounts.Town))
        {
            var group = await town.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup));
            var members = group!.ActiveOn(TownCalendar.Today.AddDays(10)).DistinctBy(t => t.PersonId).ToList();
            await using var session = store.LightweightSession();
            var accounts = await session.Query<UserAccount>().ToListAsync();
            for (var i = 0; i < members.Count; i++)
            {
                var account = accounts.FirstOrDefault(a => a.In(SampleTownAccounts.Town)?.PersonId == members[i].PersonId);
                if (account is null)
                {
                    using var scope = Host.Services.CreateScope();
                    var (created, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
                        .CreateInTownAsync($"member{i}", members[i].PersonName, $"member{i}-password-1", [Roles.Reader], null, personName: members[i].PersonName);
                    Assert.Null(refusal);
                    account = await session.LoadAsync<UserAccount>(created!.Id);
                }
                account!.Email = $"member{i}@tgy.test";
                account.Mobile = $"1380000{i:0000}";
                MemberEmails[members[i].PersonId] = account.Email;
                session.Store(account);
            }
            var liaison = await session.Query<UserAccount>().SingleAsync(a => a.UserName == "jianshe");
            liaison.Email = "jianshe@tgy.test";
            session.Store(liaison);
            await session.SaveChangesAsync();
        }

        var admin = await SignedIn.AsAsync(Host, AdminUser, AdminPassword);
        await Host.PostFormAsync(admin, "/t/tgy/notifications/channels", ChannelFields(), HttpStatusCode.SeeOther);
    }

    public IEnumerable<(string, string)> ChannelFields(string? dingTalkSecret = null) =>
    [
        ("SmtpOn", "on"), ("SmtpHost", "127.0.0.1"), ("SmtpPort", Smtp.Port.ToString()), ("SmtpSecurity", "None"), ("SmtpUser", ""), ("SmtpPassword", ""),
        ("Sender", "wbb@tgy.test"), ("SenderName", "未保办"), ("DingTalkOn", "on"), ("DingTalkWebhook", Robots.DingTalkUrl),
        ("DingTalkSecret", dingTalkSecret ?? Robots.DingTalkSecret), ("WeComOn", "on"), ("WeComWebhook", Robots.WeComUrl), ("AdjustmentWaitingDays", "3")
    ];

    public async Task<IReadOnlyList<Notification>> RowsAsync(Func<Notification, bool> match)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return (await session.Query<Notification>().ToListAsync()).Where(match).ToList();
    }

    /// <summary>Waits until rows matching exist and none of them is still queued or retrying; returns them.</summary>
    public async Task<IReadOnlyList<Notification>> FinalRowsAsync(Func<Notification, bool> match, int atLeast = 1, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var rows = await RowsAsync(match);
            if ((rows.Count >= atLeast && rows.All(r => r.Status is not (NotificationStatus.Queued or NotificationStatus.Retrying))) || DateTime.UtcNow > until)
                return rows;
            await Task.Delay(100);
        }
    }

    /// <summary>A count that reaches <paramref name="atLeast"/> within the timeout (a row another transaction writes after the one the test saw).</summary>
    public async Task<long> CountReachingAsync(string sql, long atLeast, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var count = await ScalarAsync(sql);
            if (count >= atLeast || DateTime.UtcNow > until) return count;
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the outbox has nothing left for the town's notifications (queued or retrying).</summary>
    public async Task SettledAsync(TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if ((await RowsAsync(n => n.Status is NotificationStatus.Queued or NotificationStatus.Retrying)).Count == 0) return;
            await Task.Delay(100);
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Robots.DisposeAsync();
    }
}
