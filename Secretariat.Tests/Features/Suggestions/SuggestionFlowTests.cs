using System.Net;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Features.Suggestions;

/// <summary>Suggestions over HTTP: a liaison records their unit's, bad input is answered in the page, the office records the reply; a reader only reads.</summary>
public class SuggestionFlowTests(EveryRoleFixture app) : IClassFixture<EveryRoleFixture>
{
    private SignedIn User(string role) => app.Users[role];

    [Fact]
    public async Task A_liaison_records_a_suggestion_with_its_due_day_and_the_office_records_the_written_reply()
    {
        var today = TownCalendar.Today;
        var received = today.AddDays(-3);
        (string, string)[] Fields(string unit, string on) =>
            [("Source", "Procuratorate"), ("Reference", "铜检建〔2026〕3号"), ("Subject", "留守儿童看护不到位"), ("UnitId", SampleTown.UnitId(unit).ToString()), ("ReceivedOn", on)];

        var bad = await (await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/suggestions/new", Fields("建设村", "2026-02-30"),
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("请按 年-月-日 填写收到日期。", bad);
        var other = await (await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/suggestions/new", Fields("派出所", received.IsoDate()),
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("只能登记本单位收到的建议。", other);

        var saved = await app.Host.PostFormAsync(User(Roles.UnitLiaison), "/t/tgy/suggestions/new", Fields("建设村", received.IsoDate()), HttpStatusCode.SeeOther);
        var location = saved.Context.Response.Headers.Location.ToString();
        var page = await (await app.Host.Scenario(s => { s.Get.Url(location); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains(received.AddMonths(1).IsoDate() + "（一个月内）", page);
        Assert.Contains("待回复", page);
        Assert.DoesNotContain("登记书面回复", page);

        Assert.Contains("回复日期不能早于收到建议的日期", await (await app.Host.PostFormAsync(User(Roles.Secretariat), location + "/reply",
            [("AnsweredOn", received.AddDays(-1).IsoDate()), ("ReplyReference", ""), ("Summary", "已整改")], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());
        await app.Host.PostFormAsync(User(Roles.Secretariat), location + "/reply",
            [("AnsweredOn", today.IsoDate()), ("ReplyReference", "建设村〔2026〕1号"), ("Summary", "已安排专人看护")], HttpStatusCode.SeeOther);
        page = await (await app.Host.Scenario(s => { s.Get.Url(location); s.As(User(Roles.Reader)); })).ReadAsTextAsync();
        Assert.Contains("已在期限内书面回复", page);

        await app.Host.Scenario(s => { s.Get.Url("/t/tgy/suggestions/new"); s.As(User(Roles.Reader)); s.StatusCodeShouldBe(HttpStatusCode.Forbidden); });
        await app.Host.Scenario(s => { s.Get.Url("/t/tgy/suggestions"); s.As(User(Roles.Reader)); s.StatusCodeShouldBe(HttpStatusCode.OK); });
    }
}
