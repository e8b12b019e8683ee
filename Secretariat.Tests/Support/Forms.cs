
namespace Secretariat.Tests.Support;

/// <summary>Posting a form as a browser does (multipart, repeated fields, files) and the town's calendar day.</summary>
public static class Forms
{
    public static async Task<IScenarioResult> PostFormAsync(this IAlbaHost host, SignedIn user, string url,
        IEnumerable<(string Key, string Value)> fields, HttpStatusCode? expected, IEnumerable<(string Name, byte[] Content)>? files = null,
        string fileField = "materials", bool htmx = false)
    {
        var form = new MultipartFormDataContent { { new StringContent(user.RequestToken), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        foreach (var (name, content) in files ?? []) form.Add(new ByteArrayContent(content), fileField, name);
        return await host.Scenario(s =>
        {
            s.Post.Url(url);
            s.ConfigureHttpContext(c => c.WriteMultipartFormData(form));
            if (htmx) s.AsHtmx(user);
            else s.As(user);
            if (expected is { } status) s.StatusCodeShouldBe(status);
            else s.IgnoreStatusCode();
        });
    }
}

public static class MeetingAttendance
{
    /// <summary>
    /// Records every member (as of the meeting day) and guest as 出席 through the attendance tab's 全部出席, as the office does
    /// before the minutes go to the convener: sign-off needs the attendance (or the convener's 未登记出席).
    /// </summary>
    public static async Task RecordEveryoneAsync(this IAlbaHost host, SignedIn clerk, string meetingUrl)
    {
        var page = await (await host.Scenario(s => { s.Get.Url(meetingUrl + "?tab=attendance"); s.As(clerk); })).ReadAsTextAsync();
        var attendees = Regex.Matches(page, "name=\"Attendee\" value=\"([0-9a-f-]{36})\"").Select(m => ("Attendee", m.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(attendees);
        await host.PostFormAsync(clerk, meetingUrl + "/attendance", [.. attendees, ("AllPresent", "true")], HttpStatusCode.SeeOther);
    }
}

public static class TownCalendar
{
    /// <summary>Today in Asia/Shanghai, as the app decides dates.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
}
