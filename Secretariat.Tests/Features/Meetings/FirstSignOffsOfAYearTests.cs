using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Secretariat.Tests.Features.Meetings;

/// <summary>The meetings' town on 5 January of next year: no minutes are numbered in that year yet (its register has no stream).</summary>
public class NewYearMeetingsFixture : MeetingsFixture
{
    public TestClock Clock { get; } = new();

    protected override bool StartsFromFirstStartCopy => false;

    protected override void Configure(IWebHostBuilder builder)
    {
        Clock.Set(new DateOnly(TownCalendar.Today.Year + 1, 1, 5), hour: 9);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public class FirstSignOffsOfAYearTests(NewYearMeetingsFixture app) : IClassFixture<NewYearMeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    [Fact]
    public async Task The_first_sign_offs_of_a_year_at_the_same_moment_take_numbers_one_to_eight()
    {
        var clerk = await _steps.As("clerk");
        var leader = await _steps.As("yewei");
        var urls = new List<string>();
        for (var i = 0; i < 8; i++) urls.Add(await _steps.HeldAndIssuedAsync(clerk, null!, $"新年首批签发{i}", 3 + i));
        // All eight start the year's register: the ones that lose the start run again and take the next numbers.
        await Task.WhenAll(urls.Select(u => _steps.PostAsync(leader, u + "/minutes/sign-off", [], HttpStatusCode.SeeOther)));
        var year = TownCalendar.Today.Year + 1;
        var numbers = new List<int>();
        foreach (var u in urls)
            numbers.Add(int.Parse(Regex.Match(await _steps.GetAsync(clerk, u + "?tab=minutes"), $"铜罐驿未保领纪〔{year}〕(\\d+)号").Groups[1].Value));
        Assert.Equal(Enumerable.Range(1, 8), numbers.Order());
    }
}
