namespace Secretariat.Web.Features.Children;

// A child's events hold the pseudonymous record only: never a name, an ID number, an address, a guardian or a free text (those live
// in the personal-data store, encrypted with the child's own key: PersonalDataVault). Events cannot be deleted; the law grants deletion.

/// <summary>A child was entered on the town's registers (附件3 五(七)(八)) under a pseudonymous reference.</summary>
public sealed record ChildRegistered(
    Guid ChildId, string Reference, string? NationalRecordNumber, Guid VillageId, string VillageName, IReadOnlyList<ChildRegister> Registers,
    IReadOnlyList<CaseCategory> Categories, BirthMonth BirthMonth, RiskLevel RiskLevel, Guid? DirectorId, string? DirectorName,
    DateOnly RegisteredOn, StepBy By);

/// <summary>The station changed a child's record (registers, categories, risk level, village, responsible director) as of a day.</summary>
public sealed record ChildRecordChanged(
    Guid ChildId, string? NationalRecordNumber, Guid VillageId, string VillageName, IReadOnlyList<ChildRegister> Registers,
    IReadOnlyList<CaseCategory> Categories, RiskLevel RiskLevel, Guid? DirectorId, string? DirectorName, DateOnly EffectiveOn, StepBy By);

/// <summary>A home visit (定期走访 or 重点核查) was made and recorded; its note, if any, is in the personal-data store.</summary>
public sealed record ChildVisited(
    Guid ChildId, Guid VisitId, DateOnly On, VisitKind Kind, VisitFinding Finding, bool FollowUpNeeded, bool HasNote, StepBy By);

/// <summary>The child's personal data was entered or corrected: which fields are now held (their labels), never their values.</summary>
public sealed record ChildPersonalDataRecorded(Guid ChildId, IReadOnlyList<string> Fields, StepBy By);

/// <summary>The child's personal data was erased: its key destroyed, its ciphertext deleted; the pseudonymous record stays for the counts.</summary>
public sealed record ChildPersonalDataErased(Guid ChildId, ErasureBasis Basis, DateOnly? RequestedOn, StepBy By);

/// <summary>The town set its risk scale: what each level means, how often its children are visited, and how long data is kept after 18.</summary>
public sealed record RiskScaleSet(IReadOnlyList<RiskLevelRule> Levels, int RetentionYears, StepBy By);

public sealed record RiskLevelRule(RiskLevel Level, string Meaning, int VisitEveryDays);

/// <summary>The station reviewed (审核) a village's entries of a quarter (附件2 第23项).</summary>
public sealed record ChildQuarterReviewed(int Year, int Quarter, Guid VillageId, string VillageName, int Entries, StepBy By);

/// <summary>The station submitted (报送) a quarter's data to the information system.</summary>
public sealed record ChildQuarterSubmitted(int Year, int Quarter, DateOnly SubmittedOn, StepBy By);

/// <summary>Someone asked to export a register (with its personal data); the 站长 approves or refuses.</summary>
public sealed record RegisterExportRequested(Guid ExportId, ChildRegister? Register, Guid? VillageId, string? VillageName, ExportReason Reason, StepBy By);

public sealed record RegisterExportApproved(Guid ExportId, StepBy By);

public sealed record RegisterExportRefused(Guid ExportId, StepBy By);

/// <summary>The approved export was downloaded (each child in it is also in the read log).</summary>
public sealed record RegisterExportDownloaded(Guid ExportId, int Children, StepBy By);
