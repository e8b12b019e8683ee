
namespace Secretariat.Tests.Features.Health;

public class HealthTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Alive_answers_without_sign_in()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/alive");
            s.StatusCodeShouldBeOk();
            s.ContentShouldBe("alive");
        });
    }

    [Fact]
    public async Task Health_reports_database_wolverine_and_hangfire()
    {
        // Hangfire's server announces itself shortly after start.
        string body = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var result = await app.Host.Scenario(s =>
            {
                s.Get.Url("/health");
                s.IgnoreStatusCode();
            });
            body = await result.ReadAsTextAsync();
            if (result.Context.Response.StatusCode == 200) break;
            await Task.Delay(200);
        }
        Assert.Contains("\"status\":\"Healthy\"", body);
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"wolverine\":{\"status\":\"Healthy\"", body);
        Assert.Contains("\"hangfire\":{\"status\":\"Healthy\"", body);
    }
}
