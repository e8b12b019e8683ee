using System.Net;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Features.Capacity;

/// <summary>Social forces over HTTP: the station records an organisation and a village's team, bad input stays in the page, an end is recorded; the counts follow.</summary>
public class CapacityFlowTests(EveryRoleFixture app) : IClassFixture<EveryRoleFixture>
{
    private SignedIn User(string role) => app.Users[role];

    [Fact]
    public async Task The_station_records_and_ends_social_forces_and_the_page_counts_them_against_the_standards()
    {
        var today = TownCalendar.Today;
        var bad = await (await app.Host.PostFormAsync(User(Roles.WorkStation), "/t/tgy/capacity/new",
            [("Kind", "VolunteerTeam"), ("Name", "护苗队"), ("VillageId", ""), ("Detail", "队员 12 人"), ("From", today.AddDays(-30).IsoDate())],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("志愿服务队请选择所在村（社区）。", bad);

        await app.Host.PostFormAsync(User(Roles.WorkStation), "/t/tgy/capacity/new",
            [("Kind", "Organisation"), ("Name", "阳光社工服务中心"), ("VillageId", ""), ("Detail", "购买服务 5 万元/年"), ("From", today.AddDays(-60).IsoDate())],
            HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(User(Roles.WorkStation), "/t/tgy/capacity/new",
            [("Kind", "VolunteerTeam"), ("Name", "建设村护苗队"), ("VillageId", SampleTown.UnitId("建设村").ToString()), ("Detail", "队员 12 人"),
                ("From", today.AddDays(-30).IsoDate())], HttpStatusCode.SeeOther);
        var page = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/capacity"); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains("支持引导的社会组织（社会工作服务机构）1 家（标准：至少 2 家）：阳光社工服务中心（购买服务 5 万元/年", page);
        Assert.Contains("9 个村（社区）中 1 个有未成年人保护志愿服务队", page);
        Assert.DoesNotContain("登记终止", page);

        var station = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/capacity"); s.As(User(Roles.WorkStation)); })).ReadAsTextAsync();
        var end = System.Text.RegularExpressions.Regex.Match(station, "/t/tgy/capacity/[0-9a-f-]{36}/end").Value;
        Assert.Contains("终止日期不能晚于今天", await (await app.Host.PostFormAsync(User(Roles.WorkStation), end, [("EndedOn", today.AddDays(1).IsoDate())],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await app.Host.PostFormAsync(User(Roles.WorkStation), end, [("EndedOn", today.IsoDate())], HttpStatusCode.SeeOther);
        page = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/capacity"); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains("已终止", page);

        await app.Host.Scenario(s => { s.Get.Url("/t/tgy/capacity/new"); s.As(User(Roles.UnitLiaison)); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
    }
}
