using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;

namespace Secretariat.Tests.Features.Reports;

public class ReportFactsBuilderTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 6, 30);

    private static Resolution Resolution(string unit, string meetingDate, string due, string? doneOn = null) => new()
    {
        Id = Guid.NewGuid(), LeadUnit = new UnitRef(Guid.NewGuid(), unit), MeetingDate = DateOnly.Parse(meetingDate), DueOn = DateOnly.Parse(due),
        IsDone = doneOn is not null, DoneOn = doneOn is null ? null : DateOnly.Parse(doneOn)
    };

    private static Resolution OfTheStation(Resolution r)
    {
        r.Body = BodyKind.WorkStation;
        return r;
    }

    private static Meeting OfTheStation(Meeting m)
    {
        m.Body = BodyKind.WorkStation;
        return m;
    }

    [Fact]
    public void Resolutions_are_counted_by_lead_unit_as_they_stood_on_the_last_day()
    {
        var facts = ReportFactsBuilder.Resolutions([
            Resolution("建设村", "2024-11-01", "2024-12-31"), // open since last year, overdue
            Resolution("建设村", "2025-03-01", "2025-04-30", "2025-04-20"), // opened and closed in the period
            Resolution("建设村", "2025-03-01", "2025-12-31"), // opened, open, not yet due
            Resolution("派出所", "2025-03-01", "2025-05-31", "2025-08-01"), // closed after the period: open and overdue at its end
            Resolution("派出所", "2024-03-01", "2024-05-31", "2024-05-01"), // closed before the period: not in it
            Resolution("财政办", "2025-08-01", "2025-09-30"), // issued after the period
            OfTheStation(Resolution("民政办", "2025-03-01", "2025-04-30")) // the station's decision: its own section
        ], Start, End);
        Assert.Equal([new ResolutionFact("建设村", 2, 1, 2, 1), new ResolutionFact("派出所", 1, 0, 1, 1)], facts);
    }

    [Fact]
    public void Meetings_held_in_the_period_with_their_minutes_numbers_cancelled_ones_left_out()
    {
        Meeting M(string title, string date, string? number = null, bool cancelled = false)
        {
            var m = new Meeting { Title = title, Date = DateOnly.Parse(date), StartsAt = DateTimeOffset.Parse(date + "T01:30:00Z"), MinutesNumber = number,
                Cancelled = cancelled };
            return m;
        }
        var facts = ReportFactsBuilder.Meetings([M("五月会议", "2025-05-10"), M("三月会议", "2025-03-10", "铜罐驿未保领纪〔2025〕1号"),
            M("取消的会议", "2025-04-01", cancelled: true), M("七月会议", "2025-07-01"), M("去年会议", "2024-12-31"),
            OfTheStation(M("工作站全体会议", "2025-04-02"))], Start, End);
        Assert.Equal([new MeetingFact(new DateOnly(2025, 3, 10), "三月会议", "铜罐驿未保领纪〔2025〕1号"), new MeetingFact(new DateOnly(2025, 5, 10), "五月会议", null)],
            facts);
    }

    [Fact]
    public void Member_changes_are_the_approved_adjustments_that_took_effect_in_the_period()
    {
        var approved = Guid.NewGuid();
        var other = Guid.NewGuid();
        var body = new BodyRoster
        {
            Kind = BodyKind.LeadingGroup,
            Tenures =
            [
                new Tenure(Guid.NewGuid(), Guid.NewGuid(), "刘建容", RosterRole.Member, null, "建设村", "", new DateOnly(2022, 1, 28), new DateOnly(2025, 4, 1),
                    "文件", "工作变动", "调整") { EndedByAdjustment = approved },
                new Tenure(Guid.NewGuid(), Guid.NewGuid(), "张新", RosterRole.Member, null, "建设村", "", new DateOnly(2025, 4, 1), null, "调整", null, null)
                    { AppointedByAdjustment = approved },
                new Tenure(Guid.NewGuid(), Guid.NewGuid(), "王五", RosterRole.Member, null, "财政办", "", new DateOnly(2025, 8, 1), null, "调整", null, null)
                    { AppointedByAdjustment = other },
                new Tenure(Guid.NewGuid(), Guid.NewGuid(), "李四", RosterRole.Member, null, "财政办", "", new DateOnly(2025, 2, 1), null, "文件", null, null)
            ]
        };
        var facts = ReportFactsBuilder.MemberChanges([body], new Dictionary<Guid, string> { [approved] = "TG-1", [other] = "TG-2" }, Start, End);
        Assert.Equal(["离任 刘建容 TG-1", "任职 张新 TG-1"], facts.Select(f => $"{f.Change} {f.Person} {f.AdjustmentNumber}"));
        Assert.All(facts, f => Assert.Equal(new DateOnly(2025, 4, 1), f.EffectiveOn));
    }
}
