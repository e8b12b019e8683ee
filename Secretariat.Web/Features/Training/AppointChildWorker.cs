using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Training;

/// <summary>Appoint a child director (to a village/community) or the child supervisor, new or re-appointed.</summary>
public sealed record AppointChildWorker(
    Guid PersonId, string? Name, ChildWorkerDuty Duty, Guid? UnitId, DateOnly EffectiveOn, string? Basis, ChildWorkerProfile? Profile);

public sealed record AppointmentPageModel(AppointmentForm Form, string? Error, IReadOnlyList<MemberUnit> Villages, IReadOnlyList<MemberUnit> Units,
    IReadOnlyList<ChildWorker> FormerWorkers);

public static class AppointChildWorkerHandler
{
    // Kept explicit: the decision needs the namesakes and the unit (data the aggregate lacks), and may start the person's stream.
    public static async Task<CommandResult> Handle(AppointChildWorker command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var worker = await session.LoadAsync<ChildWorker>(command.PersonId, ct);
        // Only namesakes matter to the decision: never load every person's document (with its attendance) on a write.
        var name = (worker?.Name ?? command.Name)?.Trim() ?? "";
        var namesakes = await session.Query<ChildWorker>().Where(w => w.Name == name).ToListAsync(ct);
        var unit = command.UnitId is { } unitId ? await session.LoadAsync<MemberUnit>(unitId, ct) : null;
        if (command.UnitId is not null && unit is null) return CommandResult.Refused("所选村（社区）不存在。");
        return session.Append(ChildWorkerDecisions.Appoint(worker, namesakes, command.PersonId, Guid.NewGuid(), command.Name, command.Duty, unit,
            command.EffectiveOn, command.Basis, command.Profile, time.Today()));
    }
}

public static class AppointChildWorkerEndpoint
{
    public static void MapAppointChildWorker(this RouteGroupBuilder group)
    {
        group.MapGet("/appointments/new", async (Guid? person, HttpContext context, IQuerySession session, TimeProvider time,
            CancellationToken ct) =>
        {
            var form = new AppointmentForm
            {
                PersonId = person?.ToString(), EffectiveOn = time.Today().ToString("yyyy-MM-dd"), Duty = nameof(ChildWorkerDuty.ChildDirector)
            };
            // A re-appointment starts from what is known of the person, so saving it does not wipe their profile.
            if (person is { } id && await session.LoadAsync<ChildWorker>(id, ct) is { } known)
            {
                form.Duty = known.Appointments[^1].Duty.ToString();
                form.UnitId = known.Appointments[^1].Current.UnitId?.ToString();
                form.IsFemaleCommitteeMember = known.IsFemaleCommitteeMember ? "true" : null;
                form.IsWomensFederationChair = known.IsWomensFederationChair ? "true" : null;
                form.QualificationLevel = known.QualificationLevel;
                form.QualifiedOn = known.QualifiedOn?.ToString("yyyy-MM-dd");
            }
            return await FormAsync(context, session, form, null, StatusCodes.Status200OK, ct);
        }).RequireCapability(Capability.ManageTraining);

        group.MapPost("/appointments/new", async ([FromForm] AppointmentForm form, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            // A form that binds to nothing (e.g. a body that is not a form) is an empty form: the page says what is missing.
            form ??= new AppointmentForm();
            var (command, problem) = form.ToCommand(UserDates.Today(context));
            if (problem is not null) return await FormAsync(context, session, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
            var result = await bus.InvokeAsync<CommandResult>(command!, ct);
            if (!result.Succeeded) return await FormAsync(context, session, form, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct);
            return PageResults.SeeOther(context, $"/training/people/{command!.PersonId}");
        }).RequireCapability(Capability.ManageTraining);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, AppointmentForm form, string? error, int status,
        CancellationToken ct)
    {
        var queries = new TrainingQueries(session);
        var formerWorkers = (await session.Query<ChildWorker>().Where(w => w.ServesUntil != null).ToListAsync(ct)).OrderBy(w => w.Name).ToList();
        return PageResults.Page<AppointmentPage, AppointmentPageModel>(context, new(form, error, await queries.VillagesAsync(ct),
            (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(u => u.SortOrder).ToList(), formerWorkers), status);
    }
}

/// <summary>The appointment form as posted; parsed by hand so that bad input is a message in the page.</summary>
public sealed class AppointmentForm
{
    public string? PersonId { get; set; }
    public string? Name { get; set; }
    public string? Duty { get; set; }
    public string? UnitId { get; set; }
    public string? EffectiveOn { get; set; }
    public string? Basis { get; set; }
    public string? IsFemaleCommitteeMember { get; set; }
    public string? IsWomensFederationChair { get; set; }
    public string? QualificationLevel { get; set; }
    public string? QualifiedOn { get; set; }

    public (AppointChildWorker? Command, string? Problem) ToCommand(DateOnly today)
    {
        Guid person;
        if (string.IsNullOrEmpty(PersonId)) person = Guid.NewGuid();
        else if (!Guid.TryParse(PersonId, out person)) return (null, "请选择人员或填写新任人员姓名。");
        if (!FormValues.TryEnum<ChildWorkerDuty>(Duty, out var duty)) return (null, "请选择任职类别（儿童主任或儿童督导员）。");
        Guid? unit = null;
        if (!string.IsNullOrEmpty(UnitId))
        {
            if (!Guid.TryParse(UnitId, out var parsed)) return (null, "请选择村（社区）。");
            unit = parsed;
        }
        var (on, dateProblem) = UserDates.Parse(EffectiveOn, today, "任职日期", "请按 年-月-日 填写任职日期。");
        if (dateProblem is not null) return (null, dateProblem);
        var (profile, problem) = ProfileForm.Parse(IsFemaleCommitteeMember, IsWomensFederationChair, QualificationLevel, QualifiedOn, today);
        if (problem is not null) return (null, problem);
        return (new AppointChildWorker(person, Name, duty, unit, on, Basis, profile), null);
    }
}

public static class ProfileForm
{
    public static (ChildWorkerProfile? Profile, string? Problem) Parse(string? femaleCommitteeMember, string? womensFederationChair,
        string? level, string? qualifiedOn, DateOnly today)
    {
        DateOnly? on = null;
        if (!string.IsNullOrWhiteSpace(qualifiedOn))
        {
            var (parsed, problem) = UserDates.Parse(qualifiedOn, today, "取得资格日期", "请按 年-月-日 填写取得资格日期。");
            if (problem is not null) return (null, problem);
            on = parsed;
        }
        return (new ChildWorkerProfile(IsChecked(femaleCommitteeMember), IsChecked(womensFederationChair), level, on), null);
    }

    private static bool IsChecked(string? value) => value is "true" or "on";
}
