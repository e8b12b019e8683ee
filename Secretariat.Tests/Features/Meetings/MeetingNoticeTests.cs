using Ical.Net;
using Secretariat.Tests.Features.Notifications;
using Secretariat.Web.Features.Notifications;

namespace Secretariat.Tests.Features.Meetings;

public class MeetingNoticeTests(NotificationsFixture app) : IClassFixture<NotificationsFixture>
{
    private readonly MeetingSteps steps = new(app);

    private static Calendar InvitationOf(MimeKit.MimeMessage mail)
    {
        var part = mail.BodyParts.OfType<MimeKit.TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        var attachment = mail.Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName == "invite.ics");
        using var bytes = new MemoryStream();
        attachment.Content!.DecodeTo(bytes);
        Assert.Equal(part.Text.ReplaceLineEndings(), System.Text.Encoding.UTF8.GetString(bytes.ToArray()).ReplaceLineEndings());
        return Calendar.Load(part.Text)!;
    }

    [Fact]
    public async Task Convening_mails_every_member_an_invitation_a_reschedule_moves_the_sequence_and_a_cancel_cancels()
    {
        var clerk = await steps.As("clerk");
        var title = "通知测试会议" + Guid.NewGuid().ToString("N")[..6];
        var url = await steps.ConveneAsync(clerk, title, MeetingSteps.Day(10));
        var meetingId = Guid.Parse(url.Split('/').Last());
        var members = app.MemberEmails.Values.ToList();
        Assert.True(members.Count >= 10, $"{members.Count} members");

        var invites = await app.Smtp.WaitForAsync(m => m.Subject == $"会议通知：{title}", members.Count);
        Assert.Equal(members.Order(), invites.Select(m => m.To.Mailboxes.Single().Address).Order());
        foreach (var mail in invites)
        {
            var calendar = InvitationOf(mail);
            Assert.Equal("REQUEST", calendar.Method);
            var invite = Assert.Single(calendar.Events);
            Assert.Equal($"{meetingId}@secretariat", invite.Uid);
            Assert.Equal(0, invite.Sequence);
            Assert.Equal(title, invite.Summary);
            Assert.Equal("mailto:wbb@tgy.test", invite.Organizer!.Value!.ToString());
            Assert.Contains(invite.Attendees, a => a.Value!.ToString() == "mailto:" + mail.To.Mailboxes.Single().Address);
            Assert.Contains("镇政府三楼会议室", mail.TextBody);
        }
        // The robots hear it once each; the 钉钉 message @-mentions the members' mobiles.
        var ding = await app.Robots.WaitForAsync(r => r.Path.StartsWith("/dingtalk") && r.Text.Contains(title), 1);
        Assert.Single(ding);
        Assert.Equal(members.Count, ding[0].Body.GetProperty("at").GetProperty("atMobiles").GetArrayLength());
        Assert.Single(await app.Robots.WaitForAsync(r => r.Path.StartsWith("/wecom") && r.Text.Contains(title), 1));

        // A guest invited after the notice went out hears of the reschedule with the members.
        await steps.PostAsync(clerk, url + "/guests", [("Name", "王列席"), ("Unit", "区民政局"), ("Email", "guest@district.test")], HttpStatusCode.SeeOther);
        await steps.PostAsync(clerk, url + "/reschedule", [("Date", MeetingSteps.Day(12)), ("Time", "14:30"), ("Place", "镇政府二楼会议室"), ("Reason", "与区里会议冲突")],
            HttpStatusCode.SeeOther);
        var moved = await app.Smtp.WaitForAsync(m => m.Subject == $"会议改期通知：{title}", members.Count + 1);
        Assert.Equal(members.Count + 1, moved.Count);
        Assert.Contains(moved, m => m.To.Mailboxes.Single().Address == "guest@district.test");
        foreach (var mail in moved)
        {
            var invite = Assert.Single(InvitationOf(mail).Events);
            Assert.Equal($"{meetingId}@secretariat", invite.Uid);
            Assert.Equal(1, invite.Sequence);
            Assert.Equal("镇政府二楼会议室", invite.Location);
            Assert.Equal(14, invite.DtStart!.Hour);
            Assert.Contains("与区里会议冲突", mail.TextBody);
        }

        await steps.PostAsync(clerk, url + "/cancel", [("Reason", "议题已由专题会研究")], HttpStatusCode.SeeOther);
        var cancelled = await app.Smtp.WaitForAsync(m => m.Subject == $"会议取消通知：{title}", members.Count + 1);
        Assert.Equal(members.Count + 1, cancelled.Count);
        foreach (var mail in cancelled)
        {
            var calendar = InvitationOf(mail);
            Assert.Equal("CANCEL", calendar.Method);
            var invite = Assert.Single(calendar.Events);
            Assert.Equal($"{meetingId}@secretariat", invite.Uid);
            Assert.Equal(2, invite.Sequence);
            Assert.Equal("CANCELLED", invite.Status);
        }

        // Nothing went twice: the log holds one row per event, channel and person, every one delivered.
        await app.SettledAsync();
        var rows = await app.RowsAsync(n => n.Subject.EndsWith(title));
        Assert.Equal(3 * members.Count + 2 + 3 * 2, rows.Count);
        Assert.All(rows, r => Assert.Equal(NotificationStatus.Delivered, r.Status));
        Assert.Equal(members.Count, app.Smtp.Messages.Count(m => m.Subject == $"会议通知：{title}"));
    }

    [Fact]
    public async Task A_guest_address_that_is_not_an_address_is_refused_in_the_page()
    {
        var clerk = await steps.As("clerk");
        var url = await steps.ConveneAsync(clerk, "列席邮箱校验会议", MeetingSteps.Day(20));
        var page = await steps.PostAsync(clerk, url + "/guests", [("Name", "李列席"), ("Unit", "区教委"), ("Email", "not-an-address")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("列席人员邮箱格式不对", await page.ReadAsTextAsync());
    }
}
