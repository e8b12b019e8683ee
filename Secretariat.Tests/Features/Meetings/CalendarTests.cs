using System.Security.Cryptography;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace Secretariat.Tests.Features.Meetings;

/// <summary>The month calendar of meetings and the per-user .ics feed behind a renewable secret token.</summary>
public class CalendarTests(MeetingsFixture app) : IClassFixture<MeetingsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private static readonly Regex FeedUrl = new(@"https?://[^""\s]+/meetings/feed/([A-Za-z0-9_-]{43})\.ics");

    private async Task<string> ConveneAtAsync(SignedIn clerk, string title, string date, string time)
    {
        var result = await _steps.PostAsync(clerk, "/t/tgy/meetings/new", [("Title", title), ("Kind", "Regular"), ("Date", date), ("Time", time),
            ("Place", "镇政府三楼会议室"), ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""), ("CutoffDate", "")],
            HttpStatusCode.SeeOther);
        return result.Context.Response.Headers.Location.ToString();
    }

    private static string DayOf(string page, string day)
    {
        var match = Regex.Match(page, $"<li class=\"calendar-day[^\"]*\" data-day=\"{day}\"[^>]*>(.*?)</li>\\s*(?=<li class=\"calendar-day|</ol>)",
            RegexOptions.Singleline);
        Assert.True(match.Success, $"no day {day} in the calendar");
        return match.Groups[1].Value;
    }

    private async Task<string> NewFeedUrlAsync(SignedIn user)
    {
        var page = await (await _steps.PostAsync(user, "/t/tgy/meetings/calendar/link", [("month", "2031-05")], HttpStatusCode.OK)).ReadAsTextAsync();
        Assert.Contains("已生成新的订阅链接", page);
        Assert.Contains("data-month=\"2031-05\"", page);
        return WebUtility.HtmlDecode(FeedUrl.Match(page).Value);
    }

    private async Task<IScenarioResult> FeedAsync(string url, HttpStatusCode expected) =>
        await app.Host.Scenario(s =>
        {
            s.Get.Url(new Uri(url).PathAndQuery);
            s.StatusCodeShouldBe(expected);
        });

    [Fact]
    public async Task A_meeting_appears_on_its_shanghai_day_with_links_to_the_months_around()
    {
        var clerk = await _steps.As("clerk");
        await ConveneAtAsync(clerk, "日历月视图会议", "2031-03-15", "09:30");
        // 00:30 in Shanghai is still the previous day in UTC: the calendar puts it on the town's day.
        await ConveneAtAsync(clerk, "凌晨的会议", "2031-04-01", "00:30");

        var march = await _steps.GetAsync(clerk, "/t/tgy/meetings/calendar?month=2031-03");
        Assert.Contains("<h1>会议日历：2031年3月</h1>", march);
        Assert.Contains("日历月视图会议", DayOf(march, "2031-03-15"));
        Assert.Contains("09:30", DayOf(march, "2031-03-15"));
        Assert.DoesNotContain("凌晨的会议", march);
        Assert.Equal(31, Regex.Matches(march, "<li class=\"calendar-day").Count);
        Assert.Contains("calendar-day weekday-6 first no-meetings", march); // 1 March 2031 is a Saturday
        Assert.Contains("href=\"/t/tgy/meetings/calendar?month=2031-02\"", march);
        Assert.Contains("href=\"/t/tgy/meetings/calendar?month=2031-04\"", march);

        var april = await _steps.GetAsync(clerk, "/t/tgy/meetings/calendar?month=2031-04");
        Assert.Contains("凌晨的会议", DayOf(april, "2031-04-01"));
        Assert.Contains("00:30", DayOf(april, "2031-04-01"));

        // A liaison reads it too; an htmx request gets the main region only; no month means this month.
        var liaison = await _steps.As("jianshe");
        var fragment = await (await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/meetings/calendar?month=2031-03");
            s.AsHtmx(liaison);
        })).ReadAsTextAsync();
        Assert.Contains("日历月视图会议", fragment);
        Assert.DoesNotContain("<html", fragment);
        var today = TownCalendar.Today;
        Assert.Contains($"data-month=\"{today:yyyy-MM}\"", await _steps.GetAsync(liaison, "/t/tgy/meetings/calendar"));
        Assert.Contains("aria-current=\"date\"", await _steps.GetAsync(liaison, "/t/tgy/meetings/calendar"));
        Assert.Contains("href=\"/t/tgy/meetings/calendar\"", await _steps.GetAsync(clerk, "/t/tgy/meetings"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2031-13")]
    [InlineData("2031-00")]
    [InlineData("2031-12-01")]
    [InlineData("1999-12")]
    [InlineData("98-12")]
    [InlineData("2031-+1")]
    public async Task A_month_that_does_not_parse_is_a_chinese_400(string month)
    {
        var clerk = await _steps.As("clerk");
        var page = await _steps.GetAsync(clerk, "/t/tgy/meetings/calendar?month=" + Uri.EscapeDataString(month), HttpStatusCode.BadRequest);
        Assert.Contains($"月份（month）的值“{WebUtility.HtmlEncode(month)}”格式不正确", page);
    }

    [Fact]
    public async Task The_feed_parses_with_stable_uids_shanghai_time_sequences_and_cancellations()
    {
        var clerk = await _steps.As("clerk");
        var kept = await ConveneAtAsync(clerk, "订阅测试会议", "2031-06-10", "09:30");
        await _steps.PostAsync(clerk, kept + "/agenda", [("Title", "研究困境儿童帮扶"), ("Presenter", "黄荣亮")], HttpStatusCode.SeeOther);
        var moved = await ConveneAtAsync(clerk, "订阅改期会议", "2031-06-11", "09:30");
        await _steps.PostAsync(clerk, moved + "/reschedule", [("Date", "2031-06-12"), ("Time", "15:00"), ("Place", "二楼会议室"), ("Reason", "组长出差")],
            HttpStatusCode.SeeOther);
        await _steps.PostAsync(clerk, moved + "/reschedule", [("Date", "2031-06-13"), ("Time", "15:00"), ("Place", "二楼会议室"), ("Reason", "再改期")],
            HttpStatusCode.SeeOther);
        var cancelled = await ConveneAtAsync(clerk, "订阅取消会议", "2031-06-14", "09:30");
        await _steps.PostAsync(clerk, cancelled + "/cancel", [("Reason", "并入下次会议")], HttpStatusCode.SeeOther);

        var url = await NewFeedUrlAsync(await _steps.As("reader"));
        var result = await FeedAsync(url, HttpStatusCode.OK); // no cookie: the token is the credential
        Assert.StartsWith("text/calendar", result.Context.Response.ContentType);
        var text = await result.ReadAsTextAsync();
        var calendar = Calendar.Load(text)!;
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Asia/Shanghai");
        CalendarEvent Event(string meetingUrl) => Assert.Single(calendar.Events, e => e.Uid == $"{meetingUrl.Split('/').Last()}@secretariat");

        var e = Event(kept);
        Assert.Equal("订阅测试会议", e.Summary);
        Assert.Equal("Asia/Shanghai", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2031, 6, 10, 9, 30, 0), e.DtStart.Value);
        Assert.Equal(new DateTimeOffset(2031, 6, 10, 1, 30, 0, TimeSpan.Zero), e.DtStart.AsUtc);
        Assert.Contains("研究困境儿童帮扶", e.Description);
        Assert.Equal(0, e.Sequence);
        Assert.Equal("CONFIRMED", e.Status);

        var m = Event(moved);
        Assert.Equal(2, m.Sequence);
        Assert.Equal(new DateTime(2031, 6, 13, 15, 0, 0), m.DtStart!.Value);
        Assert.Equal("二楼会议室", m.Location);

        var c = Event(cancelled);
        Assert.Equal("CANCELLED", c.Status);
        Assert.Equal(1, c.Sequence);

        // The same meeting keeps its UID (also the invite's), and the feed reads the same on the next fetch.
        var invite = Calendar.Load(await _steps.GetAsync(clerk, kept + "/invite.ics"))!;
        Assert.Equal(e.Uid, Assert.Single(invite.Events).Uid);
        Assert.Equal(text, await (await FeedAsync(url, HttpStatusCode.OK)).ReadAsTextAsync());
    }

    [Fact]
    public async Task Only_the_hash_is_stored_and_a_renewed_token_refuses_the_old_url()
    {
        var liaison = await _steps.As("caizheng");
        var page = await _steps.GetAsync(liaison, "/t/tgy/meetings/calendar");
        Assert.Contains("您还没有订阅链接", page);
        Assert.Contains(">生成订阅链接</button>", page);

        var first = await NewFeedUrlAsync(liaison);
        var token = FeedUrl.Match(first).Groups[1].Value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
        Assert.Equal(1, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_calendarfeedtoken where data->>'TokenHash' = '{hash}'"));
        Assert.Equal(0, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_calendarfeedtoken where data::text like '%{token}%'"));
        await FeedAsync(first, HttpStatusCode.OK);

        // Afterwards the page no longer shows the link, only that there is one, and offers to renew it.
        page = await _steps.GetAsync(liaison, "/t/tgy/meetings/calendar");
        Assert.DoesNotContain(token, page);
        Assert.Contains("生成订阅链接。为安全起见", page);
        Assert.Contains(">更新链接</button>", page);

        var second = await NewFeedUrlAsync(liaison);
        Assert.NotEqual(first, second);
        var old = await (await FeedAsync(first, HttpStatusCode.NotFound)).ReadAsTextAsync();
        await FeedAsync(second, HttpStatusCode.OK);
        // The old URL answers exactly what a made-up one does: nothing tells it ever worked.
        var madeUp = await (await FeedAsync(first[..^10] + "AAAAAA.ics", HttpStatusCode.NotFound)).ReadAsTextAsync();
        Assert.Equal(madeUp, old);
        Assert.DoesNotContain("BEGIN:VCALENDAR", old);
        await FeedAsync(new Uri(first).GetLeftPart(UriPartial.Authority) + "/t/tgy/meetings/feed/short.ics", HttpStatusCode.NotFound);
        Assert.Equal(1, await app.ScalarAsync(
            $"select count(*) from secretariat.mt_doc_calendarfeedtoken where id = (select id from secretariat.mt_doc_useraccount where data->>'UserName' = 'caizheng')"));
    }

    [Fact]
    public async Task A_disabled_accounts_token_stops_working()
    {
        using (var scope = app.Host.Services.CreateScope())
        {
            var (_, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateInTownAsync("leaver", "leaver", "leaver-password-1", [Roles.Reader], null);
            Assert.Null(refusal);
        }
        var url = await NewFeedUrlAsync(await _steps.As("leaver"));
        await FeedAsync(url, HttpStatusCode.OK);
        using (var scope = app.Host.Services.CreateScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountService>().DisableAsync("leaver"));
        await FeedAsync(url, HttpStatusCode.NotFound);
    }
}
