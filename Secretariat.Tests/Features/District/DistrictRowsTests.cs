using Marten;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.District;
using Secretariat.Web.Features.Meetings;
using Wolverine;

namespace Secretariat.Tests.Features.District;

/// <summary>The sample town, 60 empty towns (more than a page of the overview) and a 区未保办; one host for the class.</summary>
public sealed class ManyTownsFixture : AppFixture
{
    public const string Reader = "rows-reader";
    public const string Password = "rows-test-password";
    public const int AddedTowns = 60;

    public static string Code(int i) => $"rt{i:D2}";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<TownRegistry>();
        for (var i = 0; i < AddedTowns; i++) Assert.Null(await registry.AddAsync(Code(i), $"行{i:D2}镇", null, default));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateAsync(Reader, "区未保办", Password, [], [DistrictRoles.Reader], null)).Refusal);
    }
}

/// <summary>The overview reads each town's row as its last evaluation left it, a page of towns at a time; the daily run's runners split the towns.</summary>
public class DistrictRowsTests(ManyTownsFixture app) : IClassFixture<ManyTownsFixture>
{
    private async Task<string> OverviewAsync(string query = "")
    {
        var (_, cookie) = await SignedIn.PostSignInAsync(app.Host, ManyTownsFixture.Reader, ManyTownsFixture.Password, HttpStatusCode.Redirect);
        var result = await app.Host.Scenario(s => { s.Get.Url("/district" + query); s.As(new SignedIn(cookie, "")); s.StatusCodeShouldBe(200); });
        return await result.ReadAsTextAsync();
    }

    private static List<string> Towns(string page) =>
        Regex.Matches(Regex.Match(page, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value, "<tr data-town=\"([^\"]+)\">")
            .Select(m => m.Groups[1].Value).ToList();

    private static int Figure(string page, string town, string column) =>
        int.Parse(Regex.Match(page, $"<tr data-town=\"{town}\">.*?<td data-column=\"{column}\"[^>]*><a [^>]*>(\\d+)", RegexOptions.Singleline).Groups[1].Value);

    private async Task EvaluateAsync(string town)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(town, new RaiseAlerts());
    }

    [Fact]
    public async Task A_town_s_figures_change_with_its_evaluation_not_when_the_page_is_read()
    {
        const string town = "rt07";
        // By the towns' names: the added towns 行00镇 to 行49镇 fill the first page.
        const string query = "?sort=town&dir=asc";
        Assert.Equal(0, Figure(await OverviewAsync(query), town, "resolutions"));
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var resolution = new Resolution
        {
            Id = Guid.NewGuid(), Text = "建立留守儿童台账", MeetingTitle = "专题会议", LeadUnit = new UnitRef(Guid.NewGuid(), "建设村"),
            DueOn = TownCalendar.Today.AddDays(-3)
        };
        await using (var session = store.LightweightSession(town))
        {
            session.Store(resolution);
            await session.SaveChangesAsync();
        }
        // Read again: the row is the last evaluation's, nothing is evaluated on the way.
        Assert.Equal(0, Figure(await OverviewAsync(query), town, "resolutions"));

        await EvaluateAsync(town);
        var page = await OverviewAsync(query);
        Assert.Equal(1, Figure(page, town, "resolutions"));
        Assert.Equal(1, Figure(page, town, "overdue"));
        Assert.Equal(0, Figure(page, "rt08", "resolutions"));

        // Back as it was, for the class's other tests.
        await using (var session = store.LightweightSession(town))
        {
            session.Delete(resolution);
            await session.SaveChangesAsync();
        }
        await EvaluateAsync(town);
        Assert.Equal(0, Figure(await OverviewAsync(query), town, "resolutions"));
    }

    [Fact]
    public async Task The_overview_shows_fifty_towns_a_page_with_the_totals_of_all_and_any_page_number_is_answered()
    {
        var first = await OverviewAsync();
        var all = ManyTownsFixture.AddedTowns + 1;
        Assert.Equal(DistrictPages.PageSize, Towns(first).Count);
        Assert.Contains($"合计（{all} 个镇街）", first);
        Assert.Contains($"第 1 / 2 页，共 {all} 条", first);
        var second = await OverviewAsync("?sort=town&dir=asc&page=2");
        Assert.Equal(all - DistrictPages.PageSize, Towns(second).Count);
        Assert.Empty(Towns(first).Intersect(Towns(second)));
        // The pages' links keep the order asked for.
        Assert.Contains("href=\"/district?sort=town&amp;dir=asc&amp;page=1\"", second);
        // A page past the last is the last; anything not a page number, the first.
        Assert.Equal(Towns(second), Towns(await OverviewAsync("?sort=town&dir=asc&page=3")));
        foreach (var bad in new[] { "0", "-1", "99999999999", "abc", "2.5", "%EF%BC%92" })
            Assert.Equal(Towns(first), Towns(await OverviewAsync($"?page={bad}")));
    }

    [Fact]
    public async Task Two_runners_of_one_shared_run_split_the_towns_each_town_evaluated_once_and_a_later_run_of_that_name_finds_none_left()
    {
        var shared = "test-" + Guid.NewGuid().ToString("N");
        async Task<IReadOnlyDictionary<string, AlertChanges>> RunAsync()
        {
            await using var scope = app.Host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeAsync<IReadOnlyDictionary<string, AlertChanges>>(new RaiseAlertsInEveryTown(shared));
        }
        var runs = await Task.WhenAll(RunAsync(), RunAsync());
        Assert.Empty(runs[0].Keys.Intersect(runs[1].Keys));
        Assert.Equal(ManyTownsFixture.AddedTowns + 1, runs[0].Count + runs[1].Count);
        Assert.Empty(await RunAsync());
        // A run of no name is every town's (the 检查 of every town from the command line, a bench's).
        await using var scope = app.Host.Services.CreateAsyncScope();
        Assert.Equal(ManyTownsFixture.AddedTowns + 1, (await scope.ServiceProvider.GetRequiredService<IMessageBus>()
            .InvokeAsync<IReadOnlyDictionary<string, AlertChanges>>(new RaiseAlertsInEveryTown())).Count);
    }
}
