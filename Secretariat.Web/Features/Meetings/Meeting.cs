
namespace Secretariat.Web.Features.Meetings;

public sealed record AgendaItem(Guid Id, string Title, string Presenter, Guid? ProposingUnitId, string? ProposingUnitName, Guid? AttachmentId,
    string? AttachmentName, Guid? CarriedResolutionId, StepBy By)
{
    public Guid? ReportId { get; init; }

    public bool AttachmentContainsMinorsData { get; init; }

    public PreparedMatter? Prepared { get; init; }
}

public sealed record Guest(Guid Id, string Name, string Unit)
{
    public string? Email { get; init; }
}

public sealed record Attendance(Guid AttendeeId, string Name, bool IsGuest, AttendanceStatus Status, string? Reason, string? StandIn);

public sealed record Addendum(Guid Id, AddendumKind Kind, string Text, StepBy By);

public sealed record MeetingStep(string What, string? Comment, StepBy By);

/// <summary>
/// A meeting of the leading group or of the work station (<see cref="Body"/>) with its agenda, guests, attendance and minutes: the aggregate the decisions read and the
/// inline snapshot the pages read. Its version (Marten's stream version) guards concurrent edits of the minutes.
/// </summary>
public sealed class Meeting
{
    public Guid Id { get; set; }
    public int Version { get; set; }

    /// <summary>Whose meeting: a document from before bodies reads as the leading group's (0; migration 0019 writes it into old rows).</summary>
    public BodyKind Body { get; set; }

    public string Title { get; set; } = "";
    public MeetingKind Kind { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public string Place { get; set; } = "";
    public Guid ConvenerPersonId { get; set; }
    public string ConvenerName { get; set; } = "";
    public Delegation? Delegation { get; set; }
    public DateTimeOffset? ProposalCutoff { get; set; }
    public bool Cancelled { get; set; }
    public string? CancelReason { get; set; }
    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Guest> Guests { get; set; } = [];
    public List<Attendance> Attendance { get; set; } = [];
    public MinutesStatus MinutesStatus { get; set; }
    public string MinutesSummary { get; set; } = "";
    public List<ItemSummary> ItemSummaries { get; set; } = [];
    public List<ResolutionDraft> ResolutionDrafts { get; set; } = [];
    public string? MinutesNumber { get; set; }

    /// <summary>Members without recorded attendance when the minutes were signed off, confirmed by the convener (未登记出席).</summary>
    public int UnrecordedAttendance { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public string? ReturnComment { get; set; }
    public List<Addendum> Addenda { get; set; } = [];
    public List<MeetingStep> Timeline { get; set; } = [];
    public List<Circular> Circulars { get; set; } = [];

    /// <summary>The meeting day on the town's calendar (duplicated as a column for the year lists).</summary>
    public DateOnly Date { get; set; }

    public int Year { get; set; }

    /// <summary>The day the office convened it and, if so, the day it was cancelled: what was known on a past day.</summary>
    public DateOnly ConvenedOn { get; set; }

    public DateOnly? CancelledOn { get; set; }

    public bool IsHeldBy(DateTimeOffset now) => !Cancelled && StartsAt <= now;

    public static Meeting Create(MeetingConvened e)
    {
        var meeting = new Meeting
        {
            Id = e.MeetingId, Body = e.Body, Title = e.Title, Kind = e.Kind, StartsAt = e.StartsAt, Place = e.Place, ConvenerPersonId = e.ConvenerPersonId,
            ConvenerName = e.ConvenerName, Delegation = e.Delegation, ProposalCutoff = e.ProposalCutoff
        };
        meeting.SetDate(e.StartsAt);
        meeting.ConvenedOn = e.By.At.ToTownDate();
        meeting.Timeline.Add(new MeetingStep("召集会议", null, e.By));
        return meeting;
    }

    private void SetDate(DateTimeOffset startsAt)
    {
        Date = startsAt.ToTownDate();
        Year = Date.Year;
    }

    public void Apply(AgendaItemAdded e) => Agenda.Add(new AgendaItem(e.ItemId, e.Title, e.Presenter, e.ProposingUnitId, e.ProposingUnitName,
        e.AttachmentId, e.AttachmentName, e.CarriedResolutionId, e.By)
    {
        ReportId = e.ReportId, AttachmentContainsMinorsData = e.AttachmentContainsMinorsData, Prepared = e.Prepared
    });

    public void Apply(AgendaItemRemoved e) => Agenda.RemoveAll(i => i.Id == e.ItemId);

    public void Apply(GuestInvited e) => Guests.Add(new Guest(e.GuestId, e.Name, e.Unit) { Email = e.Email });

    public void Apply(MeetingRescheduled e)
    {
        StartsAt = e.StartsAt;
        Place = e.Place;
        SetDate(e.StartsAt);
        Timeline.Add(new MeetingStep("改期", e.Reason, e.By));
    }

    public void Apply(MeetingCancelled e)
    {
        Cancelled = true;
        CancelReason = e.Reason;
        CancelledOn = e.By.At.ToTownDate();
        Timeline.Add(new MeetingStep("取消会议", e.Reason, e.By));
    }

    public void Apply(AttendanceRecorded e)
    {
        Attendance.RemoveAll(a => a.AttendeeId == e.AttendeeId);
        Attendance.Add(new Attendance(e.AttendeeId, e.Name, e.IsGuest, e.Status, e.Reason, e.StandIn));
    }

    public void Apply(MinutesDraftSaved e)
    {
        if (MinutesStatus is MinutesStatus.None) Timeline.Add(new MeetingStep("起草纪要", null, e.By));
        MinutesStatus = MinutesStatus is MinutesStatus.Returned ? MinutesStatus.Returned : MinutesStatus.Draft;
        MinutesSummary = e.Summary;
        ItemSummaries = [.. e.ItemSummaries];
        ResolutionDrafts = [.. e.Resolutions];
    }

    public void Apply(MinutesSubmitted e)
    {
        MinutesStatus = MinutesStatus.Submitted;
        ReturnComment = null;
        Timeline.Add(new MeetingStep("报送签发", null, e.By));
    }

    public void Apply(MinutesReturned e)
    {
        MinutesStatus = MinutesStatus.Returned;
        ReturnComment = e.Comment;
        Timeline.Add(new MeetingStep("退回修改", e.Comment, e.By));
    }

    public void Apply(MinutesSignedOff e)
    {
        MinutesStatus = MinutesStatus.Issued;
        MinutesNumber = e.Number;
        IssuedAt = e.By.At;
        UnrecordedAttendance = e.UnrecordedAttendance;
        Timeline.Add(new MeetingStep($"签发 {e.Number}", null, e.By));
    }

    public void Apply(MinutesAddendumIssued e)
    {
        Addenda.Add(new Addendum(e.AddendumId, e.Kind, e.Text, e.By));
        Timeline.Add(new MeetingStep($"纪要{e.Kind.Chinese()}", null, e.By));
    }

    public void Apply(CircularIssued e)
    {
        Circulars.Add(new Circular(e.CircularId, e.Number, e.IssuedOn, e.Lines, e.By));
        Timeline.Add(new MeetingStep($"通报落实情况 {e.Number}", null, e.By));
    }

    /// <summary>The members (as of the meeting day) with no attendance recorded.</summary>
    public int UnrecordedAmong(IEnumerable<Guid> memberIds) =>
        memberIds.Distinct().Count(id => !Attendance.Any(a => !a.IsGuest && a.AttendeeId == id));

    public double? AttendanceRate(int expectedMembers) => expectedMembers == 0
        ? null
        : (double)Attendance.Count(a => !a.IsGuest && a.Status == AttendanceStatus.Present) / expectedMembers;
}

public sealed record Circular(Guid Id, string Number, DateOnly IssuedOn, IReadOnlyList<CircularLine> Lines, StepBy By);
