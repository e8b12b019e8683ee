using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Reports;

public sealed record TableReport(Guid ReportId, Guid MeetingId, Actor Actor);

public static class TableReportHandler
{
    /// <summary>Both streams in one transaction: the report names the meeting, the meeting's new item names the report.</summary>
    // Kept explicit: it appends to two streams (the report and the meeting).
    public static async Task<CommandResult> Handle(TableReport command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<SemiannualReport>(command.ReportId, ct);
        var meeting = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        var town = await session.TownProfileAsync(ct);
        return session.Append(ReportDecisions.Table(stream.Aggregate, meeting.Aggregate, town, command.Actor, time.GetUtcNow()));
    }
}

public static class TableReportEndpoint
{
    public static void MapTableReport(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/table", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            if (!Guid.TryParse(form["MeetingId"], out var meetingId) || meetingId == Guid.Empty)
                return await ReportPages.AfterAsync(context, session, id, "请选择尚未召开的会议。", ct, form);
            var result = await bus.InvokeAsync<CommandResult>(new TableReport(id, meetingId, actor), ct);
            return await ReportPages.AfterAsync(context, session, id, result.Refusal, ct, form);
        }).RequireCapability(Capability.ReceiveReports);
    }
}
