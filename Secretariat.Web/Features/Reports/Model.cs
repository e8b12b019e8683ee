namespace Secretariat.Web.Features.Reports;

public enum HalfYear
{
    H1,
    H2
}

public enum ReportStatus
{
    Draft,
    Submitted,
    Received,
    Returned
}

/// <summary>R7's half-years on the town's calendar and when their report is due.</summary>
public static class ReportPeriods
{
    public const string DueDaysKey = "Reports:DueDaysAfterPeriodEnd";
    public const int DefaultDueDays = 15;

    public static DateOnly Start(int year, HalfYear half) => new(year, half == HalfYear.H1 ? 1 : 7, 1);

    public static DateOnly End(int year, HalfYear half) => half == HalfYear.H1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31);

    /// <summary>"The 15th day after the half-year ends": H1 (ends 06-30) is due 07-15, H2 (ends 12-31) is due 01-15.</summary>
    public static DateOnly DueOn(int year, HalfYear half, int daysAfterPeriodEnd) => End(year, half).AddDays(daysAfterPeriodEnd);

    /// <summary>One report per half-year: its stream id is fixed by the period, so a second one cannot start.</summary>
    public static Guid IdFor(int year, HalfYear half) => new($"6a1d0007-0000-4000-8000-{year:00000000}{(half == HalfYear.H1 ? 1 : 2):0000}");

    public static string Chinese(this HalfYear half) => half == HalfYear.H1 ? "上半年" : "下半年";

    public static string PeriodName(int year, HalfYear half) => $"{year}年{half.Chinese()}";

    /// <summary>The station's report of a half-year: numbered 1 and 2 within the year by its half (fixed by the period, no register).</summary>
    public static string Number(TownProfile town, int year, HalfYear half) => town.Number(new DocumentNumber(DocumentKind.StationReport, year, half == HalfYear.H1 ? 1 : 2));

    public static string Chinese(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "起草中",
        ReportStatus.Submitted => "已报送",
        ReportStatus.Received => "已签收",
        ReportStatus.Returned => "已退回修改",
        _ => status.ToString()
    };

    /// <summary>Still owed to the leading group: not yet submitted (or returned) and its due day has passed.</summary>
    public static bool IsOverdue(ReportStatus? status, DateOnly dueOn, DateOnly today) =>
        (status is null or ReportStatus.Draft or ReportStatus.Returned) && today > dueOn;
}

/// <summary>The free-text sections the author writes (情况分析, 存在问题, 下步计划), all required to submit.</summary>
public static class ReportSections
{
    public const int MaxText = 8000;
    public const int MaxNote = 2000;

    public static readonly IReadOnlyList<(string Key, string Title)> Written =
    [
        ("analysis", "情况分析"),
        ("problems", "存在问题"),
        ("plan", "下步计划")
    ];
}
