using Microsoft.AspNetCore.DataProtection;
using Marten;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Notifications;

namespace Secretariat.Tests.Features.Notifications;

/// <summary>The sample town with no channel: nothing is stored or sent, and both pages say so.</summary>
public class UnconfiguredNotificationTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps steps = new(app);

    [Fact]
    public async Task Without_a_channel_nothing_is_sent_and_the_pages_say_so()
    {
        var clerk = await steps.As("clerk");
        await steps.ConveneAsync(clerk, "无渠道会议", MeetingSteps.Day(9));
        await Task.Delay(1000);
        Assert.Equal(0, await app.ScalarAsync("select count(*) from secretariat.mt_doc_notification"));
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        Assert.Contains("尚未配置任何通知渠道：本镇街目前不发送任何通知", await steps.GetAsync(admin, "/t/tgy/notifications/channels"));
        Assert.Contains("尚未配置通知渠道，系统不发送任何通知", await steps.GetAsync(clerk, "/t/tgy/notifications"));
        var test = await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels/test", [("Channel", "Email"), ("To", "a@b.test")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("电子邮件尚未配置", await test.ReadAsTextAsync());
    }

    [Fact]
    public async Task Only_the_administrator_sets_channels_and_only_the_administrator_and_the_office_read_the_log()
    {
        foreach (var user in new[] { "clerk", "yewei", "hupenglai", "jianshe", "reader" })
        {
            var signedIn = await steps.As(user);
            await steps.GetAsync(signedIn, "/t/tgy/notifications/channels", HttpStatusCode.Forbidden);
            await steps.PostAsync(signedIn, "/t/tgy/notifications/channels", [("SmtpOn", "on"), ("SmtpHost", "evil.test")], HttpStatusCode.Forbidden);
            await steps.PostAsync(signedIn, "/t/tgy/notifications/channels/test", [("Channel", "Email"), ("To", "a@b.test")], HttpStatusCode.Forbidden);
            await steps.PostAsync(signedIn, $"/t/tgy/notifications/{Guid.NewGuid()}/resend", [], HttpStatusCode.Forbidden);
            if (user != "clerk") await steps.GetAsync(signedIn, "/t/tgy/notifications", HttpStatusCode.Forbidden);
        }
        await app.CreateUserAsync("station-n", "station-n-password-1", [Roles.WorkStation]);
        using (var scope = app.Host.Services.CreateScope())
            Assert.Null((await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync("district-n", "区未保办", "district-n-password-1", [], [DistrictRoles.Reader], null)).Refusal);
        foreach (var (user, password) in new[] { ("station-n", "station-n-password-1"), ("district-n", "district-n-password-1") })
        {
            var other = await SignedIn.AsAsync(app.Host, user, password);
            await steps.GetAsync(other, "/t/tgy/notifications", HttpStatusCode.Forbidden);
            await steps.GetAsync(other, "/t/tgy/notifications/channels", HttpStatusCode.Forbidden);
            await steps.PostAsync(other, "/t/tgy/notifications/channels", [("SmtpOn", "on"), ("SmtpHost", "evil.test")], HttpStatusCode.Forbidden);
            await steps.PostAsync(other, "/t/tgy/notifications/channels/test", [("Channel", "Email"), ("To", "a@b.test")], HttpStatusCode.Forbidden);
        }
        Assert.Equal(0, await app.ScalarAsync("select count(*) from secretariat.mt_doc_notificationsettings"));
    }

    [Theory]
    [InlineData("SmtpHost", "", "请填写邮件服务器地址")]
    [InlineData("SmtpHost", "smtp.example.gov.cn/x", "请填写邮件服务器地址")]
    [InlineData("SmtpPort", "70000", "端口须为 1 到 65535")]
    [InlineData("SmtpPort", "二十五", "端口须为 1 到 65535")]
    [InlineData("SmtpSecurity", "Plaintext", "请选择邮件服务器的加密方式")]
    [InlineData("SmtpSecurity", "7", "请选择邮件服务器的加密方式")]
    [InlineData("Sender", "wbb", "发件人邮箱格式不对")]
    [InlineData("SmtpUser", "relay-user", "请同时填写密码")]
    [InlineData("DingTalkWebhook", "javascript:alert(1)", "钉钉机器人的 Webhook 地址须为")]
    [InlineData("DingTalkWebhook", "ftp://oapi.dingtalk.com/robot/send", "钉钉机器人的 Webhook 地址须为")]
    [InlineData("WeComWebhook", "qyapi.weixin.qq.com/cgi-bin/webhook/send", "企业微信机器人的 Webhook 地址须为")]
    [InlineData("AdjustmentWaitingDays", "0", "调整待审批提醒天数须为 1 到 60")]
    public async Task A_bad_field_is_refused_in_the_page_and_nothing_is_saved(string field, string value, string message)
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var fields = new Dictionary<string, string>
        {
            ["SmtpOn"] = "on", ["SmtpHost"] = "smtp.example.gov.cn", ["SmtpPort"] = "587", ["SmtpSecurity"] = "StartTls", ["SmtpUser"] = "", ["SmtpPassword"] = "",
            ["Sender"] = "wbb@example.gov.cn", ["SenderName"] = "未保办", ["DingTalkOn"] = "on", ["DingTalkWebhook"] = "https://oapi.dingtalk.com/robot/send?access_token=x",
            ["DingTalkSecret"] = "SECabc", ["WeComOn"] = "on", ["WeComWebhook"] = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=y", ["AdjustmentWaitingDays"] = "3"
        };
        fields[field] = value;
        var page = await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", fields.Select(f => (f.Key, f.Value)), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(message, await page.ReadAsTextAsync());
        Assert.Equal(0, await app.ScalarAsync("select count(*) from secretariat.mt_doc_notificationsettings"));
    }
}

public class ChannelSecretsTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    [Fact]
    public async Task Passwords_and_secrets_are_stored_encrypted_never_shown_and_kept_when_the_field_is_left_empty()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        IEnumerable<(string, string)> Fields(string password, string secret) =>
        [
            ("SmtpOn", "on"), ("SmtpHost", "smtp.example.gov.cn"), ("SmtpPort", "465"), ("SmtpSecurity", "Ssl"), ("SmtpUser", "wbb"), ("SmtpPassword", password),
            ("Sender", "wbb@example.gov.cn"), ("SenderName", "未保办"), ("DingTalkOn", "on"), ("DingTalkWebhook", "https://oapi.dingtalk.com/robot/send?access_token=x"),
            ("DingTalkSecret", secret), ("AdjustmentWaitingDays", "5")
        ];
        await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", Fields("smtp-pass-123456", "SECsecret-abcdef"), HttpStatusCode.SeeOther);
        var stored = await app.ScalarTextAsync("select data::text from secretariat.mt_doc_notificationsettings");
        Assert.DoesNotContain("smtp-pass-123456", stored);
        Assert.DoesNotContain("SECsecret-abcdef", stored);
        var page = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/notifications/channels"); s.As(admin); })).ReadAsTextAsync();
        Assert.DoesNotContain("smtp-pass-123456", page);
        Assert.DoesNotContain("SECsecret-abcdef", page);
        Assert.Contains("已保存，不显示；留空则不修改", page);
        Assert.Contains("value=\"5\"", page);

        // Saving again with the fields left empty keeps both.
        await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", Fields("", ""), HttpStatusCode.SeeOther);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var settings = await session.LoadAsync<NotificationSettings>(NotificationSettings.DocumentId);
        var protector = app.Host.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>()
            .CreateProtector("Secretariat.Notifications.Secrets");
        Assert.Equal("smtp-pass-123456", protector.Unprotect(settings!.Smtp!.ProtectedPassword!));
        Assert.Equal("SECsecret-abcdef", protector.Unprotect(settings.DingTalk!.ProtectedSecret!));
        Assert.Equal(SmtpSecurity.Ssl, settings.Smtp.Security);
        Assert.Null(settings.WeCom);
    }
}
