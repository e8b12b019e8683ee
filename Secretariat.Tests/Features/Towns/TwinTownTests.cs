using Alba;
using Marten;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Training;
using Wolverine;

namespace Secretariat.Tests.Features.Towns;

/// <summary>
/// A second town loaded with the same sample: every derived stream id (the bodies, the registers) and every sample id
/// (units, people) is the same in both towns, and the numbers they issue are the same numbers.
/// </summary>
public sealed class TwinTownFixture : AppFixture
{
    public const string Twin = "twin";
    public const string Password = "twin-towns-password";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(Twin, "孪生镇", null, default));
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        Assert.True((await bus.InvokeForTenantAsync<CommandResult>(Twin, new LoadSampleTown())).Succeeded);
        Assert.True((await bus.InvokeForTenantAsync<CommandResult>(Twin, new LoadSampleChildWorkers())).Succeeded);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateAsync("twin-clerk", "twin-clerk", Password, [Twin], [Roles.Secretariat], null)).Refusal);
        Assert.Null((await accounts.CreateAsync("tgy-only", "tgy-only", Password, [SampleTownAccounts.Town], [Roles.Secretariat], null)).Refusal);
    }
}

public class TwinTownTests(TwinTownFixture app) : IClassFixture<TwinTownFixture>
{
    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task The_same_stream_ids_are_two_streams_a_change_in_one_town_leaves_the_other_as_it_was()
    {
        var leadingGroup = RosterNames.BodyId(BodyKind.LeadingGroup);
        await using var tgy = Store.QuerySession(SampleTownAccounts.Town);
        await using var twin = Store.QuerySession(TwinTownFixture.Twin);
        var before = await tgy.Events.FetchStreamStateAsync(leadingGroup);
        var twinBefore = await twin.Events.FetchStreamStateAsync(leadingGroup);
        Assert.Equal(before!.Version, twinBefore!.Version);

        // A new member of the twin's leading group, with the same person id as nobody in tgy.
        var person = Guid.NewGuid();
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<CommandResult>(TwinTownFixture.Twin,
                new AppointMember(BodyKind.LeadingGroup, Guid.NewGuid(), person, "孪生测试", RosterRole.Member, SampleTown.UnitId("建设村"), "测试职务",
                    new DateOnly(2025, 3, 1), "孪生镇测试文件"));
            Assert.True(result.Succeeded, result.Refusal);
        }
        Assert.Equal(before.Version, (await tgy.Events.FetchStreamStateAsync(leadingGroup))!.Version);
        Assert.Equal(twinBefore.Version + 1, (await twin.Events.FetchStreamStateAsync(leadingGroup))!.Version);

        var twinClerk = await SignedIn.AsAsync(app.Host, "twin-clerk", TwinTownFixture.Password);
        var sampleClerk = await SignedIn.AsAsync(app.Host, "tgy-only", TwinTownFixture.Password);
        Assert.Contains("孪生测试", await Page(twinClerk, "/t/twin/roster/leading-group"));
        Assert.DoesNotContain("孪生测试", await Page(sampleClerk, "/t/tgy/roster/leading-group"));
        await app.Host.Scenario(s => { s.Get.Url($"/t/tgy/roster/people/{person}"); s.As(sampleClerk); s.StatusCodeShouldBe(404); });
        await app.Host.Scenario(s => { s.Get.Url($"/t/twin/roster/people/{person}"); s.As(twinClerk); s.StatusCodeShouldBeOk(); });
    }

    [Fact]
    public async Task Both_towns_issue_the_same_numbers_from_registers_with_the_same_id()
    {
        var year = TownCalendar.Today.Year + 3;
        await using var scope = app.Host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var first = await bus.InvokeForTenantAsync<DocumentNumber>(SampleTownAccounts.Town, new TakeDocumentNumber(DocumentKind.MeetingNotice, year, Guid.NewGuid()));
        var twin = await bus.InvokeForTenantAsync<DocumentNumber>(TwinTownFixture.Twin, new TakeDocumentNumber(DocumentKind.MeetingNotice, year, Guid.NewGuid()));
        var second = await bus.InvokeForTenantAsync<DocumentNumber>(SampleTownAccounts.Town, new TakeDocumentNumber(DocumentKind.MeetingNotice, year, Guid.NewGuid()));
        Assert.Equal(1, first.Sequence);
        Assert.Equal(1, twin.Sequence);
        Assert.Equal(2, second.Sequence);
    }

    private async Task<string> Page(SignedIn user, string url) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBeOk(); })).ReadAsTextAsync();
}
