
namespace Secretariat.Web.Features.Meetings;

public sealed record SaveMinutesDraft(Guid MeetingId, int ExpectedVersion, string? Summary, IReadOnlyList<ItemSummary> ItemSummaries,
    IReadOnlyList<ResolutionDraft> Resolutions, Actor Actor);

public sealed record SubmitMinutes(Guid MeetingId, Actor Actor);

public sealed record ReturnMinutes(Guid MeetingId, string? Comment, Actor Actor);

public sealed record SignOffMinutes(Guid MeetingId, Actor Actor, bool ConfirmUnrecorded = false);

public sealed record IssueMinutesAddendum(Guid MeetingId, AddendumKind Kind, string? Text, Actor Actor);

public sealed record IssueCircular(Guid MeetingId, Actor Actor);

public static class MinutesHandler
{
    /// <summary>
    /// The clerk's seen version is <c>ExpectedVersion</c> (not <c>Version</c>): the decision compares it with the latest
    /// meeting and refuses a stale save in Chinese; a save racing another one fails at commit and is run again on the new state.
    /// </summary>
    [AggregateHandler]
    public static async Task<(CommandResult, Events)> Handle(SaveMinutesDraft command, Meeting? meeting, IDocumentSession session, TimeProvider time,
        CancellationToken ct)
    {
        if (meeting is null) return (CommandResult.Refused(MeetingHandling.NotFound), []);
        var units = (await session.Query<MemberUnit>().Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var decision = MeetingDecisions.SaveDraft(meeting, command.ExpectedVersion, command.Summary, command.ItemSummaries, command.Resolutions,
            units, command.Actor, time.GetUtcNow());
        return decision.Outcome;
    }

    [AggregateHandler]
    public static (CommandResult, Events) Handle(SubmitMinutes command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.Submit(m, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(ReturnMinutes command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.Return(m, command.Comment, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(IssueMinutesAddendum command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.Addendum(m, command.Kind, command.Text, command.Actor, time.GetUtcNow()));

    /// <summary>
    /// Takes the year's next number through the register stream and issues the resolutions in the same transaction; two
    /// sign-offs at once: the one that loses the register's version is run again by Wolverine and takes the next number.
    /// </summary>
    // Explicit: three kinds of stream (the meeting, the register with an id computed from today's year, new resolution streams).
    public static async Task<CommandResult> Handle(SignOffMinutes command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused(MeetingHandling.NotFound);
        var body = MeetingBody.Of(meeting.Body);
        var register = await session.Events.FetchForWriting<DocumentRegister>(DocumentRegister.IdFor(body.MinutesKind, now.ToTownDate().Year), ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        var town = await session.TownProfileAsync(ct);
        var roster = await session.LoadAsync<BodyRoster>(body.RosterId, ct);
        var members = roster?.ActiveOn(meeting.Date).Select(t => t.PersonId).ToList() ?? [];
        var streamsInUse = new HashSet<Guid>();
        foreach (var id in meeting.ResolutionDrafts.Select(r => r.ResolutionId).Distinct())
            if (await session.Events.FetchStreamStateAsync(id, ct) is not null) streamsInUse.Add(id);
        return session.Append(MeetingDecisions.SignOff(meeting, register.Aggregate, units, town, command.Actor, now, members, command.ConfirmUnrecorded,
            streamsInUse));
    }

    // Explicit: two streams, the register's id computed from today's year; the decision also needs the meeting's resolution documents.
    public static async Task<CommandResult> Handle(IssueCircular command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused(MeetingHandling.NotFound);
        var register = await session.Events.FetchForWriting<DocumentRegister>(
            DocumentRegister.IdFor(MeetingBody.Of(meeting.Body).CircularKind, now.ToTownDate().Year), ct);
        var resolutions = await session.Query<Resolution>().Where(r => r.MeetingId == command.MeetingId).ToListAsync(ct);
        var town = await session.TownProfileAsync(ct);
        return session.Append(MeetingDecisions.IssueCircular(meeting, resolutions, register.Aggregate, town, command.Actor, now));
    }
}

public static class MinutesEndpoints
{
    public static void MapMinutes(this RouteGroupBuilder meetings)
    {
        meetings.MapPost("/{id:guid}/minutes", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var (command, problem) = Parse(id, form, context.User.Actor());
            problem ??= (await bus.InvokeAsync<CommandResult>(command!, ct)).Refusal;
            // A refused save shows the page again with the clerk's text, to copy after reloading.
            return await MeetingPages.AfterAsync(context, session, id, "minutes", problem, ct, problem is null ? null : form);
        }).RequireMeetingRunner();

        meetings.MapPost("/{id:guid}/minutes/submit", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            ActAsync(context, session, bus, id, new SubmitMinutes(id, context.User.Actor()), ct)).RequireMeetingRunner();

        meetings.MapPost("/{id:guid}/minutes/return", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            return await ActAsync(context, session, bus, id, new ReturnMinutes(id, form["Comment"], context.User.Actor()), ct);
        }).RequireCapability(Capability.SignOffMinutes, Capability.ActAsStationMaster);

        // Whether this leader convened this meeting is the decision's (a refusal in Chinese, like the page's buttons).
        meetings.MapPost("/{id:guid}/minutes/sign-off", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            return await ActAsync(context, session, bus, id, new SignOffMinutes(id, context.User.Actor(), form["ConfirmUnrecorded"] == "true"), ct);
        }).RequireCapability(Capability.SignOffMinutes, Capability.ActAsStationMaster);

        meetings.MapPost("/{id:guid}/minutes/addendum", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var kind = form["Kind"] == nameof(AddendumKind.Correction) ? AddendumKind.Correction : AddendumKind.Supplement;
            return await ActAsync(context, session, bus, id, new IssueMinutesAddendum(id, kind, form["Text"], context.User.Actor()), ct);
        }).RequireMeetingRunner();

        meetings.MapPost("/{id:guid}/minutes/circular", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var result = await bus.InvokeAsync<CommandResult>(new IssueCircular(id, context.User.Actor()), ct);
            if (!result.Succeeded) return await MeetingPages.AfterAsync(context, session, id, "resolutions", result.Refusal, ct);
            var issued = await session.LoadAsync<Meeting>(id, ct);
            return PageResults.SeeOther(context, $"/meetings/{id}/circulars/{issued!.Circulars[^1].Id}");
        }).RequireMeetingRunner();
    }

    private static async Task<IResult> ActAsync(HttpContext context, IQuerySession session, IMessageBus bus, Guid id, object command, CancellationToken ct) =>
        await MeetingPages.AfterAsync(context, session, id, "minutes", (await bus.InvokeAsync<CommandResult>(command, ct)).Refusal, ct);

    private static (SaveMinutesDraft? Command, string? Problem) Parse(Guid id, IFormCollection form, Actor actor)
    {
        if (!int.TryParse(form["version"], out var version)) return (null, "页面已过期，请重新载入。");
        var items = form.Keys.Where(k => k.StartsWith("ItemSummary_", StringComparison.Ordinal))
            .Select(k => (Ok: Guid.TryParse(k["ItemSummary_".Length..], out var item), Item: item, Text: form[k].ToString().Trim()))
            .Where(x => x.Ok && x.Text.Length > 0).Select(x => new ItemSummary(x.Item, x.Text)).ToList();
        var resolutions = new List<ResolutionDraft>();
        foreach (var raw in form["ResolutionRow"])
        {
            if (!Guid.TryParse(raw, out var row)) return (null, "议定事项不正确。");
            var text = form[$"ResolutionText_{row}"].ToString().Trim();
            if (text.Length == 0) continue;
            var n = resolutions.Count + 1;
            if (!Guid.TryParse(form[$"ResolutionLead_{row}"], out var lead)) return (null, $"第 {n} 项议定事项请选择牵头单位。");
            var responsible = new List<Guid>();
            foreach (var unit in form[$"ResolutionUnits_{row}"])
                if (Guid.TryParse(unit, out var parsed)) responsible.Add(parsed);
            if (!DateOnly.TryParseExact(form[$"ResolutionDue_{row}"].ToString().Trim(), "yyyy-MM-dd", out var due))
                return (null, $"第 {n} 项议定事项请按 年-月-日 填写办理期限。");
            resolutions.Add(new ResolutionDraft(row, text, lead, responsible, due, form[$"ResolutionMajor_{row}"] == "true")
            {
                OriginId = Guid.TryParse(form[$"ResolutionOrigin_{row}"], out var origin) ? origin : null
            });
        }
        return (new SaveMinutesDraft(id, version, form["Summary"], items, resolutions, actor), null);
    }
}
