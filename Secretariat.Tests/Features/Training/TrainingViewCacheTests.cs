
namespace Secretariat.Tests.Features.Training;

/// <summary>The ledger and coverage views are cached against a version bumped with every change, on any instance.</summary>
public class TrainingViewCacheTests(TrainingFixture app) : TrainingScenarios(app), IClassFixture<TrainingFixture>
{
    [Fact]
    public async Task A_change_made_through_another_instance_shows_at_once_in_the_cached_views()
    {
        await using var other = await App.StartHostAsync(App.ConnectionString);
        var readerOnOther = await SignedIn.AsAsync(other, "reader", "reader-password-1");
        async Task<string> OnOther(string url) =>
            await (await other.Scenario(s => { s.Get.Url(url); s.As(readerOnOther); })).ReadAsTextAsync();

        Assert.Contains("<strong class=\"vacant\">0</strong> 个空缺", await OnOther("/t/tgy/training/coverage"));
        Assert.Contains("data-person=\"罗翠\"", await OnOther("/t/tgy/training"));

        var station = await Station();
        await PostAsync(station, $"/t/tgy/training/people/{SampleTown.PersonId("罗翠")}/leave", [("EffectiveOn", Day(-1)), ("Reason", "辞职")],
            HttpStatusCode.SeeOther);

        var coverage = await OnOther("/t/tgy/training/coverage");
        Assert.Contains("<strong class=\"vacant\">1</strong> 个空缺", coverage);
        Assert.Contains($"（自 {Day(-1)} 起）", coverage);
        Assert.DoesNotContain("data-person=\"罗翠\"", await OnOther("/t/tgy/training"));
        Assert.Contains("data-person=\"罗翠\"", await OnOther($"/t/tgy/training?asOf={Day(-2)}"));
    }
}
