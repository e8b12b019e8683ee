using Marten;
using Secretariat.Tests.Features.Meetings;
using Secretariat.Web.Features.Campaigns;

namespace Secretariat.Tests.Features.Campaigns;

/// <summary>Item 12's count from the town's own minutes, in a town where nothing else holds meetings (its own fixture).</summary>
public class RecordCheckTests(CampaignsFixture app) : IClassFixture<CampaignsFixture>
{
    private readonly MeetingSteps _steps = new(app);

    private async Task IssueMinutesAsync(string title)
    {
        var clerk = await _steps.As("clerk");
        var meeting = await _steps.ConveneAsync(clerk, title, MeetingSteps.Day(-1));
        var minutes = await _steps.GetAsync(clerk, meeting + "?tab=minutes");
        await _steps.PostAsync(clerk, meeting + "/minutes", MeetingSteps.Minutes(minutes, $"{title}研究了重点个案。", $"{title}的议定事项"), HttpStatusCode.SeeOther);
        await app.Host.RecordEveryoneAsync(clerk, meeting);
        await _steps.PostAsync(clerk, meeting + "/minutes/submit", [], HttpStatusCode.SeeOther);
        await _steps.PostAsync(await _steps.As("yewei"), meeting + "/minutes/sign-off", [], HttpStatusCode.SeeOther);
    }

    [Fact]
    public async Task Item_12_fails_with_one_issued_minutes_this_year_and_passes_with_two_and_the_review_keeps_what_it_saw()
    {
        var year = TownCalendar.Today.Year;
        var station = await _steps.As("station");
        await IssueMinutesAsync("第一次全体会议");
        var page = await _steps.GetAsync(station, CampaignSteps.ItemUrl(12));
        Assert.Contains("不符合", page);
        Assert.Contains($"{year}年已召开并印发纪要的领导小组会议 1 次（至少 2 次）", page);

        await IssueMinutesAsync("第二次全体会议");
        page = await _steps.GetAsync(station, CampaignSteps.ItemUrl(12));
        Assert.Contains($"{year}年已召开并印发纪要的领导小组会议 2 次（至少 2 次）", page);
        Assert.Contains("check-passed", page);

        var url = CampaignSteps.UnitUrl(12, "党政办");
        await app.Host.PostFormAsync(await _steps.As("dangzheng"), url + "/evidence", [("Text", "两次会议纪要")], HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(station, url + "/review", [("Decision", "pass"), ("SeenVersion", "1")], HttpStatusCode.SeeOther);
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var evidence = await session.LoadAsync<UnitEvidence>(CampaignIds.Evidence(SampleCampaign.Id, CampaignSteps.Item(12), SampleTown.UnitId("党政办")));
        Assert.StartsWith($"符合：{year}年已召开并印发纪要的领导小组会议 2 次", evidence!.Reviews.Single().CheckResult);
    }
}
