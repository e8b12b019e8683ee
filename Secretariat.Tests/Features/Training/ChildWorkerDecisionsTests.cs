using Secretariat.Web.Features.Training;

namespace Secretariat.Tests.Features.Training;

public class ChildWorkerDecisionsTests
{
    private static readonly MemberUnit Jianshe = new() { Id = Guid.NewGuid(), Name = "建设村", Kind = UnitKind.Village };
    private static readonly MemberUnit Tongguan = new() { Id = Guid.NewGuid(), Name = "铜罐社区", Kind = UnitKind.Community };
    private static readonly MemberUnit Police = new() { Id = Guid.NewGuid(), Name = "派出所", Kind = UnitKind.TownBody };
    private static DateOnly D(string date) => DateOnly.Parse(date);

    private static ChildWorker Director(string name = "王芳", string from = "2026-01-10")
    {
        var decided = ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), name, ChildWorkerDuty.ChildDirector, Jianshe, D(from), "");
        return ChildWorker.Create(decided.Event!);
    }

    [Fact]
    public void A_director_must_sit_in_a_village_or_community_a_supervisor_need_not()
    {
        Assert.Contains("请选择村（社区）", ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), "王芳",
            ChildWorkerDuty.ChildDirector, null, D("2026-01-10"), "").Refusal!.Message);
        Assert.Contains("不是村（社区）", ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), "王芳",
            ChildWorkerDuty.ChildDirector, Police, D("2026-01-10"), "").Refusal!.Message);
        Assert.NotNull(ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), "王芳", ChildWorkerDuty.ChildDirector, Tongguan,
            D("2026-01-10"), "").Event);
        Assert.NotNull(ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), "赵旦月", ChildWorkerDuty.ChildSupervisor, null,
            D("2026-01-10"), "").Event);
        Assert.Equal("请填写姓名。", ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), " ", ChildWorkerDuty.ChildSupervisor,
            null, D("2026-01-10"), "").Refusal!.Message);
    }

    [Fact]
    public void Appointments_of_one_person_never_overlap_and_a_namesake_in_office_is_refused()
    {
        var worker = Director();
        var again = ChildWorkerDecisions.Appoint(worker, [worker], worker.Id, Guid.NewGuid(), null, ChildWorkerDuty.ChildDirector, Tongguan,
            D("2026-03-01"), "");
        Assert.Contains("尚未离任", again.Refusal!.Message);
        worker.Apply(ChildWorkerDecisions.Leave(worker, D("2026-05-01"), "换届").Event!);
        Assert.Contains("不能早于该日", ChildWorkerDecisions.Appoint(worker, [worker], worker.Id, Guid.NewGuid(), null,
            ChildWorkerDuty.ChildDirector, Tongguan, D("2026-04-30"), "").Refusal!.Message);
        Assert.NotNull(ChildWorkerDecisions.Appoint(worker, [worker], worker.Id, Guid.NewGuid(), null, ChildWorkerDuty.ChildDirector, Tongguan,
            D("2026-05-01"), "").Event);

        var active = Director("李丽");
        Assert.Contains("已有在任的 李丽", ChildWorkerDecisions.Appoint(null, [active], Guid.NewGuid(), Guid.NewGuid(), "李丽",
            ChildWorkerDuty.ChildDirector, Tongguan, D("2026-05-01"), "").Refusal!.Message);
    }

    [Fact]
    public void Transfers_go_to_another_village_after_the_current_posting()
    {
        var worker = Director();
        Assert.Contains("已在建设村任职", ChildWorkerDecisions.Transfer(worker, Jianshe, D("2026-03-01"), "").Refusal!.Message);
        Assert.Contains("须晚于 2026-01-10", ChildWorkerDecisions.Transfer(worker, Tongguan, D("2026-01-10"), "").Refusal!.Message);
        Assert.Contains("不是村（社区）", ChildWorkerDecisions.Transfer(worker, Police, D("2026-03-01"), "").Refusal!.Message);
        var moved = ChildWorkerDecisions.Transfer(worker, Tongguan, D("2026-03-01"), "镇政府通知").Event!;
        worker.Apply(moved);
        Assert.Equal("铜罐社区", worker.AppointmentOn(D("2026-03-01"))!.PostingOn(D("2026-03-01")).UnitName);
        Assert.Equal("建设村", worker.AppointmentOn(D("2026-02-28"))!.PostingOn(D("2026-02-28")).UnitName);

        var supervisor = ChildWorker.Create(ChildWorkerDecisions.Appoint(null, [], Guid.NewGuid(), Guid.NewGuid(), "赵旦月",
            ChildWorkerDuty.ChildSupervisor, null, D("2026-01-10"), "").Event!);
        Assert.Contains("只有儿童主任", ChildWorkerDecisions.Transfer(supervisor, Tongguan, D("2026-03-01"), "").Refusal!.Message);
    }

    [Fact]
    public void Leaving_needs_a_reason_a_later_date_and_an_open_appointment()
    {
        var worker = Director();
        Assert.Equal("请填写离任原因。", ChildWorkerDecisions.Leave(worker, D("2026-03-01"), " ").Refusal!.Message);
        Assert.Contains("须晚于 2026-01-10", ChildWorkerDecisions.Leave(worker, D("2026-01-10"), "换届").Refusal!.Message);
        worker.Apply(ChildWorkerDecisions.Leave(worker, D("2026-03-01"), "换届").Event!);
        Assert.Equal(D("2026-03-01"), worker.ServesUntil);
        Assert.Contains("目前未在任", ChildWorkerDecisions.Leave(worker, D("2026-04-01"), "换届").Refusal!.Message);
    }

    [Fact]
    public void A_qualification_needs_a_known_level_and_a_past_date()
    {
        var worker = Director();
        var today = D("2026-11-28");
        Assert.Contains("只能是", ChildWorkerDecisions.RecordProfile(worker, new(true, false, "心理咨询师", D("2020-01-01")), today).Refusal!.Message);
        Assert.Contains("请填写取得", ChildWorkerDecisions.RecordProfile(worker, new(true, false, "社会工作师", null), today).Refusal!.Message);
        Assert.Contains("不能晚于今天", ChildWorkerDecisions.RecordProfile(worker, new(true, false, "社会工作师", D("2026-11-29")), today).Refusal!.Message);
        var recorded = ChildWorkerDecisions.RecordProfile(worker, new(true, false, "助理社会工作师", D("2023-06-01")), today).Event!;
        worker.Apply(recorded);
        Assert.True(worker.MeetsPreference);
        Assert.True(worker.ProfileRecorded);
    }
}

public class TrainingSessionDecisionsTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date);
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = D("2026-11-28");

    private static readonly ChildWorker Worker = ChildWorker.Create(new ChildWorkerAppointed(Guid.NewGuid(), Guid.NewGuid(), "王芳",
        ChildWorkerDuty.ChildDirector, Guid.NewGuid(), "建设村", D("2026-03-01"), ""));

    private static TrainingSessionDraft Draft(string start = "2026-06-01", string end = "2026-06-02", IReadOnlyList<Course>? courses = null,
        IReadOnlyList<Guid>? attendees = null, IReadOnlyList<string>? others = null) =>
        new("入职培训", TrainingKind.Onboarding, D(start), D(end), "民政和社事办", "镇会议室",
            courses ?? [new Course("儿童保护", 3, true), new Course("政策", 2, false)], attendees ?? [Worker.Id], others ?? []);

    private static string? Refusal(TrainingSessionDraft draft) =>
        TrainingSessionDecisions.Record(Guid.NewGuid(), draft, new Dictionary<Guid, ChildWorker> { [Worker.Id] = Worker }, [], "clerk", Now, Today)
            .Refusal?.Message;

    [Fact]
    public void A_valid_session_records_attendance_for_the_appointed_attendees_only()
    {
        var decided = TrainingSessionDecisions.Record(Guid.NewGuid(), Draft(others: ["区民政局 张三"]),
            new Dictionary<Guid, ChildWorker> { [Worker.Id] = Worker }, [], "clerk", Now, Today);
        Assert.Null(decided.Refusal);
        var recorded = decided.Of<TrainingSessionRecorded>().Single();
        Assert.Equal(2, recorded.Attendees.Count);
        Assert.Equal("建设村", recorded.Attendees[0].UnitName);
        var attended = Assert.Single(decided.Of<TrainingAttended>());
        Assert.True(attended.Counts);
        Assert.Equal(D("2026-06-02"), attended.EndOn);
    }

    [Fact]
    public void Each_mistake_is_refused_with_its_message()
    {
        Assert.Equal("结束日期不能早于开始日期。", Refusal(Draft("2026-06-02", "2026-06-01")));
        Assert.Contains("学时须为正数", Refusal(Draft(courses: [new Course("儿童保护", 0, true)])));
        Assert.Contains("学时须为正数", Refusal(Draft(courses: [new Course("儿童保护", -1, true)])));
        Assert.Contains("请填写课程名称", Refusal(Draft(courses: [new Course(" ", 1, true)])));
        Assert.Contains("未任儿童主任或儿童督导员", Refusal(Draft("2026-02-28", "2026-03-02")));
        Assert.Equal("参训人员“王芳”重复。", Refusal(Draft(attendees: [Worker.Id, Worker.Id])));
        Assert.Equal("参训人员“王芳”重复。", Refusal(Draft(others: ["王芳"])));
        Assert.Equal("参训人员“张三”重复。", Refusal(Draft(others: ["张三", "张三"])));
        Assert.Equal("培训尚未开始，请在举办后登记。", Refusal(Draft("2026-11-29", "2026-11-29")));
        Assert.Equal("所选参训人员不是儿童主任或儿童督导员。", Refusal(Draft(attendees: [Guid.NewGuid()])));
        Assert.Equal("请至少选择或填写一名参训人员。", Refusal(Draft(attendees: [])));
    }
}
