using Marten;
using Secretariat.Tests.Features.Notifications;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.Notifications;
using Wolverine;

namespace Secretariat.Tests.Features.Children;

/// <summary>The notifications fixture with the station, the 建设村 and 双骑龙村 儿童主任 and the 建设村 liaison reachable by e-mail.</summary>
public sealed class VisitRemindersFixture : NotificationsFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateInTownAsync("vstation", "工作站", "vstation-password-1", [Roles.WorkStation], null)).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("vdirector", "朱美桦", "vdirector-password-1", [Roles.ChildDirector], "建设村")).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("vsqlong", "邹利", "vsqlong-password-1", [Roles.ChildDirector], "双骑龙村")).Refusal);
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        foreach (var (user, email) in new[] { ("vstation", "vstation@tgy.test"), ("vdirector", "vdirector@tgy.test"), ("vsqlong", "vsqlong@tgy.test") })
        {
            var account = await session.Query<UserAccount>().SingleAsync(a => a.UserName == user);
            account.Email = email;
            account.Mobile = "13912345678";
            session.Store(account);
        }
        await session.SaveChangesAsync();
    }
}

/// <summary>The daily visit reminder (附件2 第28项): to the village's 儿童主任 and to the station, once a day, with counts and no child.</summary>
public class VisitReminderTests(VisitRemindersFixture app) : IClassFixture<VisitRemindersFixture>
{
    private static DateOnly Today => TownCalendar.Today;

    private async Task RemindAsync(DateOnly day)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(SampleTownAccounts.Town, new SendDueReminders(day));
    }

    [Fact]
    public async Task An_overdue_visit_is_reminded_daily_to_its_village_s_director_and_the_station_naming_no_child()
    {
        var station = await SignedIn.AsAsync(app.Host, "vstation", "vstation-password-1");
        var overdue = await RegisterAsync(station, Today.AddDays(-20));
        await RegisterAsync(station, Today.AddDays(-10));

        await RemindAsync(Today);
        await RemindAsync(Today);
        await app.SettledAsync();
        var mail = Assert.Single(await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "vdirector@tgy.test") && (m.Subject ?? "").StartsWith("儿童走访提醒"), 1));
        Assert.Equal("儿童走访提醒：建设村1 名儿童走访已逾期，1 名 7 日内到期", mail.Subject);
        var digest = Assert.Single(await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == "vstation@tgy.test") && (m.Subject ?? "").StartsWith("儿童走访提醒"), 1));
        Assert.Contains("建设村：1 名儿童走访已逾期", digest.TextBody);
        await Task.Delay(500);
        // Once a day however often the job runs; the other village's director and the village's liaison hear nothing.
        Assert.Single(app.Smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address == "vdirector@tgy.test") && (m.Subject ?? "").StartsWith("儿童走访提醒"));
        Assert.DoesNotContain(app.Smtp.Messages, m => m.To.Mailboxes.Any(a => a.Address is "vsqlong@tgy.test" or "jianshe@tgy.test") && (m.Subject ?? "").StartsWith("儿童走访提醒"));
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var reference = (await session.LoadAsync<ChildRecord>(overdue))!.Reference;
        var sent = app.Smtp.Messages.Where(m => (m.Subject ?? "").StartsWith("儿童走访提醒")).Select(m => m.Subject + m.TextBody)
            .Concat(app.Robots.Accepted.Select(r => r.Text)).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, text => Assert.DoesNotContain(reference, text));
        Assert.All(sent, text => Assert.Empty(ChildrenFixture.SecretsIn(text)));
        Assert.Contains(await app.RowsAsync(n => n.Kind == Secretariat.Web.Infrastructure.Kernel.NoticeKinds.VisitDue), n => n.RecipientName == "朱美桦");
    }

    private async Task<Guid> RegisterAsync(SignedIn station, DateOnly registeredOn)
    {
        var result = await app.Host.PostFormAsync(station, "/t/tgy/children/new",
        [
            ("VillageId", SampleTown.UnitId("建设村").ToString()), ("Register", nameof(ChildRegister.LeftBehind)), ("Level", nameof(RiskLevel.High)),
            ("DirectorId", SampleTown.PersonId("朱美桦").ToString()), ("BirthMonth", "2015-03"), ("RegisteredOn", registeredOn.ToString("yyyy-MM-dd")),
            .. ChildrenFixture.PersonalFields(ChildrenTestData.Data)
        ], HttpStatusCode.SeeOther);
        return Guid.Parse(result.Context.Response.Headers.Location.ToString()["/t/tgy/children/".Length..]);
    }
}
