using Marten;
using Wolverine;

namespace Secretariat.Tests.Features.Roster;

public class SampleTownTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task<long> EventCount() => app.ScalarAsync("select count(*) from secretariat.mt_events");

    [Fact]
    public async Task The_sample_is_loaded_once_as_events_with_the_notices_date()
    {
        Assert.Equal(22, await app.ScalarAsync("select count(*) from secretariat.mt_streams where type = 'member_unit'"));
        Assert.Equal(3, await app.ScalarAsync("select count(*) from secretariat.mt_streams where type = 'body_roster'"));
        Assert.Equal(27 + 3 + 20, await app.ScalarAsync("select count(*) from secretariat.mt_events where type = 'member_appointed'"));

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var group = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup));
        Assert.All(group!.Tenures, t => Assert.Equal(new DateOnly(2022, 1, 28), t.From));
        Assert.All(group.Tenures, t => Assert.Equal("铜罐驿府发〔2022〕3号", t.Basis));
    }

    [Fact]
    public async Task Loading_again_is_refused_and_changes_nothing()
    {
        var before = await EventCount();
        using var scope = app.Host.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<CommandResult>(SampleTownAccounts.Town, new LoadSampleTown());
        Assert.False(result.Succeeded);
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task A_restart_and_a_second_instance_on_the_same_database_duplicate_nothing()
    {
        var before = await EventCount();
        var users = await app.ScalarAsync("select count(*) from secretariat.mt_doc_useraccount");
        // Two more instances start at once against the same database.
        var second = app.StartHostAsync(app.ConnectionString);
        var third = app.StartHostAsync(app.ConnectionString);
        await using (await second)
        await using (await third)
        {
            Assert.Equal(before, await EventCount());
            Assert.Equal(users, await app.ScalarAsync("select count(*) from secretariat.mt_doc_useraccount"));
        }
    }
}

public class EmptyTownFixture : AppFixture
{
    protected override bool LoadSample => false;
}

public class EmptyTownTests(EmptyTownFixture app) : IClassFixture<EmptyTownFixture>
{
    [Fact]
    public async Task The_switch_starts_an_empty_town_with_only_the_administrator()
    {
        Assert.Equal(0, await app.ScalarAsync("select count(*) from secretariat.mt_events"));
        Assert.Equal(1, await app.ScalarAsync("select count(*) from secretariat.mt_doc_useraccount"));
        var user = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.As(user);
            s.ContentShouldContain("领导小组尚未成立");
        });
    }
}
