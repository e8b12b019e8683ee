using System.Globalization;

namespace Secretariat.Web.Features.Notifications;

/// <summary>The channels form as posted (every field a string: a refusal shows the page again with what was typed).</summary>
public sealed record ChannelForm(
    bool SmtpOn, string? SmtpHost, string? SmtpPort, string? SmtpSecurity, string? SmtpUser, string? SmtpPassword, string? Sender, string? SenderName,
    bool DingTalkOn, string? DingTalkWebhook, string? DingTalkSecret, bool WeComOn, string? WeComWebhook, string? AdjustmentWaitingDays)
{
    public static ChannelForm From(IFormCollection form) => new(
        form["SmtpOn"] == "on", form["SmtpHost"], form["SmtpPort"], form["SmtpSecurity"], form["SmtpUser"], form["SmtpPassword"], form["Sender"],
        form["SenderName"], form["DingTalkOn"] == "on", form["DingTalkWebhook"], form["DingTalkSecret"], form["WeComOn"] == "on", form["WeComWebhook"],
        form["AdjustmentWaitingDays"]);

    /// <summary>A typed webhook address shown again after a refusal: its credential masked (anything else as typed).</summary>
    public static string? MaskedWebhook(string? typed) =>
        Uri.TryCreate(typed?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? WebhookTokens.Masked(new RobotSettings(uri.AbsoluteUri, null))
            : typed;

    /// <summary>The form as the stored settings fill it (never a password or secret: those fields stay empty; a robot's credential is masked).</summary>
    public static ChannelForm Of(NotificationSettings? s) => new(
        s?.Smtp is not null, s?.Smtp?.Host, s?.Smtp?.Port.ToString(CultureInfo.InvariantCulture) ?? "587", (s?.Smtp?.Security ?? Notifications.SmtpSecurity.StartTls).ToString(),
        s?.Smtp?.UserName, null, s?.Smtp?.SenderAddress, s?.Smtp?.SenderName, s?.DingTalk is not null, s?.DingTalk is { } ding ? WebhookTokens.Masked(ding) : null, null,
        s?.WeCom is not null, s?.WeCom is { } wecom ? WebhookTokens.Masked(wecom) : null,
        (s?.AdjustmentWaitingDays ?? NotificationSettings.DefaultAdjustmentWaitingDays).ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// Checks the channels form; passwords, secrets and robots' credentials are encrypted by the caller's protector, an empty (or masked)
/// one keeps the stored one; robots only to the allowed hosts, nothing to an internal address (<see cref="OutboundHosts"/>).
/// </summary>
public static class ChannelSettingsRules
{
    public static (NotificationSettings? Settings, string? Refusal) Apply(NotificationSettings? current, ChannelForm form, Func<string, string> protect, StepBy by,
        OutboundHosts hosts)
    {
        if (!int.TryParse(form.AdjustmentWaitingDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var waitingDays) || waitingDays is < 1 or > 60)
            return (null, "调整待审批提醒天数须为 1 到 60 的整数。");

        SmtpSettings? smtp = null;
        if (form.SmtpOn)
        {
            var host = form.SmtpHost?.Trim() ?? "";
            if (host.Length is 0 or > 200 || host.Any(c => char.IsWhiteSpace(c) || c is '/' or '@' or ':'))
                return (null, "请填写邮件服务器地址（主机名或 IP，例如 smtp.example.gov.cn）。");
            if (hosts.MailProblem(host, "邮件服务器地址") is { } internalHost) return (null, internalHost);
            if (!int.TryParse(form.SmtpPort?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                return (null, "邮件服务器端口须为 1 到 65535 的整数（常用 25、465、587）。");
            if (!Enum.TryParse<SmtpSecurity>(form.SmtpSecurity, out var security) || !Enum.IsDefined(security))
                return (null, "请选择邮件服务器的加密方式。");
            if (!ContactFormats.IsEmail(form.Sender)) return (null, "发件人邮箱格式不对（例如 wbb@example.gov.cn）。");
            var senderName = form.SenderName?.Trim() ?? "";
            if (senderName.Length > 40) return (null, "发件人名称最多 40 个字。");
            var user = form.SmtpUser?.Trim();
            if (user is { Length: > 120 }) return (null, "邮件服务器用户名最多 120 个字符。");
            if (form.SmtpPassword is { Length: > 200 }) return (null, "邮件服务器密码最多 200 个字符。");
            var password = !string.IsNullOrEmpty(form.SmtpPassword) ? protect(form.SmtpPassword)
                : string.IsNullOrEmpty(user) ? null : current?.Smtp?.ProtectedPassword;
            if (!string.IsNullOrEmpty(user) && password is null) return (null, "填写了邮件服务器用户名，请同时填写密码。");
            smtp = new SmtpSettings(host, port, security, string.IsNullOrEmpty(user) ? null : user, password, form.Sender!.Trim(),
                senderName.Length > 0 ? senderName : "领导小组办公室");
        }

        RobotSettings? dingTalk = null;
        if (form.DingTalkOn)
        {
            if (Webhook(form.DingTalkWebhook) is not { } url) return (null, "钉钉机器人的 Webhook 地址须为 http:// 或 https:// 开头的完整网址。");
            if (hosts.RobotProblem(url, "钉钉机器人的 Webhook 地址") is { } host) return (null, host);
            if (form.DingTalkSecret is { Length: > 200 }) return (null, "钉钉机器人的加签密钥最多 200 个字符。");
            var secret = !string.IsNullOrWhiteSpace(form.DingTalkSecret) ? protect(form.DingTalkSecret.Trim()) : current?.DingTalk?.ProtectedSecret;
            dingTalk = Robot(url, current?.DingTalk, protect) with { ProtectedSecret = secret };
        }

        RobotSettings? weCom = null;
        if (form.WeComOn)
        {
            if (Webhook(form.WeComWebhook) is not { } url) return (null, "企业微信机器人的 Webhook 地址须为 http:// 或 https:// 开头的完整网址。");
            if (hosts.RobotProblem(url, "企业微信机器人的 Webhook 地址") is { } host) return (null, host);
            weCom = Robot(url, current?.WeCom, protect);
        }

        return (new NotificationSettings { Smtp = smtp, DingTalk = dingTalk, WeCom = weCom, AdjustmentWaitingDays = waitingDays, ChangedBy = by }, null);
    }

    private static Uri? Webhook(string? value)
    {
        var text = value?.Trim() ?? "";
        return text.Length <= 500 && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
                                  && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
    }

    /// <summary>
    /// The robot as saved: the address without its credential, the credential encrypted. The masked address posted back (or one without
    /// a credential) keeps the stored credential, as long as the address is the same robot's.
    /// </summary>
    private static RobotSettings Robot(Uri webhook, RobotSettings? current, Func<string, string> protect)
    {
        var (url, parameter, token) = WebhookTokens.Split(webhook.AbsoluteUri);
        if (token is not null) return new RobotSettings(url, null) { TokenParameter = parameter, ProtectedToken = protect(token) };
        if (current is not null && WebhookTokens.Split(current.WebhookUrl) is var stored && stored.Url == url)
        {
            if (current.ProtectedToken is not null) return new RobotSettings(url, null) { TokenParameter = current.TokenParameter, ProtectedToken = current.ProtectedToken };
            if (stored.Token is not null) return new RobotSettings(url, null) { TokenParameter = stored.Parameter, ProtectedToken = protect(stored.Token) };
        }
        return new RobotSettings(url, null);
    }
}
