using Secretariat.Web.Features.Campaigns;

namespace Secretariat.Tests.Features.Campaigns;

public class CampaignDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly Actor Clerk = new(Guid.NewGuid(), "赵旦月", [Roles.Secretariat], null, null);
    private static readonly Actor Station = new(Guid.NewGuid(), "刘兵", [Roles.WorkStation], null, null);
    private static readonly Actor District = new(Guid.NewGuid(), "区未保办", [DistrictRoles.Reader], null, null);
    private static readonly CampaignSchedule Schedule = new(new(2026, 1, 1), new(2025, 1, 1), 2026, new(2027, 2, 15), new(2027, 2, 15),
        new(2027, 2, 20), new(2027, 2, 28));

    private static readonly IReadOnlyList<MemberUnit> Units =
    [
        new() { Id = Guid.NewGuid(), Name = "党政办", Kind = UnitKind.TownBody, SortOrder = 1 },
        new() { Id = Guid.NewGuid(), Name = "民政和社事办", Kind = UnitKind.TownBody, SortOrder = 2 },
        new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village, SortOrder = 3 },
        new() { Id = Guid.NewGuid(), Name = "铜罐社区", Kind = UnitKind.Community, SortOrder = 4 },
        new() { Id = Guid.NewGuid(), Name = "齐心社会工作服务中心", Kind = UnitKind.Organisation, SortOrder = 5 }
    ];

    private static MemberUnit Unit(string name) => Units.Single(u => u.Name == name);

    private static Actor LiaisonOf(string unit) => new(Guid.NewGuid(), "联络人", [Roles.UnitLiaison], Unit(unit).Id, null);

    private static ItemDraft Task(int number, string responsible) => new(ItemKind.Task, number, "组织领导", "组织协调", "工作标准", new EvidenceSpec("提供文件。",
        [EvidenceKind.Document], "", "2026年以来", RecordCheck.None), "民政和社事办", responsible);

    private static Campaign Opened(params ItemDraft[] items)
    {
        var decided = CampaignDecisions.Open(false, Guid.NewGuid(), "示范创建", "依据", Schedule,
            [.. items, new ItemDraft(ItemKind.Negative, 1, "负面工作清单", "", "履职不力的", new EvidenceSpec("佐证文字材料", [EvidenceKind.Text], "", "", RecordCheck.None), "民政和社事办", "")],
            Units, null, null, Clerk, Now);
        Assert.Null(decided.Refusal);
        var campaign = Campaign.Create((CampaignOpened)decided.Events.First());
        foreach (var e in decided.Events.Skip(1)) campaign.Apply((CampaignItemDefined)e);
        return campaign;
    }

    [Fact]
    public void Every_village_and_community_is_what_the_table_calls_各村居_and_an_unknown_name_stays_unresolved()
    {
        var units = CampaignUnits.Resolve("党政办、各村居、妇联", Units, new Dictionary<string, string> { ["妇联"] = "民政和社事办" });
        Assert.Equal(["党政办", "建设村", "铜罐社区", "民政和社事办"], units.Select(u => u.Name));
        Assert.All(units, u => Assert.NotNull(u.UnitId));
        Assert.Null(CampaignUnits.Resolve("学校", Units, null).Single().UnitId);
    }

    [Fact]
    public void A_campaign_refuses_dates_out_of_order_and_an_item_twice()
    {
        string? Refused(CampaignSchedule schedule, params ItemDraft[] items) =>
            CampaignDecisions.Open(false, Guid.NewGuid(), "示范创建", "", schedule, items, Units, null, null, Clerk, Now).Refusal?.Message;
        Assert.Equal("验收截止日不能早于初审结束日期。", Refused(Schedule with { AcceptanceDue = new(2027, 2, 19) }));
        Assert.Equal("初审结束日期不能早于报送截止日。", Refused(Schedule with { ReviewFrom = new(2027, 2, 1), ReviewTo = new(2027, 2, 14) }));
        Assert.Equal("第12项：第12项已存在，请换一个序号。", Refused(Schedule, Task(12, "党政办"), Task(12, "党政办")));
        Assert.Equal("本镇已有该示范创建任务，不能重复下发。",
            CampaignDecisions.Open(true, Guid.NewGuid(), "x", "", Schedule, [], Units, null, null, Clerk, Now).Refusal!.Message);
    }

    [Fact]
    public void The_negative_list_is_answered_by_every_member_unit_village_and_community_even_one_without_a_task()
    {
        var campaign = Opened(Task(12, "党政办"));
        var negative = campaign.InOrder.Last();
        Assert.Equal(["党政办", "民政和社事办", "建设村", "铜罐社区"], campaign.UnitsFor(negative).Select(u => u.Name));
        Assert.Equal(["民政和社事办", "党政办", "建设村", "铜罐社区"], campaign.Units.Select(u => u.Name));
    }

    [Fact]
    public void Only_the_units_liaison_or_the_office_submits_and_the_office_is_recorded_as_submitting_on_its_behalf()
    {
        var campaign = Opened(Task(12, "党政办"));
        var item = campaign.InOrder.First();
        Decision<EvidenceSubmitted> Submit(Actor actor, string unit = "党政办", string text = "说明") =>
            CampaignDecisions.Submit(campaign, item, Unit(unit), null, null, text, [], [], actor, Now);
        Assert.False(Submit(LiaisonOf("党政办")).Event!.OnBehalf);
        Assert.True(Submit(Clerk).Event!.OnBehalf);
        Assert.Equal("只有党政办的联络人或领导小组办公室可以报送该单位的材料。", Submit(LiaisonOf("建设村")).Refusal!.Message);
        Assert.Equal("建设村不是第12项的责任单位。", Submit(LiaisonOf("建设村"), "建设村").Refusal!.Message);
        Assert.Contains("至少一项", Submit(Clerk, text: " ").Refusal!.Message);
        Assert.Equal("负面清单项请填报零报告或情况报告。",
            CampaignDecisions.Submit(campaign, campaign.InOrder.Last(), Unit("党政办"), null, null, "x", [], [], Clerk, Now).Refusal!.Message);
    }

    [Fact]
    public void A_review_is_of_the_version_seen_a_return_needs_a_reason_and_a_day_and_a_passed_submission_is_not_changed()
    {
        var campaign = Opened(Task(12, "党政办"));
        var item = campaign.InOrder.First();
        var evidence = UnitEvidence.Create(CampaignDecisions.Submit(campaign, item, Unit("党政办"), null, null, "说明", [], [], Clerk, Now).Event!);
        string? Refused(Actor actor, int seen, bool pass, string? reason = null, DateOnly? by = null) =>
            CampaignDecisions.Review(item, evidence, null, seen, pass, reason, by, null, actor, Now).Refusal?.Message;
        Assert.Equal("只有工作站或领导小组办公室可以初审。", Refused(LiaisonOf("党政办"), 1, true));
        Assert.Contains("已更新材料（第 1 版）", Refused(Station, 2, true));
        Assert.Equal("请填写退回理由。", Refused(Station, 1, false));
        Assert.Equal("请按 年-月-日 填写补充材料的截止日期。", Refused(Station, 1, false, "缺图片"));
        Assert.Equal("补充材料的截止日期不能早于今天。", Refused(Station, 1, false, "缺图片", new(2027, 2, 9)));
        var returned = CampaignDecisions.Review(item, evidence, null, 1, false, "缺图片", new(2027, 2, 18), "符合：x", Station, Now);
        evidence.Apply((EvidenceReturned)returned.Events.Single());
        Assert.Equal((EvidenceState.Returned, new DateOnly(2027, 2, 18)), (evidence.State, evidence.ResubmitBy));
        Assert.Contains("请待其重新报送", Refused(Station, 1, true));
        evidence.Apply(CampaignDecisions.Submit(campaign, item, Unit("党政办"), evidence, null, "补充", [], [], LiaisonOf("党政办"), Now).Event!);
        evidence.Apply((EvidencePassed)CampaignDecisions.Review(item, evidence, null, 2, true, null, null, null, Station, Now).Events.Single());
        Assert.Contains("已通过初审，不能再修改",
            CampaignDecisions.Submit(campaign, item, Unit("党政办"), evidence, null, "再补充", [], [], LiaisonOf("党政办"), Now).Refusal!.Message);
    }

    [Fact]
    public void The_district_accepts_only_what_passed_and_a_rectification_runs_to_its_closure()
    {
        var campaign = Opened(Task(12, "党政办"));
        var item = campaign.InOrder.First();
        Assert.Equal("第12项尚有单位未通过初审：党政办。", CampaignDecisions.Accept(campaign, item, null, [], null, District, Now).Refusal!.Message);
        Assert.Equal("只有区未保办可以验收。", CampaignDecisions.Accept(campaign, item, null, [], null, Clerk, Now).Refusal!.Message);
        var evidence = UnitEvidence.Create(CampaignDecisions.Submit(campaign, item, Unit("党政办"), null, null, "说明", [], [], Clerk, Now).Event!);
        var required = CampaignDecisions.RequireRectification(campaign, item, null, [evidence], "缺少2026年纪要", new(2027, 3, 10), District, Now).Event!;
        var acceptance = ItemAcceptance.Create(required);
        Assert.Equal("第12项正在整改，请在验收意见下报送整改情况。",
            CampaignDecisions.Submit(campaign, item, Unit("党政办"), evidence, acceptance, "x", [], [], Clerk, Now).Refusal!.Message);
        Assert.Equal("镇尚未报送整改情况。", CampaignDecisions.CloseRectification(item, acceptance, null, District, Now).Refusal!.Message);
        Assert.Equal("只有领导小组办公室或牵头部门的联络人可以报送整改情况。",
            CampaignDecisions.ReportRectification(item, acceptance, "已补充", [], [], LiaisonOf("党政办"), Now).Refusal!.Message);
        acceptance.Apply(CampaignDecisions.ReportRectification(item, acceptance, "已补充", [], [], Clerk, Now).Event!);
        acceptance.Apply(CampaignDecisions.CloseRectification(item, acceptance, "整改到位", District, Now).Event!);
        Assert.True(acceptance.IsAccepted);
        Assert.Equal("第12项已通过区验收，不能再修改。",
            CampaignDecisions.Submit(campaign, item, Unit("党政办"), evidence, acceptance, "x", [], [], Clerk, Now).Refusal!.Message);
    }

    [Fact]
    public void A_zero_report_needs_its_statement_and_signatory_and_is_the_only_way_to_be_zero()
    {
        var campaign = Opened(Task(12, "党政办"));
        var negative = campaign.InOrder.Last();
        string? Refused(NegativeAnswer? answer, string? text, string? signatory) =>
            CampaignDecisions.Answer(campaign, negative, Unit("党政办"), null, null, answer, text, signatory, LiaisonOf("党政办"), Now).Refusal?.Message;
        Assert.Contains("请选择“零报告", Refused(null, "无", "孔波"));
        Assert.Equal("请填写零报告说明。", Refused(NegativeAnswer.Zero, " ", "孔波"));
        Assert.Equal("请填写签报人。", Refused(NegativeAnswer.Zero, "未发生", " "));
        var answered = UnitEvidence.Create(CampaignDecisions.Answer(campaign, negative, Unit("党政办"), null, null, NegativeAnswer.Zero, "未发生", "孔波",
            LiaisonOf("党政办"), Now).Event!);
        Assert.Equal(CellState.ZeroReport, CampaignProgress.Cell(negative, answered.State, answered.Answer));
        Assert.Equal(CellState.NotFiled, CampaignProgress.Cell(negative, null, null));
        Assert.Equal(CellState.Missing, CampaignProgress.Cell(campaign.InOrder.First(), null, null));
        Assert.Equal(["民政和社事办", "建设村", "铜罐社区"], CampaignDecisions.Outstanding(campaign, negative, [answered]));
    }

    [Fact]
    public void A_pasted_table_reads_merged_cells_numbers_minimums_and_the_negative_list_as_annex_two_lays_them_out()
    {
        var (items, problem) = CampaignTable.Parse(
            "项目\t内容\t工作标准\t印证材料\t镇牵头部门\t镇责任部门\n" +
            "思想引领\t理论学习\t1.持续深入开展宣贯教育活动。\t提供文件、会议纪要、文字材料以及图片等（至少 1 次）。\t民政和社事办\t党政办\n" +
            "\t\t2.认真学习。\t提供视频。\t民政和社事办\t党政办\n" +
            "指导实践\t3.坚持指导工作全过程。\t提供文件。\t民政和社事办\t党政办\t\n" +
            "负面工作清单项\t1.履职不力的。\t提供佐证文字材料。\t民政和社办\t\n");
        Assert.Null(problem);
        Assert.Equal([(ItemKind.Task, 1, "思想引领", "理论学习"), (ItemKind.Task, 2, "思想引领", "理论学习"), (ItemKind.Task, 3, "思想引领", "指导实践"),
            (ItemKind.Negative, 1, "负面工作清单", "")], items.Select(i => (i.Kind, i.Number, i.Project, i.Content)));
        Assert.Equal("至少1次", items[0].Evidence.Minimum);
        Assert.Equal([EvidenceKind.Document, EvidenceKind.Minutes, EvidenceKind.Text, EvidenceKind.Picture], items[0].Evidence.Kinds);
        Assert.Equal([EvidenceKind.Video], items[1].Evidence.Kinds);
        Assert.Equal("民政和社办", items[3].LeadAsWritten);
        Assert.Contains("第 1 行", CampaignTable.Parse("x\n思想引领\t理论学习\t工作标准没有序号\t材料\t甲\t乙").Problem);
        Assert.Contains("出现了两次", CampaignTable.Parse("a\tb\t1.x\ty\tz\tw\na\tb\t1.x\ty\tz\tw").Problem);
    }

    [Fact]
    public void A_liaison_sees_their_own_units_material_and_every_units_for_the_items_their_unit_leads()
    {
        var campaign = Opened(Task(12, "党政办"));
        var item = campaign.InOrder.First();
        Assert.True(LiaisonOf("党政办").MaySeeSubmissions(item, Unit("党政办").Id));
        Assert.False(LiaisonOf("建设村").MaySeeSubmissions(item, Unit("党政办").Id));
        Assert.True(LiaisonOf("民政和社事办").MaySeeSubmissions(item, Unit("党政办").Id));
        Assert.True(Station.MaySeeSubmissions(item, Unit("党政办").Id));
        Assert.True(District.MaySeeSubmissions(item, Unit("党政办").Id));
    }
}
