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

    /// <summary>The form as the stored settings fill it (never a password or secret: those fields stay empty).</summary>
    public static ChannelForm Of(NotificationSettings? s) => new(
        s?.Smtp is not null, s?.Smtp?.Host, s?.Smtp?.Port.ToString(CultureInfo.InvariantCulture) ?? "587", (s?.Smtp?.Security ?? Notifications.SmtpSecurity.StartTls).ToString(),
        s?.Smtp?.UserName, null, s?.Smtp?.SenderAddress, s?.Smtp?.SenderName, s?.DingTalk is not null, s?.DingTalk?.WebhookUrl, null,
        s?.WeCom is not null, s?.WeCom?.WebhookUrl,
        (s?.AdjustmentWaitingDays ?? NotificationSettings.DefaultAdjustmentWaitingDays).ToString(CultureInfo.InvariantCulture));
}

/// <summary>Checks the channels form; passwords and secrets are encrypted by the caller's protector, an empty one keeps the stored one.</summary>
public static class ChannelSettingsRules
{
    public static (NotificationSettings? Settings, string? Refusal) Apply(NotificationSettings? current, ChannelForm form, Func<string, string> protect, StepBy by)
    {
        if (!int.TryParse(form.AdjustmentWaitingDays?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var waitingDays) || waitingDays is < 1 or > 60)
            return (null, "调整待审批提醒天数须为 1 到 60 的整数。");

        SmtpSettings? smtp = null;
        if (form.SmtpOn)
        {
            var host = form.SmtpHost?.Trim() ?? "";
            if (host.Length is 0 or > 200 || host.Any(c => char.IsWhiteSpace(c) || c is '/' or '@' or ':'))
                return (null, "请填写邮件服务器地址（主机名或 IP，例如 smtp.example.gov.cn）。");
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
            if (form.DingTalkSecret is { Length: > 200 }) return (null, "钉钉机器人的加签密钥最多 200 个字符。");
            var secret = !string.IsNullOrWhiteSpace(form.DingTalkSecret) ? protect(form.DingTalkSecret.Trim()) : current?.DingTalk?.ProtectedSecret;
            dingTalk = new RobotSettings(url, secret);
        }

        RobotSettings? weCom = null;
        if (form.WeComOn)
        {
            if (Webhook(form.WeComWebhook) is not { } url) return (null, "企业微信机器人的 Webhook 地址须为 http:// 或 https:// 开头的完整网址。");
            weCom = new RobotSettings(url, null);
        }

        return (new NotificationSettings { Smtp = smtp, DingTalk = dingTalk, WeCom = weCom, AdjustmentWaitingDays = waitingDays, ChangedBy = by }, null);
    }

    private static string? Webhook(string? value)
    {
        var text = value?.Trim() ?? "";
        return text.Length <= 500 && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
                                  && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.AbsoluteUri
            : null;
    }
}
