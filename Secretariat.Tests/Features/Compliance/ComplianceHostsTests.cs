using System.Text.Json;
using Marten;
using Secretariat.Web.Features.Compliance;
using Wolverine;

namespace Secretariat.Tests.Features.Compliance;

/// <summary>The sample town as it is (every rule checked since the town's start) on 1 October 2026.</summary>
public class ComplianceHostsFixture : ClockedAppFixture
{
    protected override DateOnly StartsOn => new(2026, 10, 1);
}

public class ComplianceHostsTests(ComplianceHostsFixture app) : IClassFixture<ComplianceHostsFixture>
{
    private static async Task<T> InvokeAsync<T>(Alba.IAlbaHost host, object command)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<T>(SampleTownAccounts.Town, command);
    }

    [Fact]
    public void Every_feature_registers_its_rules_and_says_whose_they_are()
    {
        var rules = app.Host.Services.GetRequiredService<ComplianceEngine>().Rules;
        // In the notice's order, as the alerts page lists them.
        Assert.Equal(["R3", "R3-minutes", "R5", "R6-onboarding", "R6-rotation", "S5-visits", "S23-quarter", "S19-police", "S19-steps", "S-plan-steps",
            "S-window-follow-up", "S25-activities", "S62-replies", "S21-staff-checks", "R7", "resolution", "adjustment", "S69-organisations", "S71-social-worker",
            "S73-director-reviews", "S74-volunteers", "major-instruction", "campaign-submission", "campaign-review", "campaign-acceptance", "campaign-rectification"],
            rules.Select(r => r.Code));
        // A liaison answers for their unit's resolutions and requests, its campaign evidence and the rectifications of items it leads,
        // the suggestions it received, its staff checks and its village's volunteer team; a village's 儿童主任 for its children's visits and activities;
        // a unit for the case-plan steps and referrals it owns.
        Assert.Equal(["S5-visits", "S-plan-steps", "S-window-follow-up", "S25-activities", "S62-replies", "S21-staff-checks", "resolution", "adjustment", "S74-volunteers",
                "campaign-submission", "campaign-rectification"],
            rules.Where(r => r.Followers.HasFlag(Reach.OwnUnit)).Select(r => r.Code));
        // The station: its own rules, and the campaign's, whose 初审 it does.
        Assert.Equal(["R5", "R6-onboarding", "R6-rotation", "S5-visits", "S23-quarter", "S19-police", "S19-steps", "S-plan-steps", "S-window-follow-up",
                "S25-activities", "R7", "S69-organisations", "S71-social-worker", "S73-director-reviews", "S74-volunteers", "campaign-submission", "campaign-review",
                "campaign-acceptance", "campaign-rectification"],
            rules.Where(r => r.Followers.HasFlag(Reach.Station)).Select(r => r.Code));
        Assert.Equal(["R6-onboarding", "R6-rotation"], rules.Where(r => r.Group?.Code == "R6").Select(r => r.Code));
    }

    [Fact]
    public async Task Two_instances_running_the_job_at_once_raise_each_alert_once()
    {
        await using var second = await app.StartHostAsync(app.ConnectionString, app.OnTheClock);
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
            using var json = JsonDocument.Parse(output[output.IndexOf('{')..(output.LastIndexOf('}') + 1)]);
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

public class RecheckingAppFixture : AppFixture
{
    protected override bool RecheckAfterChanges => true;

    /// <summary>Its own first start: the sample's load is the change whose recheck the test waits for.</summary>
    protected override bool StartsFromFirstStartCopy => false;
}

public class ComplianceRecheckTests(RecheckingAppFixture app) : IClassFixture<RecheckingAppFixture>
{
    [Fact]
    public async Task Alerts_follow_a_change_within_seconds_without_waiting_for_the_daily_job()
    {
        // The sample's first load was a change: its alerts are raised shortly after the start.
        for (var i = 0; i < 40 && await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert") == 0; i++) await Task.Delay(250);
        Assert.True(await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert where is_open") > 0);
    }
}

public class CompliancePagesFixture : ComplianceHostsFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync("clerk", "clerk-password-1", [Secretariat.Web.Infrastructure.Kernel.Roles.Secretariat]);
        await CreateUserAsync("station", "station-password-1", [Secretariat.Web.Infrastructure.Kernel.Roles.WorkStation]);
        await CreateUserAsync("jianshe", "jianshe-password-1", [Secretariat.Web.Infrastructure.Kernel.Roles.UnitLiaison]);
        await CreateUserAsync("reader", "reader-password-1", [Secretariat.Web.Infrastructure.Kernel.Roles.Reader]);
    }
}

public class CompliancePagesTests(CompliancePagesFixture app) : IClassFixture<CompliancePagesFixture>
{
    private async Task<string> GetAsync(SignedIn user, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    [Fact]
    public async Task Only_an_administrator_runs_the_check_and_each_role_sees_and_acknowledges_its_own_alerts()
    {
        var clerk = await SignedIn.AsAsync(app.Host, "clerk", "clerk-password-1");
        await app.Host.PostFormAsync(clerk, "/t/tgy/compliance/run", [], System.Net.HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert"));

        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var run = await app.Host.PostFormAsync(admin, "/t/tgy/compliance/run", [], System.Net.HttpStatusCode.SeeOther);
        var location = Uri.UnescapeDataString(run.Context.Response.Headers.Location.ToString());
        Assert.StartsWith("/t/tgy/?checked=2026-10-01 检查完成", location);
        var open = await app.ScalarAsync("select count(*) from secretariat.mt_doc_compliancealert where is_open");
        Assert.Contains($"新提出 {open}", location);
        Assert.Contains("立即检查", await GetAsync(admin, "/t/tgy/"));
        Assert.DoesNotContain("立即检查", await GetAsync(clerk, "/t/tgy/"));

        // The office sees everything, by severity; the station its rules only; a liaison their unit's (none here).
        var office = await GetAsync(clerk, "/t/tgy/");
        Assert.Contains("2026 年领导小组会议", office);
        Assert.Matches("data-figure=\"alerts-Breach\">\\s*<span class=\"label\">违规</span><strong>\\d+</strong>", office);
        var station = await SignedIn.AsAsync(app.Host, "station", "station-password-1");
        var stationBoard = await GetAsync(station, "/t/tgy/");
        Assert.Contains("村（社区）每季度活动", stationBoard);
        Assert.DoesNotContain("领导小组会议（每年至少两次）", stationBoard);
        // The board lists the 20 most serious; the station's list has all of its rules' alerts and none of the others.
        var stationList = await GetAsync(station, "/t/tgy/compliance");
        Assert.Contains("儿童主任入职培训", stationList);
        Assert.DoesNotContain("data-alert=\"R3:2026\"", stationList);
        var liaison = await SignedIn.AsAsync(app.Host, "jianshe", "jianshe-password-1");
        Assert.Contains("没有需要处理的提醒", await GetAsync(liaison, "/t/tgy/"));
        var list = await GetAsync(clerk, "/t/tgy/compliance?rule=R6");
        Assert.Equal(20, System.Text.RegularExpressions.Regex.Matches(list, "data-alert=\"R6-").Count);
        Assert.Contains("data-alert=\"R3:2026\"", await GetAsync(clerk, "/t/tgy/compliance?severity=Urgent"));

        var meetingsAlert = await app.ScalarTextAsync("select id::text from secretariat.mt_doc_compliancealert where data->>'Key' = 'R3:2026'");
        await GetAsync(liaison, $"/t/tgy/compliance/alerts/{meetingsAlert}", System.Net.HttpStatusCode.Forbidden);
        await GetAsync(station, $"/t/tgy/compliance/alerts/{meetingsAlert}", System.Net.HttpStatusCode.Forbidden);
        await app.Host.PostFormAsync(station, $"/t/tgy/compliance/alerts/{meetingsAlert}/acknowledge", [("Note", "看到了")], System.Net.HttpStatusCode.Forbidden);
        var reader = await SignedIn.AsAsync(app.Host, "reader", "reader-password-1");
        Assert.DoesNotContain("标记已知悉", await GetAsync(reader, $"/t/tgy/compliance/alerts/{meetingsAlert}"));
        await app.Host.PostFormAsync(reader, $"/t/tgy/compliance/alerts/{meetingsAlert}/acknowledge", [("Note", "看到了")], System.Net.HttpStatusCode.Forbidden);

        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        var tooLong = await app.Host.PostFormAsync(clerk, $"/t/tgy/compliance/alerts/{meetingsAlert}/acknowledge", [("Note", new string('长', 501))],
            System.Net.HttpStatusCode.UnprocessableEntity);
        Assert.Contains("说明不能超过 500 字", await tooLong.ReadAsTextAsync());
        var stale = await app.Host.PostFormAsync(clerk, $"/t/tgy/compliance/alerts/{meetingsAlert}/acknowledge", [("Version", "99"), ("Note", "已安排")],
            System.Net.HttpStatusCode.UnprocessableEntity);
        var staleText = await stale.ReadAsTextAsync();
        Assert.Contains("这条提醒刚刚有了变化", staleText);
        Assert.Contains("已安排", staleText);
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));
        await app.Host.PostFormAsync(clerk, $"/t/tgy/compliance/alerts/{meetingsAlert}/acknowledge", [("Note", "已安排 11 月召开第一次会议")],
            System.Net.HttpStatusCode.SeeOther);
        Assert.Contains("已安排 11 月召开第一次会议", await GetAsync(clerk, $"/t/tgy/compliance/alerts/{meetingsAlert}"));
        Assert.Contains("（已知悉）", await GetAsync(clerk, "/t/tgy/compliance?rule=R3"));

        // Notes on one alert at once never refuse one another: each read the same alert, each is saved.
        var revision = System.Text.RegularExpressions.Regex.Match(await GetAsync(clerk, $"/t/tgy/compliance/alerts/{meetingsAlert}"),
            "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var acknowledged = await app.ScalarAsync($"select count(*) from secretariat.mt_events where stream_id = '{meetingsAlert}' and type = 'alert_acknowledged'");
        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => app.Host.PostFormAsync(clerk, $"/t/tgy/compliance/alerts/{meetingsAlert}/acknowledge",
            [("Version", revision), ("Note", $"第 {i} 条说明")], System.Net.HttpStatusCode.SeeOther)));
        Assert.Equal(acknowledged + 8, await app.ScalarAsync($"select count(*) from secretariat.mt_events where stream_id = '{meetingsAlert}' and type = 'alert_acknowledged'"));

        // Hangfire holds the daily job on the Asia/Shanghai clock, at the configured time (07:00 by default; never in tests).
        Assert.Equal("0 7 * * *", new ComplianceOptions().Cron);
        Assert.Equal(AppFixture.NeverCron, await app.ScalarTextAsync("select value from hangfire.hash where key = 'recurring-job:compliance-daily' and field = 'Cron'"));
        Assert.Equal("Asia/Shanghai", await app.ScalarTextAsync("select value from hangfire.hash where key = 'recurring-job:compliance-daily' and field = 'TimeZoneId'"));
    }
}
