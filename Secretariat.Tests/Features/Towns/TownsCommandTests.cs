using Marten;
using Wolverine;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Tests.Features.Towns;

public class TownsCommandTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Dictionary<string, string> Environment => new() { ["ConnectionStrings__Secretariat"] = app.ConnectionString };

    [Fact]
    public async Task Towns_are_added_and_listed_accounts_join_several_and_compliance_names_its_town_once_there_are_two()
    {
        var (alone, aloneOutput) = await AppProcess.RunToEndAsync(Environment, "compliance", "--json");
        Assert.True(alone == 0, aloneOutput);

        var (added, output) = await AppProcess.RunToEndAsync(Environment, "towns", "add", "tqz", "--name", "跳蹬镇");
        Assert.True(added == 0, output);
        var (again, againOutput) = await AppProcess.RunToEndAsync(Environment, "towns", "add", "tqz", "--name", "跳蹬镇");
        Assert.Equal(1, again);
        Assert.Contains("已被", againOutput);
        var (badCode, badOutput) = await AppProcess.RunToEndAsync(Environment, "towns", "add", "T-1", "--name", "某镇");
        Assert.Equal(1, badCode);
        Assert.Contains("镇街代码须为", badOutput);
        var (_, list) = await AppProcess.RunToEndAsync(Environment, "towns", "list");
        Assert.Contains("tgy\t铜罐驿镇", list);
        Assert.Contains("tqz\t跳蹬镇\t跳蹬镇人民政府\t跳蹬", list);

        var (joined, joinedOutput) = await AppProcess.RunToEndAsync(Environment,
            "users", "add", "two.towns", "--role", "查阅", "--town", "tgy", "--town", "tqz", "--password", "two-towns-password-1");
        Assert.True(joined == 0, joinedOutput);
        var (noTown, noTownOutput) = await AppProcess.RunToEndAsync(Environment, "users", "add", "no.town", "--role", "办公室", "--password", "no-town-password-1");
        Assert.Equal(1, noTown);
        Assert.Contains("须指定所属镇街", noTownOutput);
        var (district, districtOutput) = await AppProcess.RunToEndAsync(Environment, "users", "add", "qu", "--role", "区未保办", "--password", "district-password-1");
        Assert.True(district == 0, districtOutput);
        var (linked, linkedOutput) = await AppProcess.RunToEndAsync(Environment,
            "users", "add", "linked.leader", "--role", "组长", "--town", "tgy", "--person", "叶伟", "--password", "linked-password-1");
        Assert.True(linked == 0, linkedOutput);
        var (_, users) = await AppProcess.RunToEndAsync(Environment, "users", "list");
        Assert.Contains("linked.leader\tlinked.leader\ttgy：组长，名单人员 叶伟\t启用", users);
        Assert.Contains("two.towns\ttwo.towns\ttgy：查阅；tqz：查阅\t启用", users);
        Assert.Contains("qu\tqu\t区未保办\t启用", users);

        var (ambiguous, ambiguousOutput) = await AppProcess.RunToEndAsync(Environment, "compliance", "--json");
        Assert.Equal(1, ambiguous);
        Assert.Contains("--town", ambiguousOutput);
        var (sample, sampleOutput) = await AppProcess.RunToEndAsync(Environment, "compliance", "--town", "tgy", "--json");
        Assert.True(sample == 0, sampleOutput);
        Assert.Contains("R6-onboarding", sampleOutput);
        var (empty, emptyOutput) = await AppProcess.RunToEndAsync(Environment, "compliance", "--town", "tqz", "--json");
        Assert.True(empty == 0, emptyOutput);
        Assert.DoesNotContain("R6-onboarding", emptyOutput);
        Assert.DoesNotContain("R7", emptyOutput);
    }

    [Fact]
    public async Task The_daily_run_evaluates_every_town_and_a_write_in_one_town_leaves_the_others_cached_views_alone()
    {
        await using (var scope = app.Host.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync("daily", "日常镇", null, default));
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var results = await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeAsync<IReadOnlyDictionary<string, AlertChanges>>(new RaiseAlertsInEveryTown());
            Assert.Contains("tgy", results.Keys);
            Assert.Contains("daily", results.Keys);
        }
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var tgy = store.QuerySession("tgy"))
            Assert.True(await tgy.Query<ComplianceAlert>().CountAsync() > 0);
        await using (var daily = store.QuerySession("daily"))
            Assert.Equal(0, await daily.Query<ComplianceAlert>().CountAsync());

        var versions = app.Host.Services.GetRequiredService<ReadModelVersion>();
        var before = (tgy: await versions.CurrentAsync("tgy", default), daily: await versions.CurrentAsync("daily", default));
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>()
                .InvokeForTenantAsync<CommandResult>("daily", new LoadSampleTown());
            Assert.True(result.Succeeded, result.Refusal);
        }
        Assert.Equal(before.tgy, await versions.CurrentAsync("tgy", default));
        Assert.True(await versions.CurrentAsync("daily", default) > before.daily);
    }
}
