using Secretariat.Web.Features.Capacity;

namespace Secretariat.Tests.Features.Capacity;

/// <summary>附件2 第69、71、74项 without a database: the counts on a day, an end day, a record not yet known, refusals.</summary>
public class CapacityDecisionsTests
{
    private static readonly MemberUnit Jianshe = new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village, SortOrder = 1 };
    private static readonly MemberUnit Tongguan = new() { Id = Guid.NewGuid(), Name = "铜罐社区", Kind = UnitKind.Community, SortOrder = 2 };
    private static readonly IReadOnlyList<MemberUnit> Villages = [Jianshe, Tongguan];
    private static readonly Actor Station = new(Guid.NewGuid(), "刘兵", [Roles.WorkStation], null, null);
    private static readonly DateOnly Today = new(2026, 10, 15);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static CapacityRecord Recorded(CapacityKind kind, string name, DateOnly from, MemberUnit? village = null, DateOnly? endedOn = null)
    {
        var record = CapacityRecord.Create(CapacityDecisions.Record(Guid.NewGuid(), new(kind, name, village?.Id, "财政资助 5 万元/年", from), Villages, Station,
            At(from), from).Event!);
        if (endedOn is { } end) record.Apply(CapacityDecisions.End(record, end, Station, At(end), end).Event!);
        return record;
    }

    private static IReadOnlyList<Finding> Findings(DateOnly asOf, params CapacityRecord[] records) =>
        CapacityCadence.Evaluate(new CapacityFacts(asOf, Villages, records), new CadenceOptions()).ToList();

    [Fact]
    public void Two_organisations_a_social_worker_and_a_team_in_every_village_meet_the_counts_and_an_end_day_no_longer_counts()
    {
        var sunshine = Recorded(CapacityKind.Organisation, "阳光社工服务中心", new(2026, 1, 1));
        var ended = Recorded(CapacityKind.Organisation, "护苗志愿者协会", new(2026, 3, 1), endedOn: new(2026, 10, 1));
        var worker = Recorded(CapacityKind.YouthSocialWorker, "陈静", new(2026, 5, 1));
        var teams = new[] { Recorded(CapacityKind.VolunteerTeam, "建设村护苗队", new(2026, 6, 1), Jianshe), Recorded(CapacityKind.VolunteerTeam, "铜罐社区护苗队", new(2026, 6, 1), Tongguan) };
        CapacityRecord[] all = [sunshine, ended, worker, .. teams];

        Assert.Empty(Findings(new(2026, 9, 30), all));
        // From its end day the second organisation is no longer counted: one of two.
        var short1 = Assert.Single(Findings(new(2026, 10, 1), all));
        Assert.Equal(("S69-organisations", Severity.Warning), (short1.Rule, short1.Severity));
        Assert.Contains("1 家，少于 2 家", short1.Explanation);
        Assert.False(CapacityCadence.Outcome(CapacityKind.Organisation, new CapacityFacts(new(2026, 10, 1), Villages, all)).Passed);
        Assert.True(CapacityCadence.Outcome(CapacityKind.Organisation, new CapacityFacts(new(2026, 9, 30), Villages, all)).Passed);
    }

    [Fact]
    public void Without_a_worker_and_a_team_in_one_village_the_station_and_that_village_are_warned()
    {
        var team = Recorded(CapacityKind.VolunteerTeam, "建设村护苗队", new(2026, 6, 1), Jianshe);
        var findings = Findings(Today, team);
        Assert.Equal(["S69-organisations", "S71-social-worker", "S74-volunteers"], findings.Select(f => f.Rule));
        var village = findings.Single(f => f.Rule == "S74-volunteers");
        Assert.Equal("铜罐社区", village.Subject);
        Assert.Equal([Tongguan.Id], village.UnitIds);
        var outcome = CapacityCadence.Outcome(CapacityKind.VolunteerTeam, new CapacityFacts(Today, Villages, [team]));
        Assert.Contains("2 个村（社区）中 1 个有未成年人保护志愿服务队：建设村 建设村护苗队（财政资助 5 万元/年，2026-06-01 起）；尚无：铜罐社区", outcome.Text);
        // Before CheckFrom nothing is checked.
        Assert.Empty(CapacityCadence.Evaluate(new CapacityFacts(Today, Villages, []), new CadenceOptions { CheckFrom = Today.AddDays(1) }));
    }

    [Fact]
    public void The_counts_are_checked_once_the_first_quarter_from_CheckFrom_has_ended_and_never_in_a_town_without_villages()
    {
        var from = new CadenceOptions { CheckFrom = new DateOnly(2026, 1, 1) };
        // The first quarter's last day: the town is still putting its counts in place.
        Assert.Empty(CapacityCadence.Evaluate(new CapacityFacts(new(2026, 3, 31), Villages, []), from));
        // The next day the first quarter has ended: every short count is a 警告.
        Assert.Equal(["S69-organisations", "S71-social-worker", "S74-volunteers", "S74-volunteers"],
            CapacityCadence.Evaluate(new CapacityFacts(new(2026, 4, 1), Villages, []), from).Select(f => f.Rule));
        // A town just added (no villages registered yet) has not started.
        Assert.Empty(CapacityCadence.Evaluate(new CapacityFacts(new(2026, 4, 1), [], []), new CadenceOptions()));
    }

    [Fact]
    public void A_record_is_refused_in_Chinese_for_bad_input()
    {
        Assert.Equal("志愿服务队请选择所在村（社区）。",
            CapacityDecisions.Record(Guid.NewGuid(), new(CapacityKind.VolunteerTeam, "护苗队", null, "队员 12 人", Today), Villages, Station, At(Today), Today).Refusal!.Message);
        Assert.Equal("请填写扶持方式（财政资助、办公场所、税收优惠等）。",
            CapacityDecisions.Record(Guid.NewGuid(), new(CapacityKind.Organisation, "阳光社工", null, " ", Today), Villages, Station, At(Today), Today).Refusal!.Message);
        Assert.Equal("起始日期不能晚于今天。",
            CapacityDecisions.Record(Guid.NewGuid(), new(CapacityKind.YouthSocialWorker, "陈静", null, "公益岗位", Today.AddDays(1)), Villages, Station, At(Today), Today).Refusal!.Message);
        var reader = new Actor(Guid.NewGuid(), "查阅", [Roles.Reader], null, null);
        Assert.True(CapacityDecisions.Record(Guid.NewGuid(), new(CapacityKind.YouthSocialWorker, "陈静", null, "公益岗位", Today), Villages, reader, At(Today), Today).IsRefused);
        var worker = Recorded(CapacityKind.YouthSocialWorker, "陈静", new(2026, 5, 1));
        Assert.Contains("终止日期须晚于起始日期", CapacityDecisions.End(worker, new(2026, 5, 1), Station, At(Today), Today).Refusal!.Message);
        Assert.Equal("终止日期不能晚于今天。", CapacityDecisions.End(worker, Today.AddDays(1), Station, At(Today), Today).Refusal!.Message);
    }
}
