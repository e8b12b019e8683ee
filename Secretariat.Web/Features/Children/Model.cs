namespace Secretariat.Web.Features.Children;

/// <summary>The four registers of 附件3 五(七) (《…名册》); a child may be on several.</summary>
public enum ChildRegister
{
    /// <summary>《未成年人救助保护名册》</summary>
    RescueProtection = 1,
    /// <summary>《农村留守儿童名册》</summary>
    LeftBehind = 2,
    /// <summary>《困境儿童名册》</summary>
    Difficult = 3,
    /// <summary>《散居孤儿和事实无人抚养儿童名册》</summary>
    OrphanOrUnsupported = 4
}

/// <summary>The nine categories of case files (业务档案, 附件3 五(八)).</summary>
public enum CaseCategory
{
    LeftBehind = 1,
    Orphan = 2,
    Unsupported = 3,
    GuardianshipLacking = 4,
    Harmed = 5,
    Unregistered = 6,
    OutOfSchool = 7,
    SeriouslyIll = 8,
    Disabled = 9
}

/// <summary>The town's risk scale (附件2 第28项): three levels, each with what it means and how often its children are visited (<see cref="ChildPolicy"/>).</summary>
public enum RiskLevel
{
    High = 1,
    Medium = 2,
    Low = 3
}

/// <summary>定期走访 or 重点核查 (附件3-2 五).</summary>
public enum VisitKind
{
    Regular = 1,
    TargetedCheck = 2
}

/// <summary>What a visit found, as a category (the details, if any, are a note in the personal-data store).</summary>
public enum VisitFinding
{
    Stable = 1,
    GuardianshipConcern = 2,
    LivingDifficulty = 3,
    SchoolConcern = 4,
    HealthConcern = 5,
    SuspectedHarm = 6,
    Other = 7
}

/// <summary>Why a child's personal data was erased.</summary>
public enum ErasureBasis
{
    /// <summary>On a lawful request (未成年人保护法 第72条; 个人信息保护法 第47条).</summary>
    LawfulRequest = 1,
    /// <summary>The child turned 18 and the town's retention period has passed (the daily job).</summary>
    RetentionExpired = 2
}

/// <summary>Why someone reads a child's personal data in full (chosen from this list, never typed: a typed reason could hold a name).</summary>
public enum ReadReason
{
    VisitPreparation = 1,
    CaseSupport = 2,
    MandatoryReport = 3,
    Correction = 4,
    Referral = 5,
    GuardianshipAssessment = 6
}

/// <summary>Why a register is exported.</summary>
public enum ExportReason
{
    CivilAffairsSubmission = 1,
    DistrictInspection = 2,
    CaseConference = 3,
    PaperFile = 4
}

public static class ChildNames
{
    public static string Chinese(this ChildRegister register) => register switch
    {
        ChildRegister.RescueProtection => "未成年人救助保护名册",
        ChildRegister.LeftBehind => "农村留守儿童名册",
        ChildRegister.Difficult => "困境儿童名册",
        ChildRegister.OrphanOrUnsupported => "散居孤儿和事实无人抚养儿童名册",
        _ => register.ToString()
    };

    /// <summary>The register's short name for tables: 救助保护, 农村留守...</summary>
    public static string Short(this ChildRegister register) => register switch
    {
        ChildRegister.RescueProtection => "救助保护",
        ChildRegister.LeftBehind => "农村留守",
        ChildRegister.Difficult => "困境",
        ChildRegister.OrphanOrUnsupported => "散居孤儿和事实无人抚养",
        _ => register.ToString()
    };

    public static string Chinese(this CaseCategory category) => category switch
    {
        CaseCategory.LeftBehind => "农村留守",
        CaseCategory.Orphan => "孤儿",
        CaseCategory.Unsupported => "事实无人抚养",
        CaseCategory.GuardianshipLacking => "监护缺失",
        CaseCategory.Harmed => "受侵害",
        CaseCategory.Unregistered => "无户籍",
        CaseCategory.OutOfSchool => "辍学或不在校",
        CaseCategory.SeriouslyIll => "患重病",
        CaseCategory.Disabled => "残疾",
        _ => category.ToString()
    };

    public static string Chinese(this RiskLevel level) => level switch
    {
        RiskLevel.High => "高",
        RiskLevel.Medium => "中",
        RiskLevel.Low => "低",
        _ => level.ToString()
    };

    public static string Chinese(this VisitKind kind) => kind switch
    {
        VisitKind.Regular => "定期走访",
        VisitKind.TargetedCheck => "重点核查",
        _ => kind.ToString()
    };

    public static string Chinese(this VisitFinding finding) => finding switch
    {
        VisitFinding.Stable => "情况稳定",
        VisitFinding.GuardianshipConcern => "监护问题",
        VisitFinding.LivingDifficulty => "生活困难",
        VisitFinding.SchoolConcern => "就学问题",
        VisitFinding.HealthConcern => "身心健康问题",
        VisitFinding.SuspectedHarm => "疑似受侵害（须强制报告）",
        VisitFinding.Other => "其他",
        _ => finding.ToString()
    };

    public static string Chinese(this ErasureBasis basis) => basis switch
    {
        ErasureBasis.LawfulRequest => "依法申请删除（未成年人保护法第七十二条、个人信息保护法第四十七条）",
        ErasureBasis.RetentionExpired => "保存期限届满（年满十八周岁后的保存期限已过）",
        _ => basis.ToString()
    };

    public static string Chinese(this ReadReason reason) => reason switch
    {
        ReadReason.VisitPreparation => "走访前核实",
        ReadReason.CaseSupport => "个案帮扶",
        ReadReason.MandatoryReport => "强制报告处置",
        ReadReason.Correction => "信息核对更正",
        ReadReason.Referral => "转介",
        ReadReason.GuardianshipAssessment => "监护评估",
        _ => reason.ToString()
    };

    public static string Chinese(this ExportReason reason) => reason switch
    {
        ExportReason.CivilAffairsSubmission => "向上级民政部门报送",
        ExportReason.DistrictInspection => "区级检查核验",
        ExportReason.CaseConference => "个案会商",
        ExportReason.PaperFile => "纸质台账归档",
        _ => reason.ToString()
    };

    /// <summary>A parsed enum value that is one of the defined members (a posted "7" or "High"), else null.</summary>
    public static T? Parse<T>(string? raw) where T : struct, Enum =>
        Enum.TryParse<T>(raw?.Trim(), out var value) && Enum.IsDefined(value) && !int.TryParse(raw!.Trim(), out _) ? value : null;
}

/// <summary>A month of birth: children's records keep no more of it (the retention clock and the age counts need no day).</summary>
public readonly record struct BirthMonth(int Year, int Month)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day the child may have been born on.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    /// <summary>The first day by which the child is certainly 18 (the month after the one the 18th birthday falls in).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly CertainlyAdultOn => FirstDay.AddYears(18).AddMonths(1);

    /// <summary>Age in whole years on a day, counting from the month's first day (at most a month early).</summary>
    public int AgeOn(DateOnly day) => day.Year - Year - (day.Month < Month ? 1 : 0);

    public override string ToString() => $"{Year:0000}-{Month:00}";

    [System.Text.Json.Serialization.JsonIgnore]
    public string Chinese => $"{Year}年{Month}月";

    public static BirthMonth? Parse(string? raw) =>
        raw?.Trim() is { Length: 7 } text && text[4] == '-' && int.TryParse(text[..4], out var year) && int.TryParse(text[5..], out var month)
        && year is >= 1900 and <= 2200 && month is >= 1 and <= 12
            ? new BirthMonth(year, month)
            : null;
}
