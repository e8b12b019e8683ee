using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Meetings;

namespace Secretariat.Tests.Features.MajorMatters;

public class MajorMatterDecisionsTests
{
    // 2026-03-10 10:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Actor Clerk = new(Guid.NewGuid(), "赵旦月", [Roles.Secretariat], null, null);
    private static readonly Actor District = new(Guid.NewGuid(), "区未保办", [DistrictRoles.Reader], null, null);

    private static Resolution Major(bool isMajor = true, string minutes = "铜罐驿未保领纪〔2026〕1号") => new()
    {
        Id = Guid.NewGuid(), MeetingId = Guid.NewGuid(), MeetingTitle = "第一次会议", MinutesNumber = minutes, Text = "建立困境儿童联合帮扶机制",
        DueOn = new DateOnly(2026, 6, 30), IsMajor = isMajor
    };

    private static MajorMatterReport Reported(Resolution? resolution = null)
    {
        var decided = MajorMatterDecisions.Report(Guid.NewGuid(), resolution ?? Major(), null, null, SampleTownAccounts.Profile,
            "报告内容", Clerk, Now);
        Assert.Null(decided.Refusal);
        return MajorMatterReport.Create(decided.Of<MajorMatterReported>().Single());
    }

    private static MajorMatterReport Signed()
    {
        var report = Reported();
        report.Apply(MajorMatterDecisions.SignFor(report, Today, District, Now).Event!);
        return report;
    }

    private static MajorMatterReport Instructed()
    {
        var report = Signed();
        report.Apply(MajorMatterDecisions.Instruct(report, "请于月底前落实", Today.AddDays(20), District, Now).Event!);
        return report;
    }

    [Fact]
    public void A_major_resolution_takes_the_years_next_number_with_its_minutes_and_due_date()
    {
        var resolution = Major();
        var register = DocumentRegister.Create(new DocumentNumberAssigned(DocumentKind.MajorMatterReport, 2026, 1, Guid.NewGuid()));
        var id = Guid.NewGuid();
        var decided = MajorMatterDecisions.Report(id, resolution, null, register, SampleTownAccounts.Profile, "  报告内容  ",
            Clerk, Now);
        Assert.Null(decided.Refusal);
        var reported = decided.Of<MajorMatterReported>().Single();
        Assert.Equal("铜罐驿未保领办报〔2026〕2号", reported.Number);
        Assert.Equal(new DocumentNumberAssigned(DocumentKind.MajorMatterReport, 2026, 2, id), decided.Of<DocumentNumberAssigned>().Single());
        Assert.Equal((resolution.Id, "报告内容", resolution.MinutesNumber, resolution.DueOn), (reported.ResolutionId, reported.Text, reported.MinutesNumber, reported.DueOn));
        var report = MajorMatterReport.Create(reported);
        Assert.Equal(MajorMatterState.Reported, report.StateOn(Today));
        Assert.Equal("铜罐驿未保领办报〔2026〕1号", MajorMatterDecisions.Report(id, resolution, null, null, SampleTownAccounts.Profile, "x", Clerk, Now)
            .Of<MajorMatterReported>().Single().Number);
    }

    [Fact]
    public void Reports_are_refused_for_a_matter_that_is_not_major_not_issued_already_reported_or_without_text()
    {
        string? Refused(Resolution? resolution, MajorMatterReport? existing = null, string? text = "内容") =>
            MajorMatterDecisions.Report(Guid.NewGuid(), resolution, existing, null, SampleTownAccounts.Profile, text, Clerk, Now).Refusal?.Message;
        Assert.Equal("找不到该议定事项。", Refused(null));
        Assert.Contains("不是重大事项", Refused(Major(isMajor: false)));
        Assert.Contains("尚未印发", Refused(Major(minutes: "")));
        Assert.Contains("以 铜罐驿未保领办报〔2026〕1号 报区，不能重复报送", Refused(Major(), Reported()));
        Assert.Equal("请填写报告内容。", Refused(Major(), text: "  "));
        Assert.Contains("不能超过", Refused(Major(), text: new string('字', MajorMatterDecisions.MaxText + 1)));
    }

    [Fact]
    public void The_district_signs_for_a_report_once_on_a_day_between_the_report_and_today()
    {
        var report = Reported();
        Assert.Contains("请按 年-月-日", MajorMatterDecisions.SignFor(report, null, District, Now).Refusal!.Message);
        Assert.Contains("不能早于报送日期（2026-03-10）", MajorMatterDecisions.SignFor(report, Today.AddDays(-1), District, Now).Refusal!.Message);
        Assert.Equal("签收日期不能晚于今天。", MajorMatterDecisions.SignFor(report, Today.AddDays(1), District, Now).Refusal!.Message);
        var signed = MajorMatterDecisions.SignFor(report, Today, District, Now).Event!;
        report.Apply(signed);
        Assert.Equal((Today, MajorMatterState.SignedFor), (report.SignedOn!.Value, report.StateOn(Today)));
        Assert.Contains("已于 2026-03-10 签收，不能重复签收", MajorMatterDecisions.SignFor(report, Today, District, Now).Refusal!.Message);
    }

    [Fact]
    public void An_instruction_comes_after_the_receipt_once_with_text_and_a_due_day_from_today()
    {
        Assert.Equal("请先签收该报告，再作批示。", MajorMatterDecisions.Instruct(Reported(), "批示", Today, District, Now).Refusal!.Message);
        var report = Signed();
        Assert.Equal("请填写批示内容。", MajorMatterDecisions.Instruct(report, " ", Today, District, Now).Refusal!.Message);
        Assert.Contains("办理期限", MajorMatterDecisions.Instruct(report, "批示", null, District, Now).Refusal!.Message);
        Assert.Equal("批示的办理期限不能早于今天。", MajorMatterDecisions.Instruct(report, "批示", Today.AddDays(-1), District, Now).Refusal!.Message);
        report.Apply(MajorMatterDecisions.Instruct(report, "批示", Today, District, Now).Event!);
        Assert.Equal(MajorMatterState.Instructed, report.StateOn(Today));
        Assert.Equal(MajorMatterState.Overdue, report.StateOn(Today.AddDays(1)));
        Assert.Contains("不能重复批示", MajorMatterDecisions.Instruct(report, "再批示", Today, District, Now).Refusal!.Message);
    }

    [Fact]
    public void The_office_reports_progress_and_closes_the_instruction_like_a_resolution()
    {
        Assert.Contains("尚未作出批示", MajorMatterDecisions.ReportProgress(Signed(), Guid.NewGuid(), "进展", null, Clerk, Now).Refusal!.Message);
        Assert.Contains("尚未作出批示", MajorMatterDecisions.Complete(Signed(), "依据", Clerk, Now).Refusal!.Message);
        var report = Instructed();
        Assert.Equal("请填写落实情况。", MajorMatterDecisions.ReportProgress(report, Guid.NewGuid(), "", null, Clerk, Now).Refusal!.Message);
        var progress = MajorMatterDecisions.ReportProgress(report, Guid.NewGuid(), "已召开联席会", null, Clerk, Now).Event!;
        Assert.Equal("领导小组办公室", progress.Unit);
        report.Apply(progress);
        report.Apply(MajorMatterDecisions.ReportProgress(report, Guid.NewGuid(), "已走访", "建设村", Clerk, Now).Event!);
        Assert.Equal(["领导小组办公室", "建设村"], report.Progress.Select(p => p.Unit));
        Assert.Equal("请填写办结依据。", MajorMatterDecisions.Complete(report, null, Clerk, Now).Refusal!.Message);
        report.Apply(MajorMatterDecisions.Complete(report, "帮扶机制文件", Clerk, Now).Event!);
        Assert.Equal((MajorMatterState.Done, Today, "帮扶机制文件"), (report.StateOn(Today.AddYears(1)), report.DoneOn!.Value, report.Evidence));
        Assert.Contains("已于 2026-03-10 办结", MajorMatterDecisions.Complete(report, "又一次", Clerk, Now).Refusal!.Message);
        Assert.Contains("不能再报送", MajorMatterDecisions.ReportProgress(report, Guid.NewGuid(), "进展", null, Clerk, Now).Refusal!.Message);
        Assert.Equal(6, report.Timeline.Count);
    }

    [Fact]
    public void An_instruction_not_done_after_its_due_day_is_an_urgent_finding_with_reminders_before()
    {
        var id = Guid.NewGuid();
        var due = new DateOnly(2026, 4, 30);
        var fact = new InstructionFact(id, "铜罐驿未保领办报〔2026〕1号", "请于四月底前落实帮扶机制", Today, due, null);
        IReadOnlyList<Finding> On(DateOnly day, InstructionFact f) =>
            InstructionRules.InstructionsDue(day, [f], new CadenceOptions()).Where(x => x.Rule == InstructionRules.Due.Code).ToList();
        Assert.Empty(On(Today, fact));
        var reminder = Assert.Single(On(due.AddDays(-5), fact));
        Assert.Equal((Severity.Reminder, 7), (reminder.Severity, reminder.ReminderDays!.Value));
        var overdue = Assert.Single(On(due.AddDays(1), fact));
        Assert.Equal((Severity.Urgent, $"instruction:{id}", $"/major-matters/{id}"), (overdue.Severity, overdue.Key, overdue.Link));
        Assert.Contains("应于 2026-04-30 前办结，已逾期", overdue.Explanation);
        Assert.Empty(On(due.AddDays(1), fact with { DoneOn = due }));
        // No instructions, no findings.
        Assert.Empty(InstructionRules.InstructionsDue(Today, [], new CadenceOptions()));
    }
}
