using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Station;

public sealed record PrepareDraftResolution(Guid DraftResolutionId, string? Text, Guid? LeadUnitId, IReadOnlyList<Guid> ResponsibleUnitIds, DateOnly? DueOn,
    Guid? FromMeetingId, Guid? TopicId, Actor Actor);

public sealed record TableDraftResolution(Guid DraftResolutionId, Guid MeetingId, Actor Actor);

public sealed record ConveneForDraft(Guid DraftResolutionId, Guid MeetingId, MeetingPlan Plan, Actor Actor);

public static class DraftResolutionHandler
{
    public const string NotFound = "找不到该拟议事项。";

    public static async Task<CommandResult> Handle(PrepareDraftResolution command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id);
        var lead = command.LeadUnitId is { } l ? units.GetValueOrDefault(l) : null;
        var responsible = command.ResponsibleUnitIds.Select(units.GetValueOrDefault).OfType<MemberUnit>().ToList();
        var from = command.FromMeetingId is { } m ? await session.LoadAsync<Meeting>(m, ct) : null;
        if (command.FromMeetingId is not null && from is null) return CommandResult.Refused("找不到来源会议。");
        var topic = command.TopicId is { } t ? await session.LoadAsync<Topic>(t, ct) : null;
        return session.Append(StationDecisions.Prepare(command.DraftResolutionId, command.Text, lead, responsible, command.DueOn, from, topic, command.Actor,
            time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(ConveneForDraft command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var draft = await session.Events.FetchForWriting<DraftResolution>(command.DraftResolutionId, ct);
        if (draft.Aggregate is null) return CommandResult.Refused(NotFound);
        var roster = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup), ct);
        return session.Append(StationDecisions.ConveneForDraft(draft.Aggregate, command.MeetingId, command.Plan, roster, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(TableDraftResolution command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var draft = await session.Events.FetchForWriting<DraftResolution>(command.DraftResolutionId, ct);
        if (draft.Aggregate is null) return CommandResult.Refused(NotFound);
        var meeting = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (meeting.Aggregate is null) return CommandResult.Refused("请选择尚未召开的领导小组会议。");
        return session.Append(StationDecisions.Table(draft.Aggregate, meeting.Aggregate, command.Actor, time.GetUtcNow()));
    }
}

public sealed record DraftResolutionsPageModel(IReadOnlyList<DraftResolution> Drafts, IReadOnlyList<MemberUnit> Units, IReadOnlyList<Meeting> StationMeetings,
    IReadOnlyList<Topic> Topics, Actor Actor, DateOnly Today, string? Error);

public sealed record DraftResolutionPageModel(DraftResolution Draft, IReadOnlyList<Meeting> GroupMeetings, Resolution? Adopted, Actor Actor, string? Error,
    IReadOnlyList<Tenure> Leaders, MeetingForm Form);

public static class DraftResolutionEndpoints
{
    public static void MapDraftResolutions(this RouteGroupBuilder station)
    {
        station.MapGet("/drafts", (HttpContext context, IQuerySession session, CancellationToken ct) =>
            ListAsync(context, session, null, StatusCodes.Status200OK, ct));

        station.MapPost("/drafts", async (HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var id = Guid.NewGuid();
            string? problem = null;
            DateOnly? due = null;
            if (DateOnly.TryParseExact(form["DueOn"].ToString().Trim(), "yyyy-MM-dd", out var d)) due = d;
            else if (form["DueOn"].ToString().Trim().Length > 0) problem = "请按 年-月-日 填写办理期限。";
            var responsible = form["ResponsibleUnitIds"].Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
            problem ??= (await bus.InvokeAsync<CommandResult>(new PrepareDraftResolution(id, form["Text"], Guid.TryParse(form["LeadUnitId"], out var lead) ? lead : null,
                responsible, due, Guid.TryParse(form["FromMeetingId"], out var from) ? from : null, Guid.TryParse(form["TopicId"], out var topic) ? topic : null,
                context.User.Actor()), ct)).Refusal;
            return problem is null ? PageResults.SeeOther(context, $"/station/drafts/{id}")
                : await ListAsync(context, session, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RunStationMeetings);

        station.MapGet("/drafts/{id:guid}", (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            DraftAsync(context, session, id, null, StatusCodes.Status200OK, ct));

        // The office tables the station's draft on a coming leading-group meeting (正文 五(三)).
        station.MapPost("/drafts/{id:guid}/table", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var problem = Guid.TryParse(form["MeetingId"], out var meeting)
                ? (await bus.InvokeAsync<CommandResult>(new TableDraftResolution(id, meeting, context.User.Actor()), ct)).Refusal
                : "请选择尚未召开的领导小组会议。";
            return problem is null ? PageResults.SeeOther(context, $"/station/drafts/{id}")
                : await DraftAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RunMeetings);

        // A leading-group meeting convened with the draft on its agenda (the meeting engine's convening, the convene form's fields).
        station.MapPost("/drafts/{id:guid}/convene", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ConveneMeetingEndpoint.ConveneFromFormAsync(context, bus, MeetingBody.LeadingGroup, (meeting, plan) => new ConveneForDraft(id, meeting, plan,
                context.User.Actor()), (problem, form) => DraftAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct, form), ct))
            .RequireCapability(Capability.RunMeetings);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IQuerySession session, string? error, int status, CancellationToken ct)
    {
        var drafts = await session.Query<DraftResolution>().OrderByDescending(d => d.PreparedOn).Take(200).ToListAsync(ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(x => x.SortOrder).ToList();
        var meetings = await session.Query<Meeting>().Where(m => m.Body == BodyKind.WorkStation && !m.Cancelled).OrderByDescending(m => m.StartsAt).Take(30)
            .ToListAsync(ct);
        var topics = await session.Query<Topic>().Where(t => t.Status == TopicStatus.Scheduled || t.Status == TopicStatus.Open)
            .OrderByDescending(t => t.RaisedOn).Take(100).ToListAsync(ct);
        return PageResults.Page<DraftResolutionsPage, DraftResolutionsPageModel>(context, new DraftResolutionsPageModel(drafts, units, meetings, topics,
            context.User.Actor(), UserDates.Today(context), error), status);
    }

    private static async Task<IResult> DraftAsync(HttpContext context, IQuerySession session, Guid id, string? error, int status, CancellationToken ct,
        MeetingForm? form = null)
    {
        var draft = await session.LoadAsync<DraftResolution>(id, ct);
        if (draft is null) return Results.NotFound();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var meetings = await session.Query<Meeting>().Where(m => m.Body == BodyKind.LeadingGroup && !m.Cancelled && m.StartsAt > now)
            .OrderBy(m => m.StartsAt).Take(10).ToListAsync(ct);
        var adopted = await session.Query<Resolution>().Where(r => r.OriginId == id).FirstOrDefaultAsync(ct);
        var leaders = await ConveneMeetingEndpoint.LeadersAsync(session, MeetingBody.LeadingGroup, now.ToTownDate(), ct);
        return PageResults.Page<DraftResolutionPage, DraftResolutionPageModel>(context, new DraftResolutionPageModel(draft, meetings, adopted,
            context.User.Actor(), error, leaders, form ?? ConveneMeetingEndpoint.BlankForm(MeetingBody.LeadingGroup)), status);
    }
}
