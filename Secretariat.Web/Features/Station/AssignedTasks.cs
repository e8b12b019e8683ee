namespace Secretariat.Web.Features.Station;

public sealed record RecordAssignedTask(Guid AssignedTaskId, AssignedTaskSource Source, string? AssignedBy, string? Reference, string? Text,
    DateOnly? AssignedOn, DateOnly? DueOn, Actor Actor);

public sealed record ProgressAssignedTask(Guid AssignedTaskId, string? Text, Actor Actor);

public sealed record CompleteAssignedTask(Guid AssignedTaskId, string? Evidence, Actor Actor);

public static class AssignedTaskHandler
{
    public const string NotFound = "找不到该交办事项。";

    public static CommandResult Handle(RecordAssignedTask command, IDocumentSession session, TimeProvider time) =>
        session.Append(StationDecisions.RecordTask(command.AssignedTaskId, command.Source, command.AssignedBy, command.Reference, command.Text,
            command.AssignedOn, command.DueOn, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(ProgressAssignedTask command, AssignedTask? task, TimeProvider time) =>
        Decisions.On(task, NotFound, t => StationDecisions.ProgressTask(t, command.Text, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(CompleteAssignedTask command, AssignedTask? task, TimeProvider time) =>
        Decisions.On(task, NotFound, t => StationDecisions.CompleteTask(t, command.Evidence, command.Actor, time.GetUtcNow()));
}

public sealed record AssignedTasksPageModel(IReadOnlyList<AssignedTask> Tasks, Actor Actor, DateOnly Today, string? Error);

public sealed record AssignedTaskPageModel(AssignedTask Task, Actor Actor, DateOnly Today, string? Error);

public static class AssignedTaskEndpoints
{
    public static void MapAssignedTasks(this RouteGroupBuilder station)
    {
        station.MapGet("/tasks", (HttpContext context, IQuerySession session, CancellationToken ct) => ListAsync(context, session, null, StatusCodes.Status200OK, ct));

        station.MapPost("/tasks", async (HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var today = UserDates.Today(context);
            string? problem = null;
            DateOnly? Day(string field, string what)
            {
                var raw = form[field].ToString().Trim();
                if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", out var day)) return day;
                if (raw.Length > 0) problem ??= $"请按 年-月-日 填写{what}。";
                return null;
            }
            var assignedOn = Day("AssignedOn", "交办日期");
            var dueOn = Day("DueOn", "办理期限");
            var source = Enum.TryParse<AssignedTaskSource>(form["Source"], out var s) && Enum.IsDefined(s) ? s : (AssignedTaskSource)(-1);
            var id = Guid.NewGuid();
            problem ??= (await bus.InvokeAsync<CommandResult>(new RecordAssignedTask(id, source, form["AssignedBy"], form["Reference"], form["Text"], assignedOn,
                dueOn, context.User.Actor()), ct)).Refusal;
            return problem is null ? PageResults.SeeOther(context, $"/station/tasks/{id}")
                : await ListAsync(context, session, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RunStationMeetings);

        station.MapGet("/tasks/{id:guid}", (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            TaskAsync(context, session, id, null, StatusCodes.Status200OK, ct));

        station.MapPost("/tasks/{id:guid}/progress", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var problem = (await bus.InvokeAsync<CommandResult>(new ProgressAssignedTask(id, form["Text"], context.User.Actor()), ct)).Refusal;
            return await AfterAsync(context, session, id, problem, ct);
        }).RequireCapability(Capability.RunStationMeetings);

        station.MapPost("/tasks/{id:guid}/complete", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var problem = (await bus.InvokeAsync<CommandResult>(new CompleteAssignedTask(id, form["Evidence"], context.User.Actor()), ct)).Refusal;
            return await AfterAsync(context, session, id, problem, ct);
        }).RequireCapability(Capability.RunStationMeetings);
    }

    private static async Task<IResult> AfterAsync(HttpContext context, IQuerySession session, Guid id, string? problem, CancellationToken ct) =>
        problem is null ? PageResults.SeeOther(context, $"/station/tasks/{id}")
            : await TaskAsync(context, session, id, problem, StatusCodes.Status422UnprocessableEntity, ct);

    private static async Task<IResult> ListAsync(HttpContext context, IQuerySession session, string? error, int status, CancellationToken ct)
    {
        var tasks = await session.Query<AssignedTask>().OrderBy(t => t.IsDone).ThenBy(t => t.DueOn).Take(200).ToListAsync(ct);
        return PageResults.Page<AssignedTasksPage, AssignedTasksPageModel>(context, new AssignedTasksPageModel(tasks, context.User.Actor(),
            UserDates.Today(context), error), status);
    }

    private static async Task<IResult> TaskAsync(HttpContext context, IQuerySession session, Guid id, string? error, int status, CancellationToken ct)
    {
        var task = await session.LoadAsync<AssignedTask>(id, ct);
        return task is null ? Results.NotFound()
            : PageResults.Page<AssignedTaskPage, AssignedTaskPageModel>(context, new AssignedTaskPageModel(task, context.User.Actor(), UserDates.Today(context),
                error), status);
    }
}
