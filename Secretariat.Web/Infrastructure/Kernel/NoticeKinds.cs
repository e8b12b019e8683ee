namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// The kinds of notice the app sends (通知): a user may mute any of them on their own page, and the notification log
/// names them. Codes are stored; the labels are the UI's.
/// </summary>
public static class NoticeKinds
{
    public const string Meeting = "meeting";
    public const string Minutes = "minutes";
    public const string ResolutionDue = "resolution-due";
    public const string AdjustmentWaiting = "adjustment-waiting";
    public const string TrainingDue = "training-due";
    public const string ReportDue = "report-due";
    public const string VisitDue = "visit-due";
    public const string TopicWaiting = "topic-waiting";
    public const string Alert = "alert";
    public const string Test = "test";

    /// <summary>The kinds a user may choose, in the order their page lists them.</summary>
    public static readonly IReadOnlyList<(string Code, string Label)> Choosable =
    [
        (Meeting, "会议通知（召开、改期、取消）"),
        (Minutes, "纪要印发（本单位的议定事项）"),
        (ResolutionDue, "议定事项到期与逾期提醒"),
        (AdjustmentWaiting, "成员调整待审批提醒"),
        (TrainingDue, "儿童主任、督导员培训期限提醒"),
        (ReportDue, "工作站半年汇报提醒"),
        (VisitDue, "儿童走访到期与逾期提醒"),
        (TopicWaiting, "议题超过30天未答复提醒（工作站）"),
        (Alert, "合规预警"),
    ];

    public static string Label(string code) =>
        code == Test ? "测试通知" : Choosable.FirstOrDefault(k => k.Code == code).Label ?? code;
}
