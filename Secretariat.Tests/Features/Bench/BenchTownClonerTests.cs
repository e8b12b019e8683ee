using Marten;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Secretariat.Web.Features.Bench;
using Secretariat.Web.Features.Compliance;

namespace Secretariat.Tests.Features.Bench;

/// <summary>The bench endpoints mapped (Bench:Enabled), as bench/district runs the app.</summary>
public sealed class BenchFixture : AppFixture
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Bench:Enabled", "true");
}

/// <summary>
/// bench/district's copies of a town (BenchTownCloner, POST /bench/towns/{template}/clone): a copy holds the template's
/// streams, events and documents under its own code, is evaluated like the template, and is a town of its own afterwards.
/// </summary>
public class BenchTownClonerTests(BenchFixture app) : IClassFixture<BenchFixture>
{
    private const string Template = SampleTownAccounts.Town;

    [Fact]
    public async Task A_copy_has_the_template_s_data_under_its_own_code_and_changes_apart_from_it()
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        var cloner = ActivatorUtilities.CreateInstance<BenchTownCloner>(scope.ServiceProvider);
        var (copy, refusal) = await cloner.CloneAsync(Template, "copya", "复制甲镇", default);
        Assert.Null(refusal);
        Assert.True(copy!.Rows > 0);

        Assert.Equal(await CountAsync("mt_events", Template), await CountAsync("mt_events", "copya"));
        Assert.Equal(await CountAsync("mt_streams", Template), await CountAsync("mt_streams", "copya"));
        Assert.Equal(await CountAsync("mt_doc_memberunit", Template), await CountAsync("mt_doc_memberunit", "copya"));
        Assert.Equal(await CountAsync("search_entries", Template), await CountAsync("search_entries", "copya"));
        // New sequence numbers: every event of the store still has its own.
        Assert.Equal(0L, await ScalarAsync("select count(*) - count(distinct seq_id) from secretariat.mt_events"));
        // The copy's search rows carry its own town token, not the template's (a town's search asks for its token).
        Assert.Equal(0L, await ScalarAsync("select count(*) from secretariat.search_entries where tenant_id = 'copya' and tokens @@ '''@tgy'''::tsquery"));
        Assert.Equal(await CountAsync("search_entries", "copya"),
            await ScalarAsync("select count(*) from secretariat.search_entries where tenant_id = 'copya' and tokens @@ '''@copya'''::tsquery"));

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var engine = app.Host.Services.GetRequiredService<ComplianceEngine>();
        await using (var template = store.QuerySession(Template))
        await using (var cloned = store.QuerySession("copya"))
        {
            var expected = (await engine.EvaluateAsync(template, TownCalendar.Today, default)).Findings.Select(f => f.Key).Order().ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, (await engine.EvaluateAsync(cloned, TownCalendar.Today, default)).Findings.Select(f => f.Key).Order().ToList());
        }
        var profile = await scope.ServiceProvider.GetRequiredService<TownDirectory>().FindAsync("copya", default);
        Assert.Equal("复制甲镇", profile!.TownName);

        // A change in the copy appends to its own stream (the same id in another tenant); the template's stays as it was.
        var leadingGroup = RosterNames.BodyId(BodyKind.LeadingGroup);
        await using var tgy = store.QuerySession(Template);
        var before = (await tgy.Events.FetchStreamStateAsync(leadingGroup))!.Version;
        var result = await scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>().InvokeForTenantAsync<CommandResult>("copya",
            new AppointMember(BodyKind.LeadingGroup, Guid.NewGuid(), Guid.NewGuid(), "复制测试", RosterRole.Member, SampleTown.UnitId("建设村"), "测试职务",
                new DateOnly(2025, 3, 1), "复制镇测试文件"));
        Assert.True(result.Succeeded, result.Refusal);
        await using var copied = store.QuerySession("copya");
        Assert.Equal(before + 1, (await copied.Events.FetchStreamStateAsync(leadingGroup))!.Version);
        Assert.Equal(before, (await tgy.Events.FetchStreamStateAsync(leadingGroup))!.Version);

        // A code taken, an invalid one, an unknown template: refused, nothing copied.
        Assert.NotNull((await cloner.CloneAsync(Template, "copya", "复制乙镇", default)).Refusal);
        Assert.NotNull((await cloner.CloneAsync(Template, "Copy-B", "复制乙镇", default)).Refusal);
        Assert.NotNull((await cloner.CloneAsync("nosuch", "copyb", "复制乙镇", default)).Refusal);
        Assert.Equal(0L, await CountAsync("mt_events", "copyb"));
    }

    [Fact]
    public async Task The_district_administrator_copies_towns_by_the_bench_endpoint_which_a_town_clerk_may_not()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var response = await app.Host.PostFormAsync(admin, $"/bench/towns/{Template}/clone", [("prefix", "e"), ("first", "1"), ("count", "2")], HttpStatusCode.OK);
        Assert.Contains("\"towns\":2", await response.ReadAsTextAsync());
        Assert.Equal(await CountAsync("mt_events", Template), await CountAsync("mt_events", "e0002"));
        await app.Host.PostFormAsync(admin, $"/bench/towns/{Template}/clone", [("prefix", "e"), ("first", "2"), ("count", "1")], HttpStatusCode.BadRequest);

        await using (var scope = app.Host.Services.CreateAsyncScope())
            Assert.Null((await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync("bench-clerk", "bench-clerk", "bench-clerk-password", [Template], [Roles.Secretariat], null)).Refusal);
        var clerk = await SignedIn.AsAsync(app.Host, "bench-clerk", "bench-clerk-password");
        await app.Host.PostFormAsync(clerk, $"/bench/towns/{Template}/clone", [("prefix", "f"), ("first", "1"), ("count", "1")], HttpStatusCode.Forbidden);
        Assert.Equal(0L, await CountAsync("mt_streams", "f0001"));
    }

    private Task<long> CountAsync(string table, string town) =>
        ScalarAsync($"select count(*) from secretariat.{table} where tenant_id = '{town}'");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
