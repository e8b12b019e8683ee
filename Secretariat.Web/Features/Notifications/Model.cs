namespace Secretariat.Web.Features.Notifications;

public enum ChannelKind
{
    Email,
    DingTalk,
    WeCom
}

public enum SmtpSecurity
{
    /// <summary>Plain SMTP (a government network's internal relay); STARTTLS is not attempted.</summary>
    None,
    StartTls,
    /// <summary>TLS from the first byte (usually port 465).</summary>
    Ssl
}

public enum NotificationStatus
{
    /// <summary>In the outbox: the first try, or the next after a failure (back-off), is still to come.</summary>
    Queued,
    Delivered,
    /// <summary>A try failed; Wolverine tries again after the back-off.</summary>
    Retrying,
    /// <summary>Every try failed: a dead letter, listed for the 管理员 with a resend button.</summary>
    Dead,
    /// <summary>Nothing could be sent to this person (no e-mail address, or they muted this kind): recorded so the office sees who was missed.</summary>
    Skipped
}

public static class ChannelNames
{
    public static string Chinese(ChannelKind kind) => kind switch
    {
        ChannelKind.Email => "电子邮件",
        ChannelKind.DingTalk => "钉钉群机器人",
        ChannelKind.WeCom => "企业微信群机器人",
        _ => kind.ToString()
    };

    public static string Chinese(NotificationStatus status) => status switch
    {
        NotificationStatus.Queued => "待发送",
        NotificationStatus.Delivered => "已送达",
        NotificationStatus.Retrying => "失败，将重试",
        NotificationStatus.Dead => "发送失败（死信）",
        NotificationStatus.Skipped => "未发送",
        _ => status.ToString()
    };
}

/// <summary>One try of a delivery as the log lists it.</summary>
public sealed record DeliveryAttempt(DateTimeOffset At, bool Delivered, string? Error);

/// <summary>
/// One notice to one recipient through one channel: the notification log's row and the outbox's unit of work. Its id is
/// derived from (event, channel, recipient), so the same event never reaches the same person twice.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string EventKey { get; set; } = "";
    public ChannelKind Channel { get; set; }
    public Guid? RecipientUserId { get; set; }
    public string RecipientName { get; set; } = "";
    /// <summary>The e-mail address, or the robot's name for a group message.</summary>
    public string Address { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Invitation { get; set; }
    public string? InvitationMethod { get; set; }
    public List<string> AtMobiles { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public NotificationStatus Status { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public List<DeliveryAttempt> Attempts { get; set; } = [];

    public void MarkDelivered(DateTimeOffset at)
    {
        Attempts.Add(new DeliveryAttempt(at, true, null));
        Status = NotificationStatus.Delivered;
        Reason = null;
        DeliveredAt = at;
    }

    /// <summary>A failed try: <paramref name="final"/> when no retry follows (a dead letter, or a test send).</summary>
    public void MarkFailed(DateTimeOffset at, string reason, bool final)
    {
        Attempts.Add(new DeliveryAttempt(at, false, reason));
        Status = final ? NotificationStatus.Dead : NotificationStatus.Retrying;
        Reason = reason;
    }
}
