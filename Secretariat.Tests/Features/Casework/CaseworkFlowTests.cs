using Marten;
using Wolverine;
using Secretariat.Tests.Features.Campaigns;
using Secretariat.Tests.Features.Children;
using Secretariat.Web.Features.Casework;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.Compliance;

namespace Secretariat.Tests.Features.Casework;

/// <summary>
/// The service window end to end against PostgreSQL: a unit's liaison sees only the referrals to its unit and nothing of the child; a
/// 强制报告 not passed on is an urgent alert for the station and the office; the identity is read with a reason and logged; item 19
/// shows the live figures.
/// </summary>
public class CaseworkFlowTests(ChildrenFixture app) : IClassFixture<ChildrenFixture>
{
    private static DateOnly Today => TownCalendar.Today;
    private static readonly SemaphoreSlim Accounts = new(1, 1);

    /// <summary>A liaison of 派出所 and one of 民政和社事办 (the fixture's own liaison is bound to 建设村).</summary>
    private async Task<SignedIn> LiaisonAsync(string unit)
    {
        var user = unit == "派出所" ? "police-liaison" : "civil-liaison";
        await Accounts.WaitAsync();
        try
        {
            using var scope = app.Host.Services.CreateScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            await accounts.CreateInTownAsync(user, unit + "联络人", ChildrenFixture.Password, [Roles.UnitLiaison], unit);
        }
        finally
        {
            Accounts.Release();
        }
        return await app.AsAsync(user);
    }

    private static string Location(IScenarioResult result) => result.Context.Response.Headers.Location.ToString();

    private Task<IScenarioResult> LogContactAsync(SignedIn station, string? referredTo, params (string, string)[] more) =>
        app.Host.PostFormAsync(station, "/t/tgy/casework/ledger/new",
        [
            ("On", Today.ToString("yyyy-MM-dd")), ("Channel", nameof(ContactChannel.Visit)), ("Visitor", nameof(VisitorKind.Guardian)),
            ("VillageId", SampleTown.UnitId("建设村").ToString()), ("Matter", nameof(ServiceMatter.RightsProtection)), ("Done", "监护人来访反映孩子在校外被欺凌，已登记并转介"),
            ("ReferredToId", referredTo is null ? "" : SampleTown.UnitId(referredTo).ToString()), ("FollowUpDue", Today.AddDays(5).ToString("yyyy-MM-dd")), .. more
        ], HttpStatusCode.SeeOther);

    public static (string, string)[] Identity =>
    [
        ("PersonName", ChildrenTestData.Name), ("Guardian1Name", ChildrenTestData.GuardianName), ("Guardian1Relation", "祖父母或外祖父母"),
        ("Guardian1Phone", ChildrenTestData.Phone)
    ];

    public static Task<IScenarioResult> ReceiveReportAsync(IAlbaHost host, SignedIn station, DateOnly on, params (string, string)[] child) =>
        host.PostFormAsync(station, "/t/tgy/casework/reports/new",
        [
            ("ReceivedOn", on.ToString("yyyy-MM-dd")), ("ReceivedTime", "00:00"), ("Reporter", nameof(ReporterKind.School)), ("ReporterUnit", "实验学校"),
            ("Harm", nameof(HarmCategory.Physical)), ("VillageId", SampleTown.UnitId("建设村").ToString()), .. child
        ], HttpStatusCode.SeeOther);

    [Fact]
    public async Task A_liaison_sees_only_the_referrals_to_its_unit_and_never_the_child()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var police = await LiaisonAsync("派出所");
        var civil = await LiaisonAsync("民政和社事办");
        var contact = Guid.Parse(Location(await LogContactAsync(station, "派出所", Identity)).Split('/')[^1]);
        await LogContactAsync(station, "民政和社事办");
        var plan = Location(await app.Host.PostFormAsync(station, "/t/tgy/casework/plans/new",
            [("Kind", nameof(PlanKind.OneMatter)), ("Title", "校外欺凌干预"), ("ReviewDue", Today.AddDays(20).ToString("yyyy-MM-dd"))], HttpStatusCode.SeeOther));
        await app.Host.PostFormAsync(station, plan + "/steps",
            [("StepTitle", "核实欺凌情况"), ("OwnerId", SampleTown.UnitId("派出所").ToString()), ("IsReferral", "true"), ("DueOn", Today.AddDays(3).ToString("yyyy-MM-dd"))],
            HttpStatusCode.SeeOther);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var reference = (await session.LoadAsync<WindowContact>(contact))!.Child!.Reference;
        Assert.StartsWith("GA-", reference);
        // The station sees the child by reference and its name masked.
        Assert.Contains("欧**雯", await app.GetAsync(station, $"/t/tgy/casework/ledger/{contact}"));

        var mine = await app.GetAsync(police, "/t/tgy/casework/referrals");
        Assert.Contains("核实欺凌情况", mine);
        Assert.Contains("data-unit=\"派出所\"", mine);
        Assert.DoesNotContain("data-unit=\"民政和社事办\"", mine);
        Assert.DoesNotContain(reference, mine);
        Assert.DoesNotContain("欧**雯", mine);
        Assert.Empty(ChildrenFixture.SecretsIn(mine));
        var theirs = await app.GetAsync(civil, "/t/tgy/casework/referrals");
        Assert.DoesNotContain("核实欺凌情况", theirs);
        Assert.DoesNotContain("data-unit=\"派出所\"", theirs);
        // Nothing else of the window opens to a liaison, and another unit's referral cannot be answered.
        foreach (var url in new[] { "/t/tgy/casework/ledger", $"/t/tgy/casework/ledger/{contact}", "/t/tgy/casework/reports", "/t/tgy/casework/plans", plan })
            await app.GetAsync(police, url, HttpStatusCode.Forbidden);
        await app.Host.PostFormAsync(civil, $"/t/tgy/casework/referrals/contacts/{contact}", [("Reply", "已处理")], HttpStatusCode.Forbidden);
        await app.Host.PostFormAsync(police, $"/t/tgy/casework/referrals/contacts/{contact}", [("Reply", "已出警核实")], HttpStatusCode.SeeOther);
        Assert.Contains("已出警核实", await app.GetAsync(station, $"/t/tgy/casework/ledger/{contact}"));
        // Every role by the table: the referrals page.
        foreach (var (role, status) in new[] { (Roles.Reader, HttpStatusCode.Forbidden), (Roles.Secretariat, HttpStatusCode.Forbidden),
                     (Roles.ChildDirector, HttpStatusCode.Forbidden), (Roles.ChildSupervisor, HttpStatusCode.OK) })
            await app.GetAsync(await app.AsRoleAsync(role), "/t/tgy/casework/referrals", status);
        await app.GetAsync(await app.AsRoleAsync(Roles.Secretariat), "/t/tgy/casework/ledger");
    }

    [Fact]
    public async Task A_report_not_passed_on_the_same_day_is_an_urgent_alert_for_the_station_and_the_office_and_its_identity_is_read_with_a_reason()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var url = Location(await ReceiveReportAsync(app.Host, station, Today.AddDays(-1), [.. Identity, ("Note", ChildrenTestData.Note)]));
        var id = Guid.Parse(url.Split('/')[^1]);
        await using (var scope = app.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(SampleTownAccounts.Town, new RaiseAlerts());
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var alert = await session.Query<ComplianceAlert>().SingleAsync(a => a.Key == $"{CaseworkRules.PoliceSameDay.Code}:{id}");
        Assert.Equal(Severity.Urgent, alert.Severity);
        Assert.Empty(ChildrenFixture.SecretsIn(alert.Explanation + alert.Subject));
        Assert.DoesNotContain((await session.LoadAsync<MandatoryReport>(id))!.Child.Reference, alert.Explanation + alert.Subject);
        var police = await LiaisonAsync("派出所");
        foreach (var (user, sees) in new[] { (station, true), (await app.AsRoleAsync(Roles.Secretariat), true), (await app.AsRoleAsync(Roles.ChildSupervisor), true),
                     (police, false) })
            Assert.Equal(sees, (await app.GetAsync(user, "/t/tgy/compliance")).Contains($"data-alert=\"{alert.Key}\""));

        // The identity and the note: masked on the page, in full after a reason (one log row), refused to a reader of the town.
        var page = await app.GetAsync(station, url);
        Assert.Contains("欧**雯", page);
        Assert.DoesNotContain(ChildrenTestData.Note, page);
        var before = await app.ScalarAsync("select count(*) from secretariat.mt_doc_minorsdataread");
        var read = await (await app.Host.PostFormAsync(station, url + "/identity", [("Reason", nameof(ReadReason.MandatoryReport))], HttpStatusCode.OK)).ReadAsTextAsync();
        Assert.Contains(ChildrenTestData.Name, read);
        Assert.Contains(ChildrenTestData.Note, read);
        Assert.Equal(before + 1, await app.ScalarAsync("select count(*) from secretariat.mt_doc_minorsdataread"));
        await app.Host.PostFormAsync(await app.AsRoleAsync(Roles.Reader), url + "/identity", [("Reason", nameof(ReadReason.MandatoryReport))], HttpStatusCode.Forbidden);
        await app.Host.PostFormAsync(station, url + "/identity", [("Reason", "")], HttpStatusCode.UnprocessableEntity);

        // Passed on (late): the alert closes at the next evaluation; item 19 says it was not the same day.
        await app.Host.PostFormAsync(station, url + "/police", [("PoliceOn", Today.ToString("yyyy-MM-dd")), ("PoliceTime", "00:00"), ("CaseNumber", "A50010")],
            HttpStatusCode.SeeOther);
        await using (var scope = app.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(SampleTownAccounts.Town, new RaiseAlerts());
        await using var after = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        Assert.False((await after.Query<ComplianceAlert>().SingleAsync(a => a.Key == alert.Key)).IsOpen);
        var item = await app.GetAsync(await app.AsRoleAsync(Roles.Secretariat), CampaignSteps.ItemUrl(19));
        Assert.Matches("受理强制报告 \\d+ 件：当日报案 \\d+ 件、未当日报案 [1-9]", item);
        Assert.Empty(ChildrenFixture.SecretsIn(item));

        // The station's half-year report of this half counts them under 工作站工作情况.
        var created = await app.Host.PostFormAsync(station, "/t/tgy/reports", [("Year", Today.Year.ToString()), ("Half", Today.Month <= 6 ? "H1" : "H2")], null);
        var half = await app.GetAsync(station, created.Context.Response.Headers.Location.ToString());
        Assert.Contains("强制报告办理", half);
        Assert.Contains("服务窗口接待（接待工作台账）", half);
        Assert.Contains("未当日报案", half);
        Assert.Empty(ChildrenFixture.SecretsIn(half));
    }

    [Fact]
    public async Task Bad_input_is_refused_in_the_page_and_changes_nothing()
    {
        var station = await app.AsRoleAsync(Roles.WorkStation);
        var before = await app.ScalarAsync("select count(*) from secretariat.mt_doc_windowcontact");
        var refused = await app.Host.PostFormAsync(station, "/t/tgy/casework/ledger/new",
            [("On", "9999-12-31"), ("Channel", "Visit"), ("Visitor", "Guardian"), ("Matter", "Reception"), ("Done", "x")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("接待日期不能晚于今天", await refused.ReadAsTextAsync());
        var badChild = await app.Host.PostFormAsync(station, "/t/tgy/casework/ledger/new",
            [("On", Today.ToString("yyyy-MM-dd")), ("Channel", "Visit"), ("Visitor", "Guardian"), ("Matter", "Reception"), ("Done", "x"), ("ChildReference", "ET-0000-0000")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("没有这个编号的儿童", await badChild.ReadAsTextAsync());
        await app.Host.PostFormAsync(station, "/t/tgy/casework/reports/periods", [("InvestigationDays", "0"), ("HandlingDays", "x"), ("FeedbackDays", "3")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(before, await app.ScalarAsync("select count(*) from secretariat.mt_doc_windowcontact"));
    }
}
