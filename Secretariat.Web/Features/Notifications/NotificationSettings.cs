namespace Secretariat.Web.Features.Notifications;

/// <summary>
/// A town's channels, set by its 管理员. Passwords and signing secrets are kept encrypted with the app's data-protection
/// keys and never shown again; an empty field on the form keeps the stored one.
/// </summary>
public sealed class NotificationSettings
{
    public const string DocumentId = "channels";

    public string Id { get; set; } = DocumentId;
    public SmtpSettings? Smtp { get; set; }
    public RobotSettings? DingTalk { get; set; }
    public RobotSettings? WeCom { get; set; }

    /// <summary>An adjustment waiting longer than this for its approver is a reminder (成员调整待审批).</summary>
    public int AdjustmentWaitingDays { get; set; } = DefaultAdjustmentWaitingDays;

    public StepBy? ChangedBy { get; set; }

    public const int DefaultAdjustmentWaitingDays = 3;

    public bool AnyChannel => Smtp is not null || DingTalk is not null || WeCom is not null;

    public IEnumerable<(ChannelKind Kind, RobotSettings Robot)> Robots()
    {
        if (DingTalk is not null) yield return (ChannelKind.DingTalk, DingTalk);
        if (WeCom is not null) yield return (ChannelKind.WeCom, WeCom);
    }
}

public static class NotificationSettingsQueries
{
    /// <summary>The town's channels, or null before its 管理员 saved any.</summary>
    public static Task<NotificationSettings?> NotificationSettingsAsync(this IQuerySession session, CancellationToken ct) =>
        session.LoadAsync<NotificationSettings>(NotificationSettings.DocumentId, ct);
}

public sealed record SmtpSettings(string Host, int Port, SmtpSecurity Security, string? UserName, string? ProtectedPassword, string SenderAddress,
    string SenderName);

/// <summary>
/// A group robot: its webhook address without its credential (钉钉 <c>access_token</c>, 企业微信 <c>key</c>), which is kept encrypted in
/// <see cref="ProtectedToken"/> under the parameter name <see cref="TokenParameter"/>, and the 钉钉 加签 secret, also encrypted.
/// Settings saved before the credential was encrypted hold it in the address; the first start of this release encrypts it.
/// </summary>
public sealed record RobotSettings(string WebhookUrl, string? ProtectedSecret)
{
    public string? TokenParameter { get; init; }
    public string? ProtectedToken { get; init; }
}
