using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Notifications;

namespace Secretariat.Tests.Features.Notifications;

/// <summary>Retries, dead letters and resending, through minutes issued to 建设村 (one mail to its liaison, one message per robot).</summary>
public class DeliveryTests(NotificationsFixture app) : IClassFixture<NotificationsFixture>
{
    private readonly MeetingSteps steps = new(app);

    private async Task<string> IssueMinutesAsync(string title)
    {
        var clerk = await steps.As("clerk");
        var leader = await steps.As("yewei");
        await steps.HeldAndIssuedAsync(clerk, leader, title, daysAgo: 1, resolution: $"{title}：建设村摸排辖区留守儿童");
        return title;
    }

    [Fact]
    public async Task Minutes_issued_reach_each_unit_liaison_with_its_resolutions_and_due_dates()
    {
        var title = await IssueMinutesAsync("纪要通知会议" + Guid.NewGuid().ToString("N")[..6]);
        var mail = Assert.Single(await app.Smtp.WaitForAsync(m => (m.TextBody ?? "").Contains(title), 1));
        Assert.Equal("jianshe@tgy.test", mail.To.Mailboxes.Single().Address);
        Assert.StartsWith("纪要印发：", mail.Subject);
        Assert.Contains("建设村承办的议定事项", mail.TextBody);
        Assert.Contains("（牵头，2032年12月31日前完成）", mail.TextBody);
        var rows = await app.FinalRowsAsync(n => n.Body.Contains(title), atLeast: 4);
        // 派出所 (配合) has no liaison account here: only 建设村's liaison gets a mail, and the log names 派出所 as not reached.
        Assert.Single(rows, r => r.Channel == ChannelKind.Email && r.Status == NotificationStatus.Delivered);
        var missed = Assert.Single(rows, r => r.Channel == ChannelKind.Email && r.Status == NotificationStatus.Skipped);
        Assert.Equal("派出所（联络人）", missed.RecipientName);
        Assert.Equal("该单位没有成员单位联络人账号", missed.Reason);
        Assert.Contains(rows, r => r.Channel == ChannelKind.Email && r.Status == NotificationStatus.Delivered && r.Address == "jianshe@tgy.test");
        // The work groups hear the minutes once, with every resolution.
        Assert.Equal(2, rows.Count(r => r.Channel != ChannelKind.Email && r.Status == NotificationStatus.Delivered));
        Assert.Single(await app.Robots.WaitForAsync(r => r.Path.StartsWith("/wecom") && r.Text.Contains(title), 1));
    }

    [Fact]
    public async Task A_server_that_refuses_then_accepts_gets_the_mail_after_a_retry()
    {
        app.Smtp.RefuseNext(1);
        var refusedBefore = app.Smtp.Refused;
        var title = await IssueMinutesAsync("重试会议" + Guid.NewGuid().ToString("N")[..6]);
        var mail = Assert.Single(await app.Smtp.WaitForAsync(m => (m.TextBody ?? "").Contains(title), 1));
        Assert.Equal("jianshe@tgy.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal(refusedBefore + 1, app.Smtp.Refused);
        var row = Assert.Single(await app.FinalRowsAsync(n => n.Body.Contains(title) && n.Channel == ChannelKind.Email && n.Address.Length > 0));
        Assert.Equal(NotificationStatus.Delivered, row.Status);
        Assert.Equal([false, true], row.Attempts.Select(a => a.Delivered));
        Assert.Contains("451", row.Attempts[0].Error);
        await Task.Delay(1500);
        Assert.Single(app.Smtp.Messages, m => (m.TextBody ?? "").Contains(title));
    }

    [Fact]
    public async Task A_server_that_always_refuses_leaves_a_dead_letter_listed_for_the_administrator_and_resend_delivers_once()
    {
        app.Smtp.RefuseAll = true;
        string title;
        Notification row;
        try
        {
            title = await IssueMinutesAsync("死信会议" + Guid.NewGuid().ToString("N")[..6]);
            row = Assert.Single(await app.FinalRowsAsync(n => n.Body.Contains(title) && n.Channel == ChannelKind.Email && n.Address.Length > 0));
            Assert.Equal(NotificationStatus.Dead, row.Status);
            Assert.Equal(NotificationsFixture.Tries, row.Attempts.Count);
            // Wolverine moves the message to its dead letters after the handler's last failure: a moment after the row says Dead.
            Assert.True(await app.CountReachingAsync("select count(*) from secretariat.wolverine_dead_letters where message_type like '%DeliverNotification%'", 1) >= 1);
        }
        finally
        {
            app.Smtp.RefuseAll = false;
        }
        Assert.DoesNotContain(app.Smtp.Messages, m => (m.TextBody ?? "").Contains(title));

        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var log = await steps.GetAsync(admin, "/t/tgy/notifications");
        Assert.Contains("发送失败（死信", log);
        Assert.Contains($"/notifications/{row.Id}/resend", log);
        // The office reads the log but does not resend.
        var clerk = await steps.As("clerk");
        Assert.DoesNotContain($"/notifications/{row.Id}/resend", await steps.GetAsync(clerk, "/t/tgy/notifications"));
        await steps.PostAsync(clerk, $"/t/tgy/notifications/{row.Id}/resend", [], HttpStatusCode.Forbidden);

        await steps.PostAsync(admin, $"/t/tgy/notifications/{row.Id}/resend", [], HttpStatusCode.SeeOther);
        Assert.Single(await app.Smtp.WaitForAsync(m => (m.TextBody ?? "").Contains(title), 1));
        var resent = Assert.Single(await app.FinalRowsAsync(n => n.Id == row.Id));
        Assert.Equal(NotificationStatus.Delivered, resent.Status);
        // Delivered is final: a second resend is refused in the page and nothing more is sent.
        var again = await steps.PostAsync(admin, $"/t/tgy/notifications/{row.Id}/resend", [], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("已送达，不再重发", await again.ReadAsTextAsync());
        await Task.Delay(1500);
        Assert.Single(app.Smtp.Messages, m => (m.TextBody ?? "").Contains(title));
    }

    [Fact]
    public void The_DingTalk_signature_is_computed_as_its_documentation_says()
    {
        // HMAC-SHA256 keyed with the secret over timestamp + "\n" + secret, Base64, then URL-encoded.
        const string secret = "SECexample0123456789";
        const long timestamp = 1_700_000_000_000;
        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret));
        var base64 = Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
        Assert.Equal(Uri.EscapeDataString(base64), NotificationChannels.DingTalkSign(timestamp, secret));
        Assert.Equal(base64, System.Net.WebUtility.UrlDecode(NotificationChannels.DingTalkSign(timestamp, secret)));
    }

    [Fact]
    public async Task The_robot_sink_refuses_a_wrong_signature_and_the_test_button_says_why()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var rejected = app.Robots.Rejected;
        try
        {
            await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", app.ChannelFields(dingTalkSecret: "SECwrong"), HttpStatusCode.SeeOther);
            var failed = await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels/test", [("Channel", "DingTalk"), ("To", "")], HttpStatusCode.UnprocessableEntity);
            Assert.Contains("errcode 310000", await failed.ReadAsTextAsync());
            Assert.Equal(rejected + 1, app.Robots.Rejected);
        }
        finally
        {
            await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels", app.ChannelFields(), HttpStatusCode.SeeOther);
        }
        var ok = await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels/test", [("Channel", "DingTalk"), ("To", "")], HttpStatusCode.OK);
        Assert.Contains("测试通知已通过钉钉群机器人发出", await ok.ReadAsTextAsync());
        var message = (await app.Robots.WaitForAsync(r => r.Path.StartsWith("/dingtalk") && r.Text.Contains("测试通知"), 1)).Last();
        Assert.Contains("sign=", message.Query);
        var mail = await app.Host.PostFormAsync(admin, "/t/tgy/notifications/channels/test", [("Channel", "Email"), ("To", "admin@tgy.test")], HttpStatusCode.OK);
        Assert.Contains("测试通知已通过电子邮件发出", await mail.ReadAsTextAsync());
        Assert.Single(await app.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(b => b.Address == "admin@tgy.test"), 1));
    }
}
