namespace Secretariat.Web.Features.Training;

/// <summary>A posting of an appointment to a village/community from a day (a transfer adds one).</summary>
public sealed record Posting(Guid? UnitId, string? UnitName, DateOnly From, string Basis);

/// <summary>One appointment as child director or supervisor, from its first day until (not including) its end.</summary>
public sealed record Appointment(Guid Id, ChildWorkerDuty Duty, DateOnly From, DateOnly? Until, string Basis, string? EndReason,
    List<Posting> Postings)
{
    public bool IsActiveOn(DateOnly date) => From <= date && (Until is null || date < Until);

    public Posting PostingOn(DateOnly date) => Postings.LastOrDefault(p => p.From <= date) ?? Postings[0];

    [System.Text.Json.Serialization.JsonIgnore]
    public Posting Current => Postings[^1];
}

/// <summary>A session the person attended, as much of it as the deadlines need.</summary>
public sealed record Attendance(Guid SessionId, string Title, TrainingKind Kind, DateOnly StartOn, DateOnly EndOn, bool Counts);

/// <summary>
/// A child director or child supervisor (儿童主任 / 儿童督导员): every appointment they held, their profile and the
/// sessions they attended. The aggregate the decisions read and the inline snapshot the pages read; one per person.
/// </summary>
public sealed class ChildWorker
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public bool IsFemaleCommitteeMember { get; set; }
    public bool IsWomensFederationChair { get; set; }
    public string? QualificationLevel { get; set; }
    public DateOnly? QualifiedOn { get; set; }
    public List<Appointment> Appointments { get; set; } = [];
    public List<Attendance> Attended { get; set; } = [];

    /// <summary>First day of the first appointment; with <see cref="ServesUntil"/> lets a page load only who served in a period.</summary>
    public DateOnly ServesFrom { get; set; }

    /// <summary>End of the last appointment, or null while one is open.</summary>
    public DateOnly? ServesUntil { get; set; }

    /// <summary>Whether the station has said anything about item 72's preference yet (the notice does not say).</summary>
    public bool ProfileRecorded { get; set; }

    /// <summary>Every village/community or unit the person was ever posted to, so a vacancy's history is one indexed query.</summary>
    public List<Guid> UnitIds { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool MeetsPreference => IsFemaleCommitteeMember || IsWomensFederationChair;

    public bool HasProfile(ChildWorkerProfile profile) =>
        ProfileRecorded && IsFemaleCommitteeMember == profile.IsFemaleCommitteeMember &&
        IsWomensFederationChair == profile.IsWomensFederationChair &&
        (QualificationLevel ?? "") == (profile.QualificationLevel?.Trim() ?? "") && QualifiedOn == profile.QualifiedOn;

    public Appointment? AppointmentOn(DateOnly date) => Appointments.LastOrDefault(a => a.IsActiveOn(date));

    public static ChildWorker Create(ChildWorkerAppointed e)
    {
        var worker = new ChildWorker { Id = e.PersonId, Name = e.PersonName, ServesFrom = e.EffectiveOn };
        worker.Apply(e);
        return worker;
    }

    public void Apply(ChildWorkerAppointed e)
    {
        if (Appointments.Any(a => a.Id == e.AppointmentId)) return;
        Name = e.PersonName;
        Appointments.Add(new Appointment(e.AppointmentId, e.Duty, e.EffectiveOn, null, e.Basis, null,
            [new Posting(e.UnitId, e.UnitName, e.EffectiveOn, e.Basis)]));
        ServesUntil = null;
        if (e.UnitId is { } unit && !UnitIds.Contains(unit)) UnitIds.Add(unit);
    }

    public void Apply(ChildWorkerTransferred e)
    {
        Appointments.Find(a => a.Id == e.AppointmentId)?.Postings.Add(new Posting(e.UnitId, e.UnitName, e.EffectiveOn, e.Basis));
        if (!UnitIds.Contains(e.UnitId)) UnitIds.Add(e.UnitId);
    }

    public void Apply(ChildWorkerLeft e)
    {
        var index = Appointments.FindIndex(a => a.Id == e.AppointmentId);
        if (index < 0) return;
        Appointments[index] = Appointments[index] with { Until = e.EffectiveOn, EndReason = e.Reason };
        if (Appointments.All(a => a.Until is not null)) ServesUntil = Appointments.Max(a => a.Until);
    }

    public void Apply(ChildWorkerProfileRecorded e)
    {
        ProfileRecorded = true;
        IsFemaleCommitteeMember = e.IsFemaleCommitteeMember;
        IsWomensFederationChair = e.IsWomensFederationChair;
        QualificationLevel = e.QualificationLevel;
        QualifiedOn = e.QualifiedOn;
    }

    public void Apply(TrainingAttended e) =>
        Attended.Add(new Attendance(e.SessionId, e.Title, e.Kind, e.StartOn, e.EndOn, e.Counts));
}
