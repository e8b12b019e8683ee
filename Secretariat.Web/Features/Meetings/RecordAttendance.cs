using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Meetings;

/// <summary>The office records how each member (as of the meeting day) and guest took part.</summary>
public sealed record RecordAttendance(Guid MeetingId, IReadOnlyList<AttendanceEntry> Entries, Actor Actor);

public static class RecordAttendanceHandler
{
    public static async Task<CommandResult> Handle(RecordAttendance command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        var leadingGroup = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup), ct);
        var (events, refusal) = MeetingDecisions.RecordAttendance(meeting, leadingGroup!, command.Entries, command.Actor, time.GetUtcNow());
        if (refusal is not null) return CommandResult.Refused(refusal.Message);
        stream.AppendMany(events.Cast<object>().ToArray());
        return CommandResult.Done;
    }
}

public static class RecordAttendanceEndpoint
{
    public static void MapRecordAttendance(this IEndpointRouteBuilder app)
    {
        // One form row per person: Attendee = id, Status_{id}, Reason_{id}, StandIn_{id}; rows left blank are skipped.
        app.MapPost("/meetings/{id:guid}/attendance", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            var entries = new List<AttendanceEntry>();
            string? problem = null;
            foreach (var raw in form["Attendee"])
            {
                if (!Guid.TryParse(raw, out var person)) { problem = "登记的人员不正确。"; break; }
                var status = form[$"Status_{person}"].ToString();
                if (status.Length == 0) continue;
                if (!Enum.TryParse<AttendanceStatus>(status, out var parsed) || !Enum.IsDefined(parsed)) { problem = "出席情况不正确。"; break; }
                entries.Add(new AttendanceEntry(person, parsed, form[$"Reason_{person}"], form[$"StandIn_{person}"]));
            }
            problem ??= (await bus.InvokeAsync(new RecordAttendance(id, entries, actor), "出席情况已被他人修改，请重新载入后再登记。", ct)).Refusal;
            return await MeetingPages.AfterAsync(context, session, id, "attendance", problem, ct);
        }).RequireAuthorization();
    }
}
