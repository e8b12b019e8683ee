using System.Net;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Features.Privacy;

namespace Secretariat.Tests.Features.Activities;

/// <summary>
/// The activity form over HTTP with the sample town's accounts (建设村's 儿童主任 and liaison, the station, a reader): bad input answered in
/// Chinese in the page with nothing stored, the own-village rule, the minors question on photos, and who may open a flagged photo.
/// </summary>
public class ActivityFlowTests(EveryRoleFixture app) : IClassFixture<EveryRoleFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];
    private static readonly string Yesterday = TownCalendar.Today.AddDays(-1).ToString("yyyy-MM-dd");

    private SignedIn User(string role) => app.Users[role];

    private static (string, string)[] Fields(string village, string organiser, string heldOn, string participants = "20", string title = "家长学校") =>
    [
        ("Kind", "ParentSchool"), ("Title", title), ("HeldOn", heldOn), ("VillageId", SampleTown.UnitId(village).ToString()),
        ("OrganiserId", SampleTown.UnitId(organiser).ToString()), ("Place", "村党群服务中心"), ("Participants", participants)
    ];

    private async Task<string> RefusedAsync(string role, IEnumerable<(string, string)> fields, IEnumerable<(string, byte[])>? files = null) =>
        await (await app.Host.PostFormAsync(User(role), "/t/tgy/activities/new", fields, HttpStatusCode.UnprocessableEntity, files, "photos"))
            .ReadAsTextAsync();

    [Fact]
    public async Task Bad_input_and_another_village_are_refused_in_the_page_and_nothing_is_stored()
    {
        var before = await app.ScalarAsync("select count(*) from secretariat.mt_doc_activity");
        Assert.Contains("请按 年-月-日 填写活动日期。", await RefusedAsync(Roles.ChildDirector, Fields("建设村", "建设村", "2026-13-01")));
        Assert.Contains("活动日期须在 2000年1月1日", await RefusedAsync(Roles.ChildDirector, Fields("建设村", "建设村", "1999-12-31")));
        Assert.Contains("活动日期不能晚于今天", await RefusedAsync(Roles.ChildDirector, Fields("建设村", "建设村", TownCalendar.Today.AddDays(1).ToString("yyyy-MM-dd"))));
        Assert.Contains("参加人数请填写 1 至 100000 之间的整数。", await RefusedAsync(Roles.ChildDirector, Fields("建设村", "建设村", Yesterday, "很多")));
        Assert.Contains("活动主题不能超过 100 个字。", await RefusedAsync(Roles.ChildDirector, Fields("建设村", "建设村", Yesterday, title: new string('题', 101))));
        // 建设村's director may not record 观音桥村's activity organised by 观音桥村.
        Assert.Contains("只能登记本村（社区）举办或本单位组织的活动。", await RefusedAsync(Roles.ChildDirector, Fields("观音桥村", "观音桥村", Yesterday)));
        // A photo without the minors answer.
        Assert.Contains(MinorsData.Unanswered, await RefusedAsync(Roles.ChildDirector, Fields("建设村", "建设村", Yesterday), [("合影.png", Png)]));
        Assert.Equal(before, await app.ScalarAsync("select count(*) from secretariat.mt_doc_activity"));

        // A reader may not open the form.
        await app.Host.Scenario(s => { s.Get.Url("/t/tgy/activities/new"); s.As(User(Roles.Reader)); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
        // Odd addresses show the current quarter, never an error.
        foreach (var url in new[] { "/t/tgy/activities?year=1999&quarter=9", "/t/tgy/activities?asOf=2026-02-30" })
            await app.Host.Scenario(s => { s.Get.Url(url); s.As(User(Roles.Reader)); s.StatusCodeShouldBe(HttpStatusCode.OK); });
    }

    [Fact]
    public async Task A_liaison_records_what_their_unit_organised_and_a_photo_of_minors_without_consent_is_kept_out_of_evidence()
    {
        // The liaison of 建设村 records an activity it organised in 观音桥村 (its own unit organised it).
        var saved = await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/activities/new",
            [.. Fields("观音桥村", "建设村", Yesterday, title: "心理健康讲座"), (MinorsData.FieldName, MinorsData.Yes)], HttpStatusCode.SeeOther,
            [("合影.png", Png)], "photos");
        var location = saved.Context.Response.Headers.Location.ToString();
        Assert.Matches("^/t/tgy/activities/[0-9a-f-]{36}$", location);

        // The station reads the page with the photo's link (a reader sees its name only).
        var page = await (await app.Host.Scenario(s => { s.Get.Url(location); s.As(User(Roles.WorkStation)); })).ReadAsTextAsync();
        Assert.Contains("心理健康讲座", page);
        Assert.Contains("含未成年人，无监护人同意记录，不作印证材料", page);
        var photo = System.Text.RegularExpressions.Regex.Match(page, location + "/photos/[0-9a-f-]{36}").Value;
        Assert.NotEmpty(photo);
        // A flagged photo: the reader may not open it, the station may (and the read is logged).
        await app.Host.Scenario(s => { s.Get.Url(photo); s.As(User(Roles.Reader)); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
        await app.Host.Scenario(s => { s.Get.Url(photo); s.As(User(Roles.WorkStation)); s.StatusCodeShouldBe(HttpStatusCode.OK); });
        Assert.Equal(1, await app.ScalarAsync("select count(*) from secretariat.mt_doc_minorsdataread where data->>'Where' like '活动照片：心理健康讲座'"));
    }
}
