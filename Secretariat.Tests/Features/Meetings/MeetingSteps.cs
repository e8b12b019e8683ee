
namespace Secretariat.Tests.Features.Meetings;

/// <summary>The steps the meeting scenarios share: convene, write minutes, hold and issue, as the office does in the pages.</summary>
public sealed class MeetingSteps(MeetingsFixture app)
{
    public static string Day(int offset) => TownCalendar.Today.AddDays(offset).ToString("yyyy-MM-dd");

    public Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    public Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields, HttpStatusCode? expected) =>
        app.Host.PostFormAsync(user, url, fields, expected);

    public async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    public async Task<string> ConveneAsync(SignedIn clerk, string title, string date, string convener = "叶伟", string? delegatedOn = null,
        string? cutoff = null)
    {
        var result = await PostAsync(clerk, "/t/tgy/meetings/new", [("Title", title), ("Kind", "Regular"), ("Date", date), ("Time", "09:30"),
            ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId(convener).ToString()), ("DelegatedOn", delegatedOn ?? ""),
            ("CutoffDate", cutoff ?? "")], HttpStatusCode.SeeOther);
        return result.Context.Response.Headers.Location.ToString();
    }

    public static IEnumerable<(string, string)> Minutes(string page, string summary, string? resolution = null, string lead = "建设村",
        string due = "2032-12-31")
    {
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var row = Guid.NewGuid().ToString();
        var fields = new List<(string, string)> { ("version", version), ("Summary", summary), ("ResolutionRow", row) };
        if (resolution is not null)
            fields.AddRange([($"ResolutionText_{row}", resolution), ($"ResolutionLead_{row}", SampleTown.UnitId(lead).ToString()),
                ($"ResolutionUnits_{row}", SampleTown.UnitId("派出所").ToString()), ($"ResolutionDue_{row}", due), ($"ResolutionMajor_{row}", "true")]);
        return fields;
    }

    public async Task<string> HeldAndIssuedAsync(SignedIn clerk, SignedIn leader, string title, int daysAgo, string? resolution = null)
    {
        var url = await ConveneAsync(clerk, title, Day(-daysAgo));
        var page = await GetAsync(clerk, url + "?tab=minutes");
        await PostAsync(clerk, url + "/minutes", Minutes(page, $"{title}研究了工作。", resolution), HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, url);
        await PostAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        if (leader is not null) await PostAsync(leader, url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        return url;
    }
}
