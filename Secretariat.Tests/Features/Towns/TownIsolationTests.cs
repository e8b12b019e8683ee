using Alba;
using Microsoft.AspNetCore.Routing;
using Secretariat.Web.Infrastructure.Tenancy;
using Marten;
using MiniExcelLibs;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Training;

namespace Secretariat.Tests.Features.Towns;

/// <summary>The sample town, a second town with a unit of the same name as the sample's, their offices and a district reader.</summary>
public sealed class TwoTownsFixture : AppFixture
{
    public const string Other = "hyz";
    public const string Password = "two-towns-password";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(Other, "华岩镇", null, default));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateAsync("tgy-clerk", "tgy-clerk", Password, [SampleTownAccounts.Town], [Roles.Secretariat], null)).Refusal);
        Assert.Null((await accounts.CreateAsync("hyz-clerk", "hyz-clerk", Password, [Other], [Roles.Secretariat, Roles.Administrator], null)).Refusal);
        Assert.Null((await accounts.CreateAsync("both-clerk", "both-clerk", Password, [SampleTownAccounts.Town, Other], [Roles.Reader], null)).Refusal);
        Assert.Null((await accounts.CreateAsync("district", "区未保办", Password, [], [DistrictRoles.Reader], null)).Refusal);
    }
}

public class TownIsolationTests(TwoTownsFixture app) : IClassFixture<TwoTownsFixture>
{
    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, TwoTownsFixture.Password);

    private async Task<IScenarioResult> Get(SignedIn user, string url, int status) =>
        await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(status); });

    [Fact]
    public async Task A_town_account_gets_403_for_every_url_of_another_town_and_the_page_names_nothing_of_it()
    {
        var other = await As("hyz-clerk");
        foreach (var url in new[] { "/t/tgy/", "/t/tgy/meetings", "/t/tgy/roster/leading-group", "/t/tgy/roster/units", "/t/tgy/training/ledger.xlsx",
                     "/t/tgy/resolutions", "/t/tgy/compliance", "/t/tgy/reports", "/t/tgy/town", $"/t/tgy/meetings/{Guid.NewGuid()}", "/t/zzz/meetings" })
        {
            var body = await (await Get(other, url, 403)).ReadAsTextAsync();
            Assert.DoesNotContain("铜罐驿", body);
        }
        // And the sample town's data is nowhere in the other town's own pages.
        var units = await (await Get(other, "/t/hyz/roster/units", 200)).ReadAsTextAsync();
        Assert.Contains("华岩镇", units);
        Assert.DoesNotContain("建设村", units);
        Assert.DoesNotContain("铜罐驿", await (await Get(other, "/t/hyz/roster/leading-group", 200)).ReadAsTextAsync());
        var sample = await As("tgy-clerk");
        await Get(sample, "/t/hyz/roster/units", 403);
        Assert.Contains("建设村", await (await Get(sample, "/t/tgy/roster/units", 200)).ReadAsTextAsync());
    }

    [Fact]
    public async Task A_unit_registered_in_one_town_stays_in_it_even_with_the_same_name_as_the_others()
    {
        var other = await As("hyz-clerk");
        await app.Host.PostFormAsync(other, "/t/hyz/roster/units", [("Name", "建设村"), ("Kind", "Village")], HttpStatusCode.SeeOther);
        Assert.Contains("建设村", await (await Get(other, "/t/hyz/roster/units", 200)).ReadAsTextAsync());
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        Assert.Equal(1, await session.Query<MemberUnit>().CountAsync(u => u.Name == "建设村"));
    }

    [Fact]
    public async Task The_district_reads_every_town_and_every_change_in_a_town_is_refused()
    {
        var district = await As("district");
        Assert.Contains("建设村", await (await Get(district, "/t/tgy/roster/units", 200)).ReadAsTextAsync());
        await Get(district, "/t/hyz/roster/units", 200);
        await app.Host.PostFormAsync(district, "/t/tgy/roster/units", [("Name", "区里登记的单位"), ("Kind", "Village")], HttpStatusCode.Forbidden);
        await app.Host.PostFormAsync(district, "/t/tgy/compliance/run", [], HttpStatusCode.Forbidden);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        Assert.False(await session.Query<MemberUnit>().AnyAsync(u => u.Name == "区里登记的单位"));
        // Without a membership it is no town's 查阅 either outside the district's reading.
        await Get(district, "/t/tgy/town", 403);
    }

    [Fact]
    public async Task Old_addresses_go_to_the_accounts_town_and_an_account_with_two_towns_chooses()
    {
        var sample = await As("tgy-clerk");
        var moved = await app.Host.Scenario(s => { s.Get.Url("/meetings?year=2026"); s.As(sample); s.StatusCodeShouldBe(302); });
        Assert.Equal("/t/tgy/meetings?year=2026", moved.Context.Response.Headers.Location.ToString());
        var both = await As("both-clerk");
        var choose = await app.Host.Scenario(s => { s.Get.Url("/meetings"); s.As(both); s.StatusCodeShouldBe(302); });
        Assert.StartsWith("/towns?returnUrl=", choose.Context.Response.Headers.Location.ToString());
        var page = await (await Get(both, "/towns", 200)).ReadAsTextAsync();
        Assert.Contains("href=\"/t/tgy/\"", page);
        Assert.Contains("href=\"/t/hyz/\"", page);
    }

    [Fact]
    public async Task A_town_administrator_edits_the_profile_every_print_reads_and_bad_input_changes_nothing()
    {
        var admin = await As("hyz-clerk");
        var form = await (await Get(admin, "/t/hyz/town", 200)).ReadAsTextAsync();
        Assert.Contains("华岩未保领纪", form);
        await app.Host.PostFormAsync(admin, "/t/hyz/town", Fields("华岩镇", "华岩"), HttpStatusCode.SeeOther);
        var refused = await app.Host.PostFormAsync(admin, "/t/hyz/town", Fields("", "华岩"), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写镇街名称", await refused.ReadAsTextAsync());
        var shell = await (await Get(admin, "/t/hyz/roster/units", 200)).ReadAsTextAsync();
        Assert.Contains("华岩镇未成年人保护工作领导小组办公室（已改）", shell);
        await Get(await As("tgy-clerk"), "/t/tgy/town", 403);

        static (string, string)[] Fields(string name, string shortName) =>
        [
            ("TownName", name), ("FullName", "华岩镇人民政府"), ("ShortName", shortName), ("OfficeIssuer", "华岩镇未成年人保护工作领导小组办公室（已改）"),
            ("LeadingGroupIssuer", "华岩镇未成年人保护工作领导小组"), ("StationIssuer", "华岩镇未成年人保护工作站"), ("CheckFrom", ""),
            .. Enum.GetValues<DocumentKind>().Select(k => ($"Prefix.{k}", TownProfile.DefaultPrefix(shortName, k)))
        ];
    }

    private async Task<IReadOnlyList<IDictionary<string, object>>> LedgerRows(SignedIn user, string town)
    {
        var result = await Get(user, $"/t/{town}/training/ledger.xlsx", 200);
        using var stream = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(stream);
        stream.Position = 0;
        return MiniExcel.Query(stream, useHeaderRow: true, sheetName: "培训台账").Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task Exports_alerts_dashboard_figures_feeds_and_the_what_if_of_one_town_hold_nothing_of_the_other()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.PostFormAsync(admin, "/t/tgy/compliance/run", [], HttpStatusCode.SeeOther);
        var other = await As("hyz-clerk");
        var sample = await As("tgy-clerk");

        var names = (await LedgerRows(sample, "tgy")).Select(r => r.TryGetValue("姓名", out var n) ? n as string : null).OfType<string>().ToList();
        Assert.NotEmpty(names);
        // The empty town's ledger is its own "（无）", with none of the sample town's people.
        var hyzRows = await LedgerRows(other, "hyz");
        Assert.DoesNotContain(hyzRows.SelectMany(r => r.Values).OfType<string>(), v => names.Contains(v));
        Assert.True(hyzRows.Count <= 1);

        await using var tgy = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var alert = await tgy.Query<ComplianceAlert>().FirstAsync(a => a.IsOpen);
        Assert.Contains(alert.Subject, await (await Get(sample, "/t/tgy/compliance", 200)).ReadAsTextAsync());
        var alerts = await (await Get(other, "/t/hyz/compliance", 200)).ReadAsTextAsync();
        Assert.DoesNotContain(alert.Subject, alerts);
        // A record of the other town under one's own town's address is simply not there.
        await Get(other, $"/t/hyz/compliance/alerts/{alert.Id}", 404);
        var worker = await tgy.Query<Secretariat.Web.Features.Training.ChildWorker>().FirstAsync();
        await Get(other, $"/t/hyz/training/people/{worker.Id}", 404);

        var dashboard = await (await Get(other, "/t/hyz/", 200)).ReadAsTextAsync();
        Assert.DoesNotContain(alert.Subject, dashboard);
        Assert.DoesNotContain("双骑龙村", dashboard);

        // The what-if (the evaluation as of a day) of the empty town finds nothing; the sample town's finds its gaps.
        await using var hyz = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(TwoTownsFixture.Other);
        var engine = app.Host.Services.GetRequiredService<ComplianceEngine>();
        var today = TownCalendar.Today;
        Assert.Contains((await engine.EvaluateAsync(tgy, today, default)).Findings, f => TrainingCadence.IsTraining(f.Rule));
        Assert.DoesNotContain((await engine.EvaluateAsync(hyz, today, default)).Findings,
            f => f.Subject.Contains("双骑龙村") || f.Subject.Contains(worker.Name));

        // A calendar link of one town opens nothing in the other.
        var calendar = await app.Host.PostFormAsync(sample, "/t/tgy/meetings/calendar/link", [], HttpStatusCode.OK);
        var feed = Regex.Match(await calendar.ReadAsTextAsync(), @"/t/tgy(/meetings/feed/[A-Za-z0-9_-]+\.ics)").Groups[1].Value;
        Assert.NotEmpty(feed);
        await app.Host.Scenario(s => { s.Get.Url("/t/tgy" + feed); s.StatusCodeShouldBe(200); });
        await app.Host.Scenario(s => { s.Get.Url("/t/hyz" + feed); s.StatusCodeShouldBe(404); });
    }

    [Fact]
    public async Task A_towns_administrator_sees_the_lockouts_of_its_own_accounts_only()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            foreach (var name in new[] { "tgy-clerk", "hyz-clerk-locked", "no-such-account" })
                session.Store(new SignInFailures { Id = name, Count = 10, Lockouts = 1, LockedAt = now, LockedUntil = now.AddMinutes(-1), LastFailureAt = now });
            await session.SaveChangesAsync();
        }
        await using (var scope = app.Host.Services.CreateAsyncScope())
            Assert.Null((await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync("hyz-clerk-locked", "x", TwoTownsFixture.Password, [TwoTownsFixture.Other], [Roles.Reader], null)).Refusal);
        var page = await (await Get(await As("hyz-clerk"), "/t/hyz/account/lockouts", 200)).ReadAsTextAsync();
        Assert.Contains("hyz-clerk-locked", page);
        Assert.DoesNotContain("tgy-clerk", page);
        Assert.DoesNotContain("no-such-account", page);
        var district = await (await Get(await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword), "/t/tgy/account/lockouts", 200)).ReadAsTextAsync();
        Assert.Contains("no-such-account", district);
    }

    [Fact]
    public async Task Every_post_route_of_a_town_refuses_the_district_whatever_its_own_policy()
    {
        var district = await As("district");
        var posts = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.IsDistrictWide() && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            // A number where the route asks for one (a quarter's year and number), else an id: the route is matched, then refused.
            .Select(e => Regex.Replace(Regex.Replace(e.RoutePattern.RawText ?? "", @"\{[^}:]+:int\}", "1"), @"\{[^}]+\}", Guid.NewGuid().ToString()))
            .Distinct().ToList();
        Assert.True(posts.Count > 25, $"only {posts.Count} POST routes");
        foreach (var town in new[] { SampleTownAccounts.Town, TwoTownsFixture.Other })
        foreach (var route in posts)
        {
            var url = $"/t/{town}{(route.StartsWith('/') ? route : "/" + route)}";
            var result = await app.Host.Scenario(s =>
            {
                s.Post.FormData(new Dictionary<string, string> { ["__RequestVerificationToken"] = district.RequestToken }).ToUrl(url);
                s.As(district);
                s.IgnoreStatusCode();
            });
            Assert.True(result.Context.Response.StatusCode == 403, $"{url} answered {result.Context.Response.StatusCode}");
        }
    }
}
