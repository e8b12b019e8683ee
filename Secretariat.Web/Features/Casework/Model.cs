namespace Secretariat.Web.Features.Casework;

/// <summary>The five services of the window (附件3 五(三)).</summary>
public enum ServiceMatter { Reception = 1, PolicyExplanation = 2, InformationCollection = 3, Hardship = 4, RightsProtection = 5 }

public enum ContactChannel { Visit = 1, Phone = 2, Referral = 3 }

public enum VisitorKind { Minor = 1, Guardian = 2, Other = 3 }

/// <summary>Who reported (强制报告 is the duty of the units in contact with minors: schools, hospitals, villages...).</summary>
public enum ReporterKind { School = 1, Medical = 2, Village = 3, Guardian = 4, Public = 5, Member = 6, Other = 7 }

public enum HarmCategory { Physical = 1, Sexual = 2, Neglect = 3, Abandonment = 4, Trafficking = 5, Bullying = 6, Other = 7 }

public enum InvestigationFinding { Confirmed = 1, NotConfirmed = 2, TransferredToJustice = 3 }

/// <summary>The measures of 附件3-2 六: emergency handling, guardianship intervention and care.</summary>
public enum HandlingMeasure { EmergencyPlacement = 1, GuardianshipIntervention = 2, Medical = 3, Psychological = 4, LegalAid = 5, Assistance = 6 }

public enum FeedbackChannel { InPerson = 1, Phone = 2, Writing = 3 }

public enum PlanKind { OneChild = 1, OneMatter = 2 }

/// <summary>The steps of a 强制报告 (附件2 第19项: 受理、调查、处置、反馈; reporting to the police the same day).</summary>
public enum ReportStage { Received = 1, PassedToPolice = 2, Investigated = 3, Handled = 4, FedBack = 5 }

/// <summary>
/// The child a record concerns, by its pseudonymous reference only: a child of the registers (ET-…) or a subject opened at the window
/// (GA-…); its identity, if any, is in the personal-data store under <see cref="Id"/>.
/// </summary>
public sealed record ConcernedChild(Guid Id, string Reference, bool OnRegisters);

public static class CaseworkNames
{
    public static string Chinese(this ServiceMatter m) => m switch
    {
        ServiceMatter.Reception => "来访接待", ServiceMatter.PolicyExplanation => "政策解读", ServiceMatter.InformationCollection => "信息采集",
        ServiceMatter.Hardship => "解难帮困", ServiceMatter.RightsProtection => "权益保障", _ => m.ToString()
    };

    public static string Chinese(this ContactChannel c) => c switch
    {
        ContactChannel.Visit => "来访", ContactChannel.Phone => "来电", ContactChannel.Referral => "转介来案", _ => c.ToString()
    };

    public static string Chinese(this VisitorKind v) => v switch
    {
        VisitorKind.Minor => "未成年人", VisitorKind.Guardian => "监护人", VisitorKind.Other => "其他人员", _ => v.ToString()
    };

    public static string Chinese(this ReporterKind r) => r switch
    {
        ReporterKind.School => "学校", ReporterKind.Medical => "医疗机构", ReporterKind.Village => "村（居）民委员会", ReporterKind.Guardian => "监护人",
        ReporterKind.Public => "群众", ReporterKind.Member => "成员单位", ReporterKind.Other => "其他", _ => r.ToString()
    };

    public static string Chinese(this HarmCategory h) => h switch
    {
        HarmCategory.Physical => "殴打、虐待", HarmCategory.Sexual => "性侵害", HarmCategory.Neglect => "监护缺失、疏于照料",
        HarmCategory.Abandonment => "遗弃", HarmCategory.Trafficking => "拐卖", HarmCategory.Bullying => "欺凌", HarmCategory.Other => "其他侵害",
        _ => h.ToString()
    };

    public static string Chinese(this InvestigationFinding f) => f switch
    {
        InvestigationFinding.Confirmed => "查证属实", InvestigationFinding.NotConfirmed => "查证不属实", InvestigationFinding.TransferredToJustice => "已立案移送司法",
        _ => f.ToString()
    };

    public static string Chinese(this HandlingMeasure m) => m switch
    {
        HandlingMeasure.EmergencyPlacement => "应急安置、临时监护", HandlingMeasure.GuardianshipIntervention => "监护干预", HandlingMeasure.Medical => "医疗救治",
        HandlingMeasure.Psychological => "心理疏导", HandlingMeasure.LegalAid => "法律援助", HandlingMeasure.Assistance => "生活救助", _ => m.ToString()
    };

    public static string Chinese(this FeedbackChannel c) => c switch
    {
        FeedbackChannel.InPerson => "当面反馈", FeedbackChannel.Phone => "电话反馈", FeedbackChannel.Writing => "书面反馈", _ => c.ToString()
    };

    public static string Chinese(this PlanKind k) => k switch { PlanKind.OneChild => "一人一方案", PlanKind.OneMatter => "一事一方案", _ => k.ToString() };

    public static string Chinese(this ReportStage s) => s switch
    {
        ReportStage.Received => "已受理，待报案", ReportStage.PassedToPolice => "已报案，调查中", ReportStage.Investigated => "已调查，待处置",
        ReportStage.Handled => "已处置，待反馈", ReportStage.FedBack => "已反馈（办结）", _ => s.ToString()
    };

    /// <summary>An enum value as a form posts it (its name), or null for anything else.</summary>
    public static T? Parse<T>(string? raw) where T : struct, Enum =>
        Enum.TryParse<T>(raw, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _) ? value : null;
}

/// <summary>A child opened at the window (not on the registers): its reference, its village if known, the labels of what the store holds.</summary>
public sealed class CaseSubject
{
    public Guid Id { get; set; }
    public string Reference { get; set; } = "";
    public Guid? VillageId { get; set; }
    public string? VillageName { get; set; }
    public List<string> Fields { get; set; } = [];
    public DateTimeOffset OpenedAt { get; set; }

    public static CaseSubject Create(CaseSubjectOpened e) => new()
    {
        Id = e.SubjectId, Reference = e.Reference, VillageId = e.VillageId, VillageName = e.VillageName, Fields = [.. e.Fields], OpenedAt = e.By.At
    };
}

/// <summary>One contact of the 接待工作台账; the inline snapshot of its stream.</summary>
public sealed class WindowContact
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public DateOnly On { get; set; }
    public ContactChannel Channel { get; set; }
    public VisitorKind Visitor { get; set; }
    public Guid? VillageId { get; set; }
    public string? VillageName { get; set; }
    public ServiceMatter Matter { get; set; }
    public string Done { get; set; } = "";
    public ConcernedChild? Child { get; set; }
    public Guid? ReferredToId { get; set; }
    public string? ReferredToName { get; set; }
    public DateOnly? FollowUpDue { get; set; }
    public string Handler { get; set; } = "";
    public string? Outcome { get; set; }
    public DateOnly? ConcludedOn { get; set; }
    public string? Reply { get; set; }
    public StepBy? RepliedBy { get; set; }

    public bool IsOpen => ConcludedOn is null;

    public static WindowContact Create(WindowContactLogged e) => new()
    {
        Id = e.ContactId, On = e.On, Channel = e.Channel, Visitor = e.Visitor, VillageId = e.VillageId, VillageName = e.VillageName, Matter = e.Matter,
        Done = e.Done, Child = e.Child, ReferredToId = e.ReferredToId, ReferredToName = e.ReferredToName, FollowUpDue = e.FollowUpDue, Handler = e.By.Name
    };

    public void Apply(WindowContactConcluded e) => (Outcome, ConcludedOn) = (e.Outcome, e.On);

    public void Apply(WindowReferralAnswered e) => (Reply, RepliedBy) = (e.Reply, e.By);
}

/// <summary>The periods of a 强制报告's steps the town sets (days after the previous step); reporting to the police is the same day.</summary>
public sealed class MandatoryReportPeriods
{
    public const int DefaultInvestigation = 10, DefaultHandling = 15, DefaultFeedback = 5, Max = 90;

    /// <summary>One document per town, under a fixed id.</summary>
    public static readonly Guid StreamId = StableIds.From("secretariat-casework:report-periods");

    public Guid Id { get; set; }
    public int InvestigationDays { get; set; } = DefaultInvestigation;
    public int HandlingDays { get; set; } = DefaultHandling;
    public int FeedbackDays { get; set; } = DefaultFeedback;
    public StepBy? SetBy { get; set; }

    public static MandatoryReportPeriods Create(MandatoryReportPeriodsSet e) => new MandatoryReportPeriods { Id = StreamId }.With(e);

    public void Apply(MandatoryReportPeriodsSet e) => With(e);

    private MandatoryReportPeriods With(MandatoryReportPeriodsSet e)
    {
        (InvestigationDays, HandlingDays, FeedbackDays, SetBy) = (e.InvestigationDays, e.HandlingDays, e.FeedbackDays, e.By);
        return this;
    }

    public static async Task<MandatoryReportPeriods> LoadAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<MandatoryReportPeriods>(StreamId, ct) ?? new MandatoryReportPeriods { Id = StreamId };
}

/// <summary>A 强制报告 and its procedure; the inline snapshot of its stream.</summary>
public sealed class MandatoryReport
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public ReporterKind Reporter { get; set; }
    public string? ReporterUnit { get; set; }
    public HarmCategory Harm { get; set; }
    public ConcernedChild Child { get; set; } = new(Guid.Empty, "", false);
    public Guid? VillageId { get; set; }
    public string? VillageName { get; set; }
    public bool HasNote { get; set; }
    public string ReceivedBy { get; set; } = "";
    public DateTimeOffset? PoliceReportedAt { get; set; }
    public string? PoliceCaseNumber { get; set; }
    public DateOnly? InvestigatedOn { get; set; }
    public InvestigationFinding? Finding { get; set; }
    public DateOnly? HandledOn { get; set; }
    public List<HandlingMeasure> Measures { get; set; } = [];
    public DateOnly? FedBackOn { get; set; }
    public FeedbackChannel? FeedbackChannel { get; set; }
    public ReportStage Stage { get; set; } = ReportStage.Received;

    public static MandatoryReport Create(MandatoryReportReceived e) => new()
    {
        Id = e.ReportId, ReceivedAt = e.ReceivedAt, ReceivedOn = e.ReceivedAt.ToTownDate(), Reporter = e.Reporter, ReporterUnit = e.ReporterUnit, Harm = e.Harm,
        Child = e.Child, VillageId = e.VillageId, VillageName = e.VillageName, HasNote = e.HasNote, ReceivedBy = e.By.Name
    };

    public void Apply(MandatoryReportPassedToPolice e) => (PoliceReportedAt, PoliceCaseNumber, Stage) = (e.ReportedAt, e.CaseNumber, ReportStage.PassedToPolice);

    public void Apply(MandatoryReportInvestigated e) => (InvestigatedOn, Finding, Stage) = (e.On, e.Finding, ReportStage.Investigated);

    public void Apply(MandatoryReportHandled e) => (HandledOn, Measures, Stage) = (e.On, [.. e.Measures], ReportStage.Handled);

    public void Apply(MandatoryReportFedBack e) => (FedBackOn, FeedbackChannel, Stage) = (e.On, e.Channel, ReportStage.FedBack);

    public bool IsDone => Stage == ReportStage.FedBack;
}

public sealed record PlanStep(Guid Id, string Title, Guid OwnerId, string OwnerName, bool IsReferral, DateOnly DueOn, DateOnly? DoneOn, string? Reply,
    string? DoneBy)
{
    public bool IsOpen => DoneOn is null;
}

public sealed record PlanReview(DateOnly On, string Conclusion, string ByName);

/// <summary>A case plan (一人一方案 / 一事一方案) with its steps, reviews and closure; the inline snapshot of its stream.</summary>
public sealed class CasePlan
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public PlanKind Kind { get; set; }
    public string Title { get; set; } = "";
    public ConcernedChild? Child { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ReviewDue { get; set; }
    public string OpenedBy { get; set; } = "";
    public List<PlanStep> Steps { get; set; } = [];
    public List<PlanReview> Reviews { get; set; } = [];
    public DateOnly? ClosedOn { get; set; }
    public string? ClosingReason { get; set; }

    /// <summary>The units a step is owned by (a real column: a liaison's list asks for its unit).</summary>
    public List<Guid> OwnerIds { get; set; } = [];

    public bool IsOpen => ClosedOn is null;

    public static CasePlan Create(CasePlanOpened e) => new()
    {
        Id = e.PlanId, Kind = e.Kind, Title = e.Title, Child = e.Child, OpenedOn = e.OpenedOn, ReviewDue = e.ReviewDue, OpenedBy = e.By.Name
    };

    public void Apply(PlanStepAdded e)
    {
        Steps.Add(new PlanStep(e.StepId, e.Title, e.OwnerId, e.OwnerName, e.IsReferral, e.DueOn, null, null, null));
        if (!OwnerIds.Contains(e.OwnerId)) OwnerIds.Add(e.OwnerId);
    }

    public void Apply(PlanStepDone e) =>
        Steps = Steps.Select(s => s.Id == e.StepId ? s with { DoneOn = e.On, Reply = e.Reply, DoneBy = e.By.Name } : s).ToList();

    public void Apply(CasePlanReviewed e)
    {
        Reviews.Add(new PlanReview(e.On, e.Conclusion, e.By.Name));
        ReviewDue = e.NextReviewDue;
    }

    public void Apply(CasePlanClosed e) => (ClosedOn, ClosingReason) = (e.On, e.Reason);
}
