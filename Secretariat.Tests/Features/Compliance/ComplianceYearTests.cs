using Marten;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Training;
using Wolverine;

namespace Secretariat.Tests.Features.Compliance;

/// <summary>The sample town on a clock the tests move, checked from 2026 on, without the after-change recheck (the tests run the job).</summary>
public class ComplianceFixture : ClockedAppFixture
{
    protected override DateOnly StartsOn => new(2026, 1, 5);
    protected override string? CheckFrom => "2026-01-01";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (user, roles, person) in new (string, string[], string?)[]
                 {
                     ("clerk", [Roles.Secretariat], null), ("yewei", [Roles.Leader], "叶伟"), ("station", [Roles.WorkStation], null),
                     ("liubing", [Roles.WorkStation], "刘兵")
                 })
            Assert.Null((await accounts.CreateInTownAsync(user, user, $"{user}-password-1", roles, null, personName: person)).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("jianshe", "jianshe", "jianshe-password-1", [Roles.UnitLiaison], "建设村")).Refusal);
    }
}

public class ComplianceYearTests(ComplianceFixture app) : IClassFixture<ComplianceFixture>
{
    private DateOnly _day;

    private void On(string day, int hour = 8)
    {
        _day = DateOnly.Parse(day);
        app.Clock.Set(_day, hour);
    }

    /// <summary>Signs in anew on the current day (sessions and cookies follow the moved clock).</summary>
    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, $"{user}-password-1");

    private async Task<AlertChanges> RaiseAsync()
    {
        await using var scope = app.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync<AlertChanges>(SampleTownAccounts.Town, new RaiseAlerts());
    }

    private async Task<ComplianceAlert?> AlertAsync(string key)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return await session.Query<ComplianceAlert>().SingleOrDefaultAsync(a => a.Key == key);
    }

    private async Task<IReadOnlyList<ComplianceAlert>> OpenAsync()
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return await session.Query<ComplianceAlert>().Where(a => a.IsOpen).ToListAsync();
    }

    private async Task ExpectOpen(string key, Severity severity, int? reminderDays = null)
    {
        var alert = await AlertAsync(key);
        Assert.True(alert is { IsOpen: true }, $"{_day}: {key} should be open");
        Assert.Equal((severity, reminderDays), (alert!.Severity, alert.ReminderDays));
    }

    private async Task ExpectNotOpen(string key)
    {
        var alert = await AlertAsync(key);
        Assert.True(alert is null or { IsOpen: false }, $"{_day}: {key} should not be open ({alert?.SeverityText})");
    }

    private async Task<string> PostAsync(SignedIn user, string url, IEnumerable<(string, string)> fields, HttpStatusCode expected = HttpStatusCode.SeeOther)
    {
        var result = await app.Host.PostFormAsync(user, url, fields, expected);
        return expected == HttpStatusCode.SeeOther ? result.Context.Response.Headers.Location.ToString() : await result.ReadAsTextAsync();
    }

    private async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    private Task<long> AlertEventsAsync() =>
        app.ScalarAsync("select count(*) from secretariat.mt_events where type like 'alert_%'");

    [Fact]
    public async Task A_year_of_the_sample_town_opens_escalates_and_resolves_each_rule_on_its_day()
    {
        // January: nothing is wrong yet; a new director starts, the office files a member adjustment.
        On("2026-01-05");
        var changes = await RaiseAsync();
        Assert.Equal(0, changes.Findings);
        var clerk = await As("clerk");
        var wangxin = await PostAsync(clerk, "/t/tgy/training/appointments/new", [("PersonId", ""), ("Name", "王新"), ("Duty", "ChildDirector"),
            ("UnitId", SampleTown.UnitId("建设村").ToString()), ("EffectiveOn", "2026-01-05"), ("Basis", "镇政府任命")]);
        var wangxinId = Guid.Parse(wangxin.Split('/').Last());
        var onboarding = $"R6-onboarding:{(await LoadWorker(wangxinId)).Appointments[0].Id}";
        var adjustment = await PostAsync(clerk, "/t/tgy/adjustments/new", [("Body", nameof(BodyKind.LeadingGroup)), ("Kind", "Remove"),
            ("UnitId", SampleTown.UnitId("党政办").ToString()), ("MemberPersonId", SampleTown.PersonId("孔波").ToString()), ("Reason", "退休"),
            ("EffectiveOn", "2026-06-01")]);
        var adjustmentId = Guid.Parse(adjustment.Split('/').Last());

        // More than 15 days waiting for the office: opens on the 16th day, resolves when accepted; the next stage has its own clock.
        On("2026-01-20");
        await RaiseAsync();
        await ExpectNotOpen($"adjustment:{adjustmentId}:Submitted");
        On("2026-01-21");
        await RaiseAsync();
        await ExpectOpen($"adjustment:{adjustmentId}:Submitted", Severity.Warning);
        var events = await AlertEventsAsync();
        Assert.Equal(0, (await RaiseAsync()).Total);
        Assert.Equal(events, await AlertEventsAsync());
        clerk = await As("clerk");
        await PostAsync(clerk, adjustment + "/act", [("action", "Accept"), ("version", "1"), ("comment", "")]);
        await RaiseAsync();
        await ExpectNotOpen($"adjustment:{adjustmentId}:Submitted");
        On("2026-02-06");
        await RaiseAsync();
        await ExpectOpen($"adjustment:{adjustmentId}:PendingApproval", Severity.Warning);

        // Onboarding (due 2026-04-05): 提醒 30 days before, again 7 days before (an escalation), 违规 the day after; training resolves it.
        On("2026-03-05");
        await RaiseAsync();
        await ExpectNotOpen(onboarding);
        On("2026-03-06");
        await RaiseAsync();
        await ExpectOpen(onboarding, Severity.Reminder, 30);
        var station = await As("station");
        var alertId = (await AlertAsync(onboarding))!.Id;
        var noNote = await PostAsync(station, $"/t/tgy/compliance/alerts/{alertId}/acknowledge", [("Note", " ")], HttpStatusCode.UnprocessableEntity);
        Assert.Contains("请写明说明", noNote);
        await PostAsync(station, $"/t/tgy/compliance/alerts/{alertId}/acknowledge", [("Note", "已报名 3 月下旬的入职培训")]);
        Assert.Equal("已报名 3 月下旬的入职培训", (await AlertAsync(onboarding))!.Acknowledged!.Note);
        On("2026-03-28");
        await RaiseAsync();
        await ExpectOpen(onboarding, Severity.Reminder, 30);
        On("2026-03-29");
        await RaiseAsync();
        await ExpectOpen(onboarding, Severity.Reminder, 7);
        Assert.Null((await AlertAsync(onboarding))!.Acknowledged);
        On("2026-04-05");
        await RaiseAsync();
        await ExpectOpen(onboarding, Severity.Reminder, 7);
        On("2026-04-06");
        await RaiseAsync();
        await ExpectOpen(onboarding, Severity.Breach);
        On("2026-04-08");
        station = await As("station");
        await PostAsync(station, "/t/tgy/training/sessions/new", [("Title", "儿童主任入职培训"), ("Kind", "Onboarding"), ("StartOn", "2026-04-07"),
            ("EndOn", "2026-04-08"), ("Organiser", "镇民政和社事办"), ("Place", "镇政府三楼会议室"), ("CourseTitle", "儿童社会工作实务"),
            ("CourseHours", "6"), ("CourseChildSocialWork", "0"), ("Attendee", wangxinId.ToString())]);
        await RaiseAsync();
        var resolved = (await AlertAsync(onboarding))!;
        Assert.Equal((false, new DateOnly(2026, 4, 8)), (resolved.IsOpen, resolved.ResolvedOn!.Value));
        Assert.Equal(["提出（提醒（30 天内到期））", "已知悉", "升级为提醒（7 天内到期）", "升级为违规", "条件已消除，自动解除"],
            resolved.History.Select(h => h.What));

        // A village loses its only director: urgent the same day, resolved when a new one is appointed.
        var (village, director) = await VillageWithOneDirectorAsync(new DateOnly(2026, 5, 10));
        On("2026-05-10");
        station = await As("station");
        await PostAsync(station, $"/t/tgy/training/people/{director}/leave", [("EffectiveOn", "2026-05-10"), ("Reason", "工作调动")]);
        await RaiseAsync();
        await ExpectOpen($"R5:{village}", Severity.Urgent);
        On("2026-05-20");
        station = await As("station");
        var successor = await PostAsync(station, "/t/tgy/training/appointments/new", [("PersonId", ""), ("Name", "陈新"), ("Duty", "ChildDirector"),
            ("UnitId", village.ToString()), ("EffectiveOn", "2026-05-20"), ("Basis", "镇政府任命")]);
        await RaiseAsync();
        await ExpectNotOpen($"R5:{village}");

        // The first half-year's report (due 15 July): 提醒 from 15 June and 8 July, 违规 from 16 July until the office signs for it.
        const string report = "R7:2026-H1";
        On("2026-06-14");
        await RaiseAsync();
        await ExpectNotOpen(report);
        On("2026-06-15");
        await RaiseAsync();
        await ExpectOpen(report, Severity.Reminder, 30);

        // Meetings: no meeting in the first half -> warning from 1 July, cleared once one is held.
        On("2026-06-30");
        await RaiseAsync();
        await ExpectNotOpen("R3:2026");
        On("2026-07-01");
        await RaiseAsync();
        await ExpectOpen("R3:2026", Severity.Warning);

        // The report's facts list what was open on 30 June: the adjustment waiting for approval and the report's own reminder.
        station = await As("station");
        var reportUrl = (await app.Host.PostFormAsync(station, "/t/tgy/reports", [("Year", "2026"), ("Half", "H1")], HttpStatusCode.SeeOther))
            .Context.Response.Headers.Location.ToString();
        var draft = await GetAsync(station, reportUrl);
        Assert.Contains("期末未解除的合规提醒", draft);
        Assert.Matches("<td>成员调整待办理</td><td>调整〔2026〕\\d+号（党政办）</td><td class=\"date\">2026-02-06</td>", draft);
        Assert.Contains("<td>工作站半年报告</td><td>2026年上半年工作报告</td><td class=\"date\">2026-06-15</td>", draft);
        Assert.DoesNotContain($"<td>儿童主任入职培训</td>", draft);
        On("2026-07-08");
        await RaiseAsync();
        await ExpectOpen(report, Severity.Reminder, 7);
        On("2026-07-16");
        await RaiseAsync();
        await ExpectOpen(report, Severity.Breach);
        Assert.Contains("至今未收到", (await AlertAsync(report))!.Explanation);
        On("2026-07-17");
        station = await As("station");
        var version = Regex.Match(await GetAsync(station, reportUrl), "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        await PostAsync(station, reportUrl + "/draft", [("version", version), ("Section_analysis", "上半年情况总体平稳。"),
            ("Section_problems", "会议召开不及时。"), ("Section_plan", "下半年召开两次会议。")]);
        await PostAsync(await As("liubing"), reportUrl + "/submit", []);
        await RaiseAsync();
        await ExpectOpen(report, Severity.Breach);
        Assert.Contains("已于 2026-07-17 报送，办公室尚未签收", (await AlertAsync(report))!.Explanation);
        On("2026-07-18");
        await PostAsync(await As("clerk"), reportUrl + "/receive", [("ReceivedOn", "2026-07-18")]);
        await RaiseAsync();
        await ExpectNotOpen(report);
        On("2026-07-10");
        clerk = await As("clerk");
        var first = await ConveneAsync(clerk, "第三季度领导小组会议", "2026-07-20");
        On("2026-07-20", hour: 10);
        await RaiseAsync();
        await ExpectNotOpen("R3:2026");

        // Minutes not issued 15 days after the meeting; issuing them (with a major resolution due 30 September) resolves it.
        var minutesKey = $"R3-minutes:{first.Split('/').Last()}";
        On("2026-08-03");
        await RaiseAsync();
        await ExpectNotOpen(minutesKey);
        On("2026-08-04");
        await RaiseAsync();
        await ExpectOpen(minutesKey, Severity.Warning);
        On("2026-08-05");
        await IssueMinutesAsync(first, "建立困境儿童关爱台账", "2026-09-30");
        await RaiseAsync();
        await ExpectNotOpen(minutesKey);
        var resolutionId = await app.ScalarTextAsync("select id::text from secretariat.mt_doc_resolution limit 1");
        var resolutionKey = $"resolution:{resolutionId}";

        // The resolution: 提醒 at 30 and 7 days, urgent (major) after its due day, resolved when done.
        On("2026-08-30");
        await RaiseAsync();
        await ExpectNotOpen(resolutionKey);
        On("2026-08-31");
        await RaiseAsync();
        await ExpectOpen(resolutionKey, Severity.Reminder, 30);
        On("2026-09-23");
        await RaiseAsync();
        await ExpectOpen(resolutionKey, Severity.Reminder, 7);

        // 1 October: one held, none scheduled -> the year's alert comes back, urgent; a second meeting scheduled clears it.
        On("2026-10-01");
        await RaiseAsync();
        await ExpectOpen(resolutionKey, Severity.Urgent);
        await ExpectOpen("R3:2026", Severity.Urgent);
        Assert.Contains("再次出现", (await AlertAsync("R3:2026"))!.History.Last().What);
        On("2026-10-03");
        clerk = await As("clerk");
        await PostAsync(clerk, $"/t/tgy/resolutions/{resolutionId}/complete", [("Evidence", "台账已建立，见镇民政办存档")]);
        var second = await ConveneAsync(clerk, "第四季度领导小组会议", "2026-11-15");
        await RaiseAsync();
        await ExpectNotOpen(resolutionKey);
        await ExpectNotOpen("R3:2026");

        // The dashboard shows what is open, each figure and alert linking to its list.
        var dashboard = await GetAsync(clerk, "/t/tgy/");
        Assert.Contains("已召开 1 / 应开 2", dashboard);
        Assert.Contains($"href=\"/t/tgy/compliance/alerts/", dashboard);
        Assert.Contains("href=\"/t/tgy/compliance?severity=Warning\"", dashboard);
        var liaison = await As("jianshe");
        var liaisonBoard = await GetAsync(liaison, "/t/tgy/");
        Assert.DoesNotContain("领导小组会议（每年至少两次）", liaisonBoard);

        // December: rotation reminders for the sample's people still serving (9 of 10: one left in May); 1 January: the year ends with one set of minutes -> breach.
        On("2026-12-01");
        await RaiseAsync();
        var rotations = (await OpenAsync()).Where(a => a.Rule == TrainingCadence.Rotation.Code).ToList();
        Assert.Equal(9, rotations.Count);
        Assert.All(rotations, a => Assert.Equal((Severity.Reminder, 30), (a.Severity, a.ReminderDays!.Value)));
        On("2027-01-01");
        await RaiseAsync();
        await ExpectOpen("R3:2026", Severity.Breach);
        Assert.Equal(9, (await OpenAsync()).Count(a => a.Rule == TrainingCadence.Rotation.Code && a.Severity == Severity.Breach));
        On("2027-01-05");
        await IssueMinutesAsync(second, null, null);
        await RaiseAsync();
        await ExpectNotOpen("R3:2026");
        events = await AlertEventsAsync();
        await RaiseAsync();
        Assert.Equal(events, await AlertEventsAsync());
        Assert.NotNull(successor);
    }

    private async Task<ChildWorker> LoadWorker(Guid id)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return (await session.LoadAsync<ChildWorker>(id))!;
    }

    private async Task<(Guid Village, Guid Director)> VillageWithOneDirectorAsync(DateOnly on)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var coverage = await new TrainingQueries(session).CoverageAsync(on, CancellationToken.None);
        var village = coverage.First(c => c.Directors.Count == 1 && c.Village.Name != "建设村");
        return (village.Village.Id, village.Directors[0].Id);
    }

    private Task<string> ConveneAsync(SignedIn clerk, string title, string date) =>
        PostAsync(clerk, "/t/tgy/meetings/new", [("Title", title), ("Kind", "Regular"), ("Date", date), ("Time", "09:30"), ("Place", "镇政府三楼会议室"),
            ("ConvenerPersonId", SampleTown.PersonId("叶伟").ToString()), ("DelegatedOn", ""), ("CutoffDate", "")]);

    private async Task IssueMinutesAsync(string meeting, string? resolution, string? due)
    {
        var clerk = await As("clerk");
        var page = await GetAsync(clerk, meeting + "?tab=minutes");
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        var row = Guid.NewGuid().ToString();
        var fields = new List<(string, string)> { ("version", version), ("Summary", "会议研究了未成年人保护工作。"), ("ResolutionRow", row) };
        if (resolution is not null)
            fields.AddRange([($"ResolutionText_{row}", resolution), ($"ResolutionLead_{row}", SampleTown.UnitId("建设村").ToString()),
                ($"ResolutionUnits_{row}", SampleTown.UnitId("派出所").ToString()), ($"ResolutionDue_{row}", due!), ($"ResolutionMajor_{row}", "true")]);
        await PostAsync(clerk, meeting + "/minutes", fields);
        await app.Host.RecordEveryoneAsync(clerk, meeting);
        await PostAsync(clerk, meeting + "/minutes/submit", []);
        await PostAsync(await As("yewei"), meeting + "/minutes/sign-off", []);
    }
}
