
namespace Secretariat.Tests.Features.Meetings;

/// <summary>Appends that cannot conflict, and ids that name nothing, on a resolution of their own.</summary>
public class ResolutionConcurrencyTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private Task<SignedIn> As(string user) => _steps.As(user);

    private Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields, HttpStatusCode expected) =>
        _steps.PostAsync(user, url, fields, expected);

    private Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) => _steps.GetAsync(user, url, expected);

    private Task<string> HeldAndIssuedAsync(SignedIn clerk, SignedIn leader, string title, int daysAgo, string? resolution = null) =>
        _steps.HeldAndIssuedAsync(clerk, leader, title, daysAgo, resolution);

    [Fact]
    public async Task Thirty_two_progress_posts_at_once_on_one_resolution_are_thirty_two_saved()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        await HeldAndIssuedAsync(clerk, leader, "并发进展测试会议", 3, "并发进展事项");
        var liaison = await As("jianshe");
        var board = await GetAsync(clerk, $"/t/tgy/resolutions?unit={SampleTown.UnitId("建设村")}");
        var resolution = Regex.Matches(board, "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"[^>]*>并发进展事项").Single().Groups[1].Value;
        var id = resolution.Split('/').Last();
        var results = await Task.WhenAll(Enumerable.Range(1, 32).Select(i =>
            app.Host.PostFormAsync(liaison, resolution + "/progress", [("Text", $"第 {i} 次进展")], HttpStatusCode.SeeOther)));
        Assert.Equal(32, results.Length);
        Assert.Equal(32, await app.ScalarAsync($"select count(*) from secretariat.mt_events where stream_id = '{id}' and type = 'resolution_progress_posted'"));
        Assert.Equal(32, await app.ScalarAsync($"select (data ->> 'ProgressCount')::int from secretariat.mt_doc_resolution where id = '{id}'"));
    }

    [Fact]
    public async Task An_empty_id_in_a_form_or_a_route_is_refused_without_a_500()
    {
        var clerk = await As("clerk");
        var leader = await As("yewei");
        await HeldAndIssuedAsync(clerk, leader, "空编号测试会议", 4, "空编号事项");
        var board = await GetAsync(clerk, $"/t/tgy/resolutions?unit={SampleTown.UnitId("建设村")}");
        var resolution = Regex.Matches(board, "href=\"(/t/tgy/resolutions/[0-9a-f-]{36})\"[^>]*>空编号事项").Single().Groups[1].Value;
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        var carry = await PostAsync(clerk, resolution + "/carry", [("MeetingId", Guid.Empty.ToString())], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请选择要列入的会议", await carry.ReadAsTextAsync());
        await GetAsync(clerk, $"/t/tgy/meetings/{Guid.Empty}", HttpStatusCode.NotFound);
        await PostAsync(clerk, $"/t/tgy/resolutions/{Guid.Empty}/complete", [("Evidence", "x")], HttpStatusCode.NotFound);
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));
    }
}
