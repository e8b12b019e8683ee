
namespace Secretariat.Web.Features.Meetings;

/// <summary>The office records how each member (as of the meeting day) and guest took part.</summary>
public sealed record RecordAttendance(Guid MeetingId, IReadOnlyList<AttendanceEntry> Entries, Actor Actor);

public static class RecordAttendanceHandler
{
    // Attendance rows never conflict with one another (two clerks, different rows): the stream is locked, not version-checked.
    [AggregateHandler(ConcurrencyStyle.Exclusive)]
    public static async Task<(CommandResult, Events)> Handle(RecordAttendance command, Meeting? meeting, IDocumentSession session, TimeProvider time,
        CancellationToken ct)
    {
        var roster = meeting is null ? null : await session.LoadAsync<BodyRoster>(MeetingBody.Of(meeting.Body).RosterId, ct);
        return Decisions.On(meeting, MeetingHandling.NotFound, m => MeetingDecisions.RecordAttendance(m, roster!, command.Entries, command.Actor,
            time.GetUtcNow()));
    }
}

public static class RecordAttendanceEndpoint
{
    public static void MapRecordAttendance(this RouteGroupBuilder meetings)
    {
        // One form row per person: Attendee = id, Status_{id}, Reason_{id}, StandIn_{id}; rows left blank are skipped (with
        // AllPresent=true they are recorded as 出席).
        meetings.MapPost("/{id:guid}/attendance", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var entries = new List<AttendanceEntry>();
            string? problem = null;
            foreach (var raw in form["Attendee"])
            {
                if (!Guid.TryParse(raw, out var person)) { problem = "登记的人员不正确。"; break; }
                var status = form[$"Status_{person}"].ToString();
                // 全部出席: everyone not marked otherwise attended (the exceptions chosen in the same form stay as chosen).
                if (status.Length == 0 && form["AllPresent"] == "true") status = nameof(AttendanceStatus.Present);
                if (status.Length == 0) continue;
                if (!Enum.TryParse<AttendanceStatus>(status, out var parsed) || !Enum.IsDefined(parsed)) { problem = "出席情况不正确。"; break; }
                entries.Add(new AttendanceEntry(person, parsed, form[$"Reason_{person}"], form[$"StandIn_{person}"]));
            }
            problem ??= (await bus.InvokeAsync<CommandResult>(new RecordAttendance(id, entries, context.User.Actor()), ct)).Refusal;
            return problem is null
                ? SavedFlash.SeeOther(context, $"/meetings/{id}?tab=attendance", "attendance")
                : await MeetingPages.AfterAsync(context, session, id, "attendance", problem, ct);
        }).RequireMeetingRunner();
    }
}
