using Secretariat.Web.Features.Suggestions;

namespace Secretariat.Tests.Features.Suggestions;

/// <summary>附件2 第62项 without a database: a month across the end of February, the due day's edges, the record rule and bad input.</summary>
public class SuggestionDecisionsTests
{
    private static readonly MemberUnit School = new() { Id = Guid.NewGuid(), Name = "实验学校", Kind = UnitKind.TownBody };
    private static readonly MemberUnit Police = new() { Id = Guid.NewGuid(), Name = "派出所", Kind = UnitKind.TownBody };
    private static readonly IReadOnlyList<MemberUnit> Units = [School, Police];
    private static readonly Actor Office = new(Guid.NewGuid(), "李文", [Roles.Secretariat], null, null);
    private static readonly Actor SchoolLiaison = new(Guid.NewGuid(), "王老师", [Roles.UnitLiaison], School.Id, null);

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static Suggestion Received(DateOnly on, Actor? actor = null) =>
        Suggestion.Create(SuggestionDecisions.Receive(Guid.NewGuid(), new(SuggestionSource.Procuratorate, "铜检建〔2026〕3号", "校园周边安全看护不到位", School.Id, on),
            Units, actor ?? Office, At(on), on).Event!);

    private static IReadOnlyList<Finding> Findings(DateOnly asOf, params Suggestion[] suggestions) =>
        ReplyCadence.Evaluate(asOf, suggestions, new CadenceOptions()).ToList();

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2026-01-29", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-02-28", "2026-03-28")]
    [InlineData("2026-01-15", "2026-02-15")]
    [InlineData("2026-12-31", "2027-01-31")]
    public void The_reply_is_due_a_month_later_and_on_the_last_day_of_a_shorter_month(string received, string due) =>
        Assert.Equal(DateOnly.Parse(due), SuggestionDecisions.ReplyDue(DateOnly.Parse(received)));

    [Fact]
    public void Received_on_31_January_it_is_reminded_before_28_February_due_on_it_and_breached_on_1_March()
    {
        var s = Received(new(2026, 1, 31));
        Assert.Empty(Findings(new(2026, 1, 28), s));
        Assert.Equal((Severity.Reminder, 30), (Findings(new(2026, 1, 31), s)[0].Severity, Findings(new(2026, 1, 31), s)[0].ReminderDays!.Value));
        var lastDay = Assert.Single(Findings(new(2026, 2, 28), s));
        Assert.Equal((Severity.Reminder, 7, new DateOnly(2026, 2, 28)), (lastDay.Severity, lastDay.ReminderDays!.Value, lastDay.DueOn!.Value));
        var after = Assert.Single(Findings(new(2026, 3, 1), s));
        Assert.Equal((lastDay.Key, Severity.Breach, "S62-replies"), (after.Key, after.Severity, after.Rule));
        Assert.Equal([School.Id], after.UnitIds);
        Assert.Contains("附件2 第62项", after.Explanation);
    }

    [Fact]
    public void A_reply_on_the_due_day_is_in_time_a_reply_the_day_after_is_late_and_either_ends_the_alert()
    {
        var inTime = Received(new(2026, 1, 31));
        inTime.Apply(SuggestionDecisions.Answer(inTime, new(new(2026, 2, 28), "实验学校〔2026〕5号", "已增设放学时段护导岗"), SchoolLiaison, At(new(2026, 2, 28)),
            new(2026, 2, 28)).Event!);
        var late = Received(new(2026, 1, 31));
        late.Apply(SuggestionDecisions.Answer(late, new(new(2026, 3, 1), "", "已整改"), Office, At(new(2026, 3, 1)), new(2026, 3, 1)).Event!);
        Assert.True(inTime.AnsweredInTime);
        Assert.False(late.AnsweredInTime);
        Assert.Empty(Findings(new(2026, 3, 2), inTime, late));
        // As of the due day the late reply had not been made yet: still a reminder then.
        Assert.Equal(Severity.Reminder, Assert.Single(Findings(new(2026, 2, 28), late)).Severity);

        var outcome = WrittenRepliesCheck.Outcome(new(2026, 3, 2), [inTime, late]);
        Assert.False(outcome.Passed);
        Assert.Contains("收到建议 2 件：一个月内书面回复 1 件，逾期回复 1 件，逾期未回复 0 件，待回复 0 件", outcome.Text);
        Assert.Contains("2026-03-01 书面回复（逾期）", outcome.Text);
        Assert.True(WrittenRepliesCheck.Outcome(new(2026, 3, 2), [inTime]).Passed);
    }

    [Fact]
    public void Bad_input_and_another_units_suggestion_are_refused_in_Chinese()
    {
        var today = new DateOnly(2026, 3, 10);
        SuggestionDraft Draft(Guid? unit = null, string subject = "看护不到位", DateOnly? on = null) =>
            new(SuggestionSource.Court, "", subject, unit ?? School.Id, on ?? today);
        Assert.Equal("请填写建议内容摘要。", SuggestionDecisions.Receive(Guid.NewGuid(), Draft(subject: " "), Units, Office, At(today), today).Refusal!.Message);
        Assert.Equal("请选择被建议单位。", SuggestionDecisions.Receive(Guid.NewGuid(), Draft(unit: Guid.NewGuid()), Units, Office, At(today), today).Refusal!.Message);
        Assert.Equal("收到日期不能晚于今天。", SuggestionDecisions.Receive(Guid.NewGuid(), Draft(on: today.AddDays(1)), Units, Office, At(today), today).Refusal!.Message);
        Assert.Equal("只能登记本单位收到的建议。", SuggestionDecisions.Receive(Guid.NewGuid(), Draft(unit: Police.Id), Units, SchoolLiaison, At(today), today).Refusal!.Message);
        Assert.False(SuggestionDecisions.Receive(Guid.NewGuid(), Draft(), Units, SchoolLiaison, At(today), today).IsRefused);

        var s = Received(new(2026, 3, 1));
        Assert.Contains("不能早于收到建议的日期", SuggestionDecisions.Answer(s, new(new(2026, 2, 27), "", "已回复"), Office, At(today), today).Refusal!.Message);
        Assert.Equal("请填写书面回复的内容摘要。", SuggestionDecisions.Answer(s, new(today, "", ""), Office, At(today), today).Refusal!.Message);
        var police = new Actor(Guid.NewGuid(), "涂安银", [Roles.UnitLiaison], Police.Id, null);
        Assert.Equal("只能登记本单位的书面回复。", SuggestionDecisions.Answer(s, new(today, "", "已回复"), police, At(today), today).Refusal!.Message);
        s.Apply(SuggestionDecisions.Answer(s, new(today, "", "已回复"), Office, At(today), today).Event!);
        Assert.Equal("该建议已登记书面回复。", SuggestionDecisions.Answer(s, new(today, "", "再次回复"), Office, At(today), today).Refusal!.Message);
    }
}
