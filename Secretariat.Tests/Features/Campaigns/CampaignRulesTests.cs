using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.Campaigns;

/// <summary>The campaign deadlines as pure rules over constructed facts (六(二)-(四), 附件2).</summary>
public class CampaignRulesTests
{
    private static readonly CadenceOptions Options = new();
    private static readonly Guid CampaignId = Guid.NewGuid();
    private static readonly UnitRef Village = new(Guid.NewGuid(), "建设村");
    private static readonly UnitRef Police = new(Guid.NewGuid(), "派出所");
    private static readonly Guid Task1 = Guid.NewGuid(), Task2 = Guid.NewGuid(), Negative1 = Guid.NewGuid();

    /// <summary>Submission by 2026-12-15, 初审 2026-12-15..2026-12-20, acceptance by 2026-12-31; opened on 2026-11-01.</summary>
    private static readonly CampaignSchedule Schedule = new(new DateOnly(2026, 1, 1), new DateOnly(2025, 1, 1), 2026, new DateOnly(2026, 12, 15),
        new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 31));

    /// <summary>第1项 owed by both units (建设村 leads), 第2项 by 建设村 only, 负面清单第1项 by both.</summary>
    private static CampaignFact Campaign(params CampaignCellFact[] cells) => new(CampaignId, "示范创建", Schedule, new DateOnly(2026, 11, 1),
        [
            new(Task1, ItemKind.Task, "第1项", [Village.Id, Police.Id], Village.Id, AcceptanceState.Pending, null),
            new(Task2, ItemKind.Task, "第2项", [Village.Id], Village.Id, AcceptanceState.Pending, null),
            new(Negative1, ItemKind.Negative, "负面清单第1项", [Village.Id, Police.Id], Village.Id, AcceptanceState.Pending, null)
        ], [Village, Police], cells);

    private static CampaignCellFact Filed(Guid item, UnitRef unit, EvidenceState state = EvidenceState.Submitted, DateOnly? resubmitBy = null) =>
        new(item, unit.Id, state, null, resubmitBy);

    private static CampaignCellFact ZeroReport(UnitRef unit) => new(Negative1, unit.Id, EvidenceState.Submitted, NegativeAnswer.Zero, null);

    private static DateOnly Day(string day) => DateOnly.Parse(day);

    private static Finding? SubmissionOf(CampaignFact c, string day, UnitRef unit, CadenceOptions? options = null) =>
        CampaignRules.Submissions(c, Day(day), options ?? Options).SingleOrDefault(f => f.UnitIds.SequenceEqual(new[] { unit.Id }));

    [Fact]
    public void A_unit_with_missing_items_gets_a_reminder_within_the_window_before_the_deadline_and_an_urgent_finding_after()
    {
        var c = Campaign();
        Assert.Null(SubmissionOf(c, "2026-11-14", Village));
        var reminder = SubmissionOf(c, "2026-11-15", Village)!;
        Assert.Equal((Severity.Reminder, 30, Day("2026-12-15")), (reminder.Severity, reminder.ReminderDays!.Value, reminder.DueOn!.Value));
        Assert.Equal(CampaignRules.Submission.Code, reminder.Rule);
        Assert.Equal("建设村", reminder.Subject);
        Assert.Equal("须于 2026-12-15 前报送 3 项印证材料（含负面清单零报告 1 项）", reminder.Explanation);
        Assert.Equal($"campaign:{CampaignId}:unit:{Village.Id}:submission", reminder.Key);
        Assert.Equal($"/campaigns/{CampaignId}?unit={Village.Id}", reminder.Link);
        Assert.Equal(7, SubmissionOf(c, "2026-12-08", Village)!.ReminderDays);
        Assert.Equal(7, SubmissionOf(c, "2026-12-15", Village)!.ReminderDays);
        // The text names the deadline, never the days left: the same every day of a window.
        Assert.Equal(SubmissionOf(c, "2026-11-20", Village)!.Explanation, SubmissionOf(c, "2026-12-01", Village)!.Explanation);

        var urgent = SubmissionOf(c, "2026-12-16", Police)!;
        Assert.Equal((Severity.Urgent, (int?)null), (urgent.Severity, urgent.ReminderDays));
        Assert.Equal("应于 2026-12-15 前报送，尚有 2 项未报送（含负面清单零报告 1 项）", urgent.Explanation);
        Assert.Equal(SubmissionOf(c, "2026-11-15", Police)!.Key, urgent.Key);
    }

    [Fact]
    public void A_unit_that_filed_everything_gets_nothing_and_a_zero_report_counts_as_filed()
    {
        var c = Campaign(Filed(Task1, Police), ZeroReport(Police), Filed(Task1, Village, EvidenceState.Passed), Filed(Task2, Village, EvidenceState.Returned,
            Day("2026-12-20")));
        Assert.Null(SubmissionOf(c, "2026-12-01", Police));
        Assert.Null(SubmissionOf(c, "2026-12-16", Police));
        // 建设村 filed both task items (one was returned, which has its own deadline) but not the negative list: one item missing.
        var village = SubmissionOf(c, "2026-12-16", Village)!;
        Assert.Equal("应于 2026-12-15 前报送，尚有 1 项未报送（含负面清单零报告 1 项）", village.Explanation);
        Assert.Null(SubmissionOf(Campaign(Filed(Task1, Village), Filed(Task2, Village), ZeroReport(Village), ZeroReport(Police)), "2026-12-16", Village));
        // A task item's missing evidence alone says nothing of the negative list.
        Assert.Equal("须于 2026-12-15 前报送 1 项印证材料",
            SubmissionOf(Campaign(Filed(Task1, Village), ZeroReport(Village)), "2026-12-10", Village)!.Explanation);
    }

    [Fact]
    public void Not_filed_stays_distinct_from_a_zero_report_when_read_from_the_units_evidence()
    {
        var by = new StepBy(Guid.NewGuid(), "联络人", new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var zero = UnitEvidence.Create(new NegativeItemAnswered(Guid.NewGuid(), CampaignId, Negative1, Police.Id, Police.Name, 1, NegativeAnswer.Zero,
            "经逐项梳理，本单位自2025年以来未发生此类情况。", "张三", false, by));
        Assert.Null(CampaignRules.CellAsOf(zero, Day("2026-12-09")));
        var cell = CampaignRules.CellAsOf(zero, Day("2026-12-10"))!;
        Assert.Equal((EvidenceState.Submitted, NegativeAnswer.Zero), (cell.State, cell.Answer!.Value));
        Assert.Equal(2, CampaignRules.Submissions(Campaign(cell), Day("2026-12-16"), Options).Count());
        Assert.Equal("应于 2026-12-15 前报送，尚有 3 项未报送（含负面清单零报告 1 项）", SubmissionOf(Campaign(cell), "2026-12-16", Village)!.Explanation);
        Assert.Equal("应于 2026-12-15 前报送，尚有 1 项未报送", SubmissionOf(Campaign(cell), "2026-12-16", Police)!.Explanation);
    }

    [Fact]
    public void A_returned_submission_past_its_new_deadline_is_urgent_per_item_and_unit_and_the_cell_follows_the_day()
    {
        var at = (string day) => new StepBy(Guid.NewGuid(), "工作站", new DateTimeOffset(DateOnly.Parse(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        var evidenceId = CampaignIds.Evidence(CampaignId, Task1, Police.Id);
        var evidence = UnitEvidence.Create(new EvidenceSubmitted(evidenceId, CampaignId, Task1, Police.Id, Police.Name, 1, "台账", [], [], false,
            at("2026-12-01")));
        evidence.Apply(new EvidenceReturned(evidenceId, 1, "缺少签字页", Day("2026-12-18"), null, at("2026-12-03")));
        Assert.Equal(EvidenceState.Submitted, CampaignRules.CellAsOf(evidence, Day("2026-12-02"))!.State);
        var returned = CampaignRules.CellAsOf(evidence, Day("2026-12-03"))!;
        Assert.Equal((EvidenceState.Returned, Day("2026-12-18")), (returned.State, returned.ResubmitBy!.Value));

        var c = Campaign(returned);
        Assert.Empty(CampaignRules.Resubmissions(c, Day("2026-12-18"), Options));
        var urgent = Assert.Single(CampaignRules.Resubmissions(c, Day("2026-12-19"), Options));
        Assert.Equal((CampaignRules.Submission.Code, Severity.Urgent, Day("2026-12-18")), (urgent.Rule, urgent.Severity, urgent.DueOn!.Value));
        Assert.Equal("第1项（派出所）", urgent.Subject);
        Assert.Equal("材料已退回补充，应于 2026-12-18 前重新报送，尚未报送", urgent.Explanation);
        Assert.Equal($"campaign:{CampaignId}:item:{Task1}:unit:{Police.Id}:resubmit", urgent.Key);
        Assert.Equal($"/campaigns/{CampaignId}/items/{Task1}#unit-{Police.Id}", urgent.Link);
        Assert.Equal(new[] { Police.Id }, urgent.UnitIds);

        // Filed again: waiting for 初审, nothing overdue.
        evidence.Apply(new EvidenceSubmitted(evidenceId, CampaignId, Task1, Police.Id, Police.Name, 2, "台账（补签字页）", [], [], false, at("2026-12-19")));
        Assert.Empty(CampaignRules.Resubmissions(Campaign(CampaignRules.CellAsOf(evidence, Day("2026-12-19"))!), Day("2026-12-19"), Options));
        Assert.Single(CampaignRules.Resubmissions(Campaign(CampaignRules.CellAsOf(evidence, Day("2026-12-18"))!), Day("2026-12-19"), Options));
    }

    [Fact]
    public void Submissions_waiting_for_review_give_one_reminder_in_the_window_and_one_urgent_finding_after_it()
    {
        var c = Campaign(Filed(Task1, Police), Filed(Task1, Village), Filed(Task2, Village, EvidenceState.Passed), ZeroReport(Police));
        Assert.Empty(CampaignRules.Reviews(c, Day("2026-12-14"), Options));
        var reminder = Assert.Single(CampaignRules.Reviews(c, Day("2026-12-15"), Options));
        Assert.Equal((CampaignRules.Review.Code, Severity.Reminder, 7, Day("2026-12-20")),
            (reminder.Rule, reminder.Severity, reminder.ReminderDays!.Value, reminder.DueOn!.Value));
        // Only task items are reviewed: the zero report is not waiting.
        Assert.Equal("初审期间为 2026-12-15 至 2026-12-20，尚有 2 份材料待初审", reminder.Explanation);
        Assert.Equal($"campaign:{CampaignId}:review", reminder.Key);
        Assert.Empty(reminder.UnitIds);
        Assert.Equal(reminder.Explanation, Assert.Single(CampaignRules.Reviews(c, Day("2026-12-20"), Options)).Explanation);
        var urgent = Assert.Single(CampaignRules.Reviews(c, Day("2026-12-21"), Options));
        Assert.Equal((Severity.Urgent, "初审应于 2026-12-20 前完成，尚有 2 份材料待初审"), (urgent.Severity, urgent.Explanation));
        Assert.Equal(reminder.Key, urgent.Key);
        Assert.Empty(CampaignRules.Reviews(Campaign(Filed(Task1, Police, EvidenceState.Passed), Filed(Task1, Village, EvidenceState.Returned)),
            Day("2026-12-21"), Options));
    }

    [Fact]
    public void Acceptance_is_a_reminder_before_its_deadline_and_a_warning_after_while_items_are_not_accepted()
    {
        var c = Campaign();
        Assert.Empty(CampaignRules.Acceptances(c, Day("2026-11-30"), Options));
        var reminder = Assert.Single(CampaignRules.Acceptances(c, Day("2026-12-01"), Options));
        Assert.Equal((CampaignRules.Acceptance.Code, Severity.Reminder, 30), (reminder.Rule, reminder.Severity, reminder.ReminderDays!.Value));
        Assert.Equal("区验收须于 2026-12-31 前完成，尚有 3 项未通过验收，请做好迎检准备", reminder.Explanation);
        var warning = Assert.Single(CampaignRules.Acceptances(c, Day("2027-01-01"), Options));
        Assert.Equal((Severity.Warning, "区验收应于 2026-12-31 前完成，尚有 3 项未通过验收"), (warning.Severity, warning.Explanation));
        var accepted = c with { Items = [.. c.Items.Select(i => i with { Acceptance = AcceptanceState.Accepted })] };
        Assert.Empty(CampaignRules.Acceptances(accepted, Day("2027-01-01"), Options));
    }

    [Fact]
    public void A_rectification_not_closed_by_its_day_is_urgent_per_item_for_the_lead_unit()
    {
        var c = Campaign();
        CampaignFact With(AcceptanceState state) =>
            c with { Items = [c.Items[0] with { Acceptance = state, RectifyBy = Day("2027-01-10") }, .. c.Items.Skip(1)] };
        Assert.Empty(CampaignRules.Rectifications(With(AcceptanceState.Rectifying), Day("2027-01-10"), Options));
        var urgent = Assert.Single(CampaignRules.Rectifications(With(AcceptanceState.Rectifying), Day("2027-01-11"), Options));
        Assert.Equal((CampaignRules.Rectification.Code, Severity.Urgent, Day("2027-01-10")), (urgent.Rule, urgent.Severity, urgent.DueOn!.Value));
        Assert.Equal(("第1项整改", "整改应于 2027-01-10 前完成，尚未报送整改情况"), (urgent.Subject, urgent.Explanation));
        Assert.Equal($"campaign:{CampaignId}:item:{Task1}:rectification", urgent.Key);
        Assert.Equal($"/campaigns/{CampaignId}/items/{Task1}", urgent.Link);
        Assert.Equal(new[] { Village.Id }, urgent.UnitIds);
        Assert.Contains("区未保办尚未确认", Assert.Single(CampaignRules.Rectifications(With(AcceptanceState.RectificationReported), Day("2027-01-11"),
            Options)).Explanation);
        Assert.Empty(CampaignRules.Rectifications(With(AcceptanceState.Accepted), Day("2027-01-11"), Options));
        // An item under rectification takes no more submissions: it is not counted as missing.
        Assert.Equal("应于 2026-12-15 前报送，尚有 1 项未报送（含负面清单零报告 1 项）",
            SubmissionOf(With(AcceptanceState.Rectifying), "2026-12-16", Police)!.Explanation);
    }

    [Fact]
    public void CheckFrom_and_a_campaign_opened_after_its_dates_suppress_the_findings()
    {
        var c = Campaign(Filed(Task1, Police), Filed(Task2, Village, EvidenceState.Returned, Day("2026-12-18")));
        var day = Day("2027-01-05");
        Assert.NotEmpty(CampaignRules.Submissions(c, day, Options));
        var from2027 = new CadenceOptions { CheckFrom = new DateOnly(2027, 1, 1) };
        Assert.Empty(CampaignRules.Submissions(c, day, from2027));
        Assert.Empty(CampaignRules.Resubmissions(c, day, from2027));
        Assert.Empty(CampaignRules.Reviews(c, day, from2027));
        Assert.Empty(CampaignRules.Acceptances(c, day, from2027));
        // CheckFrom on the acceptance deadline: the earlier steps are not checked, the acceptance still is.
        var fromDecember = new CadenceOptions { CheckFrom = new DateOnly(2026, 12, 21) };
        Assert.Empty(CampaignRules.Submissions(c, day, fromDecember));
        Assert.Empty(CampaignRules.Reviews(c, day, fromDecember));
        Assert.Single(CampaignRules.Acceptances(c, day, fromDecember));

        // The notice's sample: its 2022 dates, loaded on a town's first start in 2026, are a record, not a flood of overdue findings.
        var sample = c with { Schedule = SampleCampaign.Schedule, OpenedOn = new DateOnly(2026, 3, 1), Cells = [] };
        Assert.Empty(CampaignRules.CampaignDeadlines(new DateOnly(2026, 10, 1), [sample], Options));
        // Nor is a campaign evaluated on a day before it was opened.
        Assert.Empty(CampaignRules.CampaignDeadlines(new DateOnly(2022, 2, 16), [sample], Options));
    }

    [Fact]
    public void The_engine_evaluates_every_campaign_rule_with_unique_keys()
    {
        var c = Campaign(Filed(Task1, Police), Filed(Task2, Village, EvidenceState.Returned, Day("2026-12-18")));
        c = c with { Items = [c.Items[0] with { Acceptance = AcceptanceState.Rectifying, RectifyBy = Day("2026-12-30") }, .. c.Items.Skip(1)] };
        var findings = ComplianceEngine.Ordered(CampaignRules.CampaignDeadlines(Day("2027-01-05"), [c], Options));
        Assert.Equal(findings.Count, findings.Select(f => f.Key).Distinct().Count());
        Assert.Equal(
            new[] { CampaignRules.Acceptance.Code, CampaignRules.Rectification.Code, CampaignRules.Submission.Code, CampaignRules.Submission.Code, CampaignRules.Submission.Code },
            findings.Select(f => f.Rule).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Contains(f.Rule, new CampaignComplianceRules().Rules.Select(r => r.Code)));
        Assert.Equal(new[] { "示范创建材料报送", "示范创建初审", "示范创建验收", "示范创建整改" },
            new[] { CampaignRules.Submission, CampaignRules.Review, CampaignRules.Acceptance, CampaignRules.Rectification }.Select(r => r.Name));
    }

    [Fact]
    public void The_office_and_station_see_every_campaign_rule_and_a_liaison_only_the_findings_of_their_unit()
    {
        ComplianceAlert Alert(ComplianceRule rule, params Guid[] units) => new() { Rule = rule.Code, UnitIds = [.. units], IsOpen = true };
        var station = new Audience(false, true, null);
        var liaison = new Audience(false, false, Village.Id);
        foreach (var rule in new[] { CampaignRules.Submission, CampaignRules.Review, CampaignRules.Acceptance, CampaignRules.Rectification })
            Assert.True(station.Sees(Alert(rule), rule));
        Assert.True(liaison.Sees(Alert(CampaignRules.Submission, Village.Id), CampaignRules.Submission));
        Assert.False(liaison.Sees(Alert(CampaignRules.Submission, Police.Id), CampaignRules.Submission));
        Assert.True(liaison.Sees(Alert(CampaignRules.Rectification, Village.Id), CampaignRules.Rectification));
        Assert.False(liaison.Sees(Alert(CampaignRules.Review), CampaignRules.Review));
        Assert.False(liaison.Sees(Alert(CampaignRules.Acceptance), CampaignRules.Acceptance));
    }
}
