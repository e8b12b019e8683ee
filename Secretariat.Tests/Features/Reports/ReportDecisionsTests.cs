using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;

namespace Secretariat.Tests.Features.Reports;

public class ReportDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Guid StationMasterPerson = Guid.NewGuid();
    private static readonly Actor Station = new(Guid.NewGuid(), "赵旦月", [Roles.WorkStation], null, Guid.NewGuid());
    private static readonly Actor Master = new(Guid.NewGuid(), "刘兵", [Roles.WorkStation], null, StationMasterPerson);
    private static readonly Actor Office = new(Guid.NewGuid(), "黄荣亮", [Roles.Secretariat], null, null);
    private static readonly Actor Reader = new(Guid.NewGuid(), "查阅", [Roles.Reader], null, null);

    private static readonly ReportFacts NoFacts = new(new DateOnly(2026, 6, 30), [], [], [], [], []);

    private static BodyRoster StationRoster() => new()
    {
        Id = RosterNames.BodyId(BodyKind.WorkStation), Kind = BodyKind.WorkStation, EstablishedOn = new DateOnly(2022, 1, 28),
        Tenures = [new Tenure(Guid.NewGuid(), StationMasterPerson, "刘兵", RosterRole.StationMaster, null, null, "副镇长", new DateOnly(2022, 1, 28), null, "文件",
            null, null)]
    };

    private static SemiannualReport Created(int year = 2026, HalfYear half = HalfYear.H1) =>
        SemiannualReport.Create(ReportDecisions.Create(null, year, half, 15, Station, Now).Event!);

    private static Dictionary<string, string?> Sections(string analysis = "总体平稳", string problems = "培训不足", string plan = "加强培训") =>
        new() { ["analysis"] = analysis, ["problems"] = problems, ["plan"] = plan };

    private static SemiannualReport Saved(SemiannualReport report, Dictionary<string, string?>? sections = null)
    {
        var saved = ReportDecisions.SaveDraft(report, report.Version, sections ?? Sections(), new Dictionary<string, string?> { ["meetings"] = "说明" },
            Station, Now);
        Assert.Null(saved.Refusal);
        report.Apply(saved.Event!);
        report.Version++;
        return report;
    }

    private static SemiannualReport Submitted()
    {
        var report = Saved(Created());
        var submitted = ReportDecisions.Submit(report, StationRoster(), NoFacts, Master, Now);
        Assert.Null(submitted.Refusal);
        report.Apply(submitted.Event!);
        report.Version++;
        return report;
    }

    [Theory]
    [InlineData(2025, HalfYear.H1, "2025-07-15")]
    [InlineData(2025, HalfYear.H2, "2026-01-15")]
    [InlineData(2024, HalfYear.H1, "2024-07-15")]
    public void The_report_is_due_on_the_15th_day_after_the_half_year(int year, HalfYear half, string due)
    {
        Assert.Equal(DateOnly.Parse(due), ReportPeriods.DueOn(year, half, 15));
        Assert.Equal(half == HalfYear.H1 ? new DateOnly(year, 1, 1) : new DateOnly(year, 7, 1), ReportPeriods.Start(year, half));
        Assert.Equal(half == HalfYear.H1 ? new DateOnly(year, 6, 30) : new DateOnly(year, 12, 31), ReportPeriods.End(year, half));
        Assert.Equal(DateOnly.Parse(due).AddDays(15), ReportPeriods.DueOn(year, half, 30));
    }

    [Fact]
    public void Only_the_work_station_creates_and_only_once_per_half_year()
    {
        Assert.Equal("只有工作站可以创建半年汇报。", ReportDecisions.Create(null, 2026, HalfYear.H1, 15, Office, Now).Refusal?.Message);
        Assert.Contains("不能重复创建", ReportDecisions.Create(Created(), 2026, HalfYear.H1, 15, Station, Now).Refusal?.Message);
        Assert.Contains("年份须在", ReportDecisions.Create(null, 2027, HalfYear.H1, 15, Station, Now).Refusal?.Message);
        var created = ReportDecisions.Create(null, 2026, HalfYear.H2, 15, Station, Now).Event!;
        Assert.Equal(new DateOnly(2027, 1, 15), created.DueOn);
        Assert.NotEqual(ReportPeriods.IdFor(2026, HalfYear.H1), created.ReportId);
    }

    [Fact]
    public void Each_save_is_a_new_version_and_a_stale_or_submitted_one_is_refused()
    {
        var report = Saved(Saved(Created()));
        Assert.Equal([1, 2], report.Versions.Select(v => v.Number));
        Assert.Equal("说明", report.Versions[1].Note("meetings"));
        Assert.Equal(ReportMessages.Stale, ReportDecisions.SaveDraft(report, report.Version - 1, Sections(), new Dictionary<string, string?>(), Station, Now)
            .Refusal?.Message);
        Assert.Equal("只有工作站可以修改汇报草稿。", ReportDecisions.SaveDraft(report, report.Version, Sections(), new Dictionary<string, string?>(), Office, Now)
            .Refusal?.Message);
        var submitted = Submitted();
        Assert.Contains("已报送的版本不能修改", ReportDecisions.SaveDraft(submitted, submitted.Version, Sections(), new Dictionary<string, string?>(), Station, Now)
            .Refusal?.Message);
    }

    [Fact]
    public void Only_the_station_master_submits_with_every_written_section_after_the_period()
    {
        var report = Saved(Created(), Sections(problems: "  ", plan: ""));
        Assert.Equal("请先填写存在问题、下步计划，再报送。", ReportDecisions.Submit(report, StationRoster(), NoFacts, Master, Now).Refusal?.Message);
        var full = Saved(Created());
        Assert.Equal("只有工作站站长可以报送半年汇报。", ReportDecisions.Submit(full, StationRoster(), NoFacts, Station, Now).Refusal?.Message);
        Assert.Equal("只有工作站站长可以报送半年汇报。", ReportDecisions.Submit(full, StationRoster(), NoFacts, Reader, Now).Refusal?.Message);
        Assert.Equal("请先填写并保存汇报内容。", ReportDecisions.Submit(Created(), StationRoster(), NoFacts, Master, Now).Refusal?.Message);
        var early = Saved(Created(2026, HalfYear.H2));
        Assert.Contains("尚未结束", ReportDecisions.Submit(early, StationRoster(), NoFacts, Master, Now).Refusal?.Message);
        var submitted = ReportDecisions.Submit(full, StationRoster(), NoFacts, Master, Now).Event!;
        Assert.Equal(1, submitted.VersionNumber);
        Assert.Same(NoFacts, submitted.Facts);
    }

    [Fact]
    public void The_office_receives_or_returns_with_a_comment_and_a_returned_report_needs_a_new_version()
    {
        var report = Submitted();
        Assert.Equal("只有办公室可以签收汇报。", ReportDecisions.Receive(report, new DateOnly(2026, 7, 20), Station, Now).Refusal?.Message);
        Assert.Contains("不能晚于今天", ReportDecisions.Receive(report, new DateOnly(2026, 7, 21), Office, Now).Refusal?.Message);
        Assert.Contains("不能早于报送日期", ReportDecisions.Receive(report, new DateOnly(2026, 7, 19), Office, Now).Refusal?.Message);
        Assert.Equal("请按 年-月-日 填写签收日期。", ReportDecisions.Receive(report, null, Office, Now).Refusal?.Message);
        Assert.Equal("请填写退回意见。", ReportDecisions.Return(report, " ", Office, Now).Refusal?.Message);

        report.Apply(ReportDecisions.Return(report, "请补充留守儿童情况", Office, Now).Event!);
        report.Version++;
        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Contains("请修改并保存新版本", ReportDecisions.Submit(report, StationRoster(), NoFacts, Master, Now).Refusal?.Message);
        Saved(report);
        Assert.Equal(2, report.Latest!.Number);
        Assert.True(report.Versions[0].IsSubmitted);
        Assert.False(report.Latest.IsSubmitted);
        report.Apply(ReportDecisions.Submit(report, StationRoster(), NoFacts, Master, Now).Event!);
        Assert.Contains("不能签收", ReportDecisions.Receive(Saved(Created(2025)), new DateOnly(2026, 7, 20), Office, Now).Refusal?.Message);
        report.Apply(ReportDecisions.Receive(report, new DateOnly(2026, 7, 20), Office, Now).Event!);
        Assert.Equal(new DateOnly(2026, 7, 20), report.ReceivedOn);
        Assert.Equal(ReportStatus.Received, report.Status);
    }

    [Fact]
    public void A_received_report_is_tabled_on_a_coming_meeting_once_and_both_name_each_other()
    {
        var meeting = new Meeting { Id = Guid.NewGuid(), Title = "第三季度会议", StartsAt = Now.AddDays(10) };
        var report = Submitted();
        Assert.Equal("汇报签收后才能列入会议议题。", ReportDecisions.Table(report, meeting, SampleTownAccounts.Profile, Office, Now).Refusal?.Message);
        report.Apply(ReportDecisions.Receive(report, new DateOnly(2026, 7, 20), Office, Now).Event!);
        Assert.Equal("只有办公室可以把汇报列入会议议题。", ReportDecisions.Table(report, meeting, SampleTownAccounts.Profile, Station, Now).Refusal?.Message);
        var held = new Meeting { Id = Guid.NewGuid(), Title = "已开的会", StartsAt = Now.AddDays(-1) };
        Assert.Contains("会议已召开", ReportDecisions.Table(report, held, SampleTownAccounts.Profile, Office, Now).Refusal?.Message);
        var decided = ReportDecisions.Table(report, meeting, SampleTownAccounts.Profile, Office, Now);
        Assert.Null(decided.Refusal);
        var (tabled, item) = (decided.Of<ReportTabled>().Single(), decided.Of<AgendaItemAdded>().Single());
        Assert.Equal(report.Id, item.ReportId);
        Assert.Equal(item.ItemId, tabled.AgendaItemId);
        Assert.Contains("2026年上半年", item.Title);
        report.Apply(tabled);
        Assert.Contains("已列入《第三季度会议》议题", ReportDecisions.Table(report, meeting, SampleTownAccounts.Profile, Office, Now).Refusal?.Message);
        Assert.Contains("不能退回", ReportDecisions.Return(report, "意见", Office, Now).Refusal?.Message);
    }

    [Fact]
    public void Overdue_means_not_yet_submitted_after_the_due_day()
    {
        var due = new DateOnly(2026, 7, 15);
        Assert.False(ReportPeriods.IsOverdue(null, due, due));
        Assert.True(ReportPeriods.IsOverdue(null, due, due.AddDays(1)));
        Assert.True(ReportPeriods.IsOverdue(ReportStatus.Returned, due, due.AddDays(1)));
        Assert.False(ReportPeriods.IsOverdue(ReportStatus.Submitted, due, due.AddDays(1)));
        Assert.False(ReportPeriods.IsOverdue(ReportStatus.Received, due, due.AddDays(1)));
    }
}
