namespace Secretariat.Web.Features.Campaigns;

/// <summary>A task item of the breakdown (任务分解表) or an item of the negative list (负面工作清单), 附件2.</summary>
public enum ItemKind
{
    Task,
    Negative
}

/// <summary>The kinds of evidence (印证材料) the table names.</summary>
public enum EvidenceKind
{
    Document,
    Minutes,
    Text,
    Picture,
    Register,
    Contract,
    Video
}

/// <summary>A count the app checks from its own records when the station reviews an item.</summary>
public enum RecordCheck
{
    None,
    /// <summary>附件2 第12项: at least two meetings with issued minutes in the campaign's year.</summary>
    MeetingsWithMinutes,
    /// <summary>附件2 第72项: every village and community has a child director on the review day.</summary>
    DirectorInEveryVillage,
    /// <summary>附件2 第23项: the last quarter's children's data entered, reviewed and submitted.</summary>
    ChildDataQuarterly,
    /// <summary>附件2 第28项: a risk scale with a visit frequency per level, and the visits recorded.</summary>
    HomeVisitsByRisk,
    /// <summary>附件2 第52项: the children's registers.</summary>
    ChildRegisters,
    /// <summary>附件2 第19项: the 强制报告 procedure's live figures (受理、报案、调查、处置、反馈).</summary>
    MandatoryReporting,
    /// <summary>附件2 第25项: an activity in every village and community each quarter.</summary>
    ActivitiesPerVillageQuarter,
    /// <summary>附件2 第62项: the suggestions received, each answered in writing within a month.</summary>
    WrittenRepliesWithinMonth,
    /// <summary>附件2 第69项: at least two social organisations supported.</summary>
    OrganisationsSupported,
    /// <summary>附件2 第71项: at least one youth social worker at the station.</summary>
    YouthSocialWorker,
    /// <summary>附件2 第74项: a volunteer team in every village and community.</summary>
    VolunteerTeamInEveryVillage,
    /// <summary>附件2 第21项: the staff checks made, new hires checked before starting, a record found ended within 30 working days.</summary>
    StaffChecksKept,
    /// <summary>附件2 第73项: the child directors' yearly reviews finalised and the allowances paid.</summary>
    DirectorReviewsAndAllowances
}

/// <summary>The campaign's dates (六、工作步骤; 附件2 注1-2).</summary>
public sealed record CampaignSchedule(DateOnly EvidenceSince, DateOnly NegativeSince, int AssessmentYear, DateOnly SubmissionDue,
    DateOnly ReviewFrom, DateOnly ReviewTo, DateOnly AcceptanceDue);

/// <summary>What evidence an item asks for: the table's text, its kinds, a minimum where the text gives one, the period it covers.</summary>
public sealed record EvidenceSpec(string Text, IReadOnlyList<EvidenceKind> Kinds, string Minimum, string Period, RecordCheck Check);

/// <summary>A unit as an item names it: the town's member unit, or (no id) a name the town has no unit for.</summary>
public sealed record CampaignUnit(Guid? UnitId, string Name);

/// <summary>A file of a submission: its metadata (the content is stored beside the event, never in it).</summary>
public sealed record EvidenceFileInfo(Guid FileId, string FileName, string ContentType, long Size, bool ContainsMinorsData);

/// <summary>The records of this app a submission links to, each frozen (its print view as it stood) when submitted.</summary>
public enum RecordKind
{
    Minutes,
    Circular,
    Coverage,
    Ledger,
    Appointment,
    SemiannualReport
}

public sealed record RecordLinkInfo(Guid FrozenId, RecordKind Kind, Guid? RecordId, string Label, DateOnly? AsOf);

/// <summary>A campaign was opened in the town (issued by the district, or the notice's sample).</summary>
public sealed record CampaignOpened(Guid CampaignId, string Title, string Basis, CampaignSchedule Schedule, Guid? DistrictCampaignId, StepBy By);

/// <summary>An item of the campaign was defined: the table's row as written and the town's units it resolves to.</summary>
public sealed record CampaignItemDefined(Guid CampaignId, Guid ItemId, ItemKind Kind, int Number, string Project, string Content, string Standard,
    EvidenceSpec Evidence, string LeadAsWritten, string ResponsibleAsWritten, CampaignUnit? Lead, IReadOnlyList<CampaignUnit> Responsible,
    bool TownOwn, StepBy By);

/// <summary>A unit (or the office on its behalf) submitted a version of its evidence for a task item.</summary>
public sealed record EvidenceSubmitted(Guid EvidenceId, Guid CampaignId, Guid ItemId, Guid UnitId, string UnitName, int Version, string Text,
    IReadOnlyList<EvidenceFileInfo> Files, IReadOnlyList<RecordLinkInfo> Links, bool OnBehalf, StepBy By);

public enum NegativeAnswer
{
    /// <summary>零报告: nothing of the kind happened in the period.</summary>
    Zero,
    /// <summary>有情况: something happened (text only, no child's personal data).</summary>
    Occurred
}

/// <summary>A unit answered a negative-list item for its period: a signed zero report, or a report that something happened (附件2 注2).</summary>
public sealed record NegativeItemAnswered(Guid EvidenceId, Guid CampaignId, Guid ItemId, Guid UnitId, string UnitName, int Version,
    NegativeAnswer Answer, string Text, string Signatory, bool OnBehalf, StepBy By);

/// <summary>The station (or office) returned a submission for more (退回补充, 六(三)) with a reason and a new deadline.</summary>
public sealed record EvidenceReturned(Guid EvidenceId, int Version, string Reason, DateOnly ResubmitBy, string? CheckResult, StepBy By);

/// <summary>The station (or office) passed a submission at its first review (初审通过).</summary>
public sealed record EvidencePassed(Guid EvidenceId, int Version, string? CheckResult, StepBy By);

/// <summary>The district accepted the item (区验收通过, 六(四)).</summary>
public sealed record ItemAccepted(Guid AcceptanceId, Guid CampaignId, Guid ItemId, string Opinion, StepBy By);

/// <summary>The district gave an opinion requiring rectification (整改) by a day.</summary>
public sealed record RectificationRequired(Guid AcceptanceId, Guid CampaignId, Guid ItemId, string Opinion, DateOnly DueOn, StepBy By);

/// <summary>The town reported its rectification with its own evidence.</summary>
public sealed record RectificationReported(Guid AcceptanceId, string Text, IReadOnlyList<EvidenceFileInfo> Files, IReadOnlyList<RecordLinkInfo> Links,
    StepBy By);

/// <summary>The district closed the rectification: the item is accepted.</summary>
public sealed record RectificationClosed(Guid AcceptanceId, string Opinion, StepBy By);
