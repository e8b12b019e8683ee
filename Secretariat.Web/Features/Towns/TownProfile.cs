namespace Secretariat.Web.Features.Towns;

/// <summary>
/// A town of the district and how it names itself on paper: the registry of tenants (a document of the district, not
/// of a town) and each town's profile, edited by that town's 管理员. The shell, every print view and every document
/// number read it; nothing else in the code names a town.
/// </summary>
public sealed class TownProfile
{
    /// <summary>The town code: Marten's tenant id and the <c>/t/{code}/</c> of its URLs.</summary>
    public string Id { get; set; } = "";

    /// <summary>某某镇人民政府</summary>
    public string FullName { get; set; } = "";

    /// <summary>某某: the short name document numbers begin with.</summary>
    public string ShortName { get; set; } = "";

    /// <summary>某某镇: the town as its bodies' names begin.</summary>
    public string TownName { get; set; } = "";

    /// <summary>The 发文机关 printed on the office's documents (notices, circulars, adjustment notices).</summary>
    public string OfficeIssuer { get; set; } = "";

    /// <summary>The leading group, as the minutes' red head names it.</summary>
    public string LeadingGroupIssuer { get; set; } = "";

    /// <summary>The 发文机关 of the work station's reports.</summary>
    public string StationIssuer { get; set; } = "";

    public Dictionary<DocumentKind, string> Prefixes { get; set; } = [];

    /// <summary>Compliance checks periods ending on or after this day (a town that starts mid-year is not overdue for the past).</summary>
    public DateOnly? CheckFrom { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public StepBy? LastChangedBy { get; set; }

    /// <summary>When the town's 管理员 last saved 镇街信息 (null: the names are still the ones it was registered with, unchecked).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    public string PrefixOf(DocumentKind kind) => Prefixes.TryGetValue(kind, out var prefix) && prefix.Length > 0 ? prefix : DefaultPrefix(ShortName, kind);

    /// <summary>A number as the register hands it out: 某某未保领纪〔2024〕3号.</summary>
    public string Number(DocumentKind kind, int year, int sequence) => $"{PrefixOf(kind)}〔{year}〕{sequence}号";

    /// <inheritdoc cref="Number(DocumentKind, int, int)"/>
    public string Number(DocumentNumber number) => Number(number.Kind, number.Year, number.Sequence);

    /// <summary>The names a new town starts with, from its short name (the office changes any of them on the profile page).</summary>
    public static TownProfile New(string code, string townName, string shortName, DateTimeOffset now) => new()
    {
        Id = code, TownName = townName, ShortName = shortName, FullName = $"{townName}人民政府",
        OfficeIssuer = $"{townName}未成年人保护工作领导小组办公室",
        LeadingGroupIssuer = $"{townName}未成年人保护工作领导小组",
        StationIssuer = $"{townName}未成年人保护工作站",
        Prefixes = Enum.GetValues<DocumentKind>().ToDictionary(k => k, k => DefaultPrefix(shortName, k)),
        CreatedAt = now
    };

    /// <summary>The district's numbering scheme (九未保办发〔2021〕20号 uses 某某未保领纪, 领办通 ...).</summary>
    public static string DefaultPrefix(string shortName, DocumentKind kind) => shortName + kind switch
    {
        DocumentKind.Minutes => "未保领纪",
        DocumentKind.Circular => "未保领办通",
        DocumentKind.MeetingNotice => "未保领办会",
        DocumentKind.AdjustmentNotice => "未保领办调",
        DocumentKind.StationReport => "未保站报",
        DocumentKind.MajorMatterReport => "未保领办报",
        DocumentKind.StationMinutes => "未保站纪",
        DocumentKind.StationCircular => "未保站通",
        DocumentKind.StationMeetingNotice => "未保站会",
        _ => throw new ArgumentOutOfRangeException(nameof(kind))
    };

    /// <summary>The town name, for names that read "the town" (e.g. 某某镇 from 某某镇人民政府).</summary>
    public static string ShortNameOf(string townName) => townName.TrimEnd('镇', '街', '乡').Replace("街道", "");
}

public static class TownProfiles
{
    /// <summary>The profile of the session's town: a handler that numbers or prints needs it, and every town has one.</summary>
    public static async Task<TownProfile> TownProfileAsync(this IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<TownProfile>(session.TenantId, ct) ?? throw new InvalidOperationException("No profile for town " + session.TenantId);
}

public static class DocumentKindNames
{
    public static string Of(DocumentKind kind) => kind switch
    {
        DocumentKind.Minutes => "会议纪要",
        DocumentKind.Circular => "情况通报",
        DocumentKind.MeetingNotice => "会议通知",
        DocumentKind.AdjustmentNotice => "成员调整通知",
        DocumentKind.StationReport => "工作站工作汇报",
        DocumentKind.MajorMatterReport => "重大事项报告",
        DocumentKind.StationMinutes => "工作站会议纪要",
        DocumentKind.StationCircular => "工作站情况通报",
        DocumentKind.StationMeetingNotice => "工作站会议通知",
        _ => kind.ToString()
    };
}
