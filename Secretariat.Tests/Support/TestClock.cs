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
