
namespace Secretariat.Web.Features.Reports;

/// <summary>The work station opened the report of a half-year (R7), due on a day fixed at creation.</summary>
public sealed record ReportCreated(Guid ReportId, int Year, HalfYear Half, DateOnly DueOn, StepBy By);

/// <summary>The author saved the draft: a new version with the written sections and a note per facts section.</summary>
public sealed record ReportDraftSaved(Guid ReportId, int VersionNumber, IReadOnlyDictionary<string, string> Sections,
    IReadOnlyDictionary<string, string> Notes, StepBy By);

/// <summary>The 站长 submitted the latest version; its facts are frozen as they stood, so later data cannot change them.</summary>
public sealed record ReportSubmitted(Guid ReportId, int VersionNumber, ReportFacts Facts, StepBy By);

/// <summary>The leading group's office received the submitted report on a day.</summary>
public sealed record ReportReceived(Guid ReportId, DateOnly ReceivedOn, StepBy By);

/// <summary>The office returned the submitted report for revision; the next save is a new version based on it.</summary>
public sealed record ReportReturned(Guid ReportId, string Comment, StepBy By);

/// <summary>The office put the report on a meeting's agenda (the meeting's item carries the report's id too).</summary>
public sealed record ReportTabled(Guid ReportId, Guid MeetingId, string MeetingTitle, Guid AgendaItemId, StepBy By);
