namespace Secretariat.Web.Features.Casework;

// The window's, the mandatory reports' and the case plans' events hold the pseudonymous record only: a child concerned by its reference,
// never a name, an ID number, a guardian or a note (those live in the children's personal-data store, encrypted with the child's own key).

/// <summary>A new child came up at the window (not on the registers): a pseudonymous subject under its own reference.</summary>
public sealed record CaseSubjectOpened(Guid SubjectId, string Reference, Guid? VillageId, string? VillageName, IReadOnlyList<string> Fields, StepBy By);

/// <summary>A contact at the station's window was entered in the 接待工作台账 (附件3 五(三)(七)).</summary>
public sealed record WindowContactLogged(
    Guid ContactId, DateOnly On, ContactChannel Channel, VisitorKind Visitor, Guid? VillageId, string? VillageName, ServiceMatter Matter, string Done,
    ConcernedChild? Child, Guid? ReferredToId, string? ReferredToName, DateOnly? FollowUpDue, StepBy By);

/// <summary>The contact's outcome (办理结果) was recorded: it is closed.</summary>
public sealed record WindowContactConcluded(Guid ContactId, DateOnly On, string Outcome, StepBy By);

/// <summary>The unit a contact was referred to answered (the liaison, or the station on its behalf).</summary>
public sealed record WindowReferralAnswered(Guid ContactId, string Reply, StepBy By);

/// <summary>A 强制报告 was received (受理): when, from whom, the category of harm, the child concerned (by reference).</summary>
public sealed record MandatoryReportReceived(
    Guid ReportId, DateTimeOffset ReceivedAt, ReporterKind Reporter, string? ReporterUnit, HarmCategory Harm, ConcernedChild Child, Guid? VillageId,
    string? VillageName, bool HasNote, StepBy By);

/// <summary>The report was passed on to the police (报案): when, and the police's case number.</summary>
public sealed record MandatoryReportPassedToPolice(Guid ReportId, DateTimeOffset ReportedAt, string CaseNumber, StepBy By);

/// <summary>The investigation (调查) ended with its finding.</summary>
public sealed record MandatoryReportInvestigated(Guid ReportId, DateOnly On, InvestigationFinding Finding, StepBy By);

/// <summary>The case was handled (处置): the measures taken.</summary>
public sealed record MandatoryReportHandled(Guid ReportId, DateOnly On, IReadOnlyList<HandlingMeasure> Measures, StepBy By);

/// <summary>Feedback (反馈) was given to the reporter: the procedure is complete.</summary>
public sealed record MandatoryReportFedBack(Guid ReportId, DateOnly On, FeedbackChannel Channel, StepBy By);

/// <summary>The town set the periods of the report's steps (the police report is always the same day).</summary>
public sealed record MandatoryReportPeriodsSet(int InvestigationDays, int HandlingDays, int FeedbackDays, StepBy By);

/// <summary>A case plan (一人一方案 / 一事一方案, 附件3-3 四) was opened.</summary>
public sealed record CasePlanOpened(Guid PlanId, PlanKind Kind, string Title, ConcernedChild? Child, DateOnly OpenedOn, DateOnly ReviewDue, StepBy By);

/// <summary>A step was added to the plan: its owner unit and due day; a 转介 asks the unit for a reply by that day.</summary>
public sealed record PlanStepAdded(Guid PlanId, Guid StepId, string Title, Guid OwnerId, string OwnerName, bool IsReferral, DateOnly DueOn, StepBy By);

/// <summary>The step was done (a 转介: the unit replied).</summary>
public sealed record PlanStepDone(Guid PlanId, Guid StepId, DateOnly On, string? Reply, StepBy By);

/// <summary>The plan was reviewed (评估): its conclusion, the next review's day.</summary>
public sealed record CasePlanReviewed(Guid PlanId, DateOnly On, string Conclusion, DateOnly? NextReviewDue, StepBy By);

/// <summary>The plan was closed (结案).</summary>
public sealed record CasePlanClosed(Guid PlanId, DateOnly On, string Reason, StepBy By);
