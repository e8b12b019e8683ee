using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Search;

namespace Secretariat.Tests.Features.Search;

/// <summary>What each kind of record puts in the index, where it opens and who may open it (pure: from the documents).</summary>
public class SearchEntriesTests
{
    private static readonly StepBy By = new(Guid.NewGuid(), "赵旦月", DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_meeting_gives_itself_with_its_agenda_and_minutes_and_each_circular_its_own_entry()
    {
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Title = "第二次领导小组会议", Place = "镇政府三楼会议室", MinutesStatus = MinutesStatus.Issued,
            MinutesNumber = "铜罐驿未保领纪〔2026〕2号", MinutesSummary = "会议研究了困境儿童帮扶。",
            Agenda = [new AgendaItem(Guid.NewGuid(), "审议帮扶方案", "刘兵", null, null, Guid.NewGuid(), "帮扶名单.docx", null, By) { AttachmentContainsMinorsData = true },
                new AgendaItem(Guid.NewGuid(), "年度计划", "刘兵", null, null, Guid.NewGuid(), "年度计划.docx", null, By)],
            Circulars = [new Circular(Guid.NewGuid(), "铜罐驿未保领办通〔2026〕1号", new DateOnly(2026, 9, 1),
                [new CircularLine(1, "建立关爱台账", "建设村", new DateOnly(2026, 12, 31), ResolutionStatus.InProgress, "已建立")], By)]
        };
        var entries = SearchEntries.Of(meeting).ToList();
        Assert.Equal(2, entries.Count);
        var own = entries[0];
        Assert.Equal(("会议", $"/meetings/{meeting.Id}", Capability.ReadTown), (own.Kind, own.Path, own.Capability));
        Assert.Contains("〔2026〕2号", own.Text);
        Assert.Contains("困境儿童帮扶", own.Text);
        Assert.Contains("年度计划.docx", own.Text);
        // A flagged attachment's name is not in the meeting's text, nor among the files to index.
        Assert.DoesNotContain("帮扶名单", own.Text);
        Assert.Single(SearchEntries.FilesOf(meeting));
        var circular = entries[1];
        Assert.Equal(("落实情况通报", $"/meetings/{meeting.Id}/circulars/{meeting.Circulars[0].Id}"), (circular.Kind, circular.Path));
        Assert.Contains("建立关爱台账", circular.Text);
        Assert.Contains("通〔2026〕1号", circular.Title);
    }

    [Fact]
    public void A_half_year_report_gives_its_latest_version_s_text()
    {
        var report = new SemiannualReport
        {
            Id = Guid.NewGuid(), Year = 2026, Half = HalfYear.H1,
            Versions = [new ReportVersion(1, new() { ["Analysis"] = "旧稿" }, [], By), new ReportVersion(2, new() { ["Analysis"] = "上半年走访全覆盖" }, new() { ["Meetings"] = "召开两次会议" }, By)]
        };
        var entry = Assert.Single(SearchEntries.Of(report));
        Assert.Equal(("半年汇报", "2026年上半年工作汇报", $"/reports/{report.Id}", Capability.ReadTown), (entry.Kind, entry.Title, entry.Path, entry.Capability));
        Assert.Contains("上半年走访全覆盖", entry.Text);
        Assert.Contains("召开两次会议", entry.Text);
        Assert.DoesNotContain("旧稿", entry.Text);
    }

    [Fact]
    public void A_major_matter_gives_its_report_the_district_s_instruction_and_the_progress_on_it()
    {
        var report = new MajorMatterReport
        {
            Id = Guid.NewGuid(), Number = "铜罐驿未保领办报〔2026〕1号", ResolutionText = "建立强制报告联动机制", Text = "报请区未保办指导",
            Instruction = "请于年底前完成", Progress = [new InstructionProgress(Guid.NewGuid(), "派出所", "已召开联席会议", By)]
        };
        var entry = Assert.Single(SearchEntries.Of(report));
        Assert.Equal(("重大事项报告", $"/major-matters/{report.Id}", Capability.ReadTown), (entry.Kind, entry.Path, entry.Capability));
        Assert.Contains("报〔2026〕1号", entry.Title);
        Assert.Contains("批示：请于年底前完成", entry.Text);
        Assert.Contains("派出所：已召开联席会议", entry.Text);
        Assert.Empty(entry.UnitIds);
    }
}
