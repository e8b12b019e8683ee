using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Secretariat.Tests.Support;
using Secretariat.Web.Features.Compliance;
using Wolverine;

namespace Secretariat.Tests.Features.Compliance;

/// <summary>The sample town as it is (every rule checked since the town's start) on 1 October 2026.</summary>
public class ComplianceHostsFixture : AppFixture
{
    public TestClock Clock { get; } = new();

    protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        Clock.Set(new DateOnly(2026, 10, 1), hour: 7);
        builder.UseSetting("Compliance:RecheckAfterChangeSeconds", "0");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class ComplianceHostsTests(ComplianceHostsFixture app) : IClassFixture<ComplianceHostsFixture>
{
    private static async Task<T> InvokeAsync<T>(Alba.IAlbaHost host, object command)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<T>(command);
    }

    [Fact]
    public async Task Two_instances_running_the_job_at_once_raise_each_alert_once()
    {
        await using var second = await app.StartHostAsync(app.ConnectionString,
            builder => builder.UseSetting("Compliance:RecheckAfterChangeSeconds", "0")
                .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(app.Clock)));
        var expected = await InvokeAsync<ComplianceReport>(app.Host, new EvaluateCompliance(new DateOnly(2026, 10, 1)));
        Assert.True(expected.Findings.Count > 20);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => InvokeAsync<AlertChanges>(i % 2 == 0 ? app.Host : second, new RaiseAlerts())));
        Assert.Equal(expected.Findings.Count, runs.Sum(r => r.Opened));
        Assert.Equal(1, runs.Count(r => r.Opened > 0));
        Assert.Equal(expected.Findings.Count,
            await app.ScalarAsync("select count(*) from secretariat.mt_events where type = 'alert_opened'"));
        Assert.Equal(expected.Findings.Count, await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert where is_open"));

        // The Hangfire job itself (what the recurring job runs) is the same idempotent command.
        await using (var scope = second.Services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<ComplianceJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        Assert.Equal(expected.Findings.Count, await app.ScalarAsync("select count(*) from secretariat.mt_events where type like 'alert_%'"));
    }

    [Fact]
    public async Task The_what_if_command_prints_the_findings_of_a_day_and_changes_nothing()
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Secretariat"] = app.ConnectionString };
        var before = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        foreach (var (day, cadence) in new[] { ("2026-06-30", (string?)null), ("2026-07-01", "Warning"), ("2026-10-01", "Urgent"), ("2027-01-01", "Breach") })
        {
            var (exit, output) = await AppProcess.RunToEndAsync(environment, "compliance", "--as-of", day, "--json");
            Assert.True(exit == 0, output);
            using var json = JsonDocument.Parse(output[output.IndexOf('{')..]);
            Assert.Equal(day, json.RootElement.GetProperty("asOf").GetString());
            var printed = json.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (f.GetProperty("key").GetString(), f.GetProperty("severity").GetString())).ToList();
            var expected = await InvokeAsync<ComplianceReport>(app.Host, new EvaluateCompliance(DateOnly.Parse(day)));
            Assert.Equal(expected.Findings.Select(f => (f.Key, f.Severity.ToString())), printed);
            Assert.Equal(cadence, printed.SingleOrDefault(f => f.Item1 == "R3:2026").Item2);
            // Every sample director's onboarding (due 2022-04-28) is a breach on every one of these days.
            Assert.Equal(10, printed.Count(f => f.Item1!.StartsWith("R6-onboarding:") && f.Item2 == "Breach"));
        }
        var (_, table) = await AppProcess.RunToEndAsync(environment, "compliance", "--as-of", "2026-10-01");
        Assert.Contains("截至 2026-10-01 的合规检查（只读，不改变任何数据）", table);
        Assert.Contains("紧急\t领导小组会议（每年至少两次）\t领导小组会议\t2026年", table);
        var (badExit, bad) = await AppProcess.RunToEndAsync(environment, "compliance", "--as-of", "2026-13-01");
        Assert.Equal(1, badExit);
        Assert.Contains("日期格式不对", bad);
        Assert.Equal(before, await app.ScalarAsync("select count(*) from secretariat.mt_events"));
    }
}

public class ComplianceRecheckTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Alerts_follow_a_change_within_seconds_without_waiting_for_the_daily_job()
    {
        // The sample's first load was a change: its alerts are raised shortly after the start.
        for (var i = 0; i < 40 && await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert") == 0; i++) await Task.Delay(250);
        Assert.True(await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert where is_open") > 0);
    }
}
