namespace Secretariat.Web.Features.Capacity;

/// <summary>Record a social organisation supported, a youth social worker or a volunteer team, from a day.</summary>
public sealed record RecordCapacity(Guid RecordId, CapacityDraft Draft, Actor Actor);

/// <summary>Record that a support, a post or a team ended on a day.</summary>
public sealed record EndCapacity(Guid RecordId, DateOnly EndedOn, Actor Actor);

public sealed record CapacityFormPageModel(CapacityForm Form, string? Error, IReadOnlyList<MemberUnit> Villages);

public static class RecordCapacityHandler
{
    public static async Task<CommandResult> Handle(RecordCapacity command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var villages = await session.Query<MemberUnit>().Where(u => u.Kind == UnitKind.Village || u.Kind == UnitKind.Community).ToListAsync(ct);
        var decided = CapacityDecisions.Record(command.RecordId, command.Draft, villages, command.Actor, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) session.Events.StartStream<CapacityRecord>(command.RecordId, decided.Event!);
        return decided.Result;
    }
}

public static class EndCapacityHandler
{
    public static async Task<CommandResult> Handle(EndCapacity command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<CapacityRecord>(command.RecordId, ct);
        if (stream.Aggregate is null) return CommandResult.Refused("该记录不存在。");
        var decided = CapacityDecisions.End(stream.Aggregate, command.EndedOn, command.Actor, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) stream.AppendOne(decided.Event!);
        return decided.Result;
    }
}

public static class RecordCapacityEndpoints
{
    public static void MapRecordCapacity(this RouteGroupBuilder group)
    {
        group.MapGet("/new", async (string? kind, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await FormAsync(context, session, new CapacityForm
            {
                Kind = FormValues.TryEnum<CapacityKind>(kind, out var k) ? k.ToString() : nameof(CapacityKind.Organisation), From = time.Today().IsoDate()
            }, null, StatusCodes.Status200OK, ct)).RequireCapability(Capability.RecordCapacity);

        group.MapPost("/new", async (HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus, CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = new CapacityForm { Kind = posted["Kind"], Name = posted["Name"], VillageId = posted["VillageId"], Detail = posted["Detail"], From = posted["From"] };
            var (draft, problem) = form.ToDraft(time.Today());
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new RecordCapacity(Guid.NewGuid(), draft!, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, "/capacity", "capacity");
                problem = result.Refusal;
            }
            return await FormAsync(context, session, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordCapacity);

        group.MapPost("/{recordId:guid}/end", async (Guid recordId, HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus,
            CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var (day, problem) = UserDates.Parse(posted["EndedOn"], time.Today(), "终止日期", "请按 年-月-日 填写终止日期。");
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new EndCapacity(recordId, day, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, "/capacity", "capacity-ended");
                problem = result.Refusal;
            }
            return await CapacityPages.PageAsync(context, session, problem, recordId, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordCapacity);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, CapacityForm form, string? error, int status, CancellationToken ct)
    {
        var villages = (await session.Query<MemberUnit>().Where(u => u.Kind == UnitKind.Village || u.Kind == UnitKind.Community).ToListAsync(ct))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();
        return PageResults.Page<CapacityFormPage, CapacityFormPageModel>(context, new(form, error, villages), status);
    }
}

/// <summary>The form as posted.</summary>
public sealed class CapacityForm
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? VillageId { get; set; }
    public string? Detail { get; set; }
    public string? From { get; set; }

    public (CapacityDraft? Draft, string? Problem) ToDraft(DateOnly today)
    {
        if (!FormValues.TryEnum<CapacityKind>(Kind, out var kind)) return (null, "请选择类别。");
        var (from, problem) = UserDates.Parse(From, today, "起始日期", "请按 年-月-日 填写起始日期。");
        if (problem is not null) return (null, problem);
        return (new CapacityDraft(kind, Name, Guid.TryParse(VillageId, out var v) ? v : null, Detail, from), null);
    }
}
