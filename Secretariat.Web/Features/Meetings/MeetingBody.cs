namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// The body a meeting belongs to, as the one meeting engine reads it: the leading group (R2, 附件2 第12项) or the work station
/// (附件3 四、3-1、五(四)). Everything that differs between the two is here — who chairs and who may stand in with a delegation,
/// which capability runs its meetings and which signs off, its kinds of meeting, the registers its documents are numbered in and
/// the names its pages and papers use — so that convening, agenda, attendance, minutes, resolutions and circulars are one code.
/// A meeting stored before bodies existed has none and is the leading group's (<see cref="BodyKind.LeadingGroup"/> is 0).
/// </summary>
public sealed record MeetingBody(
    BodyKind Kind, RosterRole Chair, RosterRole DeputyChair, Capability Runs, Capability SignsOff, IReadOnlyList<MeetingKind> Kinds,
    DocumentKind MinutesKind, DocumentKind CircularKind, DocumentKind NoticeKind, string ShortName)
{
    public static readonly MeetingBody LeadingGroup = new(BodyKind.LeadingGroup, RosterRole.Leader, RosterRole.DeputyLeader, Capability.RunMeetings,
        Capability.SignOffMinutes, [MeetingKind.Regular, MeetingKind.AdHoc], DocumentKind.Minutes, DocumentKind.Circular, DocumentKind.MeetingNotice,
        "领导小组");

    /// <summary>The 站长 convenes, or a 副站长 he delegated; the station's minutes and circulars have registers of their own.</summary>
    public static readonly MeetingBody WorkStation = new(BodyKind.WorkStation, RosterRole.StationMaster, RosterRole.DeputyStationMaster,
        Capability.RunStationMeetings, Capability.ActAsStationMaster, [MeetingKind.Plenary, MeetingKind.WorkSession], DocumentKind.StationMinutes,
        DocumentKind.StationCircular, DocumentKind.StationMeetingNotice, "工作站");

    public static IReadOnlyList<MeetingBody> All { get; } = [LeadingGroup, WorkStation];

    public static MeetingBody Of(BodyKind kind) => kind == BodyKind.WorkStation ? WorkStation : LeadingGroup;

    /// <summary>The body named in a URL or a form (<c>work-station</c>, <c>WorkStation</c>); anything else is the leading group.</summary>
    public static MeetingBody Parse(string? value) =>
        value is { } v && (v == BodyKind.WorkStation.Slug() || v == nameof(BodyKind.WorkStation)) ? WorkStation : LeadingGroup;

    public Guid RosterId => RosterNames.BodyId(Kind);

    /// <summary>领导小组会议 / 工作站会议.</summary>
    public string MeetingsName => $"{ShortName}会议";

    /// <summary>The list's URL: the group's is the one it always was.</summary>
    public string ListPath => Kind == BodyKind.LeadingGroup ? "/meetings" : $"/meetings?body={Kind.Slug()}";

    public string NewPath => Kind == BodyKind.LeadingGroup ? "/meetings/new" : $"/meetings/new?body={Kind.Slug()}";

    /// <summary>组长 / 站长 and 副组长 / 副站长, as refusals and forms say them.</summary>
    public string ChairName => Chair.Chinese();

    public string DeputyName => DeputyChair.Chinese();

    /// <summary>The 发文机关 heading its minutes.</summary>
    public string MinutesIssuer(TownProfile town) => Kind == BodyKind.WorkStation ? town.StationIssuer : town.LeadingGroupIssuer;

    /// <summary>The 发文机关 of its notices and circulars: the office for the group, the station itself for its own.</summary>
    public string OfficeIssuer(TownProfile town) => Kind == BodyKind.WorkStation ? town.StationIssuer : town.OfficeIssuer;
}
