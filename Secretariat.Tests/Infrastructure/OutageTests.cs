using Npgsql;

namespace Secretariat.Tests.Infrastructure;

/// <summary>The database goes away while the app runs: pages and /health say so with 503, and service resumes by itself.</summary>
public sealed class OutageFixture : AppFixture
{
    public TcpProxy Proxy { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        var direct = await TestPostgres.NewDatabaseAsync("outage");
        Proxy = new TcpProxy(new NpgsqlConnectionStringBuilder(direct).Port);
        Proxy.Start();
        ConnectionString = new NpgsqlConnectionStringBuilder(direct) { Port = Proxy.Port }.ConnectionString;
        await StartAsync();
    }

    private async Task StartAsync() => SetHost(await StartHostAsync(ConnectionString));

    public override async Task DisposeAsync()
    {
        Proxy.Start();
        await base.DisposeAsync();
        await Proxy.DisposeAsync();
    }
}

public class OutageTests(OutageFixture app) : IClassFixture<OutageFixture>
{
    [Fact]
    public async Task Without_the_database_pages_and_health_answer_503_and_service_resumes_when_it_is_back()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await PageAsync(admin, HttpStatusCode.OK);

        app.Proxy.Stop();
        var down = await PageAsync(admin, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("数据库暂时无法访问，请稍后再试", await down.ReadAsTextAsync());
        Assert.False(string.IsNullOrEmpty(down.Context.Response.Headers.RetryAfter.ToString()));
        var health = await app.Host.Scenario(s =>
        {
            s.Get.Url("/health");
            s.StatusCodeShouldBe(HttpStatusCode.ServiceUnavailable);
        });
        Assert.Contains("\"database\":{\"status\":\"Unhealthy\"", await health.ReadAsTextAsync());

        app.Proxy.Start();
        var resumed = false;
        for (var attempt = 0; attempt < 50 && !resumed; attempt++)
        {
            var result = await app.Host.Scenario(s =>
            {
                s.Get.Url("/t/tgy/roster/leading-group");
                s.As(admin);
                s.IgnoreStatusCode();
            });
            resumed = result.Context.Response.StatusCode == 200;
            if (!resumed) await Task.Delay(100);
        }
        Assert.True(resumed, "the page did not come back after the database returned");
    }

    private Task<IScenarioResult> PageAsync(SignedIn user, HttpStatusCode expected) => app.Host.Scenario(s =>
    {
        s.Get.Url("/t/tgy/roster/leading-group");
        s.As(user);
        s.StatusCodeShouldBe(expected);
    });
}
