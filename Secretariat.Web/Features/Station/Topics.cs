using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Station;

public sealed record RaiseTopic(Guid TopicId, string? Title, string? Ask, Guid? UnitId, StoredFile? Attachment, Actor Actor);

public sealed record ScheduleTopic(Guid TopicId, Guid MeetingId, Actor Actor);

public sealed record MergeTopic(Guid TopicId, Guid IntoTopicId, Actor Actor);

public sealed record DeclineTopic(Guid TopicId, string? Reason, Actor Actor);

public sealed record ConveneForTopic(Guid TopicId, Guid MeetingId, MeetingPlan Plan, Actor Actor);

public static class TopicHandler
{
    public const string NotFound = "找不到该议题。";

    // Explicit handlers: each starts or appends through the decision's streams (a topic, and for scheduling the meeting too).
    public static async Task<CommandResult> Handle(RaiseTopic command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var unit = command.UnitId is { } id ? await session.LoadAsync<MemberUnit>(id, ct) : null;
        var result = session.Append(StationDecisions.RaiseTopic(command.TopicId, command.Title, command.Ask, unit, command.Attachment, command.Actor,
            time.GetUtcNow()));
        if (result.Succeeded && command.Attachment is { } attachment) session.Store(attachment);
        return result;
    }

    public static async Task<CommandResult> Handle(ScheduleTopic command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var topic = await session.Events.FetchForWriting<Topic>(command.TopicId, ct);
        if (topic.Aggregate is null) return CommandResult.Refused(NotFound);
        var meeting = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (meeting.Aggregate is null) return CommandResult.Refused("请选择尚未召开的工作站会议。");
        return session.Append(StationDecisions.Schedule(topic.Aggregate, meeting.Aggregate, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(ConveneForTopic command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var topic = await session.Events.FetchForWriting<Topic>(command.TopicId, ct);
        if (topic.Aggregate is null) return CommandResult.Refused(NotFound);
        var roster = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        return session.Append(StationDecisions.ConveneForTopic(topic.Aggregate, command.MeetingId, command.Plan, roster, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(MergeTopic command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var topic = await session.Events.FetchForWriting<Topic>(command.TopicId, ct);
        if (topic.Aggregate is null) return CommandResult.Refused(NotFound);
        if (await session.LoadAsync<Topic>(command.IntoTopicId, ct) is not { } into) return CommandResult.Refused("请选择要并入的议题。");
        var decision = StationDecisions.Merge(topic.Aggregate, into, command.Actor, time.GetUtcNow());
        if (decision.Event is { } e) topic.AppendOne(e);
        return decision.Result;
    }

    public static async Task<CommandResult> Handle(DeclineTopic command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var topic = await session.Events.FetchForWriting<Topic>(command.TopicId, ct);
        if (topic.Aggregate is null) return CommandResult.Refused(NotFound);
        var decision = StationDecisions.Decline(topic.Aggregate, command.Reason, command.Actor, time.GetUtcNow());
        if (decision.Event is { } e) topic.AppendOne(e);
        return decision.Result;
    }
}

public sealed record TopicsPageModel(IReadOnlyList<Topic> Topics, IReadOnlyList<MemberUnit> Units, Actor Actor, DateOnly Today, string? Error,
    Guid? UnitId);

public sealed record TopicPageModel(Topic Topic, IReadOnlyList<Meeting> StationMeetings, IReadOnlyList<Topic> OtherOpen, Actor Actor, DateOnly Today,
    string? Error, IReadOnlyList<Tenure> Leaders, MeetingForm Form);

public static class TopicEndpoints
{
    public static readonly UploadRule Attachment = new("attachment", MaxFiles: 1, MaxBytes: 5 * 1024 * 1024, OfficeFiles: true, AsksMinorsData: true,
        FallbackName: "附件");

    public static void MapTopics(this RouteGroupBuilder station)
    {
        station.MapGet("/topics", (string? unit, HttpContext context, IQuerySession session, CancellationToken ct) =>
            ListAsync(context, session, unit, null, StatusCodes.Status200OK, ct));

        // A liaison raises for their own unit (the unit field is the office's); the decision checks the unit again.
        station.MapPost("/topics", async (HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            Guid? unit = actor.CanForAll(Capability.ProposeAgenda) ? Guid.TryParse(form["UnitId"], out var u) ? u : null : actor.UnitId;
            var id = Guid.NewGuid();
            var (attachment, problem) = await Uploads.ReadAsync(form, Attachment, id, ct);
            problem ??= (await bus.InvokeAsync<CommandResult>(new RaiseTopic(id, form["Title"], form["Ask"], unit, attachment.SingleOrDefault(), actor), ct))
                .Refusal;
            return problem is null ? PageResults.SeeOther(context, $"/station/topics/{id}")
                : await ListAsync(context, session, null, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ProposeAgenda);

        station.MapGet("/topics/{id:guid}", (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            TopicAsync(context, session, id, null, StatusCodes.Status200OK, ct));

        station.MapPost("/topics/{id:guid}/schedule", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var problem = Guid.TryParse(form["MeetingId"], out var meeting)
                ? (await bus.InvokeAsync<CommandResult>(new ScheduleTopic(id, meeting, context.User.Actor()), ct)).Refusal
                : "请选择尚未召开的工作站会议。";
            return await AfterAsync(context, session, id, problem, ct);
        }).RequireCapability(Capability.RunStationMeetings);

        // A station meeting convened with the topic on its agenda (the meeting engine's convening, the plan's fields as the convene form's).
        station.MapPost("/topics/{id:guid}/convene", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ConveneMeetingEndpoint.ConveneFromFormAsync(context, bus, MeetingBody.WorkStation, (meeting, plan) => new ConveneForTopic(id, meeting, plan,
                context.User.Actor()), (problem, form) => TopicAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct, form), ct))
            .RequireCapability(Capability.RunStationMeetings);

        station.MapPost("/topics/{id:guid}/merge", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var problem = Guid.TryParse(form["IntoTopicId"], out var into)
                ? (await bus.InvokeAsync<CommandResult>(new MergeTopic(id, into, context.User.Actor()), ct)).Refusal
                : "请选择要并入的议题。";
            return await AfterAsync(context, session, id, problem, ct);
        }).RequireCapability(Capability.RunStationMeetings);

        station.MapPost("/topics/{id:guid}/decline", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var problem = (await bus.InvokeAsync<CommandResult>(new DeclineTopic(id, form["Reason"], context.User.Actor()), ct)).Refusal;
            return await AfterAsync(context, session, id, problem, ct);
        }).RequireCapability(Capability.RunStationMeetings);

        // An attachment flagged as holding minors' information: only MinorsData's readers, each read logged (附件3-3 三).
        station.MapGet("/topics/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var attachment = await session.LoadAsync<StoredFile>(attachmentId, ct);
            if (attachment is null || attachment.OwnerId != id) return Results.NotFound();
            return await attachment.DownloadAsync(context, async () =>
            {
                var topic = await session.LoadAsync<Topic>(id, ct);
                return ($"议题附件：{topic?.Title}", $"/station/topics/{id}");
            }, ct);
        });
    }

    private static async Task<IResult> AfterAsync(HttpContext context, IQuerySession session, Guid id, string? problem, CancellationToken ct) =>
        problem is null ? PageResults.SeeOther(context, $"/station/topics/{id}")
            : await TopicAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct);

    private static async Task<IResult> ListAsync(HttpContext context, IQuerySession session, string? unit, string? error, int status, CancellationToken ct)
    {
        var actor = context.User.Actor();
        // A liaison starts from their own unit's topics; anyone may look at any unit's.
        Guid? unitId = Guid.TryParse(unit, out var u) ? u : unit is null && !actor.CanForAll(Capability.ReadUnitRecords) ? actor.UnitId : null;
        var query = session.Query<Topic>().AsQueryable();
        if (unitId is { } id) query = query.Where(t => t.UnitId == id);
        var topics = await query.OrderByDescending(t => t.RaisedOn).Take(200).ToListAsync(ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(x => x.SortOrder).ToList();
        return PageResults.Page<TopicsPage, TopicsPageModel>(context, new TopicsPageModel(topics.OrderBy(t => t.Status != TopicStatus.Open)
            .ThenByDescending(t => t.RaisedBy.At).ToList(), units, actor, UserDates.Today(context), error, unitId), status);
    }

    private static async Task<IResult> TopicAsync(HttpContext context, IQuerySession session, Guid id, string? error, int status, CancellationToken ct,
        MeetingForm? form = null)
    {
        var topic = await session.LoadAsync<Topic>(id, ct);
        if (topic is null) return Results.NotFound();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var meetings = await session.Query<Meeting>().Where(m => m.Body == BodyKind.WorkStation && !m.Cancelled && m.StartsAt > now)
            .OrderBy(m => m.StartsAt).Take(10).ToListAsync(ct);
        var others = await session.Query<Topic>().Where(t => t.Id != id && (t.Status == TopicStatus.Open || t.Status == TopicStatus.Scheduled))
            .OrderByDescending(t => t.RaisedOn).Take(50).ToListAsync(ct);
        var leaders = await ConveneMeetingEndpoint.LeadersAsync(session, MeetingBody.WorkStation, now.ToTownDate(), ct);
        return PageResults.Page<TopicPage, TopicPageModel>(context, new TopicPageModel(topic, meetings, others, context.User.Actor(), now.ToTownDate(),
            error, leaders, form ?? ConveneMeetingEndpoint.BlankForm(MeetingBody.WorkStation)), status);
    }
}
