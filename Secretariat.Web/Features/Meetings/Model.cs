namespace Secretariat.Web.Features.Meetings;

public enum MeetingKind
{
    Regular,
    AdHoc,

    /// <summary>The work station's 全体会议 (附件3-1: may invite other departments).</summary>
    Plenary,

    /// <summary>The station office's 工作例会 (附件3 五(四): daily work, individual cases).</summary>
    WorkSession
}

public enum AttendanceStatus
{
    Present,
    Leave,
    Absent,
    Proxy
}

public enum MinutesStatus
{
    None,
    Draft,
    Submitted,
    Returned,
    Issued
}

public enum AddendumKind
{
    Supplement,
    Correction
}

public enum ResolutionStatus
{
    NotStarted,
    InProgress,
    Done,
    Overdue
}

public static class MeetingNames
{
    public static string Chinese(this MeetingKind kind) => kind switch
    {
        MeetingKind.Regular => "定期会议",
        MeetingKind.AdHoc => "不定期会议",
        MeetingKind.Plenary => "全体会议",
        MeetingKind.WorkSession => "工作例会",
        _ => kind.ToString()
    };

    public static string Chinese(this AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "出席",
        AttendanceStatus.Leave => "请假",
        AttendanceStatus.Absent => "缺席",
        AttendanceStatus.Proxy => "委托参会",
        _ => status.ToString()
    };

    public static string Chinese(this MinutesStatus status) => status switch
    {
        MinutesStatus.None => "未起草",
        MinutesStatus.Draft => "起草中",
        MinutesStatus.Submitted => "待签发",
        MinutesStatus.Returned => "已退回修改",
        MinutesStatus.Issued => "已签发",
        _ => status.ToString()
    };

    public static string Chinese(this AddendumKind kind) => kind == AddendumKind.Supplement ? "补充" : "更正";

    public static string Chinese(this ResolutionStatus status) => status switch
    {
        ResolutionStatus.NotStarted => "未开始",
        ResolutionStatus.InProgress => "推进中",
        ResolutionStatus.Done => "已办结",
        ResolutionStatus.Overdue => "已逾期",
        _ => status.ToString()
    };
}
