using Secretariat.Web.Features.Activities;
using Secretariat.Web.Features.Capacity;
using Secretariat.Web.Features.StaffChecks;
using Secretariat.Web.Features.Suggestions;
using Secretariat.Web.Infrastructure.Kernel;

namespace Secretariat.Tests.Features.Activities;

/// <summary>附件2's cadences in the half-year report: each feature's counts for a period, at its edges.</summary>
public class CadenceReportFactsTests
{
    private static readonly DateOnly Start = new(2026, 1, 1), End = new(2026, 6, 30);
    private static readonly Guid VillageA = Guid.NewGuid(), VillageB = Guid.NewGuid();

    private static int Count(IReadOnlyList<CountedSection> sections, string label) => sections.Single().Rows.Single(r => r.Label == label).Count;

    [Fact]
    public void Activities_count_by_kind_with_participants_and_the_villages_that_held_one()
    {
        Activity Held(ActivityKind kind, Guid? village, int participants) => new() { Kind = kind, VillageId = village, Participants = participants, HeldOn = Start };
        var sections = ActivityReportFacts.Sections([Held(ActivityKind.ParentSchool, VillageA, 30), Held(ActivityKind.ParentSchool, VillageA, 20),
            Held(ActivityKind.LawPublicity, VillageB, 15), Held(ActivityKind.MentalHealth, null, 40)]);
        Assert.Equal("activities", sections.Single().Key);
        var parent = sections.Single().Rows.Single(r => r.Label == ActivityKind.ParentSchool.Chinese());
        Assert.Equal((2, "参加 50 人次"), (parent.Count, parent.Detail));
        Assert.Equal(4, Count(sections, "合计"));
        Assert.Equal(2, Count(sections, "举办过活动的村（社区）"));
    }

    [Fact]
    public void Suggestions_count_those_received_answered_and_overdue_at_the_periods_end()
    {
        Suggestion Received(DateOnly on, DateOnly? answered) => new()
            { Source = SuggestionSource.Procuratorate, ReceivedOn = on, ReplyDueOn = on.AddMonths(1), AnsweredOn = answered };
        var sections = SuggestionReportFacts.Sections([
            Received(new(2025, 12, 20), new(2026, 1, 10)), // last period's, answered in this one, in time
            Received(new(2026, 3, 1), new(2026, 4, 15)), // answered late
            Received(new(2026, 5, 29), null), // due 06-29: overdue at the end
            Received(new(2026, 6, 10), null), // due 07-10: not yet
            Received(new(2026, 5, 1), new(2026, 7, 3)), // answered after the end: overdue at the end
        ], Start, End);
        Assert.Equal(4, Count(sections, "本期收到"));
        Assert.Equal("人民检察院 4 份", sections.Single().Rows.Single(r => r.Label == "本期收到").Detail);
        Assert.Equal(2, Count(sections, "本期书面回复"));
        Assert.Equal("其中按期 1 份", sections.Single().Rows.Single(r => r.Label == "本期书面回复").Detail);
        Assert.Equal(2, Count(sections, "期末逾期未回复"));
    }

    [Fact]
    public void Capacity_counts_what_is_active_on_the_periods_last_day()
    {
        CapacityRecord Record(CapacityKind kind, DateOnly from, DateOnly? ended, Guid? village = null) => new() { Kind = kind, From = from, EndedOn = ended, VillageId = village };
        var sections = CapacityReportFacts.Sections([
            Record(CapacityKind.Organisation, new(2025, 1, 1), null), Record(CapacityKind.Organisation, new(2025, 1, 1), End),
            Record(CapacityKind.YouthSocialWorker, End, null),
            Record(CapacityKind.VolunteerTeam, Start, null, VillageA), Record(CapacityKind.VolunteerTeam, Start, null, VillageA)], End);
        Assert.Equal(1, Count(sections, CapacityKind.Organisation.Chinese()));
        Assert.Equal(1, Count(sections, CapacityKind.YouthSocialWorker.Chinese()));
        var teams = sections.Single().Rows.Single(r => r.Label == CapacityKind.VolunteerTeam.Chinese());
        Assert.Equal((2, "覆盖 1 个村（社区）"), (teams.Count, teams.Detail));
    }

    [Fact]
    public void Staff_checks_count_the_periods_checks_records_found_ends_and_those_overdue_at_its_end()
    {
        StaffCheck Check(StaffCheckKind kind, DateOnly on, StaffCheckResult result, DateOnly? endBy = null, DateOnly? ended = null) =>
            new() { Kind = kind, CheckedOn = on, Result = result, EndByOn = endBy, EndedOn = ended };
        var sections = StaffCheckReportFacts.Sections([
            Check(StaffCheckKind.NewHire, new(2025, 12, 31), StaffCheckResult.NoRecord),
            Check(StaffCheckKind.NewHire, Start, StaffCheckResult.NoRecord),
            Check(StaffCheckKind.Periodic, new(2026, 3, 2), StaffCheckResult.RecordFound, new(2026, 4, 14), new(2026, 4, 1)),
            Check(StaffCheckKind.Periodic, new(2026, 5, 6), StaffCheckResult.RecordFound, new(2026, 6, 17)),
        ], Start, End);
        Assert.Equal(1, Count(sections, "入职前查询"));
        Assert.Equal(2, Count(sections, "定期查询"));
        Assert.Equal(2, Count(sections, "查询有记录"));
        Assert.Equal(1, Count(sections, "本期解除聘用"));
        Assert.Equal(1, Count(sections, "期末逾期未解聘"));
    }
}
