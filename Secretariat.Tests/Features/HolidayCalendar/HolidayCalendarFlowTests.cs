using System.Net;
using Secretariat.Tests.Infrastructure;

namespace Secretariat.Tests.Features.HolidayCalendar;

/// <summary>工作日历 over HTTP: the district administrator enters next year's schedule; a staff check's 30 working days then count on it; a town's clerk cannot open it.</summary>
public class HolidayCalendarFlowTests(EveryRoleFixture app) : IClassFixture<EveryRoleFixture>
{
    private const string Path = "/district/working-days";

    [Fact]
    public async Task The_district_administrator_enters_2027_and_a_record_found_in_december_ends_on_its_schedule()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var page = await (await app.Host.Scenario(s => { s.Get.Url(Path + "?year=2026"); s.As(admin); })).ReadAsTextAsync();
        Assert.Contains("2026-02-15 至 2026-02-23 休 春节", page);
        Assert.Contains("随版本提供", page);

        var refused = await (await app.Host.PostFormAsync(admin, Path, [("year", "2027"), ("source", "测试用安排"), ("text", "2027-02-19 班 春节")],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("是周五，调休上班只会在周六或周日。", refused);
        Assert.Contains("年份须在 2000 至", await (await app.Host.PostFormAsync(admin, Path, [("year", "2099"), ("source", "测试用安排"), ("text", "2099-01-01 休 元旦")],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());

        // Before 2027 is entered, the count guesses Monday to Friday (元旦 counted) and says so.
        (string, string)[] Check(string label) =>
            [("UnitId", SampleTown.UnitId("建设村").ToString()), ("Position", "保安"), ("StaffLabel", label), ("Kind", "Periodic"), ("CheckedOn", "2026-12-04"),
             ("StartsOn", ""), ("Result", "RecordFound")];
        var liaison = app.Users[Roles.UnitLiaison];
        var guessed = (await app.Host.PostFormAsync(liaison, "/t/tgy/staff-checks", Check("B01"), HttpStatusCode.SeeOther)).Context.Response.Headers.Location.ToString();
        var guessedPage = await (await app.Host.Scenario(s => { s.Get.Url(guessed); s.As(liaison); })).ReadAsTextAsync();
        Assert.Contains("2027-01-15（查询后 30 个工作日）；2027年的国务院放假安排未录入", guessedPage);

        await app.Host.PostFormAsync(admin, Path, [("year", "2027"), ("source", "测试用安排"),
            ("text", "2027-01-01 休 元旦\r\n2027-02-06 至 2027-02-12 休 春节\r\n2027-02-20 班 春节")], HttpStatusCode.SeeOther);
        page = await (await app.Host.Scenario(s => { s.Get.Url(Path + "?year=2027"); s.As(admin); })).ReadAsTextAsync();
        Assert.Contains("测试用安排", page);
        Assert.Contains("2027-02-06 至 2027-02-12 休 春节", page);

        var counted = (await app.Host.PostFormAsync(liaison, "/t/tgy/staff-checks", Check("B02"), HttpStatusCode.SeeOther)).Context.Response.Headers.Location.ToString();
        var countedPage = await (await app.Host.Scenario(s => { s.Get.Url(counted); s.As(liaison); })).ReadAsTextAsync();
        Assert.Contains("2027-01-18（查询后 30 个工作日）", countedPage);
        Assert.DoesNotContain("放假安排未录入", countedPage);
        // The check recorded before keeps the day computed then.
        Assert.Contains("2027-01-15（查询后 30 个工作日）", await (await app.Host.Scenario(s => { s.Get.Url(guessed); s.As(liaison); })).ReadAsTextAsync());

        await app.Host.Scenario(s => { s.Get.Url(Path); s.As(app.Users[Roles.Secretariat]); s.StatusCodeShouldBe(403); });
        await app.Host.PostFormAsync(app.Users[Roles.Secretariat], Path, [("year", "2027"), ("source", "x"), ("text", "")], HttpStatusCode.Forbidden);
    }
}
