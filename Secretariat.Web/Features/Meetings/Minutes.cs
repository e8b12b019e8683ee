using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Meetings;

public sealed record SaveMinutesDraft(Guid MeetingId, int ExpectedVersion, string? Summary, IReadOnlyList<ItemSummary> ItemSummaries,
    IReadOnlyList<ResolutionDraft> Resolutions, Actor Actor);

public sealed record SubmitMinutes(Guid MeetingId, Actor Actor);

public sealed record ReturnMinutes(Guid MeetingId, string? Comment, Actor Actor);

public sealed record SignOffMinutes(Guid MeetingId, Actor Actor);

public sealed record IssueMinutesAddendum(Guid MeetingId, AddendumKind Kind, string? Text, Actor Actor);

public sealed record IssueCircular(Guid MeetingId, Actor Actor);

public static class MinutesHandler
{
    public static async Task<CommandResult> Handle(SaveMinutesDraft command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        // The version the clerk saw: a save over someone else's newer one fails here or, if both race, at commit.
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, command.ExpectedVersion, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        var units = (await session.Query<MemberUnit>().Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        return stream.Append(MeetingDecisions.SaveDraft(meeting, command.ExpectedVersion, command.Summary, command.ItemSummaries,
            command.Resolutions, units, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(SubmitMinutes command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        return stream.Append(MeetingDecisions.Submit(meeting, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(ReturnMinutes command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        return stream.Append(MeetingDecisions.Return(meeting, command.Comment, command.Actor, time.GetUtcNow()));
    }

    /// <summary>
    /// Takes the year's next number through the register stream (two sign-offs at once: one fails on the register's
    /// version and is retried by its endpoint) and issues the resolutions in the same transaction.
    /// </summary>
    public static async Task<CommandResult> Handle(SignOffMinutes command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        var year = Infrastructure.Time.TownClock.ToTownDate(now).Year;
        var register = await session.Events.FetchForWriting<NumberRegister>(NumberRegister.IdFor(RegisterKind.Minutes, year), ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        var (signedOff, number, resolutions, refusal) = MeetingDecisions.SignOff(meeting, register.Aggregate, units, command.Actor, now);
        if (refusal is not null) return CommandResult.Refused(refusal.Message);
        stream.AppendOne(signedOff!);
        register.AppendOne(number!);
        foreach (var resolution in resolutions) session.Events.StartStream<Resolution>(resolution.ResolutionId, resolution);
        return CommandResult.Done;
    }

    public static async Task<CommandResult> Handle(IssueCircular command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        var register = await session.Events.FetchForWriting<NumberRegister>(
            NumberRegister.IdFor(RegisterKind.Circular, Infrastructure.Time.TownClock.ToTownDate(now).Year), ct);
        var resolutions = await session.Query<Resolution>().Where(r => r.MeetingId == command.MeetingId).ToListAsync(ct);
        var (issued, number, refusal) = MeetingDecisions.IssueCircular(meeting, resolutions, register.Aggregate, command.Actor, now);
        if (refusal is not null) return CommandResult.Refused(refusal.Message);
        stream.AppendOne(issued!);
        register.AppendOne(number!);
        return CommandResult.Done;
    }

    public static async Task<CommandResult> Handle(IssueMinutesAddendum command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        return stream.Append(MeetingDecisions.Addendum(meeting, command.Kind, command.Text, command.Actor, time.GetUtcNow()));
    }
}

public static class MinutesEndpoints
{
    public const string Conflict = "纪要已被他人修改，你的修改未保存。请重新载入最新内容后再修改。";
    private const string HandledElsewhere = "纪要已被他人处理，请重新载入。";

    public static void MapMinutes(this IEndpointRouteBuilder app)
    {
        app.MapPost("/meetings/{id:guid}/minutes", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            var (command, problem) = Parse(id, form, actor);
            problem ??= (await bus.InvokeAsync(command!, Conflict, ct)).Refusal;
            return await MeetingPages.AfterAsync(context, session, id, "minutes", problem, ct, problem is null ? null : form);
        }).RequireAuthorization();

        app.MapPost("/meetings/{id:guid}/minutes/{action}", async (Guid id, string action, HttpContext context, IQuerySession session, IMessageBus bus,
            CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            object? command = action switch
            {
                "submit" when actor.Is(Roles.Secretariat) => new SubmitMinutes(id, actor),
                "return" when actor.Is(Roles.Leader) || actor.Is(Roles.DeputyLeader) => new ReturnMinutes(id, form["Comment"], actor),
                "sign-off" when actor.Is(Roles.Leader) || actor.Is(Roles.DeputyLeader) => new SignOffMinutes(id, actor),
                "circular" when actor.Is(Roles.Secretariat) => new IssueCircular(id, actor),
                "addendum" when actor.Is(Roles.Secretariat) => new IssueMinutesAddendum(id,
                    form["Kind"] == nameof(AddendumKind.Correction) ? AddendumKind.Correction : AddendumKind.Supplement, form["Text"], actor),
                _ => null
            };
            if (command is null) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var result = await bus.InvokeAsync(command, HandledElsewhere, ct);
            // Two sign-offs of different meetings at once: the one that lost the register's version takes the next number.
            for (var retry = 0; retry < 5 && command is SignOffMinutes or IssueCircular && result.Refusal == HandledElsewhere; retry++)
                result = await bus.InvokeAsync(command, HandledElsewhere, ct);
            if (command is IssueCircular && result.Succeeded)
            {
                var issued = await session.LoadAsync<Meeting>(id, ct);
                return Infrastructure.Web.PageResults.SeeOther(context, $"/meetings/{id}/circulars/{issued!.Circulars[^1].Id}");
            }
            return await MeetingPages.AfterAsync(context, session, id, command is IssueCircular ? "resolutions" : "minutes", result.Refusal, ct);
        }).RequireAuthorization();
    }

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
            resolutions.Add(new ResolutionDraft(row, text, lead, responsible, due, form[$"ResolutionMajor_{row}"] == "true"));
        }
        return (new SaveMinutesDraft(id, version, form["Summary"], items, resolutions, actor), null);
    }
}
