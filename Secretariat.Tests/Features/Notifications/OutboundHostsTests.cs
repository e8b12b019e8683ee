using System.Net;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Notifications;

namespace Secretariat.Tests.Features.Notifications;

/// <summary>Where a notice may go, by the rules alone (no host).</summary>
public class OutboundHostRulesTests
{
    private static OutboundHosts Configured(params (string Key, string Value)[] settings) =>
        OutboundHosts.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Notifications:{s.Key}", s.Value))).Build());

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.0.0.5")]
    [InlineData("172.16.3.4")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("64:ff9b::a00:1")]
    public void Loopback_private_and_link_local_addresses_are_refused_by_default(string address)
    {
        Assert.True(OutboundHosts.IsInternal(IPAddress.Parse(address)));
        Assert.False(Configured().IsAllowed(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("203.119.129.1")]
    [InlineData("101.37.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2400:3200::1")]
    public void Public_addresses_are_allowed(string address) => Assert.True(Configured().IsAllowed(IPAddress.Parse(address)));

    [Fact]
    public void A_configured_network_allows_its_internal_addresses_and_no_others()
    {
        var hosts = Configured(("PrivateNetworks", "10.20.0.0/16, 127.0.0.1"));
        Assert.True(hosts.IsAllowed(IPAddress.Parse("10.20.3.4")));
        Assert.True(hosts.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.True(hosts.IsAllowed(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(hosts.IsAllowed(IPAddress.Parse("10.21.0.1")));
        Assert.False(hosts.IsAllowed(IPAddress.Parse("127.0.0.2")));
        Assert.Throws<InvalidOperationException>(() => Configured(("PrivateNetworks", "intranet")));
    }

    [Fact]
    public void Robots_go_only_to_the_listed_hosts()
    {
        var defaults = Configured();
        Assert.Null(defaults.RobotProblem(new Uri("https://oapi.dingtalk.com/robot/send?access_token=x"), "钉钉"));
        Assert.Null(defaults.RobotProblem(new Uri("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=y"), "企业微信"));
        Assert.Contains("只能指向允许的主机", defaults.RobotProblem(new Uri("http://127.0.0.1:8080/robot/send"), "钉钉")!);
        Assert.Contains("只能指向允许的主机", defaults.RobotProblem(new Uri("https://oapi.dingtalk.com.evil.test/robot/send"), "钉钉")!);
        Assert.Contains("只能指向允许的主机", defaults.RobotProblem(new Uri("http://localhost/robot"), "钉钉")!);
        var gateway = Configured(("RobotHosts", "*.zwdt.example.gov.cn, 10.9.8.7"));
        Assert.Null(gateway.RobotProblem(new Uri("https://robot.zwdt.example.gov.cn/send"), "钉钉"));
        Assert.Contains("只能指向允许的主机", gateway.RobotProblem(new Uri("https://zwdt.example.gov.cn.evil.test/send"), "钉钉")!);
        // Listed, but internal: the address rule still applies until its network is allowed too.
        Assert.Contains("内网", gateway.RobotProblem(new Uri("http://10.9.8.7/send"), "钉钉")!);
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_when_the_connection_is_made()
    {
        var refused = await Assert.ThrowsAsync<OutboundRefused>(() => Configured().ResolveAsync("localhost", default));
        Assert.Contains("本机或内网地址", refused.Message);
        Assert.True(IPAddress.IsLoopback(await Configured(("PrivateNetworks", "127.0.0.0/8, ::1")).ResolveAsync("localhost", default)));
    }

    [Theory]
    [InlineData("https://oapi.dingtalk.com/robot/send?access_token=abc123", "https://oapi.dingtalk.com/robot/send", "access_token", "abc123")]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?debug=1&key=k%2Bey", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?debug=1", "key", "k+ey")]
    [InlineData("https://oapi.dingtalk.com/robot/send?access_token=******", "https://oapi.dingtalk.com/robot/send", "access_token", null)]
    [InlineData("https://oapi.dingtalk.com/robot/send", "https://oapi.dingtalk.com/robot/send", null, null)]
    public void A_webhook_splits_into_its_address_and_its_credential(string webhook, string url, string? parameter, string? token)
    {
        Assert.Equal((url, parameter, token), WebhookTokens.Split(webhook));
        if (token is not null) Assert.Equal(webhook, WebhookTokens.Join(url, parameter, token));
    }
}

/// <summary>The sample town's robots, as its 管理员 sets them on 通知设置 with the default configuration (no loopback, the public robot hosts).</summary>
public class RobotCredentialTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private static IEnumerable<(string, string)> Fields(string dingTalk, string weCom) =>
    [
        ("SmtpOn", ""), ("DingTalkOn", "on"), ("DingTalkWebhook", dingTalk), ("DingTalkSecret", "SECsecret-123456"), ("WeComOn", "on"),
        ("WeComWebhook", weCom), ("AdjustmentWaitingDays", "3")
    ];

    private async Task<NotificationSettings?> StoredAsync()
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return await session.LoadAsync<NotificationSettings>(NotificationSettings.DocumentId);
    }

    private IDataProtector Protector => app.Host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Secretariat.Notifications.Secrets");

    [Fact]
    public async Task The_robots_credentials_are_stored_encrypted_never_shown_and_kept_when_the_masked_address_is_saved_again()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        const string ding = "https://oapi.dingtalk.com/robot/send?access_token=ding-token-8f2c1e77";
        const string wecom = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-key-5a6b7c8d";
        await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", Fields(ding, wecom), HttpStatusCode.SeeOther);

        var json = await app.ScalarTextAsync("select data::text from secretariat.mt_doc_notificationsettings");
        Assert.DoesNotContain("ding-token-8f2c1e77", json);
        Assert.DoesNotContain("wecom-key-5a6b7c8d", json);
        var page = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/notifications/channels"); s.As(admin); })).ReadAsTextAsync();
        Assert.DoesNotContain("ding-token-8f2c1e77", page);
        Assert.DoesNotContain("wecom-key-5a6b7c8d", page);
        Assert.Contains("value=\"https://oapi.dingtalk.com/robot/send?access_token=******\"", page);
        Assert.Contains("value=\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=******\"", page);
        Assert.Contains("access_token 已加密保存", page);

        // Saved again as the page shows it (masked): both credentials are kept.
        var masked = Regex.Matches(page, "name=\"(DingTalkWebhook|WeComWebhook)\" value=\"([^\"]+)\"").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", Fields(masked["DingTalkWebhook"], masked["WeComWebhook"]), HttpStatusCode.SeeOther);
        var stored = (await StoredAsync())!;
        Assert.Equal("https://oapi.dingtalk.com/robot/send", stored.DingTalk!.WebhookUrl);
        Assert.Equal("ding-token-8f2c1e77", Protector.Unprotect(stored.DingTalk.ProtectedToken!));
        Assert.Equal("wecom-key-5a6b7c8d", Protector.Unprotect(stored.WeCom!.ProtectedToken!));
        Assert.Equal("SECsecret-123456", Protector.Unprotect(stored.DingTalk.ProtectedSecret!));

        // A refused save shows the typed address back masked too.
        var refused = await (await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels",
            Fields("https://oapi.dingtalk.com/robot/send?access_token=new-token-0001", wecom).Select(f => f.Item1 == "AdjustmentWaitingDays" ? (f.Item1, "0") : f),
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.DoesNotContain("new-token-0001", refused);
        Assert.DoesNotContain("wecom-key-5a6b7c8d", refused);
    }

    [Theory]
    [InlineData("DingTalkWebhook", "http://127.0.0.1:18080/robot/send?access_token=x", "钉钉机器人的 Webhook 地址只能指向允许的主机")]
    [InlineData("DingTalkWebhook", "http://localhost/robot/send?access_token=x", "钉钉机器人的 Webhook 地址只能指向允许的主机")]
    [InlineData("WeComWebhook", "http://169.254.169.254/latest/meta-data/", "企业微信机器人的 Webhook 地址只能指向允许的主机")]
    [InlineData("WeComWebhook", "http://[::1]:9000/send?key=y", "企业微信机器人的 Webhook 地址只能指向允许的主机")]
    public async Task A_webhook_to_the_servers_own_network_is_refused_by_default_and_nothing_is_saved(string field, string url, string message)
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var before = await app.ScalarTextAsync("select coalesce(max(data::text), '') from secretariat.mt_doc_notificationsettings");
        var fields = Fields("https://oapi.dingtalk.com/robot/send?access_token=a", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=b")
            .Select(f => f.Item1 == field ? (f.Item1, url) : f);
        var page = await (await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", fields, HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains(message, page);
        Assert.Matches($"name=\"{field}\"[^>]*aria-invalid=\"true\"", page);
        Assert.Equal(before, await app.ScalarTextAsync("select coalesce(max(data::text), '') from secretariat.mt_doc_notificationsettings"));
    }

    [Fact]
    public async Task A_mail_server_on_loopback_is_refused_by_default()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var page = await (await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels",
        [
            ("SmtpOn", "on"), ("SmtpHost", "127.0.0.1"), ("SmtpPort", "25"), ("SmtpSecurity", "None"), ("SmtpUser", ""), ("SmtpPassword", ""),
            ("Sender", "wbb@example.gov.cn"), ("SenderName", "未保办"), ("AdjustmentWaitingDays", "3")
        ], HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains("邮件服务器地址 127.0.0.1 是本机或内网地址", page);
    }

    [Fact]
    public async Task A_credential_an_earlier_release_stored_in_plain_text_is_encrypted_at_the_next_start()
    {
        await using (var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(SampleTownAccounts.Town))
        {
            session.Store(new NotificationSettings
            {
                DingTalk = new RobotSettings("https://oapi.dingtalk.com/robot/send?access_token=legacy-token-4242", null),
                WeCom = new RobotSettings("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=legacy-key-4343", null)
            });
            await session.SaveChangesAsync();
        }
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        // Not rendered even before it is encrypted.
        Assert.DoesNotContain("legacy-token-4242", await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/notifications/channels"); s.As(admin); })).ReadAsTextAsync());

        var atStart = app.Host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<WebhookTokensAtRest>().Single();
        await atStart.StartAsync(default);
        await atStart.StartAsync(default);
        var json = await app.ScalarTextAsync("select data::text from secretariat.mt_doc_notificationsettings");
        Assert.DoesNotContain("legacy-token-4242", json);
        Assert.DoesNotContain("legacy-key-4343", json);
        var stored = (await StoredAsync())!;
        Assert.Equal("legacy-token-4242", Protector.Unprotect(stored.DingTalk!.ProtectedToken!));
        Assert.Equal("access_token", stored.DingTalk.TokenParameter);
        Assert.Equal("legacy-key-4343", Protector.Unprotect(stored.WeCom!.ProtectedToken!));
    }
}
