using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// The subscribable iCalendar feed of all meetings (RFC 5545). Each meeting keeps one UID (the same as its invite), its
/// SEQUENCE counts the reschedules (and the cancellation), a cancelled one stays in the feed as STATUS:CANCELLED so
/// subscribed calendars remove it. The URL's secret token is the credential: anonymous, read-only, renewable.
/// </summary>
public static class CalendarFeed
{
    public const string Path = "/meetings/feed";

    /// <summary>Mapped on its own anonymous group: calendar apps send no cookie. Any token that is not current answers the same bare 404.</summary>
    public static void MapCalendarFeed(this RouteGroupBuilder feed)
    {
        feed.MapGet("/{token}.ics", async (string token, HttpContext context, IQuerySession session, CalendarFeedTokens tokens, CancellationToken ct) =>
        {
            if (await tokens.AccountForAsync(token, ct) is null) return Results.NotFound();
            var meetings = await session.Query<Meeting>().OrderBy(m => m.StartsAt).ToListAsync(ct);
            var town = await session.TownProfileAsync(ct);
            context.Response.Headers.CacheControl = "private, no-cache";
            return Results.Bytes(Encoding.UTF8.GetBytes(Ics(meetings, NameOf(town))), "text/calendar; charset=utf-8");
        }).AllowAnonymous();
    }

    /// <summary>Reschedules move SEQUENCE on; so does the cancellation (RFC 5545 3.8.7.4).</summary>
    public static int Sequence(Meeting meeting) => meeting.Timeline.Count(s => s.What == "改期") + (meeting.Cancelled ? 1 : 0);

    public static string Uid(Meeting meeting) => $"{meeting.Id}@secretariat";

    /// <summary>The calendar's name as a subscriber's app lists it: the town's leading group.</summary>
    public static string NameOf(TownProfile town) => $"{town.LeadingGroupIssuer}会议";

    public static string Ics(IEnumerable<Meeting> meetings, string name)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TownClock.Zone.Id);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        calendar.AddTimeZone(TownClock.Zone.Id);
        foreach (var meeting in meetings) calendar.Events.Add(Event(meeting));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static CalendarEvent Event(Meeting meeting)
    {
        var local = meeting.StartsAt.ToTownTime();
        // The last step's time: the feed reads the same on every fetch until the meeting changes.
        var changed = meeting.Timeline.Count > 0 ? meeting.Timeline.Max(s => s.By.At) : meeting.StartsAt;
        var description = new StringBuilder($"召集人：{meeting.ConvenerName}");
        if (meeting.Cancelled) description.Insert(0, $"会议已取消：{meeting.CancelReason}\n");
        if (meeting.Agenda.Count > 0)
            description.Append("\n议题：\n").AppendJoin("\n", meeting.Agenda.Select((a, i) => $"{i + 1}. {a.Title}（{a.Presenter}）"));
        return new CalendarEvent
        {
            Uid = Uid(meeting),
            Sequence = Sequence(meeting),
            Status = meeting.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Summary = meeting.Cancelled ? $"（已取消）{meeting.Title}" : meeting.Title,
            Location = meeting.Place,
            Description = description.ToString(),
            DtStart = new CalDateTime(local.DateTime, TownClock.Zone.Id),
            DtEnd = new CalDateTime(local.DateTime.AddHours(2), TownClock.Zone.Id),
            DtStamp = new CalDateTime(changed.UtcDateTime, "UTC"),
            LastModified = new CalDateTime(changed.UtcDateTime, "UTC")
        };
    }
}
