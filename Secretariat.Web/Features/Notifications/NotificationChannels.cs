using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using MimeKit;

namespace Secretariat.Web.Features.Notifications;

/// <summary>Sends one notification through its channel: SMTP (MailKit), the 钉钉 custom robot or the 企业微信 group robot.</summary>
public sealed class NotificationChannels(IHttpClientFactory http, IDataProtectionProvider protection, NotificationOptions options, OutboundHosts hosts)
{
    public const string HttpClientName = "notification-robots";
    private readonly IDataProtector secrets = protection.CreateProtector("Secretariat.Notifications.Secrets");

    public string Protect(string secret) => secrets.Protect(secret);

    private string? Unprotect(string? stored)
    {
        if (stored is null) return null;
        try
        {
            return secrets.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            throw new NotificationNotDelivered("保存的密码或密钥无法解密（数据保护密钥已更换），请在通知设置中重新填写。");
        }
    }

    public Task SendAsync(Notification row, NotificationSettings? settings, CancellationToken ct) => row.Channel switch
    {
        ChannelKind.Email => settings?.Smtp is { } smtp ? MailAsync(smtp, row, ct) : throw new NotificationNotDelivered("未配置邮件服务器。"),
        ChannelKind.DingTalk => settings?.DingTalk is { } ding ? DingTalkAsync(ding, Text(row), row.AtMobiles, ct) : throw new NotificationNotDelivered("未配置钉钉群机器人。"),
        ChannelKind.WeCom => settings?.WeCom is { } wecom ? WeComAsync(wecom, Text(row), row.AtMobiles, ct) : throw new NotificationNotDelivered("未配置企业微信群机器人。"),
        _ => throw new NotificationNotDelivered("未知的通知渠道。")
    };

    private static string Text(Notification row) => $"【{row.Subject}】\n{row.Body}";

    public async Task MailAsync(SmtpSettings smtp, Notification row, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.SenderName, smtp.SenderAddress));
        message.To.Add(new MailboxAddress(row.RecipientName, row.Address));
        message.Subject = row.Subject;
        // A stable Message-Id per notification: a retried or resent mail is recognisably the same mail.
        message.MessageId = $"{row.Id:N}@secretariat";
        var body = new TextPart("plain") { Text = row.Body };
        if (row.Invitation is { } ics)
        {
            // RFC 6047: the invitation as a text/calendar alternative (calendar clients act on it) and as an .ics file.
            var calendar = new TextPart("calendar") { Text = ics };
            calendar.ContentType.Parameters.Add("method", row.InvitationMethod ?? "REQUEST");
            calendar.ContentType.Charset = "utf-8";
            var attachment = new MimePart("application", "ics") { FileName = "invite.ics", Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(ics))), ContentTransferEncoding = ContentEncoding.Base64 };
            message.Body = new Multipart("mixed") { new MultipartAlternative { body, calendar }, attachment };
        }
        else message.Body = body;

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            var security = smtp.Security switch
            {
                SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None
            };
            // Connected here, to an address the configuration allows (never the server's own network unless configured); TLS is MailKit's.
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(ct);
            connecting.CancelAfter(options.Timeout);
            var socket = await hosts.ConnectAsync(smtp.Host, smtp.Port, connecting.Token);
            await client.ConnectAsync(socket, smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, Unprotect(smtp.ProtectedPassword) ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(true, ct);
        }
        catch (SmtpCommandException refused)
        {
            throw new NotificationNotDelivered($"邮件服务器拒收（{(int)refused.StatusCode}）：{refused.Message}", refused);
        }
        catch (NotificationNotDelivered)
        {
            throw;
        }
        catch (AuthenticationException denied)
        {
            throw new NotificationNotDelivered($"邮件服务器登录失败：{denied.Message}", denied);
        }
        catch (Exception other) when (other is SmtpProtocolException or IOException or System.Net.Sockets.SocketException or SslHandshakeException
                                          or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new NotificationNotDelivered($"无法连接邮件服务器 {smtp.Host}:{smtp.Port}：{other.Message}", other);
        }
    }

    /// <summary>
    /// 钉钉 custom robot with 加签: sign = URL-encoded Base64 of HMAC-SHA256(key: secret, data: timestamp + "\n" + secret),
    /// timestamp in milliseconds, both appended to the webhook URL.
    /// </summary>
    public async Task DingTalkAsync(RobotSettings robot, string text, IReadOnlyList<string> atMobiles, CancellationToken ct)
    {
        var url = Address(robot);
        if (Unprotect(robot.ProtectedSecret) is { Length: > 0 } secret)
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            url += (url.Contains('?') ? "&" : "?") + $"timestamp={timestamp}&sign={DingTalkSign(timestamp, secret)}";
        }
        var content = atMobiles.Count > 0 ? text + "\n" + string.Join(" ", atMobiles.Select(m => "@" + m)) : text;
        await PostRobotAsync(url, new { msgtype = "text", text = new { content }, at = new { atMobiles, isAtAll = false } }, "钉钉", ct);
    }

    public static string DingTalkSign(long timestamp, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
        return Uri.EscapeDataString(signature);
    }

    public Task WeComAsync(RobotSettings robot, string text, IReadOnlyList<string> atMobiles, CancellationToken ct) =>
        PostRobotAsync(Address(robot), new { msgtype = "text", text = new { content = text, mentioned_mobile_list = atMobiles } }, "企业微信", ct);

    /// <summary>The webhook with its credential decrypted and put back (one saved by an earlier release still holds it in plain text).</summary>
    private string Address(RobotSettings robot) =>
        robot.ProtectedToken is null ? robot.WebhookUrl : WebhookTokens.Join(robot.WebhookUrl, robot.TokenParameter, Unprotect(robot.ProtectedToken));

    /// <summary>Both robots answer 200 with {"errcode":0} when they took the message, and 200 with another errcode when they did not.</summary>
    private async Task PostRobotAsync(string url, object payload, string name, CancellationToken ct)
    {
        // Settings saved before hosts were checked, or a host taken off the list since: not sent.
        if (hosts.RobotProblem(new Uri(url), $"{name}机器人的 Webhook 地址") is { } refused) throw new OutboundRefused(refused);
        var client = http.CreateClient(HttpClientName);
        client.Timeout = options.Timeout;
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsJsonAsync(url, payload, ct);
        }
        catch (HttpRequestException failure) when (failure.InnerException is NotificationNotDelivered outbound)
        {
            throw new OutboundRefused(outbound.Message);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new NotificationNotDelivered($"无法连接{name}机器人地址：{failure.Message}", failure);
        }
        using (response)
        {
            var answer = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode) throw new NotificationNotDelivered($"{name}机器人答复 HTTP {(int)response.StatusCode}：{Short(answer)}");
            try
            {
                using var json = JsonDocument.Parse(answer);
                if (json.RootElement.TryGetProperty("errcode", out var code) && code.GetInt32() != 0)
                    throw new NotificationNotDelivered($"{name}机器人拒收（errcode {code.GetInt32()}）：{(json.RootElement.TryGetProperty("errmsg", out var msg) ? msg.GetString() : "")}");
            }
            catch (JsonException)
            {
                throw new NotificationNotDelivered($"{name}机器人的答复不是 JSON：{Short(answer)}");
            }
        }
    }

    private static string Short(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
