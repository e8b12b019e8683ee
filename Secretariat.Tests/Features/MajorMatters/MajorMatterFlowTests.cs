using Marten;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Meetings;
using Wolverine;

namespace Secretariat.Tests.Features.MajorMatters;

/// <summary>The meetings' accounts of the sample town, the district office, and a second town with its own office.</summary>
public sealed class MajorMattersFixture : MeetingsFixture
{
    public const string Other = "hyz";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(Other, "华岩镇", null, default));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateAsync("district", "区未保办", "district-password-1", [], [DistrictRoles.Reader], null)).Refusal);
        Assert.Null((await accounts.CreateAsync("hyzclerk", "hyzclerk", "hyzclerk-password-1", [Other], [Roles.Secretariat], null)).Refusal);
    }
}

public class MajorMatterFlowTests(MajorMattersFixture app) : IClassFixture<MajorMattersFixture>
{
    private static readonly DateOnly Today = TownCalendar.Today;
    private readonly MeetingSteps _steps = new(app);

    private Task<SignedIn> As(string user) => _steps.As(user);

    private Task<IScenarioResult> PostAsync(SignedIn user, string url, IEnumerable<(string Key, string Value)> fields, HttpStatusCode expected) =>
        _steps.PostAsync(user, url, fields, expected);

    private Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) => _steps.GetAsync(user, url, expected);

    private IDocumentStore Store => app.Host.Services.GetRequiredService<IDocumentStore>();

    /// <summary>A meeting held yesterday whose issued minutes decided one matter (major or not); the matter's id.</summary>
    private async Task<Guid> IssuedResolutionAsync(string text, bool major = true)
    {
        var clerk = await As("clerk");
        var url = await _steps.ConveneAsync(clerk, $"研究{text}的会议", MeetingSteps.Day(-1));
        var page = await GetAsync(clerk, url + "?tab=minutes");
        var fields = MeetingSteps.Minutes(page, "会议研究了重大事项。", text).Where(f => major || !f.Item1.StartsWith("ResolutionMajor_"));
        await PostAsync(clerk, url + "/minutes", fields, HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, url);
        await PostAsync(clerk, url + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await PostAsync(await As("yewei"), url + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
        var meetingId = Guid.Parse(url.Split('/').Last());
        await using var session = Store.QuerySession(SampleTownAccounts.Town);
        var resolution = await session.Query<Resolution>().SingleAsync(r => r.MeetingId == meetingId);
        Assert.Equal(major, resolution.IsMajor);
        return resolution.Id;
    }

    private async Task<int> ReportCountAsync(string town = SampleTownAccounts.Town)
    {
        await using var session = Store.QuerySession(town);
        return await session.Query<MajorMatterReport>().CountAsync();
    }

    /// <summary>The office reports the matter on its page's 报区 form; the report's id.</summary>
    private async Task<Guid> ReportAsync(SignedIn clerk, Guid resolutionId, string text = "请区未保办审阅")
    {
        var result = await PostAsync(clerk, "/t/tgy/major-matters", [("ResolutionId", resolutionId.ToString()), ("Text", text)], HttpStatusCode.SeeOther);
        var location = result.Context.Response.Headers.Location.ToString();
        Assert.StartsWith("/t/tgy/major-matters/", location);
        return Guid.Parse(location.Split('/').Last());
    }

    [Fact]
    public async Task The_office_reports_the_district_signs_and_instructs_and_the_town_closes_it_both_seeing_the_chain()
    {
        var clerk = await As("clerk");
        var resolutionId = await IssuedResolutionAsync("建立困境儿童联合帮扶机制");
        var resolutionPage = await GetAsync(clerk, $"/t/tgy/resolutions/{resolutionId}");
        Assert.Contains("action=\"/t/tgy/major-matters\"", resolutionPage);
        Assert.Contains(">报区</button>", resolutionPage);

        var sequence = await ReportCountAsync() + 1;
        var number = $"铜罐驿未保领办报〔{Today.Year}〕{sequence}号";
        var id = await ReportAsync(clerk, resolutionId, "请区未保办审阅帮扶机制");
        var townPage = await GetAsync(clerk, $"/t/tgy/major-matters/{id}");
        Assert.Contains(number, townPage);
        Assert.Contains("建立困境儿童联合帮扶机制", townPage);
        Assert.Contains("2032-12-31", townPage);
        Assert.Contains("待区未保办签收", townPage);
        Assert.Contains(number, await GetAsync(clerk, "/t/tgy/major-matters"));
        // The matter's page now links its report instead of the form.
        resolutionPage = await GetAsync(clerk, $"/t/tgy/resolutions/{resolutionId}");
        Assert.Contains($"href=\"/t/tgy/major-matters/{id}\"", resolutionPage);
        Assert.DoesNotContain(">报区</button>", resolutionPage);

        var district = await As("district");
        var inbox = await GetAsync(district, "/district/major-matters");
        Assert.Contains($"href=\"/district/major-matters/tgy/{id}\"", inbox);
        Assert.Contains(number, inbox);
        Assert.Contains("铜罐驿镇", inbox);
        Assert.Contains("2032-12-31", inbox);
        Assert.Contains("待签收", inbox);
        Assert.Contains("href=\"/district/major-matters\"", await GetAsync(district, "/district"));
        var url = $"/district/major-matters/tgy/{id}";
        var districtPage = await GetAsync(district, url);
        Assert.Contains($"action=\"{url}/sign\"", districtPage);
        Assert.DoesNotContain($"action=\"{url}/instruction\"", districtPage);

        // Refusals show on the page at their field; nothing changes.
        var early = await PostAsync(district, url + "/instruction", [("Text", "先批示"), ("DueOn", MeetingSteps.Day(30))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请先签收该报告，再作批示。", await early.ReadAsTextAsync());
        var future = await PostAsync(district, url + "/sign", [("SignedOn", MeetingSteps.Day(1))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("签收日期不能晚于今天。", await future.ReadAsTextAsync());
        var badDate = await PostAsync(district, url + "/sign", [("SignedOn", "明天")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请按 年-月-日 填写签收日期。", await badDate.ReadAsTextAsync());

        var signed = await PostAsync(district, url + "/sign", [("SignedOn", MeetingSteps.Day(0))], HttpStatusCode.SeeOther);
        Assert.Equal(url, signed.Context.Response.Headers.Location.ToString());
        var twice = await PostAsync(district, url + "/sign", [("SignedOn", MeetingSteps.Day(0))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不能重复签收", await twice.ReadAsTextAsync());
        var empty = await PostAsync(district, url + "/instruction", [("Text", " "), ("DueOn", MeetingSteps.Day(30))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写批示内容。", await empty.ReadAsTextAsync());
        var past = await PostAsync(district, url + "/instruction", [("Text", "批示"), ("DueOn", MeetingSteps.Day(-1))], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("批示的办理期限不能早于今天。", await past.ReadAsTextAsync());
        await PostAsync(district, url + "/instruction", [("Text", "请联合派出所落实帮扶机制并报结果"), ("DueOn", MeetingSteps.Day(30))], HttpStatusCode.SeeOther);
        Assert.Contains("已签收", await GetAsync(district, "/district/major-matters"));

        // The town sees the receipt and the instruction, and reports progress until it is done.
        var prose = $"{Today.Year}年{Today.Month}月{Today.Day}日";
        townPage = await GetAsync(clerk, $"/t/tgy/major-matters/{id}");
        Assert.Contains($"区未保办已于 {prose} 签收", townPage);
        Assert.Contains("请联合派出所落实帮扶机制并报结果", townPage);
        Assert.Contains("批示落实中", townPage);
        var town = $"/t/tgy/major-matters/{id}";
        var noText = await PostAsync(clerk, town + "/progress", [("Text", ""), ("Unit", "")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写落实情况。", await noText.ReadAsTextAsync());
        await PostAsync(clerk, town + "/progress", [("Text", "已与派出所召开联席会议"), ("Unit", "建设村")], HttpStatusCode.SeeOther);
        await PostAsync(clerk, town + "/done", [("Evidence", "联合帮扶机制文件及会议记录")], HttpStatusCode.SeeOther);
        var late = await PostAsync(clerk, town + "/progress", [("Text", "又一次"), ("Unit", "")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("批示已办结，不能再报送落实情况。", await late.ReadAsTextAsync());

        foreach (var page in new[] { await GetAsync(clerk, town), await GetAsync(district, url), await GetAsync(district, town) })
        {
            Assert.Contains(number, page);
            Assert.Contains("请区未保办审阅帮扶机制", page);
            Assert.Contains($"区未保办于 {prose} 签收", page);
            Assert.Contains("请联合派出所落实帮扶机制并报结果", page);
            Assert.Contains("建设村（clerk）：已与派出所召开联席会议", page);
            Assert.Contains("联合帮扶机制文件及会议记录", page);
            Assert.Contains("批示已办结", page);
        }
        Assert.Contains("批示已办结", await GetAsync(district, "/district/major-matters"));
    }

    [Fact]
    public async Task Reports_are_refused_for_a_matter_not_major_twice_or_without_text_and_to_anyone_but_the_office()
    {
        var clerk = await As("clerk");
        var ordinary = await IssuedResolutionAsync("更新成员单位通讯录", major: false);
        Assert.DoesNotContain("action=\"/t/tgy/major-matters\"", await GetAsync(clerk, $"/t/tgy/resolutions/{ordinary}"));
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        var notMajor = await PostAsync(clerk, "/t/tgy/major-matters", [("ResolutionId", ordinary.ToString()), ("Text", "报区")],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("该议定事项不是重大事项，无须报区未保办。", await notMajor.ReadAsTextAsync());
        await PostAsync(clerk, "/t/tgy/major-matters", [("ResolutionId", Guid.NewGuid().ToString()), ("Text", "报区")], HttpStatusCode.NotFound);

        var major = await IssuedResolutionAsync("重点个案联合处置");
        events = await app.ScalarAsync("select count(*) from secretariat.mt_events");
        var noText = await PostAsync(clerk, "/t/tgy/major-matters", [("ResolutionId", major.ToString()), ("Text", "  ")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请填写报告内容。", await noText.ReadAsTextAsync());
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));

        // Nobody but the office reports: the other roles of the town, and the district on the town's routes (TownAccess).
        foreach (var user in new[] { "jianshe", "reader", "yewei" })
            await PostAsync(await As(user), "/t/tgy/major-matters", [("ResolutionId", major.ToString()), ("Text", "报区")], HttpStatusCode.Forbidden);
        var district = await As("district");
        await PostAsync(district, "/t/tgy/major-matters", [("ResolutionId", major.ToString()), ("Text", "报区")], HttpStatusCode.Forbidden);
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events"));

        var id = await ReportAsync(clerk, major);
        var twice = await PostAsync(clerk, "/t/tgy/major-matters", [("ResolutionId", major.ToString()), ("Text", "再报")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不能重复报送", await twice.ReadAsTextAsync());
        var notYet = await PostAsync(clerk, $"/t/tgy/major-matters/{id}/progress", [("Text", "进展")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("区未保办尚未作出批示", await notYet.ReadAsTextAsync());

        // The instruction's progress and 办结 are the office's too; the district cannot post them in the town either.
        var liaison = await As("jianshe");
        await PostAsync(liaison, $"/t/tgy/major-matters/{id}/progress", [("Text", "进展")], HttpStatusCode.Forbidden);
        await PostAsync(liaison, $"/t/tgy/major-matters/{id}/done", [("Evidence", "依据")], HttpStatusCode.Forbidden);
        await PostAsync(district, $"/t/tgy/major-matters/{id}/done", [("Evidence", "依据")], HttpStatusCode.Forbidden);
        // The reading roles read the chain, without the office's forms.
        var read = await GetAsync(liaison, $"/t/tgy/major-matters/{id}");
        Assert.Contains("待区未保办签收", read);
        Assert.DoesNotContain("/done\"", read);

        // The district's routes are the district's: a town account gets 403, unknown towns and reports 404.
        await GetAsync(clerk, "/district/major-matters", HttpStatusCode.Forbidden);
        await GetAsync(clerk, $"/district/major-matters/tgy/{id}", HttpStatusCode.Forbidden);
        await PostAsync(clerk, $"/district/major-matters/tgy/{id}/sign", [("SignedOn", MeetingSteps.Day(0))], HttpStatusCode.Forbidden);
        await GetAsync(district, $"/district/major-matters/zzz/{id}", HttpStatusCode.NotFound);
        await GetAsync(district, $"/district/major-matters/tgy/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await PostAsync(district, $"/district/major-matters/zzz/{id}/sign", [("SignedOn", MeetingSteps.Day(0))], HttpStatusCode.NotFound);
        await PostAsync(district, $"/district/major-matters/{MajorMattersFixture.Other}/{id}/sign", [("SignedOn", MeetingSteps.Day(0))],
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_towns_report_stays_in_its_town_and_reaches_the_district()
    {
        // 华岩镇 has no leading group in the fixture: its report is written to its own tenant as the handler would.
        var id = Guid.NewGuid();
        var number = $"华岩未保领办报〔{Today.Year}〕1号";
        await using (var session = Store.LightweightSession(MajorMattersFixture.Other))
        {
            session.Events.StartStream<MajorMatterReport>(id, new MajorMatterReported(id, number, Today.Year, 1, Guid.NewGuid(), "华岩镇的报告",
                "华岩镇的重大事项", Guid.NewGuid(), "华岩镇会议", $"华岩未保领纪〔{Today.Year}〕1号", Today.AddDays(60),
                new StepBy(Guid.NewGuid(), "hyzclerk", DateTimeOffset.UtcNow)));
            await session.SaveChangesAsync();
        }
        var clerk = await As("clerk");
        Assert.DoesNotContain("华岩", await GetAsync(clerk, "/t/tgy/major-matters"));
        await GetAsync(clerk, $"/t/tgy/major-matters/{id}", HttpStatusCode.NotFound);
        await GetAsync(clerk, $"/t/hyz/major-matters/{id}", HttpStatusCode.Forbidden);
        var other = await As("hyzclerk");
        Assert.Contains(number, await GetAsync(other, "/t/hyz/major-matters"));
        Assert.Contains(number, await GetAsync(other, $"/t/hyz/major-matters/{id}"));

        var district = await As("district");
        var inbox = await GetAsync(district, "/district/major-matters");
        Assert.Contains(number, inbox);
        Assert.Contains("华岩镇", inbox);
        Assert.Contains($"href=\"/district/major-matters/hyz/{id}\"", inbox);
        await GetAsync(district, $"/district/major-matters/tgy/{id}", HttpStatusCode.NotFound);
        await PostAsync(district, $"/district/major-matters/hyz/{id}/sign", [("SignedOn", MeetingSteps.Day(0))], HttpStatusCode.SeeOther);
        await using var hyz = Store.QuerySession(MajorMattersFixture.Other);
        Assert.Equal(Today, (await hyz.LoadAsync<MajorMatterReport>(id))!.SignedOn);
        await using var tgy = Store.QuerySession(SampleTownAccounts.Town);
        Assert.Null(await tgy.LoadAsync<MajorMatterReport>(id));
    }

    [Fact]
    public async Task An_instruction_not_done_by_its_due_day_raises_an_urgent_finding_for_the_town()
    {
        var clerk = await As("clerk");
        var id = await ReportAsync(clerk, await IssuedResolutionAsync("重大事项逾期检查"));
        var district = await As("district");
        var url = $"/district/major-matters/tgy/{id}";
        await PostAsync(district, url + "/sign", [("SignedOn", MeetingSteps.Day(0))], HttpStatusCode.SeeOther);
        await PostAsync(district, url + "/instruction", [("Text", "请十日内落实"), ("DueOn", MeetingSteps.Day(10))], HttpStatusCode.SeeOther);

        await using var scope = app.Host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        async Task<Finding?> On(DateOnly day) =>
            (await bus.InvokeForTenantAsync<ComplianceReport>(SampleTownAccounts.Town, new EvaluateCompliance(day)))
            .Findings.SingleOrDefault(f => f.Key == $"instruction:{id}");
        Assert.Equal(Severity.Reminder, (await On(Today))!.Severity);
        var overdue = await On(Today.AddDays(11));
        Assert.Equal(Severity.Urgent, overdue!.Severity);
        Assert.Equal($"/major-matters/{id}", overdue.Link);
        await PostAsync(clerk, $"/t/tgy/major-matters/{id}/done", [("Evidence", "落实情况报告")], HttpStatusCode.SeeOther);
        Assert.Null(await On(Today.AddDays(11)));

        // An instruction already past its day (written as the district's POST would, with an earlier due day): 逾期 on both sides.
        var late = await ReportAsync(clerk, await IssuedResolutionAsync("重大事项已逾期"));
        await using (var session = Store.LightweightSession(SampleTownAccounts.Town))
        {
            var by = new StepBy(Guid.NewGuid(), "区未保办", DateTimeOffset.UtcNow.AddDays(-20));
            session.Events.Append(late, new MajorMatterSignedFor(late, Today.AddDays(-20), by), new InstructionGiven(late, "请尽快落实", Today.AddDays(-1), by));
            await session.SaveChangesAsync();
        }
        Assert.Contains("批示逾期", await GetAsync(clerk, $"/t/tgy/major-matters/{late}"));
        Assert.Contains("（已逾期）", await GetAsync(district, $"/district/major-matters/tgy/{late}"));
        Assert.Contains("批示逾期", await GetAsync(district, "/district/major-matters"));
        var finding = await On(Today);
        Assert.Null(finding);
        Assert.Equal(Severity.Urgent, (await bus.InvokeForTenantAsync<ComplianceReport>(SampleTownAccounts.Town, new EvaluateCompliance(Today)))
            .Findings.Single(f => f.Key == $"instruction:{late}").Severity);
    }
}
