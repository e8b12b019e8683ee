
namespace Secretariat.Web.Features.Training;

/// <summary>A session as entered, before it is checked.</summary>
public sealed record TrainingSessionDraft(
    string? Title, TrainingKind Kind, DateOnly StartOn, DateOnly EndOn, string? Organiser, string? Place, IReadOnlyList<Course> Courses,
    IReadOnlyList<Guid> AppointedAttendees, IReadOnlyList<string> OtherAttendees);

/// <summary>R6's content rule: child-social-work courses are at least half of a session's hours.</summary>
public static class CourseShare
{
    public const decimal Required = 0.5m;

    public static decimal ChildSocialWorkHours(IEnumerable<Course> courses) => courses.Where(c => c.IsChildSocialWork).Sum(c => c.Hours);

    public static decimal TotalHours(IEnumerable<Course> courses) => courses.Sum(c => c.Hours);

    public static decimal Share(IReadOnlyCollection<Course> courses) =>
        TotalHours(courses) is var total and > 0 ? ChildSocialWorkHours(courses) / total : 0;

    public static bool Counts(IReadOnlyCollection<Course> courses) => Share(courses) >= Required;

    /// <summary>"71%": written out by hand because the invariant culture puts a space before the sign.</summary>
    public static string Percent(IReadOnlyCollection<Course> courses) => $"{Math.Round(Share(courses) * 100, 0):0}%";

    public static string Explain(IReadOnlyCollection<Course> courses)
    {
        var text = $"儿童社会工作课程 {ChildSocialWorkHours(courses):0.##} 学时，占总学时 {TotalHours(courses):0.##} 的 {Percent(courses)}";
        return Counts(courses) ? text + "，达到 50%，计入培训要求。" : text + "，低于 50%，不计入入职培训和年度轮训要求。";
    }
}

public static class TrainingSessionDecisions
{
    public const int MaxTitleLength = 100;
    public const int MaxCourses = 40;

    /// <summary>The session's stream starts with its record, and each appointed attendee's stream takes the attendance.</summary>
    public static Decided Record(
        Guid sessionId, TrainingSessionDraft draft, IReadOnlyDictionary<Guid, ChildWorker> workers, IReadOnlyList<MaterialInfo> materials,
        string recordedBy, DateTimeOffset now, DateOnly today)
    {
        var title = draft.Title?.Trim() ?? "";
        if (title.Length == 0) return new Refusal("请填写培训名称。");
        if (title.Length > MaxTitleLength) return new Refusal($"培训名称不能超过 {MaxTitleLength} 个字。");
        if (draft.EndOn < draft.StartOn) return new Refusal("结束日期不能早于开始日期。");
        if (draft.StartOn > today) return new Refusal("培训尚未开始，请在举办后登记。");
        if ((draft.Organiser?.Length ?? 0) > ChildWorkerDecisions.MaxTextLength || (draft.Place?.Length ?? 0) > ChildWorkerDecisions.MaxTextLength)
            return new Refusal($"主办单位和地点均不能超过 {ChildWorkerDecisions.MaxTextLength} 个字。");
        if (draft.Courses.Count == 0) return new Refusal("请至少填写一门课程。");
        if (draft.Courses.Count > MaxCourses) return new Refusal($"课程不能超过 {MaxCourses} 门。");
        for (var i = 0; i < draft.Courses.Count; i++)
        {
            var course = draft.Courses[i];
            if (string.IsNullOrWhiteSpace(course.Title)) return new Refusal($"第 {i + 1} 门课程请填写课程名称。");
            if (course.Title.Length > MaxTitleLength) return new Refusal($"第 {i + 1} 门课程名称不能超过 {MaxTitleLength} 个字。");
            if (course.Hours <= 0) return new Refusal($"第 {i + 1} 门课程“{course.Title}”的学时须为正数。");
            if (course.Hours > 200) return new Refusal($"第 {i + 1} 门课程“{course.Title}”的学时过大，请核对。");
        }
        if (draft.AppointedAttendees.Count == 0 && draft.OtherAttendees.Count == 0) return new Refusal("请至少选择或填写一名参训人员。");

        var attendees = new List<Attendee>();
        var names = new HashSet<string>();
        foreach (var personId in draft.AppointedAttendees)
        {
            if (!workers.TryGetValue(personId, out var worker)) return new Refusal("所选参训人员不是儿童主任或儿童督导员。");
            var appointment = worker.AppointmentOn(draft.StartOn);
            if (appointment is null)
                return new Refusal($"{worker.Name} 在 {draft.StartOn:yyyy-MM-dd}（培训开始日）未任儿童主任或儿童督导员，不能作为受训人员；如确实参加，请填在“其他参训人员”中。");
            if (!names.Add(worker.Name)) return new Refusal($"参训人员“{worker.Name}”重复。");
            attendees.Add(new Attendee(personId, worker.Name, appointment.PostingOn(draft.StartOn).UnitName));
        }
        foreach (var raw in draft.OtherAttendees)
        {
            var name = raw.Trim();
            if (name.Length == 0) continue;
            if (name.Length > ChildWorkerDecisions.MaxNameLength) return new Refusal($"参训人员姓名“{name[..10]}…”过长。");
            if (!names.Add(name)) return new Refusal($"参训人员“{name}”重复。");
            attendees.Add(new Attendee(null, name, null));
        }

        var courses = draft.Courses.Select(c => c with { Title = c.Title.Trim() }).ToList();
        var counts = CourseShare.Counts(courses);
        var recorded = new TrainingSessionRecorded(sessionId, title, draft.Kind, draft.StartOn, draft.EndOn, draft.Organiser?.Trim() ?? "",
            draft.Place?.Trim() ?? "", courses, attendees, materials, recordedBy, now);
        var decided = Decided.Start<TrainingSession>(sessionId, recorded);
        foreach (var personId in attendees.Select(a => a.PersonId).OfType<Guid>())
            decided = decided.AndAppend(personId, new TrainingAttended(personId, sessionId, title, draft.Kind, draft.StartOn, draft.EndOn, counts));
        return decided;
    }
}
