using Secretariat.Web.Features.Casework;

namespace Secretariat.Tests.Features.Casework;

/// <summary>The window's rules without a database: the deadlines at their edges, who may, ranges, the report's counts and item 19's figures.</summary>
public class CaseDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly MemberUnit Police = new() { Id = Guid.NewGuid(), Name = "派出所", Kind = UnitKind.TownBody };
    private static readonly MemberUnit Civil = new() { Id = Guid.NewGuid(), Name = "民政和社事办", Kind = UnitKind.TownBody };
    private static readonly MemberUnit Jianshe = new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village };
    private static readonly ConcernedChild Child = new(Guid.NewGuid(), "GA-2345-6789", false);

    private static Actor As(string role, Guid? unit = null) => new(Guid.NewGuid(), role, [role], unit, null);

    private static readonly Actor Station = As(Roles.WorkStation);
    private static readonly Actor Clerk = As(Roles.Secretariat);
    private static readonly Actor PoliceLiaison = As(Roles.UnitLiaison, Police.Id);
    private static readonly Actor CivilLiaison = As(Roles.UnitLiaison, Civil.Id);
    private static readonly CadenceOptions Cadence = new();

    private static MandatoryReport Received(DateOnly on, int hour = 10)
    {
        var e = CaseDecisions.Receive(Guid.NewGuid(), new ReportInput(on, new TimeOnly(hour, 0), ReporterKind.School, "实验学校", HarmCategory.Physical, Jianshe.Id),
            Jianshe, Child, false, Station, Now).Event!;
        return MandatoryReport.Create(e);
    }

    private static IReadOnlyList<Finding> Findings(DateOnly asOf, MandatoryReport report, MandatoryReportPeriods? periods = null) =>
        CaseworkRules.Reports(new CaseworkFacts(asOf, [report], periods ?? new MandatoryReportPeriods(), [], []), Cadence).ToList();

    [Fact]
    public void A_report_not_passed_to_the_police_is_a_warning_on_its_day_and_urgent_from_the_next()
    {
        var report = Received(Today.AddDays(-1), hour: 23);
        var onTheDay = Assert.Single(Findings(Today.AddDays(-1), report));
        Assert.Equal((CaseworkRules.PoliceSameDay.Code, Severity.Warning), (onTheDay.Rule, onTheDay.Severity));
        var nextDay = Assert.Single(Findings(Today, report));
        Assert.Equal(Severity.Urgent, nextDay.Severity);
        Assert.Equal(onTheDay.Key, nextDay.Key);
        Assert.Contains("追责问责", nextDay.Explanation);
        Assert.DoesNotContain(Child.Reference, nextDay.Explanation + nextDay.Subject);
        Assert.Equal(Reach.Station, CaseworkRules.PoliceSameDay.Followers);
        report.Apply(CaseDecisions.PassToPolice(report, Today, new TimeOnly(9, 0), "A5001", Station, Now).Event!);
        Assert.DoesNotContain(Findings(Today, report), f => f.Rule == CaseworkRules.PoliceSameDay.Code);
    }

    [Fact]
    public void Each_later_step_is_due_the_town_s_days_after_the_previous_one_a_reminder_until_then_urgent_after()
    {
        var report = Received(Today.AddDays(-20));
        report.Apply(CaseDecisions.PassToPolice(report, Today.AddDays(-20), new TimeOnly(11, 0), "A5001", Station, Now).Event!);
        var periods = new MandatoryReportPeriods { InvestigationDays = 20, HandlingDays = 3, FeedbackDays = 2 };
        var due = Assert.Single(Findings(Today, report, periods));
        Assert.Equal((CaseworkRules.ReportSteps.Code, Severity.Reminder, Today), (due.Rule, due.Severity, due.DueOn));
        var late = Assert.Single(Findings(Today.AddDays(1), report, periods));
        Assert.Equal(Severity.Urgent, late.Severity);
        Assert.Contains("调查", late.Explanation);

        report.Apply(CaseDecisions.Investigate(report, Today, InvestigationFinding.Confirmed, Station, Now).Event!);
        Assert.Equal(Today.AddDays(3), CaseworkRules.Due(report, periods)!.DueOn);
        Assert.Equal(Severity.Urgent, Assert.Single(Findings(Today.AddDays(4), report, periods)).Severity);
        report.Apply(CaseDecisions.Handle(report, Today, [HandlingMeasure.GuardianshipIntervention], Station, Now).Event!);
        Assert.Equal((ReportStage.FedBack, Today.AddDays(2)), (CaseworkRules.Due(report, periods)!.Next, CaseworkRules.Due(report, periods)!.DueOn));
        report.Apply(CaseDecisions.FeedBack(report, Today, FeedbackChannel.Phone, Station, Now).Event!);
        Assert.Null(CaseworkRules.Due(report, periods));
        Assert.Empty(Findings(Today.AddDays(30), report, periods));
    }

    [Fact]
    public void The_steps_go_in_order_and_a_day_before_the_previous_step_is_refused()
    {
        var report = Received(Today.AddDays(-2));
        Assert.Equal("请先登记报案，再登记调查结果。", CaseDecisions.Investigate(report, Today, InvestigationFinding.Confirmed, Station, Now).Refusal!.Message);
        Assert.Contains("报案时间不能早于受理时间", CaseDecisions.PassToPolice(report, Today.AddDays(-2), new TimeOnly(9, 0), "A1", Station, Now).Refusal!.Message);
        Assert.Contains("接报案编号", CaseDecisions.PassToPolice(report, Today, new TimeOnly(9, 0), "案<1>", Station, Now).Refusal!.Message);
        Assert.Contains("不能晚于现在", CaseDecisions.PassToPolice(report, Today, new TimeOnly(16, 0), "A1", Station, Now).Refusal!.Message);
        report.Apply(CaseDecisions.PassToPolice(report, Today.AddDays(-1), new TimeOnly(9, 0), "A1", Station, Now).Event!);
        Assert.Contains("不能早于上一步骤", CaseDecisions.Investigate(report, Today.AddDays(-2), InvestigationFinding.Confirmed, Station, Now).Refusal!.Message);
        Assert.Contains("只有", CaseDecisions.Investigate(report, Today, InvestigationFinding.Confirmed, Clerk, Now).Refusal!.Message);
        report.Apply(CaseDecisions.Investigate(report, Today, InvestigationFinding.Confirmed, Station, Now).Event!);
        Assert.Equal("请至少选择一项处置措施。", CaseDecisions.Handle(report, Today, [], Station, Now).Refusal!.Message);
    }

    [Fact]
    public void A_report_is_received_by_the_station_only_within_the_ranges()
    {
        ReportInput Input(DateOnly on) => new(on, new TimeOnly(9, 0), ReporterKind.Public, null, HarmCategory.Neglect, null);
        Assert.Contains("只有", CaseDecisions.Receive(Guid.NewGuid(), Input(Today), null, Child, false, Clerk, Now).Refusal!.Message);
        Assert.Contains("不能晚于今天", CaseDecisions.Receive(Guid.NewGuid(), Input(Today.AddDays(1)), null, Child, false, Station, Now).Refusal!.Message);
        Assert.Contains("不能早于 90 天前", CaseDecisions.Receive(Guid.NewGuid(), Input(Today.AddDays(-91)), null, Child, false, Station, Now).Refusal!.Message);
        Assert.False(CaseDecisions.Receive(Guid.NewGuid(), Input(Today.AddDays(-90)), null, Child, false, Station, Now).IsRefused);
        Assert.Contains("报告单位", CaseDecisions.Receive(Guid.NewGuid(), Input(Today) with { ReporterUnit = new string('校', 41) }, null, Child, false, Station, Now)
            .Refusal!.Message);
        Assert.Contains("1-90", CaseDecisions.SetPeriods(0, 5, 5, Station, Now).Refusal!.Message);
        Assert.Contains("1-90", CaseDecisions.SetPeriods(5, 91, 5, Station, Now).Refusal!.Message);
        Assert.False(CaseDecisions.SetPeriods(1, 90, 5, Station, Now).IsRefused);
    }

    private static ContactInput Contact(DateOnly? followUp = null, Guid? referred = null) =>
        new(Today, ContactChannel.Visit, VisitorKind.Guardian, Jianshe.Id, ServiceMatter.RightsProtection, "监护人反映孩子被欺凌，已记录并转介", referred, followUp);

    [Fact]
    public void A_contact_referred_to_a_unit_needs_a_reply_due_and_only_that_unit_s_liaison_answers_it()
    {
        Assert.Contains("跟进期限", CaseDecisions.LogContact(Guid.NewGuid(), Contact(referred: Police.Id), Jianshe, Police, null, Station, Now).Refusal!.Message);
        Assert.Contains("只有", CaseDecisions.LogContact(Guid.NewGuid(), Contact(), Jianshe, null, null, PoliceLiaison, Now).Refusal!.Message);
        Assert.Contains("办理情况不能超过", CaseDecisions.LogContact(Guid.NewGuid(), Contact() with { Done = new string('办', 201) }, Jianshe, null, null, Station, Now)
            .Refusal!.Message);
        var logged = CaseDecisions.LogContact(Guid.NewGuid(), Contact(Today.AddDays(7), Police.Id), Jianshe, Police, null, Station, Now).Event!;
        var contact = WindowContact.Create(logged);
        Assert.Contains("只能回复转介给本单位的事项", CaseDecisions.AnswerContact(contact, "已受理", CivilLiaison, Now).Refusal!.Message);
        contact.Apply(CaseDecisions.AnswerContact(contact, "已出警核实", PoliceLiaison, Now).Event!);
        Assert.Equal("该转介已回复。", CaseDecisions.AnswerContact(contact, "再次", PoliceLiaison, Now).Refusal!.Message);

        // The follow-up: 警告 the day after it is due, never on the day; its unit follows it.
        var facts = (DateOnly asOf) => new CaseworkFacts(asOf, [], new MandatoryReportPeriods(), [], [contact]);
        Assert.Empty(CaseworkRules.Contacts(facts(Today.AddDays(7)), Cadence));
        var late = Assert.Single(CaseworkRules.Contacts(facts(Today.AddDays(8)), Cadence));
        Assert.Equal([Police.Id], late.UnitIds);
        contact.Apply(CaseDecisions.Conclude(contact, Today, "已办结", Station, Now).Event!);
        Assert.False(contact.IsOpen);
    }

    [Fact]
    public void A_plan_s_overdue_step_is_urgent_for_its_owner_unit_and_the_plan_closes_only_when_every_step_is_done_and_reviewed()
    {
        var plan = CasePlan.Create(CaseDecisions.OpenPlan(Guid.NewGuid(), PlanKind.OneChild, "留守儿童监护干预", Child, Today.AddDays(30), Station, Now).Event!);
        Assert.Contains("一人一方案须", CaseDecisions.OpenPlan(Guid.NewGuid(), PlanKind.OneChild, "x", null, Today, Station, Now).Refusal!.Message);
        plan.Apply(CaseDecisions.AddStep(plan, Guid.NewGuid(), "入户核查监护情况", Civil, false, Today.AddDays(3), Station, Now).Event!);
        plan.Apply(CaseDecisions.AddStep(plan, Guid.NewGuid(), "核实是否存在侵害", Police, true, Today.AddDays(5), Station, Now).Event!);
        Assert.Contains("回复期限不能早于今天", CaseDecisions.AddStep(plan, Guid.NewGuid(), "x", Police, true, Today.AddDays(-1), Station, Now).Refusal!.Message);

        var facts = (DateOnly asOf) => new CaseworkFacts(asOf, [], new MandatoryReportPeriods(), [plan], []);
        var onDue = CaseworkRules.Plans(facts(Today.AddDays(5)), Cadence).Single(f => f.UnitIds.Contains(Police.Id));
        Assert.Equal(Severity.Reminder, onDue.Severity);
        var overdue = CaseworkRules.Plans(facts(Today.AddDays(6)), Cadence).Single(f => f.UnitIds.Contains(Police.Id));
        Assert.Equal(Severity.Urgent, overdue.Severity);
        Assert.DoesNotContain(Child.Reference, overdue.Explanation + overdue.Subject);
        Assert.Equal("/casework/referrals", overdue.Link);
        Assert.Equal(Reach.Station | Reach.OwnUnit, CaseworkRules.PlanSteps.Followers);
        Assert.Equal(Capability.AnswerReferrals, CaseworkRules.PlanSteps.UnitFollowersHold);

        var referral = plan.Steps.Single(s => s.IsReferral);
        Assert.Contains("只能办理本单位负责的步骤", CaseDecisions.CompleteStep(plan, referral.Id, Today, "已核实", CivilLiaison, Now).Refusal!.Message);
        Assert.Contains("转介回复内容", CaseDecisions.CompleteStep(plan, referral.Id, Today, null, PoliceLiaison, Now).Refusal!.Message);
        plan.Apply(CaseDecisions.CompleteStep(plan, referral.Id, Today, "已核实，无侵害", PoliceLiaison, Now).Event!);
        Assert.Contains("还有 1 个步骤未完成", CaseDecisions.Close(plan, "监护落实", Station, Now).Refusal!.Message);
        plan.Apply(CaseDecisions.CompleteStep(plan, plan.Steps.Single(s => s.IsOpen).Id, Today, null, Station, Now).Event!);
        Assert.Equal("结案前须至少评估一次。", CaseDecisions.Close(plan, "监护落实", Station, Now).Refusal!.Message);
        plan.Apply(CaseDecisions.Review(plan, "监护已落实", null, Station, Now).Event!);
        Assert.Empty(CaseworkRules.Plans(facts(Today.AddDays(60)), Cadence));
        plan.Apply(CaseDecisions.Close(plan, "监护落实", Station, Now).Event!);
        Assert.False(plan.IsOpen);
        Assert.Equal("方案已结案。", CaseDecisions.Close(plan, "再次", Station, Now).Refusal!.Message);
    }

    [Fact]
    public void The_half_year_sections_count_contacts_by_service_reports_by_step_and_plans_open_at_the_end()
    {
        var start = new DateOnly(2026, 7, 1);
        var end = new DateOnly(2026, 12, 31);
        var contact = WindowContact.Create(CaseDecisions.LogContact(Guid.NewGuid(), Contact(Today.AddDays(3), Police.Id), Jianshe, Police, null, Station, Now).Event!);
        var late = Received(Today.AddDays(-3));
        late.Apply(CaseDecisions.PassToPolice(late, Today.AddDays(-1), new TimeOnly(9, 0), "A1", Station, Now).Event!);
        var sameDay = Received(Today);
        sameDay.Apply(CaseDecisions.PassToPolice(sameDay, Today, new TimeOnly(11, 0), "A2", Station, Now).Event!);
        var plan = CasePlan.Create(CaseDecisions.OpenPlan(Guid.NewGuid(), PlanKind.OneMatter, "校园欺凌防治", null, Today, Station, Now).Event!);
        var sections = CaseworkReportFacts.Sections([contact], [late, sameDay], [plan], start, end);
        Assert.Equal(["window-contacts", "mandatory-reports", "case-plans"], sections.Select(s => s.Key));
        Assert.Equal(1, sections[0].Rows.Single(r => r.Label == "权益保障").Count);
        Assert.Equal(0, sections[0].Rows.Single(r => r.Label == "政策解读").Count);
        Assert.Equal((2, 1, 1), (sections[1].Rows.Single(r => r.Label == "受理").Count, sections[1].Rows.Single(r => r.Label == "当日报案").Count,
            sections[1].Rows.Single(r => r.Label == "未当日报案").Count));
        Assert.Equal(1, sections[2].Rows.Single(r => r.Label == "期末在办：一事一方案").Count);

        var check = MandatoryReportingCheck.Outcome(Today, [late, sameDay], new MandatoryReportPeriods());
        Assert.False(check.Passed);
        Assert.Contains("受理强制报告 2 件：当日报案 1 件、未当日报案 1 件", check.Text);
        Assert.True(MandatoryReportingCheck.Outcome(Today, [sameDay], new MandatoryReportPeriods()).Passed);
    }
}
