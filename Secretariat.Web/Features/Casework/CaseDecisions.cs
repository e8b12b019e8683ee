using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.Casework;

/// <summary>A contact as the window's form posts it.</summary>
public sealed record ContactInput(DateOnly? On, ContactChannel? Channel, VisitorKind? Visitor, Guid? VillageId, ServiceMatter? Matter, string? Done,
    Guid? ReferredToId, DateOnly? FollowUpDue);

/// <summary>A 强制报告 as received.</summary>
public sealed record ReportInput(DateOnly? ReceivedOn, TimeOnly? ReceivedTime, ReporterKind? Reporter, string? ReporterUnit, HarmCategory? Harm, Guid? VillageId);

/// <summary>
/// The window's, the mandatory reports' and the case plans' rules as pure functions: each command's checks and its event, or a refusal
/// in Chinese naming the field. Who may act comes from the permission table (the endpoints require the capability; the reach over a
/// unit is asked here).
/// </summary>
public static partial class CaseDecisions
{
    public const int MaxText = 200, MaxTitle = 60, MaxCaseNumber = 40, MaxUnitName = 40;

    /// <summary>A contact or a report is entered within this many days (a ledger is kept as it happens, not months later).</summary>
    public const int MaxBackdateDays = 90;

    public static string WhoMay(Capability capability) => string.Join("、", Permissions.RolesWith(capability));

    private static string? Text(string? raw) => raw?.Trim() is { Length: > 0 } t ? new string(t.Where(c => !char.IsControl(c)).ToArray()) : null;

    private static string? DayProblem(DateOnly? day, DateOnly today, string what)
    {
        if (day is not { } d) return $"请按 年-月-日 填写{what}。";
        if (d > today) return $"{what}不能晚于今天。";
        if (d < today.AddDays(-MaxBackdateDays)) return $"{what}不能早于 {MaxBackdateDays} 天前（{today.AddDays(-MaxBackdateDays).IsoDate()}）。";
        return null;
    }

    public static Decision<WindowContactLogged> LogContact(Guid id, ContactInput input, MemberUnit? village, MemberUnit? referredTo, ConcernedChild? child,
        Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!actor.CanForAll(Capability.KeepServiceLedger)) return new Refusal($"只有{WhoMay(Capability.KeepServiceLedger)}可以登记接待工作台账。");
        if (DayProblem(input.On, today, "接待日期") is { } dayProblem) return new Refusal(dayProblem);
        if (input.Channel is not { } channel) return new Refusal("请选择接待方式。");
        if (input.Visitor is not { } visitor) return new Refusal("请选择来访人。");
        if (input.VillageId is not null && village is null) return new Refusal("请选择来访人所在的村（社区）。");
        if (input.Matter is not { } matter) return new Refusal("请选择服务事项。");
        var done = Text(input.Done);
        if (done is null) return new Refusal("请填写办理情况。");
        if (done.Length > MaxText) return new Refusal($"办理情况不能超过 {MaxText} 字。");
        if (input.ReferredToId is not null && referredTo is null) return new Refusal("请从成员单位中选择转介单位。");
        if (input.FollowUpDue is { } due)
        {
            if (due < input.On) return new Refusal("跟进期限不能早于接待日期。");
            if (UserDates.Problem(due, today, "跟进期限") is { } range) return new Refusal(range);
        }
        else if (referredTo is not null) return new Refusal("转介的事项请填写跟进期限（转介单位回复的期限）。");
        return new WindowContactLogged(id, input.On!.Value, channel, visitor, village?.Id, village?.Name, matter, done, child, referredTo?.Id, referredTo?.Name,
            input.FollowUpDue, StepBy.Of(actor, now));
    }

    public static Decision<WindowContactConcluded> Conclude(WindowContact contact, DateOnly? on, string? outcome, Actor actor, DateTimeOffset now)
    {
        if (!actor.CanForAll(Capability.KeepServiceLedger)) return new Refusal($"只有{WhoMay(Capability.KeepServiceLedger)}可以登记办理结果。");
        if (!contact.IsOpen) return new Refusal("该事项已办结。");
        if (DayProblem(on, now.ToTownDate(), "办结日期") is { } problem) return new Refusal(problem);
        if (on < contact.On) return new Refusal("办结日期不能早于接待日期。");
        var text = Text(outcome);
        if (text is null) return new Refusal("请填写办理结果。");
        if (text.Length > MaxText) return new Refusal($"办理结果不能超过 {MaxText} 字。");
        return new WindowContactConcluded(contact.Id, on!.Value, text, StepBy.Of(actor, now));
    }

    /// <summary>Whether the actor sees a referral to this unit: the station every one, a liaison its own unit's.</summary>
    public static bool MaySeeReferral(Actor actor, Guid unitId) => actor.CanFor(Capability.AnswerReferrals, unitId);

    public static Decision<WindowReferralAnswered> AnswerContact(WindowContact contact, string? reply, Actor actor, DateTimeOffset now)
    {
        if (contact.ReferredToId is not { } unit || !MaySeeReferral(actor, unit)) return new Refusal("只能回复转介给本单位的事项。");
        if (contact.Reply is not null) return new Refusal("该转介已回复。");
        var text = Text(reply);
        if (text is null) return new Refusal("请填写回复内容。");
        if (text.Length > MaxText) return new Refusal($"回复内容不能超过 {MaxText} 字。");
        return new WindowReferralAnswered(contact.Id, text, StepBy.Of(actor, now));
    }

    // ---- 强制报告 ----

    public static Decision<MandatoryReportReceived> Receive(Guid id, ReportInput input, MemberUnit? village, ConcernedChild child, bool hasNote, Actor actor,
        DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!actor.CanForAll(Capability.HandleMandatoryReports)) return new Refusal($"只有{WhoMay(Capability.HandleMandatoryReports)}可以受理强制报告。");
        if (DayProblem(input.ReceivedOn, today, "受理日期") is { } problem) return new Refusal(problem);
        if (input.ReceivedTime is not { } time) return new Refusal("请按 时:分 填写受理时间。");
        var at = TownInstant(input.ReceivedOn!.Value, time);
        if (at > now) return new Refusal("受理时间不能晚于现在。");
        if (input.Reporter is not { } reporter) return new Refusal("请选择报告人。");
        var unit = Text(input.ReporterUnit);
        if (unit is { Length: > MaxUnitName }) return new Refusal($"报告单位不能超过 {MaxUnitName} 字。");
        if (input.Harm is not { } harm) return new Refusal("请选择侵害类型。");
        if (input.VillageId is not null && village is null) return new Refusal("请选择儿童所在的村（社区）。");
        return new MandatoryReportReceived(id, at, reporter, unit, harm, child, village?.Id, village?.Name, hasNote, StepBy.Of(actor, now));
    }

    public static DateTimeOffset TownInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // Stored in UTC (a timestamptz column holds it); shown on the town's clock.
        return new DateTimeOffset(local, TownClock.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static Refusal? NotHandler(Actor actor) =>
        actor.CanForAll(Capability.HandleMandatoryReports) ? null : new Refusal($"只有{WhoMay(Capability.HandleMandatoryReports)}可以办理强制报告。");

    public static Decision<MandatoryReportPassedToPolice> PassToPolice(MandatoryReport report, DateOnly? on, TimeOnly? time, string? caseNumber, Actor actor,
        DateTimeOffset now)
    {
        if (NotHandler(actor) is { } refused) return refused;
        if (report.Stage != ReportStage.Received) return new Refusal("该报告已报案。");
        if (DayProblem(on, now.ToTownDate(), "报案日期") is { } problem) return new Refusal(problem);
        if (time is not { } t) return new Refusal("请按 时:分 填写报案时间。");
        var at = TownInstant(on!.Value, t);
        if (at > now) return new Refusal("报案时间不能晚于现在。");
        if (at < report.ReceivedAt) return new Refusal("报案时间不能早于受理时间。");
        var number = Text(caseNumber);
        if (number is null || number.Length > MaxCaseNumber || !CaseNumberPattern().IsMatch(number))
            return new Refusal($"请填写公安机关的接报案编号（字母、数字、“-”，{MaxCaseNumber} 位以内）。");
        return new MandatoryReportPassedToPolice(report.Id, at, number, StepBy.Of(actor, now));
    }

    private static Refusal? StepDayProblem(DateOnly? on, DateOnly after, DateOnly today, string what)
    {
        if (DayProblem(on, today, what) is { } problem) return new Refusal(problem);
        return on < after ? new Refusal($"{what}不能早于上一步骤（{after.IsoDate()}）。") : null;
    }

    public static Decision<MandatoryReportInvestigated> Investigate(MandatoryReport report, DateOnly? on, InvestigationFinding? finding, Actor actor,
        DateTimeOffset now)
    {
        if (NotHandler(actor) is { } refused) return refused;
        if (report.Stage != ReportStage.PassedToPolice) return new Refusal(report.Stage == ReportStage.Received ? "请先登记报案，再登记调查结果。" : "调查结果已登记。");
        if (StepDayProblem(on, report.PoliceReportedAt!.Value.ToTownDate(), now.ToTownDate(), "调查完成日期") is { } problem) return problem;
        if (finding is not { } f) return new Refusal("请选择调查结果。");
        return new MandatoryReportInvestigated(report.Id, on!.Value, f, StepBy.Of(actor, now));
    }

    public static Decision<MandatoryReportHandled> Handle(MandatoryReport report, DateOnly? on, IReadOnlyList<HandlingMeasure> measures, Actor actor,
        DateTimeOffset now)
    {
        if (NotHandler(actor) is { } refused) return refused;
        if (report.Stage != ReportStage.Investigated) return new Refusal(report.Stage < ReportStage.Investigated ? "请先登记调查结果，再登记处置。" : "处置已登记。");
        if (StepDayProblem(on, report.InvestigatedOn!.Value, now.ToTownDate(), "处置日期") is { } problem) return problem;
        if (measures.Count == 0) return new Refusal("请至少选择一项处置措施。");
        return new MandatoryReportHandled(report.Id, on!.Value, measures, StepBy.Of(actor, now));
    }

    public static Decision<MandatoryReportFedBack> FeedBack(MandatoryReport report, DateOnly? on, FeedbackChannel? channel, Actor actor, DateTimeOffset now)
    {
        if (NotHandler(actor) is { } refused) return refused;
        if (report.Stage != ReportStage.Handled) return new Refusal(report.Stage < ReportStage.Handled ? "请先登记处置，再登记反馈。" : "反馈已登记，报告已办结。");
        if (StepDayProblem(on, report.HandledOn!.Value, now.ToTownDate(), "反馈日期") is { } problem) return problem;
        if (channel is not { } c) return new Refusal("请选择反馈方式。");
        return new MandatoryReportFedBack(report.Id, on!.Value, c, StepBy.Of(actor, now));
    }

    public static Decision<MandatoryReportPeriodsSet> SetPeriods(int? investigation, int? handling, int? feedback, Actor actor, DateTimeOffset now)
    {
        if (NotHandler(actor) is { } refused) return refused;
        foreach (var (days, what) in new[] { (investigation, "调查期限"), (handling, "处置期限"), (feedback, "反馈期限") })
            if (days is not (>= 1 and <= MandatoryReportPeriods.Max)) return new Refusal($"{what}应为 1-{MandatoryReportPeriods.Max} 天。");
        return new MandatoryReportPeriodsSet(investigation!.Value, handling!.Value, feedback!.Value, StepBy.Of(actor, now));
    }

    // ---- case plans ----

    private static Refusal? NotPlanner(Actor actor) =>
        actor.CanForAll(Capability.KeepCasePlans) ? null : new Refusal($"只有{WhoMay(Capability.KeepCasePlans)}可以制定和调整个案方案。");

    public static Decision<CasePlanOpened> OpenPlan(Guid id, PlanKind? kind, string? title, ConcernedChild? child, DateOnly? reviewDue, Actor actor,
        DateTimeOffset now)
    {
        if (NotPlanner(actor) is { } refused) return refused;
        if (kind is not { } k) return new Refusal("请选择方案类型。");
        var text = Text(title);
        if (text is null) return new Refusal("请填写方案名称。");
        if (text.Length > MaxTitle) return new Refusal($"方案名称不能超过 {MaxTitle} 字。");
        if (k == PlanKind.OneChild && child is null) return new Refusal("一人一方案须选择或新建所涉儿童。");
        var today = now.ToTownDate();
        if (reviewDue is not { } review) return new Refusal("请按 年-月-日 填写评估日期。");
        if (review < today) return new Refusal("评估日期不能早于今天。");
        if (UserDates.Problem(review, today, "评估日期") is { } range) return new Refusal(range);
        return new CasePlanOpened(id, k, text, child, today, review, StepBy.Of(actor, now));
    }

    public static Decision<PlanStepAdded> AddStep(CasePlan plan, Guid stepId, string? title, MemberUnit? owner, bool isReferral, DateOnly? dueOn, Actor actor,
        DateTimeOffset now)
    {
        if (NotPlanner(actor) is { } refused) return refused;
        if (!plan.IsOpen) return new Refusal("方案已结案，不能再添加步骤。");
        var text = Text(title);
        if (text is null) return new Refusal("请填写步骤内容。");
        if (text.Length > MaxTitle) return new Refusal($"步骤内容不能超过 {MaxTitle} 字。");
        if (owner is null) return new Refusal("请选择责任单位（成员单位或社会组织）。");
        var today = now.ToTownDate();
        if (dueOn is not { } due) return new Refusal(isReferral ? "请按 年-月-日 填写回复期限。" : "请按 年-月-日 填写完成期限。");
        if (due < today) return new Refusal(isReferral ? "回复期限不能早于今天。" : "完成期限不能早于今天。");
        if (UserDates.Problem(due, today, isReferral ? "回复期限" : "完成期限") is { } range) return new Refusal(range);
        return new PlanStepAdded(plan.Id, stepId, text, owner.Id, owner.Name, isReferral, due, StepBy.Of(actor, now));
    }

    /// <summary>A step is done by the station, or by its owner unit's liaison (a 转介 is answered by the unit it was referred to).</summary>
    public static Decision<PlanStepDone> CompleteStep(CasePlan plan, Guid stepId, DateOnly? on, string? reply, Actor actor, DateTimeOffset now)
    {
        if (plan.Steps.FirstOrDefault(s => s.Id == stepId) is not { } step) return new Refusal("没有这个步骤。");
        if (!actor.CanForAll(Capability.KeepCasePlans) && !MaySeeReferral(actor, step.OwnerId)) return new Refusal("只能办理本单位负责的步骤。");
        if (!plan.IsOpen) return new Refusal("方案已结案。");
        if (!step.IsOpen) return new Refusal("该步骤已完成。");
        if (StepDayProblem(on, plan.OpenedOn, now.ToTownDate(), step.IsReferral ? "回复日期" : "完成日期") is { } problem) return problem;
        var text = Text(reply);
        if (step.IsReferral && text is null) return new Refusal("请填写转介回复内容。");
        if (text is { Length: > MaxText }) return new Refusal($"回复内容不能超过 {MaxText} 字。");
        return new PlanStepDone(plan.Id, stepId, on!.Value, text, StepBy.Of(actor, now));
    }

    public static Decision<CasePlanReviewed> Review(CasePlan plan, string? conclusion, DateOnly? nextReview, Actor actor, DateTimeOffset now)
    {
        if (NotPlanner(actor) is { } refused) return refused;
        if (!plan.IsOpen) return new Refusal("方案已结案。");
        var text = Text(conclusion);
        if (text is null) return new Refusal("请填写评估意见。");
        if (text.Length > MaxText) return new Refusal($"评估意见不能超过 {MaxText} 字。");
        var today = now.ToTownDate();
        if (nextReview is { } next && (next <= today || UserDates.Problem(next, today, "下次评估日期") is not null))
            return new Refusal("下次评估日期应晚于今天（不再评估则留空）。");
        return new CasePlanReviewed(plan.Id, today, text, nextReview, StepBy.Of(actor, now));
    }

    public static Decision<CasePlanClosed> Close(CasePlan plan, string? reason, Actor actor, DateTimeOffset now)
    {
        if (NotPlanner(actor) is { } refused) return refused;
        if (!plan.IsOpen) return new Refusal("方案已结案。");
        if (plan.Steps.Count == 0) return new Refusal("方案还没有步骤，不能结案。");
        if (plan.Steps.Count(s => s.IsOpen) is > 0 and var open) return new Refusal($"还有 {open} 个步骤未完成（转介未回复），不能结案。");
        if (plan.Reviews.Count == 0) return new Refusal("结案前须至少评估一次。");
        var text = Text(reason);
        if (text is null) return new Refusal("请填写结案理由。");
        if (text.Length > MaxText) return new Refusal($"结案理由不能超过 {MaxText} 字。");
        return new CasePlanClosed(plan.Id, now.ToTownDate(), text, StepBy.Of(actor, now));
    }

    [GeneratedRegex(@"^[A-Za-z0-9\-]+$")]
    private static partial Regex CaseNumberPattern();
}
