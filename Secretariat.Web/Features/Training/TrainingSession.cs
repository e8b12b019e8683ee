namespace Secretariat.Web.Features.Training;

/// <summary>A recorded training session; the inline snapshot of its stream.</summary>
public sealed class TrainingSession
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public TrainingKind Kind { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly EndOn { get; set; }
    public string Organiser { get; set; } = "";
    public string Place { get; set; } = "";
    public List<Course> Courses { get; set; } = [];
    public List<Attendee> Attendees { get; set; } = [];
    public List<MaterialInfo> Materials { get; set; } = [];
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Whether the session counts toward R6, decided when it was recorded (kept for the queries).</summary>
    public bool Counts { get; set; }

    public static TrainingSession Create(TrainingSessionRecorded e) => new()
    {
        Id = e.SessionId, Title = e.Title, Kind = e.Kind, StartOn = e.StartOn, EndOn = e.EndOn, Organiser = e.Organiser, Place = e.Place,
        Courses = [.. e.Courses], Attendees = [.. e.Attendees], Materials = [.. e.Materials], RecordedBy = e.RecordedBy,
        RecordedAt = e.RecordedAt, Counts = CourseShare.Counts(e.Courses.ToList())
    };
}
