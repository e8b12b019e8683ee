
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

public static class TownCalendar
{
    /// <summary>Today in Asia/Shanghai, as the app decides dates.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
}
