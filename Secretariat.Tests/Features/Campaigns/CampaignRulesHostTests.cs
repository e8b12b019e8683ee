using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.Compliance;
using Wolverine;

namespace Secretariat.Tests.Features.Campaigns;

/// <summary>The sample town as it is (no CheckFrom) on 1 December 2026, with an office, a station and 建设村's liaison.</summary>
public class CampaignRulesHostFixture : ClockedAppFixture
{
    protected override DateOnly StartsOn => new(2026, 12, 1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync("clerk", "clerk-password-1", [Roles.Secretariat]);
        await CreateUserAsync("station", "station-password-1", [Roles.WorkStation]);
        await CreateUserAsync("jianshe", "jianshe-password-1", [Roles.UnitLiaison]);
    }
}

public class CampaignRulesHostTests(CampaignRulesHostFixture app) : IClassFixture<CampaignRulesHostFixture>
{
    private static readonly Guid CampaignId = Guid.NewGuid();
    private static readonly Guid Village = SampleTown.UnitId("建设村");
    private static readonly Guid Police = SampleTown.UnitId("派出所");

    private async Task<T> InvokeAsync<T>(object command)
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<T>(SampleTownAccounts.Town, command);
    }

    [Fact]
    public void Every_count_an_item_can_ask_for_is_checked_by_the_feature_keeping_its_records()
    {
        var checks = app.Host.Services.GetRequiredService<RecordChecks>();
        Assert.All(Enum.GetValues<RecordCheck>().Where(c => c != RecordCheck.None), c => Assert.True(checks.Knows(c), $"{c} has no registered check"));
    }

    private async Task<IReadOnlyList<Finding>> CampaignFindingsAsync(DateOnly day) =>
        (await InvokeAsync<ComplianceReport>(new EvaluateCompliance(day))).Findings.Where(f => f.Rule.StartsWith("campaign-")).ToList();

    private async Task<string> GetAsync(SignedIn user, string url) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(HttpStatusCode.OK); })).ReadAsTextAsync();

    private static string SubmissionKey(Guid unit) => $"campaign:{CampaignId}:unit:{unit}:submission";

    [Fact]
    public async Task A_campaign_opened_in_the_town_reminds_its_units_before_the_deadline_and_is_urgent_after_it()
    {
        var today = new DateOnly(2026, 12, 1);
        // The notice's 2022 campaign, loaded on the first start, raises nothing: its dates passed before it was opened here.
        Assert.Empty(await CampaignFindingsAsync(today));

        var spec = new EvidenceSpec("工作台账", [EvidenceKind.Register], "", "2026年", RecordCheck.None);
        var opened = await InvokeAsync<CommandResult>(new OpenCampaign(CampaignId, "2026年度未成年人保护示范创建复核", "区未保办通知",
            new CampaignSchedule(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), 2026, today.AddDays(10), today.AddDays(10), today.AddDays(19),
                today.AddDays(30)),
            [
                new ItemDraft(ItemKind.Task, 1, "组织领导", "工作台账", "建立未成年人保护工作台账", spec, "建设村", "建设村、派出所"),
                new ItemDraft(ItemKind.Negative, 1, "", "", "未发生侵害未成年人权益的案件", spec, "派出所", "建设村、派出所")
            ], null, null, SampleCampaign.Loader));
        Assert.True(opened.Succeeded, opened.Refusal);

        var findings = await CampaignFindingsAsync(today);
        var village = findings.Single(f => f.Key == SubmissionKey(Village));
        Assert.Equal((CampaignRules.Submission.Code, Severity.Reminder, 30, "建设村"), (village.Rule, village.Severity, village.ReminderDays!.Value, village.Subject));
        Assert.Equal("须于 2026-12-11 前报送 2 项印证材料（含负面清单零报告 1 项）", village.Explanation);
        Assert.Equal($"/campaigns/{CampaignId}?unit={Village}", village.Link);
        Assert.Equal(new[] { Village }, village.UnitIds);
        Assert.Equal(village.Explanation, findings.Single(f => f.Key == SubmissionKey(Police)).Explanation);
        var acceptance = findings.Single(f => f.Rule == CampaignRules.Acceptance.Code);
        Assert.Equal("区验收须于 2026-12-31 前完成，尚有 2 项未通过验收，请做好迎检准备", acceptance.Explanation);
        Assert.Equal(3, findings.Count);

        // Raised as alerts: the liaison sees their own unit's reminder on the dashboard, not the other unit's; the station and the office both.
        await InvokeAsync<AlertChanges>(new RaiseAlerts());
        var liaison = await SignedIn.AsAsync(app.Host, "jianshe", "jianshe-password-1");
        var board = await GetAsync(liaison, "/t/tgy/");
        Assert.Contains($"data-alert=\"{SubmissionKey(Village)}\"", board);
        Assert.Contains("示范创建材料报送", board);
        Assert.DoesNotContain(SubmissionKey(Police), board);
        Assert.DoesNotContain("示范创建验收", board);
        foreach (var (user, password) in new[] { ("station", "station-password-1"), ("clerk", "clerk-password-1") })
        {
            var list = await GetAsync(await SignedIn.AsAsync(app.Host, user, password), "/t/tgy/compliance?rule=campaign-submission");
            Assert.Contains($"data-alert=\"{SubmissionKey(Village)}\"", list);
            Assert.Contains($"data-alert=\"{SubmissionKey(Police)}\"", list);
        }

        // 建设村 files its evidence and its zero report: its reminder goes, 派出所's stays.
        var task = CampaignIds.Item(CampaignId, ItemKind.Task, 1);
        var negative = CampaignIds.Item(CampaignId, ItemKind.Negative, 1);
        await app.Host.PostFormAsync(liaison, $"/t/tgy/campaigns/{CampaignId}/items/{task}/units/{Village}/evidence", [("Text", "工作台账已建立")],
            HttpStatusCode.SeeOther);
        await app.Host.PostFormAsync(liaison, $"/t/tgy/campaigns/{CampaignId}/items/{negative}/units/{Village}/answer",
            [("Answer", "zero"), ("Text", "经逐项梳理，本单位自2026年以来未发生此类情况。"), ("Signatory", "张三")], HttpStatusCode.SeeOther);
        findings = await CampaignFindingsAsync(today);
        Assert.DoesNotContain(findings, f => f.Key == SubmissionKey(Village));
        Assert.Contains(findings, f => f.Key == SubmissionKey(Police));
        await InvokeAsync<AlertChanges>(new RaiseAlerts());
        Assert.Contains("没有需要处理的提醒", await GetAsync(liaison, "/t/tgy/"));

        // The day after the deadline: 派出所 is urgent; 建设村's submission waits for 初审 in the review window.
        var after = today.AddDays(11);
        app.Clock.Set(after);
        findings = await CampaignFindingsAsync(after);
        var police = findings.Single(f => f.Key == SubmissionKey(Police));
        Assert.Equal((Severity.Urgent, "应于 2026-12-11 前报送，尚有 2 项未报送（含负面清单零报告 1 项）"), (police.Severity, police.Explanation));
        var review = findings.Single(f => f.Rule == CampaignRules.Review.Code);
        Assert.Equal((Severity.Reminder, 30, $"campaign:{CampaignId}:review"), (review.Severity, review.ReminderDays!.Value, review.Key));
        Assert.Equal("初审期间为 2026-12-11 至 2026-12-20，尚有 1 份材料待初审", review.Explanation);
        Assert.DoesNotContain(findings, f => f.Key.Contains(SampleCampaign.Id.ToString()));
    }
}
