using MiniExcelLibs;

namespace Secretariat.Web.Features.Training;

/// <summary>The training ledger (培训台账) as an .xlsx workbook with Chinese headers, one sheet per table.</summary>
public static class LedgerWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PeopleSheet = "培训台账";
    public const string SessionsSheet = "培训记录";
    public const string AttendanceSheet = "参训明细";

    public static byte[] Build(Ledger ledger)
    {
        var people = ledger.Lines.Select((line, i) => new Dictionary<string, object?>
        {
            ["序号"] = i + 1,
            ["姓名"] = line.Worker.Name,
            ["类别"] = line.Appointment.Duty.Chinese(),
            ["村（社区）/单位"] = line.Posting.UnitName ?? "",
            ["任职日期"] = line.Appointment.From.ToString("yyyy-MM-dd"),
            ["入职培训期限"] = line.Status.Onboarding.DueOn?.ToString("yyyy-MM-dd") ?? "",
            ["入职培训状态"] = line.Status.Onboarding.State.Chinese(),
            ["入职培训说明"] = line.Status.Onboarding.Explanation,
            [$"{ledger.AsOf.Year}年度轮训状态"] = line.Status.Rotation.State.Chinese(),
            ["年度轮训说明"] = line.Status.Rotation.Explanation,
            ["社会工作职业资格"] = line.Worker.QualificationLevel is { } level ? $"{level}（{line.Worker.QualifiedOn:yyyy-MM-dd}）" : "无",
            ["优先条件"] = Preference(line.Worker)
        }).ToList();
        var sessions = ledger.Sessions.OrderBy(s => s.StartOn).Select(s => new Dictionary<string, object?>
        {
            ["开始日期"] = s.StartOn.ToString("yyyy-MM-dd"),
            ["结束日期"] = s.EndOn.ToString("yyyy-MM-dd"),
            ["培训名称"] = s.Title,
            ["类别"] = s.Kind.Chinese(),
            ["主办单位"] = s.Organiser,
            ["地点"] = s.Place,
            ["总学时"] = CourseShare.TotalHours(s.Courses),
            ["儿童社会工作学时"] = CourseShare.ChildSocialWorkHours(s.Courses),
            ["儿童社会工作占比"] = CourseShare.Percent(s.Courses),
            ["是否计入"] = s.Counts ? "计入" : "不计入（儿童社会工作课程不足50%）",
            ["参训人数"] = s.Attendees.Count,
            ["材料份数"] = s.Materials.Count
        }).ToList();
        var attendance = ledger.Sessions.OrderBy(s => s.StartOn)
            .SelectMany(s => s.Attendees.Select(a => new Dictionary<string, object?>
            {
                ["培训名称"] = s.Title,
                ["结束日期"] = s.EndOn.ToString("yyyy-MM-dd"),
                ["姓名"] = a.Name,
                ["村（社区）/单位"] = a.UnitName ?? "",
                ["身份"] = a.PersonId is null ? "其他参训人员" : "儿童主任/督导员",
                ["是否计入"] = s.Counts ? "计入" : "不计入"
            })).ToList();
        var sheets = new Dictionary<string, object>
        {
            [PeopleSheet] = people.Count > 0 ? people : [Empty(PeopleSheet)],
            [SessionsSheet] = sessions.Count > 0 ? sessions : [Empty(SessionsSheet)],
            [AttendanceSheet] = attendance.Count > 0 ? attendance : [Empty(AttendanceSheet)]
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public static string Preference(ChildWorker worker) =>
        string.Join("、", new[] { worker.IsFemaleCommitteeMember ? "村（居）委会女性委员" : null, worker.IsWomensFederationChair ? "妇联主席" : null }
            .OfType<string>()) is { Length: > 0 } text ? text : "无";

    private static Dictionary<string, object?> Empty(string sheet) => new() { [sheet] = "（无）" };
}
