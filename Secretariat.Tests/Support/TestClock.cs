using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Secretariat.Web.Infrastructure.Time;

namespace Secretariat.Tests.Support;

/// <summary>A clock the test moves: the app's "today" is whatever town day the test says.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TownClock.Zone;

    /// <summary>Sets the clock to a time of day on the town's calendar (Asia/Shanghai).</summary>
    public void Set(DateOnly day, int hour = 8, int minute = 0) =>
        Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).ToUniversalTime();
}

/// <summary>
/// The app on a clock the test moves (from <see cref="StartsOn"/> at 07:00); only the test runs the compliance job
/// (the after-change recheck is off in every fixture). <see cref="OnTheClock"/> also serves a second host.
/// </summary>
public abstract class ClockedAppFixture : AppFixture
{
    public TestClock Clock { get; } = new();

    protected abstract DateOnly StartsOn { get; }

    protected virtual string? CheckFrom => null;

    public void OnTheClock(IWebHostBuilder builder)
    {
        if (CheckFrom is { } from) builder.UseSetting("Compliance:CheckFrom", from);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The first start happens on the fixture's day.</summary>
    protected override bool StartsFromFirstStartCopy => false;

    protected override void Configure(IWebHostBuilder builder)
    {
        Clock.Set(StartsOn, hour: 7);
        OnTheClock(builder);
    }
}
