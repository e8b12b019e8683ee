
namespace Secretariat.Web.Features.Meetings;

/// <summary>The 组长's delegation of one meeting to a 副组长 (R2): who delegated, and on which day.</summary>
public sealed record Delegation(Guid LeaderPersonId, string LeaderName, DateOnly DelegatedOn);

/// <summary>
/// A meeting was convened: the leading group's (R2, by the 组长 or a delegated 副组长) or the work station's (附件3 四, by the 站长 or a
/// delegated 副站长). The <see cref="Delegation"/> then names the 组长 or the 站长.
/// </summary>
public sealed record MeetingConvened(
    Guid MeetingId, string Title, MeetingKind Kind, DateTimeOffset StartsAt, string Place, Guid ConvenerPersonId, string ConvenerName,
    Delegation? Delegation, DateTimeOffset? ProposalCutoff, StepBy By)
{
    /// <summary>Whose meeting it is; absent in events from before bodies, which are all the leading group's (its value is 0).</summary>
    public BodyKind Body { get; init; }
}

/// <summary>
/// A matter prepared before the meeting for it to decide (正文 五(三): the station's 拟议事项): the minutes start a resolution from it, and
/// the issued resolution keeps <see cref="OriginId"/> (the prepared record's id) to show where it came from.
/// </summary>
public sealed record PreparedMatter(Guid OriginId, string Text, Guid LeadUnitId, IReadOnlyList<Guid> ResponsibleUnitIds, DateOnly DueOn);

public sealed record AgendaItemAdded(
    Guid MeetingId, Guid ItemId, string Title, string Presenter, Guid? ProposingUnitId, string? ProposingUnitName, Guid? AttachmentId,
    string? AttachmentName, Guid? CarriedResolutionId, StepBy By)
{
    /// <summary>The semiannual report this item hears, when the office tabled one.</summary>
    public Guid? ReportId { get; init; }

    /// <summary>The uploader said the attachment holds minors' information (附件3-3 三); false for attachments from before the flag.</summary>
    public bool AttachmentContainsMinorsData { get; init; }

    /// <summary>The matter prepared for the meeting to decide, when the item tables one (a station's 拟议事项).</summary>
    public PreparedMatter? Prepared { get; init; }
}

public sealed record AgendaItemRemoved(Guid MeetingId, Guid ItemId, StepBy By);

public sealed record GuestInvited(Guid MeetingId, Guid GuestId, string Name, string Unit, StepBy By)
{
    /// <summary>Where the meeting's notices reach the guest (an adult official); null when the office gave none.</summary>
    public string? Email { get; init; }
}

public sealed record MeetingRescheduled(Guid MeetingId, DateTimeOffset StartsAt, string Place, string Reason, StepBy By);

public sealed record MeetingCancelled(Guid MeetingId, string Reason, StepBy By);

/// <summary>How one member (as of the meeting day) or guest took part: 出席, 请假 (reason), 缺席, 委托参会 (stand-in).</summary>
public sealed record AttendanceRecorded(Guid MeetingId, Guid AttendeeId, string Name, bool IsGuest, AttendanceStatus Status, string? Reason,
    string? StandIn, StepBy By);

/// <summary>The office saved the draft minutes: a summary per agenda item, the overall summary and the resolutions.</summary>
public sealed record MinutesDraftSaved(Guid MeetingId, string Summary, IReadOnlyList<ItemSummary> ItemSummaries,
    IReadOnlyList<ResolutionDraft> Resolutions, StepBy By);

public sealed record MinutesSubmitted(Guid MeetingId, StepBy By);

public sealed record MinutesReturned(Guid MeetingId, string Comment, StepBy By);

/// <summary>The convener signed the minutes off: they are issued under their number and never edited again.</summary>
public sealed record MinutesSignedOff(Guid MeetingId, string Number, int Year, int Sequence, StepBy By)
{
    /// <summary>
    /// Members (as of the meeting day) whose attendance was not recorded when the convener, told so, confirmed the sign-off anyway
    /// (未登记出席): the issued minutes say so rather than count them absent. 0 when everyone's attendance was recorded.
    /// </summary>
    public int UnrecordedAttendance { get; init; }
}

/// <summary>A later correction or supplement (补充/更正) to issued minutes, a record of its own.</summary>
public sealed record MinutesAddendumIssued(Guid MeetingId, Guid AddendumId, AddendumKind Kind, string Text, StepBy By);

/// <summary>One line of a circular as it stood the day the circular was issued.</summary>
public sealed record CircularLine(int Order, string Text, string LeadUnit, DateOnly DueOn, ResolutionStatus Status, string LatestProgress);

/// <summary>The office issued a numbered, dated circular (落实情况通报) of the meeting's resolutions.</summary>
public sealed record CircularIssued(Guid MeetingId, Guid CircularId, string Number, DateOnly IssuedOn, IReadOnlyList<CircularLine> Lines, StepBy By);

public sealed record ItemSummary(Guid ItemId, string Summary);

public sealed record ResolutionDraft(Guid ResolutionId, string Text, Guid LeadUnitId, IReadOnlyList<Guid> ResponsibleUnitIds, DateOnly DueOn,
    bool IsMajor)
{
    /// <summary>The prepared matter (<see cref="PreparedMatter.OriginId"/>) this row adopts, if it started from one.</summary>
    public Guid? OriginId { get; init; }
}

public sealed record UnitRef(Guid Id, string Name);

/// <summary>A decided matter (议定事项) went to its units when the minutes were issued.</summary>
public sealed record ResolutionIssued(Guid ResolutionId, Guid MeetingId, string MeetingTitle, string MinutesNumber, DateOnly MeetingDate,
    int Order, string Text, UnitRef LeadUnit, IReadOnlyList<UnitRef> ResponsibleUnits, DateOnly DueOn, bool IsMajor, StepBy By)
{
    /// <summary>The body whose meeting decided it (absent before bodies: the leading group).</summary>
    public BodyKind Body { get; init; }

    /// <summary>The prepared matter it adopted (a station's 拟议事项), if any: the start of its chain back.</summary>
    public Guid? OriginId { get; init; }
}

public sealed record ResolutionProgressPosted(Guid ResolutionId, Guid ProgressId, UnitRef Unit, string Text, StepBy By);

public sealed record ResolutionDueExtended(Guid ResolutionId, DateOnly DueOn, string Reason, StepBy By);

public sealed record ResolutionCompleted(Guid ResolutionId, string Evidence, StepBy By);

public sealed record ResolutionCarriedOver(Guid ResolutionId, Guid ToMeetingId, string ToMeetingTitle, StepBy By);
