
namespace Secretariat.Tests.Features.Training;

public class TrainingFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync("station", "station-password-1", [Roles.WorkStation]);
        await CreateUserAsync("reader", "reader-password-1", [Roles.Reader]);
        await CreateUserAsync("jianshe", "liaison-password-1", [Roles.UnitLiaison]);
    }
}

/// <summary>Posting the training forms as a browser would (multipart, repeated fields), and reading the pages.</summary>
public abstract class TrainingScenarios(TrainingFixture app)
{
    protected TrainingFixture App => app;
    protected static readonly DateOnly Today = TownCalendar.Today;

    protected static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd");

    /// <summary>The answer every upload gives (附件3-3 三): the materials hold no minors' information.</summary>
    protected static readonly (string, string) NoMinorsData = (Secretariat.Web.Features.Privacy.MinorsData.FieldName, Secretariat.Web.Features.Privacy.MinorsData.No);

    protected Task<SignedIn> Station() => SignedIn.AsAsync(app.Host, "station", "station-password-1");

    protected Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields,
        HttpStatusCode expected, IEnumerable<(string Name, byte[] Content)>? files = null, bool htmx = false) =>
        app.Host.PostFormAsync(user, url, fields, expected, files, htmx: htmx);

    protected async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(user);
            s.StatusCodeShouldBe(expected);
        });
        return await result.ReadAsTextAsync();
    }

    protected async Task<string> AppointAsync(SignedIn user, string name, string village, string on, HttpStatusCode expected = HttpStatusCode.SeeOther,
        string duty = "ChildDirector", params (string, string)[] extra)
    {
        var result = await PostAsync(user, "/t/tgy/training/appointments/new",
            [("PersonId", ""), ("Name", name), ("Duty", duty), ("UnitId", village.Length == 0 ? "" : SampleTown.UnitId(village).ToString()), ("EffectiveOn", on), ("Basis", "镇政府任命"), .. extra],
            expected);
        return expected == HttpStatusCode.SeeOther ? result.Context.Response.Headers.Location.ToString() : await result.ReadAsTextAsync();
    }

    protected static IEnumerable<(string, string)> Session(string title, string start, string end, IEnumerable<Guid> attendees,
        params (string Title, string Hours, bool ChildSocialWork)[] courses)
    {
        var fields = new List<(string, string)>
        {
            ("Title", title), ("Kind", "Onboarding"), ("StartOn", start), ("EndOn", end), ("Organiser", "镇民政和社事办"), ("Place", "镇政府三楼会议室")
        };
        for (var i = 0; i < courses.Length; i++)
        {
            fields.Add(("CourseTitle", courses[i].Title));
            fields.Add(("CourseHours", courses[i].Hours));
            if (courses[i].ChildSocialWork) fields.Add(("CourseChildSocialWork", i.ToString()));
        }
        fields.AddRange(attendees.Select(a => ("Attendee", a.ToString())));
        return fields;
    }

    protected static async Task<MemoryStream> BodyOf(IScenarioResult result)
    {
        var body = result.Context.Response.Body;
        if (body.CanSeek) body.Position = 0;
        var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        copy.Position = 0;
        return copy;
    }

    protected static Guid PersonIdIn(string location) => Guid.Parse(location.Split('/').Last());

    protected Task<long> CountAsync(string table) => app.ScalarAsync($"select count(*) from secretariat.{table}");
}
