using System.Globalization;
using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Features.Training;

/// <summary>Record a training session that took place: its courses, who attended, and its materials (the session's stored files).</summary>
public sealed record RecordTrainingSession(Guid SessionId, TrainingSessionDraft Draft, IReadOnlyList<StoredFile> Materials, string RecordedBy);

public sealed record SessionFormPageModel(SessionForm Form, string? Error, IReadOnlyList<ChildWorker> Workers, DateOnly Today);

public static class RecordTrainingSessionHandler
{
    // Kept explicit: it starts the session's stream, appends to every attendee's stream and stores the materials beside them.
    public static async Task<CommandResult> Handle(RecordTrainingSession command, IDocumentSession session, TimeProvider time,
        CancellationToken ct)
    {
        var workers = (await session.LoadManyAsync<ChildWorker>(ct, command.Draft.AppointedAttendees.Distinct().ToArray()))
            .ToDictionary(w => w.Id);
        var decided = TrainingSessionDecisions.Record(command.SessionId, command.Draft, workers,
            command.Materials.Select(m => new MaterialInfo(m.Id, m.FileName, m.ContentType, m.Size) { ContainsMinorsData = m.ContainsMinorsData }).ToList(),
            command.RecordedBy, time.GetUtcNow(), time.Today());
        if (!decided.IsRefused) session.Store<StoredFile>([.. command.Materials]);
        return session.Append(decided);
    }
}

public static class RecordTrainingSessionEndpoint
{
    public const int MaxMaterialBytes = 10 * 1024 * 1024;
    public const int MaxMaterials = 5;

    /// <summary>A session's materials (courseware, sign-in sheets, photos), with one answer on minors' information for them all (附件3-3 三).</summary>
    public static readonly UploadRule Materials = new("materials", MaxMaterials, MaxMaterialBytes, OfficeFiles: true, AsksMinorsData: true,
        FallbackName: "培训材料");

    public static void MapRecordTrainingSession(this RouteGroupBuilder group)
    {
        group.MapGet("/sessions/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var today = time.Today().ToString("yyyy-MM-dd");
            var form = new SessionForm { Kind = nameof(TrainingKind.Rotation), StartOn = today, EndOn = today };
            return await FormAsync(context, session, time, form, null, StatusCodes.Status200OK, ct);
        }).RequireCapability(Capability.ManageTraining);

        group.MapPost("/sessions/new", async (HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus,
            CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = SessionForm.From(posted);
            if (posted["action"] == "add-course")
            {
                form.ExtraCourseRows += 3;
                return await FormAsync(context, session, time, form, null, StatusCodes.Status200OK, ct);
            }
            var (draft, problem) = form.ToDraft(time.Today());
            var id = Guid.NewGuid();
            var (materials, materialProblem) = await Uploads.ReadAsync(posted, Materials, id, ct);
            problem ??= materialProblem;
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new RecordTrainingSession(id, draft!, materials, context.User.Actor().Name), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/training/sessions/{id}", "session");
                problem = result.Refusal;
            }
            return await FormAsync(context, session, time, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ManageTraining).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxMaterials * MaxMaterialBytes + 1024 * 1024));
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, TimeProvider time, SessionForm form,
        string? error, int status, CancellationToken ct)
    {
        var today = time.Today();
        // Anyone who served in the last three years may have attended a session being recorded late.
        var workers = await new TrainingQueries(session).ServingBetweenAsync(today.AddYears(-3), today, ct);
        return PageResults.Page<SessionFormPage, SessionFormPageModel>(context, new(form, error,
            workers.OrderBy(w => w.AppointmentOn(today) is null).ThenBy(w => w.Appointments[^1].Duty)
                .ThenBy(w => w.Appointments[^1].Current.UnitName).ThenBy(w => w.Name).ToList(),
            today), status);
    }
}

/// <summary>The session form as posted: repeated course fields, checked attendees, other attendees one per line.</summary>
public sealed class SessionForm
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? StartOn { get; set; }
    public string? EndOn { get; set; }
    public string? Organiser { get; set; }
    public string? Place { get; set; }
    public List<(string Title, string Hours, bool IsChildSocialWork)> Courses { get; set; } = [];
    public List<string> Attendees { get; set; } = [];
    public string? OtherAttendees { get; set; }
    public int ExtraCourseRows { get; set; }
    /// <summary>The answer to <see cref="MinorsData.Label"/> as posted (kept when the form is shown again).</summary>
    public string? ContainsMinorsData { get; set; }

    public static SessionForm From(IFormCollection form)
    {
        var titles = form["CourseTitle"];
        var hours = form["CourseHours"];
        var childSocialWork = form["CourseChildSocialWork"].Select(v => v ?? "").ToHashSet();
        var courses = new List<(string, string, bool)>();
        for (var i = 0; i < titles.Count; i++)
        {
            var title = titles[i]?.Trim() ?? "";
            var hour = i < hours.Count ? hours[i]?.Trim() ?? "" : "";
            if (title.Length == 0 && hour.Length == 0) continue;
            courses.Add((title, hour, childSocialWork.Contains(i.ToString(CultureInfo.InvariantCulture))));
        }
        return new SessionForm
        {
            Title = form["Title"], Kind = form["Kind"], StartOn = form["StartOn"], EndOn = form["EndOn"], Organiser = form["Organiser"],
            Place = form["Place"], Courses = courses, Attendees = form["Attendee"].Select(v => v ?? "").ToList(),
            OtherAttendees = form["OtherAttendees"], ContainsMinorsData = form[MinorsData.FieldName], ExtraCourseRows = int.TryParse(form["ExtraCourseRows"], out var extra) ? Math.Clamp(extra, 0, 40) : 0
        };
    }

    public (TrainingSessionDraft? Draft, string? Problem) ToDraft(DateOnly today)
    {
        if (!FormValues.TryEnum<TrainingKind>(Kind, out var kind)) return (null, "请选择培训类别。");
        var (start, startProblem) = UserDates.Parse(StartOn, today, "开始日期", "请按 年-月-日 填写开始日期。");
        if (startProblem is not null) return (null, startProblem);
        var (end, endProblem) = UserDates.Parse(EndOn, today, "结束日期", "请按 年-月-日 填写结束日期。");
        if (endProblem is not null) return (null, endProblem);
        var courses = new List<Course>();
        for (var i = 0; i < Courses.Count; i++)
        {
            var (title, hours, childSocialWork) = Courses[i];
            if (!decimal.TryParse(hours, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                return (null, $"第 {i + 1} 门课程“{title}”请填写学时（数字，如 2 或 1.5）。");
            courses.Add(new Course(title, parsed, childSocialWork));
        }
        var attendees = new List<Guid>();
        foreach (var raw in Attendees)
        {
            if (!Guid.TryParse(raw, out var id)) return (null, "所选参训人员不正确。");
            attendees.Add(id);
        }
        var others = (OtherAttendees ?? "").Split(['\n', '\r', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        return (new TrainingSessionDraft(Title, kind, start, end, Organiser, Place, courses, attendees, others), null);
    }
}
