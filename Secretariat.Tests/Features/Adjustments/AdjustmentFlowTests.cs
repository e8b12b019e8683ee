
namespace Secretariat.Tests.Features.Adjustments;

public class AdjustmentFlowFixture : AppFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync("jianshe", "liaison-password-1", [Roles.UnitLiaison]);
        await CreateUserAsync("clerk", "clerk-password-1", [Roles.Secretariat]);
        await CreateUserAsync("yewei", "leader-password-1", [Roles.Leader]);
        await CreateUserAsync("yewei2", "leader-password-2", [Roles.Leader]);
        await CreateUserAsync("reader", "reader-password-1", [Roles.Reader]);
        await CreateUserAsync("deputy", "deputy-password-1", [Roles.DeputyLeader]);
        await CreateUserAsync("clerkleader", "clerk-leader-password-1", [Roles.Secretariat, Roles.Leader]);
    }
}

/// <summary>Signed-in users posting the adjustment forms, for the adjustment scenarios.</summary>
public abstract class AdjustmentScenarios(AdjustmentFlowFixture app)
{
    protected AdjustmentFlowFixture App => app;

    protected Task<SignedIn> As(string user, string password) => SignedIn.AsAsync(app.Host, user, password);

    protected async Task<IScenarioResult> PostAsync(SignedIn user, string url, Dictionary<string, string> form, HttpStatusCode expected)
    {
        form["__RequestVerificationToken"] = user.RequestToken;
        return await app.Host.Scenario(s =>
        {
            s.Post.Url(url);
            s.WriteFormData(form);
            s.As(user);
            s.StatusCodeShouldBe(expected);
        });
    }

    protected async Task<string> FileReplacementAsync(SignedIn liaison, string member, string by, string on)
    {
        var filed = await PostAsync(liaison, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Replace", ["MemberPersonId"] = SampleTown.PersonId(member).ToString(),
            ["NewPersonName"] = by, ["NewPosition"] = "建设村负责人", ["Reason"] = "工作变动", ["EffectiveOn"] = on
        }, HttpStatusCode.SeeOther);
        return filed.Context.Response.Headers.Location.ToString();
    }

    protected async Task<int> VersionAsync(SignedIn user, string url)
    {
        var page = await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); })).ReadAsTextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"version\" value=\"(\\d+)\"");
        return int.Parse(match.Groups[1].Value);
    }

    protected Task<IScenarioResult> ActAsync(SignedIn user, string url, string action, int version, string comment, HttpStatusCode expected) =>
        PostAsync(user, $"{url}/act", new Dictionary<string, string>
        {
            ["action"] = action, ["version"] = version.ToString(), ["comment"] = comment
        }, expected);

    protected async Task<string> RosterOn(SignedIn user, string date) =>
        await (await app.Host.Scenario(s => { s.Get.Url($"/t/tgy/roster/leading-group?asOf={date}"); s.As(user); })).ReadAsTextAsync();

}

/// <summary>The whole approval path on its own database, so the other scenarios cannot change its roster.</summary>
public class AdjustmentApprovalTests(AdjustmentFlowFixture app) : AdjustmentScenarios(app), IClassFixture<AdjustmentFlowFixture>
{
    [Fact]
    public async Task A_liaisons_request_accepted_by_the_office_and_approved_by_the_leader_changes_the_roster_from_its_date()
    {
        var liaison = await As("jianshe", "liaison-password-1");
        var url = await FileReplacementAsync(liaison, "刘建容", "张新", "2026-04-01");
        Assert.StartsWith("/t/tgy/adjustments/", url);

        var clerk = await As("clerk", "clerk-password-1");
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/adjustments");
            s.As(clerk);
            s.ContentShouldContain("待受理（");
            s.ContentShouldContain(url);
        });
        await ActAsync(clerk, url, "Accept", await VersionAsync(clerk, url), "", HttpStatusCode.SeeOther);

        var leader = await As("yewei", "leader-password-1");
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/adjustments");
            s.As(leader);
            s.ContentShouldContain("待审批（");
            s.ContentShouldContain(url);
        });
        await ActAsync(leader, url, "Approve", await VersionAsync(leader, url), "同意", HttpStatusCode.SeeOther);

        var page = await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(liaison); })).ReadAsTextAsync();
        Assert.Contains("已批准", page);
        Assert.Contains("jianshe 提交申请", page);
        Assert.Contains("clerk 受理并报请审批", page);
        Assert.Contains("yewei 批准，2026年4月1日 起生效", page);

        var before = await RosterOn(liaison, "2026-03-31");
        var after = await RosterOn(liaison, "2026-04-01");
        Assert.Contains("刘建容", before);
        Assert.DoesNotContain("张新", before);
        Assert.Contains("张新", after);
        Assert.DoesNotContain("刘建容", after);
        Assert.Contains("成员 21 名", after);

        // The change history links both sides of the change to the approved request.
        var history = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/roster/leading-group/history"); s.As(liaison); })).ReadAsTextAsync();
        Assert.Contains("<td>离任</td>", history);
        Assert.Contains("<td>任职</td>", history);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(history, $"href=\"{url}\"").Count);
        var person = await (await app.Host.Scenario(s =>
        {
            s.Get.Url($"/t/tgy/roster/people/{SampleTown.PersonId("刘建容")}");
            s.As(liaison);
        })).ReadAsTextAsync();
        Assert.Contains($"href=\"{url}\"", person);
        Assert.Contains("2026-04-01", person);

        // The approved change prints as an official notice.
        var notice = await (await app.Host.Scenario(s => { s.Get.Url("/t/tgy/adjustments/notice?year=2026"); s.As(clerk); })).ReadAsTextAsync();
        Assert.Contains("关于2026年领导小组及工作站成员调整的通知", notice);
        Assert.Contains("刘建容同志因工作变动不再担任领导小组成员，由张新同志（建设村负责人）接任。", notice);
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/adjustments/notice?year=abc");
            s.As(clerk);
            s.StatusCodeShouldBe(HttpStatusCode.UnprocessableEntity);
            s.ContentShouldContain("年份“abc”无效");
        });
    }

}

public class AdjustmentFlowTests(AdjustmentFlowFixture app) : AdjustmentScenarios(app), IClassFixture<AdjustmentFlowFixture>
{
    [Fact]
    public async Task Two_leaders_deciding_at_once_one_wins_and_the_other_is_told()
    {
        var liaison = await As("jianshe", "liaison-password-1");
        var clerk = await As("clerk", "clerk-password-1");
        // 孔波 of 党政办, so that whichever decision wins, the other scenarios' member (刘建容) is untouched.
        var filed = await PostAsync(clerk, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Remove", ["UnitId"] = SampleTown.UnitId("党政办").ToString(),
            ["MemberPersonId"] = SampleTown.PersonId("孔波").ToString(), ["Reason"] = "退休", ["EffectiveOn"] = "2026-06-01"
        }, HttpStatusCode.SeeOther);
        var url = filed.Context.Response.Headers.Location.ToString();
        await ActAsync(clerk, url, "Accept", await VersionAsync(clerk, url), "", HttpStatusCode.SeeOther);

        var first = await As("yewei", "leader-password-1");
        var second = await As("yewei2", "leader-password-2");
        var version = await VersionAsync(first, url);
        var results = await Task.WhenAll(
            PostRawAsync(first, url, "Approve", version, "同意"),
            PostRawAsync(second, url, "Reject", version, "另议"));
        Assert.Single(results, r => r.Status == 303);
        var loser = Assert.Single(results, r => r.Status == 422);
        Assert.Contains("已被他人处理", loser.Body);
    }

    private async Task<(int Status, string Body)> PostRawAsync(SignedIn user, string url, string action, int version, string comment)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url($"{url}/act");
            s.WriteFormData(new Dictionary<string, string>
            {
                ["action"] = action, ["version"] = version.ToString(), ["comment"] = comment, ["__RequestVerificationToken"] = user.RequestToken
            });
            s.As(user);
            s.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task A_returned_request_is_amended_resubmitted_and_then_withdrawn_by_its_unit()
    {
        var liaison = await As("jianshe", "liaison-password-1");
        var clerk = await As("clerk", "clerk-password-1");
        var url = await FileReplacementAsync(liaison, "刘建容", "王六", "2026-07-01");

        var returned = await ActAsync(clerk, url, "Return", await VersionAsync(clerk, url), "", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请写明意见", await returned.ReadAsTextAsync());
        await ActAsync(clerk, url, "Return", await VersionAsync(clerk, url), "请写明新成员职位", HttpStatusCode.SeeOther);

        var page = await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(liaison); })).ReadAsTextAsync();
        Assert.Contains("已退回", page);
        Assert.Contains("修改后重新提交", page);
        await PostAsync(liaison, $"{url}/amend", new Dictionary<string, string>
        {
            ["version"] = (await VersionAsync(liaison, url)).ToString(), ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Replace",
            ["MemberPersonId"] = SampleTown.PersonId("刘建容").ToString(), ["NewPersonName"] = "王六", ["NewPosition"] = "建设村党支部书记",
            ["Reason"] = "工作变动", ["EffectiveOn"] = "2026-07-01"
        }, HttpStatusCode.SeeOther);
        page = await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(clerk); })).ReadAsTextAsync();
        Assert.Contains("待受理", page);
        Assert.Contains("建设村党支部书记", page);
        Assert.Contains("jianshe 修改后重新提交", page);

        await ActAsync(liaison, url, "Withdraw", await VersionAsync(liaison, url), "人选有变", HttpStatusCode.SeeOther);
        page = await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(clerk); })).ReadAsTextAsync();
        Assert.Contains("已撤回", page);
        Assert.DoesNotContain("name=\"action\"", page);
    }

    [Fact]
    public async Task A_rejected_request_changes_nothing_on_the_roster()
    {
        var liaison = await As("jianshe", "liaison-password-1");
        var clerk = await As("clerk", "clerk-password-1");
        var leader = await As("yewei", "leader-password-1");
        var url = await FileReplacementAsync(liaison, "刘建容", "赵七", "2026-08-01");
        await ActAsync(clerk, url, "Accept", await VersionAsync(clerk, url), "", HttpStatusCode.SeeOther);
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events where type like 'member_%'");
        await ActAsync(leader, url, "Reject", await VersionAsync(leader, url), "人选另议", HttpStatusCode.SeeOther);
        Assert.Equal(events, await app.ScalarAsync("select count(*) from secretariat.mt_events where type like 'member_%'"));
        Assert.DoesNotContain("赵七", await RosterOn(leader, "2026-08-01"));
        var page = await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(liaison); })).ReadAsTextAsync();
        Assert.Contains("yewei 驳回：人选另议", page);
    }

    private async Task<IScenarioResult> FileWithAttachmentAsync(SignedIn user, byte[] content, string fileName, HttpStatusCode expected)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in new Dictionary<string, string>
                 {
                     ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Add", ["NewPersonName"] = "附件测试", ["NewRole"] = "Member",
                     ["NewPosition"] = "建设村妇联主席", ["Reason"] = "增补", ["EffectiveOn"] = "2026-09-01",
                     ["__RequestVerificationToken"] = user.RequestToken
                 })
            form.Add(new StringContent(value), key);
        form.Add(new ByteArrayContent(content), "attachment", fileName);
        return await app.Host.Scenario(s =>
        {
            s.Post.Url("/t/tgy/adjustments/new");
            s.ConfigureHttpContext(c => c.WriteMultipartFormData(form));
            s.As(user);
            s.StatusCodeShouldBe(expected);
        });
    }

    [Fact]
    public async Task An_attached_pdf_is_kept_and_downloadable_and_other_files_are_refused()
    {
        var liaison = await As("jianshe", "liaison-password-1");
        var pdf = "%PDF-1.4\n%测试\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();
        var filed = await FileWithAttachmentAsync(liaison, pdf, "任职文件.pdf", HttpStatusCode.SeeOther);
        var url = filed.Context.Response.Headers.Location.ToString();
        await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(liaison);
            s.ContentShouldContain("任职文件.pdf");
        });
        var download = await app.Host.Scenario(s =>
        {
            s.Get.Url($"{url}/attachment");
            s.As(liaison);
            s.ContentTypeShouldBe("application/pdf");
        });
        var bytes = new MemoryStream();
        await download.Context.Response.Body.CopyToAsync(bytes);
        Assert.Equal(pdf, bytes.ToArray());

        var text = await FileWithAttachmentAsync(liaison, "not a pdf"u8.ToArray(), "假装.pdf", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("只能是 PDF 或图片", await text.ReadAsTextAsync());
        var big = new byte[Secretariat.Web.Features.Adjustments.Attachments.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        var tooBig = await FileWithAttachmentAsync(liaison, big, "大文件.pdf", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不能超过 5 MB", await tooBig.ReadAsTextAsync());
    }

    private async Task<string> RefusedFilingAsync(SignedIn user, Dictionary<string, string> form)
    {
        form.TryAdd("Body", nameof(BodyKind.LeadingGroup));
        form.TryAdd("Reason", "工作变动");
        form.TryAdd("EffectiveOn", "2026-05-01");
        form.TryAdd("UnitId", SampleTown.UnitId("党政办").ToString());
        return await (await PostAsync(user, "/t/tgy/adjustments/new", form, HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
    }

    [Fact]
    public async Task Every_roster_rule_is_refused_in_the_page()
    {
        var clerk = await As("clerk", "clerk-password-1");
        var before = await App.ScalarAsync("select count(*) from secretariat.mt_events");
        Assert.Contains("只能有一名组长", await RefusedFilingAsync(clerk, new()
        {
            ["Kind"] = "Add", ["NewPersonName"] = "王镇长", ["NewRole"] = "Leader"
        }));
        Assert.Contains("必须始终有一名组长", await RefusedFilingAsync(clerk, new()
        {
            ["Kind"] = "Remove", ["MemberPersonId"] = SampleTown.PersonId("叶伟").ToString()
        }));
        Assert.Contains("不能重复添加", await RefusedFilingAsync(clerk, new()
        {
            ["Kind"] = "Add", ["NewPersonName"] = "孔波", ["NewRole"] = "Member"
        }));
        Assert.Contains("不是领导小组成员", await RefusedFilingAsync(clerk, new()
        {
            ["Kind"] = "Remove", ["MemberPersonId"] = Guid.NewGuid().ToString()
        }));
        Assert.Equal(before, await App.ScalarAsync("select count(*) from secretariat.mt_events"));
    }

    [Fact]
    public async Task Only_the_leader_approves_and_never_their_own_request()
    {
        var clerkLeader = await As("clerkleader", "clerk-leader-password-1");
        var filed = await PostAsync(clerkLeader, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Add", ["UnitId"] = SampleTown.UnitId("财政办").ToString(),
            ["NewPersonName"] = "钱审计", ["NewRole"] = "Member", ["Reason"] = "增补", ["EffectiveOn"] = "2026-10-01"
        }, HttpStatusCode.SeeOther);
        var url = filed.Context.Response.Headers.Location.ToString();
        await ActAsync(clerkLeader, url, "Accept", await VersionAsync(clerkLeader, url), "", HttpStatusCode.SeeOther);

        var own = await ActAsync(clerkLeader, url, "Approve", await VersionAsync(clerkLeader, url), "", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不能审批自己提交的申请", await own.ReadAsTextAsync());
        // The 副组长 holds no capability of adjustments (the permission table): the route refuses before any decision.
        var deputy = await As("deputy", "deputy-password-1");
        await ActAsync(deputy, url, "Approve", await VersionAsync(deputy, url), "", HttpStatusCode.Forbidden);
        var clerk = await As("clerk", "clerk-password-1");
        Assert.Contains("只能由组长审批", await (await ActAsync(clerk, url, "Approve", await VersionAsync(clerk, url), "", HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync());

        var page = await (await App.Host.Scenario(s => { s.Get.Url(url); s.As(clerk); })).ReadAsTextAsync();
        Assert.Contains("待审批", page);
    }

    [Fact]
    public async Task A_liaison_cannot_read_another_units_request()
    {
        var clerk = await As("clerk", "clerk-password-1");
        var filed = await PostAsync(clerk, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Remove", ["UnitId"] = SampleTown.UnitId("党政办").ToString(),
            ["MemberPersonId"] = SampleTown.PersonId("孔波").ToString(), ["Reason"] = "工作变动", ["EffectiveOn"] = "2026-05-01"
        }, HttpStatusCode.SeeOther);
        var url = filed.Context.Response.Headers.Location.ToString();

        var liaison = await As("jianshe", "liaison-password-1");
        await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(liaison);
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
        });
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/adjustments");
            s.As(liaison);
            s.ContentShouldNotContain(url);
        });
        var reader = await As("reader", "reader-password-1");
        await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(reader);
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task Refused_requests_show_the_reason_in_the_page_and_save_nothing()
    {
        var liaison = await As("jianshe", "liaison-password-1");
        var before = await app.ScalarAsync("select count(*) from secretariat.mt_doc_memberadjustment");
        var othersMember = await PostAsync(liaison, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Remove", ["MemberPersonId"] = SampleTown.PersonId("孔波").ToString(),
            ["Reason"] = "工作变动", ["EffectiveOn"] = "2026-05-01"
        }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("不是本单位的成员", await othersMember.ReadAsTextAsync());
        var badDate = await PostAsync(liaison, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Add", ["NewPersonName"] = "王五", ["NewRole"] = "Member",
            ["Reason"] = "增补", ["EffectiveOn"] = "明天"
        }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("年-月-日", await badDate.ReadAsTextAsync());
        var tooEarly = await PostAsync(liaison, "/t/tgy/adjustments/new", new Dictionary<string, string>
        {
            ["Body"] = nameof(BodyKind.LeadingGroup), ["Kind"] = "Add", ["NewPersonName"] = "王五", ["NewRole"] = "Member",
            ["Reason"] = "增补", ["EffectiveOn"] = "2021-12-31"
        }, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("早于", await tooEarly.ReadAsTextAsync());
        Assert.Equal(before, await app.ScalarAsync("select count(*) from secretariat.mt_doc_memberadjustment"));

        var reader = await As("reader", "reader-password-1");
        await PostAsync(reader, "/t/tgy/adjustments/new", new Dictionary<string, string> { ["Body"] = "LeadingGroup" }, HttpStatusCode.Forbidden);
    }
}
