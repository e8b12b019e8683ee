using System.Net;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Features.StaffChecks;

/// <summary>从业查询 over HTTP: a liaison records their unit's check with a record found, the page shows the end 30 working days later across 国庆 2025; the employment is ended; a reader only reads.</summary>
public class StaffCheckFlowTests(EveryRoleFixture app) : IClassFixture<EveryRoleFixture>
{
    private SignedIn User(string role) => app.Users[role];

    [Fact]
    public async Task A_liaison_records_a_check_with_a_record_found_and_its_end_thirty_working_days_later_then_the_employment_ends()
    {
        (string, string)[] Fields(string unit, string on) =>
            [("UnitId", SampleTown.UnitId(unit).ToString()), ("Position", "保安"), ("StaffLabel", "A01"), ("Kind", "Periodic"), ("CheckedOn", on),
             ("StartsOn", ""), ("Result", "RecordFound")];

        var bad = await (await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/staff-checks", Fields("建设村", "2025-02-30"),
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("请按 年-月-日 填写查询日期。", bad);
        Assert.Contains("只能登记本单位的从业查询。", await (await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/staff-checks",
            Fields("派出所", "2025-09-26"), HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());

        var saved = await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/staff-checks", Fields("建设村", "2025-09-26"), HttpStatusCode.SeeOther);
        var location = saved.Context.Response.Headers.Location.ToString();
        var page = await (await app.Host.Scenario(s => { s.Get.Url(location); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains("2025-11-13（查询后 30 个工作日）", page);
        Assert.DoesNotContain("登记离职或解除聘用", page);
        var list = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/staff-checks"); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains("逾期未解聘（应于 2025-11-13 前）", list);

        Assert.Contains("解除日期不能早于查询日期", await (await app.Host.PostFormAsync(User(Roles.UnitLiaison), location + "/end",
            [("EndedOn", "2025-09-25")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await app.Host.PostFormAsync(User(Roles.UnitLiaison), location + "/end", [("EndedOn", "2025-11-10")], HttpStatusCode.SeeOther);
        page = await (await app.Host.Scenario(s => { s.Get.Url(location); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains("2025-11-10", page);
        Assert.Contains("离职/解除聘用", page);

        await app.Host.PostFormAsync(User(Roles.Reader), "/t/tgy/staff-checks", Fields("建设村", "2025-09-26"), HttpStatusCode.Forbidden);
    }
}
