using Secretariat.Tests.Features.Training;

namespace Secretariat.Tests.Features.Roster;

public class UnitRegistrationTests(TrainingFixture app) : TrainingScenarios(app), IClassFixture<TrainingFixture>
{
    [Fact]
    public async Task The_office_registers_a_village_which_shows_as_vacant_until_a_director_is_appointed()
    {
        var admin = await SignedIn.AsAsync(App.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        Assert.Contains("登记单位", await GetAsync(admin, "/t/tgy/roster/units"));
        await PostAsync(admin, "/t/tgy/roster/units", [("Name", "新桥村"), ("Kind", "Village")], HttpStatusCode.SeeOther);
        Assert.Contains("data-unit=\"新桥村\"", await GetAsync(admin, "/t/tgy/roster/units"));
        var coverage = await GetAsync(admin, "/t/tgy/training/coverage");
        Assert.Contains("10 个村（社区）中，<strong class=\"covered\">9</strong> 个已配备儿童主任", coverage);
        Assert.Contains("从未配备", coverage);

        var events = await CountAsync("mt_events");
        var duplicate = await PostAsync(admin, "/t/tgy/roster/units", [("Name", "新桥村"), ("Kind", "Village")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("单位“新桥村”已登记，不能重复登记。", await duplicate.ReadAsTextAsync());
        var empty = await PostAsync(admin, "/t/tgy/roster/units", [("Name", " "), ("Kind", "Village")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写单位名称。", await empty.ReadAsTextAsync());
        var kind = await PostAsync(admin, "/t/tgy/roster/units", [("Name", "某村"), ("Kind", "99")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请选择单位类别。", await kind.ReadAsTextAsync());
        Assert.Equal(events, await CountAsync("mt_events"));

        var reader = await SignedIn.AsAsync(App.Host, "reader", "reader-password-1");
        Assert.DoesNotContain("登记单位", await GetAsync(reader, "/t/tgy/roster/units"));
        await PostAsync(reader, "/t/tgy/roster/units", [("Name", "越权村"), ("Kind", "Village")], HttpStatusCode.Forbidden);

        var station = await Station();
        var appointed = await PostAsync(station, "/t/tgy/training/appointments/new",
            [("Name", "周琳"), ("Duty", "ChildDirector"), ("UnitId", await UnitIdAsync("新桥村")), ("EffectiveOn", Day(-1))], HttpStatusCode.SeeOther);
        Assert.Contains("<strong class=\"vacant\">0</strong> 个空缺", await GetAsync(station, "/t/tgy/training/coverage"));
        Assert.StartsWith("/t/tgy/training/people/", appointed.Context.Response.Headers.Location.ToString());
    }

    private async Task<string> UnitIdAsync(string name) =>
        (await App.ScalarTextAsync($"select id::text from secretariat.mt_doc_memberunit where data->>'Name' = '{name}'"));
}
