using System.Globalization;

namespace Secretariat.Web.Features.Meetings;

/// <summary>The office convenes a leading-group meeting for the 组长 or a delegated 副组长; the station its own for the 站长 or a delegated 副站长.</summary>
public sealed record ConveneMeeting(Guid MeetingId, MeetingPlan Plan, Actor Actor);

public static class ConveneMeetingHandler
{
    /// <summary>The meeting's id is the command's: no stream yet, so the convened event starts it.</summary>
    [AggregateHandler]
    public static async Task<(CommandResult, Events)> Handle(ConveneMeeting command, Meeting? existing, IDocumentSession session, TimeProvider time,
        CancellationToken ct)
    {
        var roster = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(command.Plan.Body), ct);
        var decision = MeetingDecisions.Convene(command.MeetingId, command.Plan, roster, command.Actor, time.GetUtcNow());
        return decision.Outcome;
    }
}

public sealed record NewMeetingPageModel(MeetingForm Form, string? Error, IReadOnlyList<Tenure> Leaders, MeetingBody Body);

public static class ConveneMeetingEndpoint
{
    public static void MapConveneMeeting(this RouteGroupBuilder meetings)
    {
        meetings.MapGet("/new", async (string? body, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            // Without a body: the first whose meetings the user runs (the office the group's, the station its own).
            var of = body is null ? MeetingBody.All.FirstOrDefault(b => context.User.Can(b.Runs)) ?? MeetingBody.LeadingGroup : MeetingBody.Parse(body);
            if (!context.User.Can(of.Runs)) return Policies.Forbidden();
            var form = new MeetingForm { Kind = of.Kinds[0].ToString(), Time = "09:30", Body = of.Kind.ToString() };
            return await FormAsync(context, session, time, form, null, StatusCodes.Status200OK, ct);
        }).RequireCapability(Capability.RunMeetings, Capability.RunStationMeetings);

        meetings.MapPost("/new", (HttpContext context, IQuerySession session, IMessageBus bus, TimeProvider time, CancellationToken ct) =>
            ConveneFromFormAsync(context, bus, null, (id, plan) => new ConveneMeeting(id, plan, context.User.Actor()),
                (problem, form) => FormAsync(context, session, time, form, problem, StatusCodes.Status422UnprocessableEntity, ct), ct))
            .RequireCapability(Capability.RunMeetings, Capability.RunStationMeetings);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, TimeProvider time, MeetingForm form, string? error,
        int status, CancellationToken ct)
    {
        var body = MeetingBody.Parse(form.Body);
        var leaders = await LeadersAsync(session, body, time.Today(), ct);
        return PageResults.Page<NewMeetingPage, NewMeetingPageModel>(context, new NewMeetingPageModel(form, error, leaders, body), status);
    }

    /// <summary>
    /// A posted plan (the convene form's fields) convened by <paramref name="command"/> (the plain convening, or one with an item on the
    /// agenda): to the new meeting, or the form's page again with the refusal. <paramref name="body"/> fixes the body, else the form's.
    /// </summary>
    public static async Task<IResult> ConveneFromFormAsync(HttpContext context, IMessageBus bus, MeetingBody? body, Func<Guid, MeetingPlan, object> command,
        Func<string, MeetingForm, Task<IResult>> refused, CancellationToken ct)
    {
        var form = MeetingForm.From(await context.Request.ReadFormAsync(ct));
        if (body is not null) form.Body = body.Kind.ToString();
        var (plan, problem) = form.ToPlan();
        var id = Guid.NewGuid();
        problem ??= (await bus.InvokeAsync<CommandResult>(command(id, plan!), ct)).Refusal;
        return problem is null ? SavedFlash.SeeOther(context, $"/meetings/{id}", "convened") : await refused(problem, form);
    }

    /// <summary>Who may be chosen as convener today: the body's chair and deputies (the decision checks the meeting day and the delegation).</summary>
    public static async Task<IReadOnlyList<Tenure>> LeadersAsync(IQuerySession session, MeetingBody body, DateOnly today, CancellationToken ct)
    {
        var roster = await session.LoadAsync<BodyRoster>(body.RosterId, ct);
        return roster?.ActiveOn(today).Where(t => t.Role == body.Chair || t.Role == body.DeputyChair).OrderBy(t => t.Role).ToList() ?? [];
    }

    /// <summary>A blank plan for a body's meeting, as the convene form starts.</summary>
    public static MeetingForm BlankForm(MeetingBody body) => new() { Kind = body.Kinds[0].ToString(), Time = "09:30", Body = body.Kind.ToString() };
}

/// <summary>The convene form as posted: local date and time in Asia/Shanghai.</summary>
public sealed class MeetingForm
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public string? Time { get; set; }
    public string? Place { get; set; }
    public string? ConvenerPersonId { get; set; }
    public string? DelegatedOn { get; set; }
    public string? CutoffDate { get; set; }

    /// <summary>Whose meeting (<see cref="BodyKind"/>'s name); none is the leading group.</summary>
    public string? Body { get; set; }

    public static MeetingForm From(IFormCollection form) => new()
    {
        Title = form["Title"], Kind = form["Kind"], Date = form["Date"], Time = form["Time"], Place = form["Place"],
        ConvenerPersonId = form["ConvenerPersonId"], DelegatedOn = form["DelegatedOn"], CutoffDate = form["CutoffDate"],
        Body = MeetingBody.Parse(form["Body"]).Kind.ToString()
    };

    public (MeetingPlan? Plan, string? Problem) ToPlan()
    {
        if (!Enum.TryParse<MeetingKind>(Kind, out var kind) || !Enum.IsDefined(kind)) return (null, "请选择会议类型。");
        if (LocalTime.Parse(Date, Time) is not { } startsAt) return (null, "请按 年-月-日 和 时:分 填写会议时间。");
        if (!Guid.TryParse(ConvenerPersonId, out var convener)) return (null, "请选择召集人。");
        DateOnly? delegatedOn = null;
        if (!string.IsNullOrWhiteSpace(DelegatedOn))
        {
            if (!DateOnly.TryParseExact(DelegatedOn.Trim(), "yyyy-MM-dd", out var d)) return (null, "请按 年-月-日 填写委托日期。");
            delegatedOn = d;
        }
        DateTimeOffset? cutoff = null;
        if (!string.IsNullOrWhiteSpace(CutoffDate))
        {
            if (LocalTime.Parse(CutoffDate, "18:00") is not { } c) return (null, "请按 年-月-日 填写议题征集截止日期。");
            cutoff = c;
        }
        return (new MeetingPlan(Title, kind, startsAt, Place, convener, delegatedOn, cutoff, MeetingBody.Parse(Body).Kind), null);
    }
}

public static class LocalTime
{
    /// <summary>A date and time typed on the town's clock, as an instant.</summary>
    public static DateTimeOffset? Parse(string? date, string? time)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", out var day)) return null;
        if (!TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return null;
        var local = day.ToDateTime(at);
        // Stored as UTC (PostgreSQL timestamptz); shown again in the town's zone.
        return new DateTimeOffset(local, TownClock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
