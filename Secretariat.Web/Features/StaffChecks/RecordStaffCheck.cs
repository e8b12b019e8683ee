namespace Secretariat.Web.Features.StaffChecks;

/// <summary>Record a unit's 从业查询 of one person (附件2 第21项); a record found sets the day the employment must end by.</summary>
public sealed record RecordStaffCheck(Guid CheckId, StaffCheckDraft Draft, Actor Actor);

public static class RecordStaffCheckHandler
{
    public static async Task<CommandResult> Handle(RecordStaffCheck command, IDocumentSession session, TimeProvider time, IWorkingDayCalendars calendars,
        CancellationToken ct)
    {
        var calendar = await calendars.CurrentAsync(ct);
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        var decided = StaffCheckDecisions.Record(command.CheckId, command.Draft, units, command.Actor, calendar, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) session.Events.StartStream<StaffCheck>(command.CheckId, decided.Event!);
        return decided.Result;
    }
}

public static class RecordStaffCheckEndpoint
{
    public static void MapRecordStaffCheck(this RouteGroupBuilder group) =>
        group.MapPost("", async (HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus, CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = StaffCheckForm.From(posted);
            var (draft, problem) = form.ToDraft(time.Today());
            if (problem is null)
            {
                var id = Guid.NewGuid();
                var result = await bus.InvokeAsync<CommandResult>(new RecordStaffCheck(id, draft!, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/staff-checks/{id}", "staff-check");
                problem = result.Refusal;
            }
            return await StaffCheckPages.ListAsync(context, session, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordStaffChecks);
}

/// <summary>The check form as posted (kept when the page is shown again).</summary>
public sealed class StaffCheckForm
{
    public string? UnitId { get; set; }
    public string? Position { get; set; }
    public string? StaffLabel { get; set; }
    public string? Kind { get; set; }
    public string? CheckedOn { get; set; }
    public string? StartsOn { get; set; }
    public string? Result { get; set; }

    public static StaffCheckForm From(IFormCollection form) => new()
    {
        UnitId = form["UnitId"], Position = form["Position"], StaffLabel = form["StaffLabel"], Kind = form["Kind"], CheckedOn = form["CheckedOn"],
        StartsOn = form["StartsOn"], Result = form["Result"]
    };

    public (StaffCheckDraft? Draft, string? Problem) ToDraft(DateOnly today)
    {
        if (!FormValues.TryEnum<StaffCheckKind>(Kind, out var kind)) return (null, "请选择查询类型。");
        if (!FormValues.TryEnum<StaffCheckResult>(Result, out var result)) return (null, "请选择查询结果。");
        var (checkedOn, problem) = UserDates.Parse(CheckedOn, today, "查询日期", "请按 年-月-日 填写查询日期。");
        if (problem is not null) return (null, problem);
        DateOnly? starts = null;
        if (kind == StaffCheckKind.NewHire)
        {
            var (s, startProblem) = UserDates.Parse(StartsOn, today, "入职日期", "请按 年-月-日 填写入职日期。");
            if (startProblem is not null) return (null, startProblem);
            starts = s;
        }
        Guid? unit = Guid.TryParse(UnitId, out var u) ? u : null;
        return (new StaffCheckDraft(unit, Position, StaffLabel, kind, checkedOn, starts, result), null);
    }
}
