using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Reports;

/// <summary>Pure decisions on semiannual reports (R7): state + command -> event, or a refusal in Chinese.</summary>
public static class ReportDecisions
{
    public const int MaxComment = 1000;

    private static StepBy By(Actor actor, DateTimeOffset now) => new(actor.UserId, actor.Name, now);


    /// <summary>The account linked to the person in the work station's 站长 seat today.</summary>
    public static bool IsStationMaster(Actor actor, BodyRoster? station, DateOnly today) => station?.IsStationMaster(actor, today) == true;

    public static Decision<ReportCreated> Create(SemiannualReport? existing, int year, HalfYear half, int dueDays, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.WriteReports)) return new Refusal("只有工作站可以创建半年汇报。");
        var today = now.ToTownDate();
        if (year < 2022 || year > today.Year) return new Refusal($"年份须在 2022 至 {today.Year} 之间。");
        if (existing is not null)
            return new Refusal($"{ReportPeriods.PeriodName(year, half)}的汇报已经创建（{existing.Status.Chinese()}），不能重复创建。");
        return new ReportCreated(ReportPeriods.IdFor(year, half), year, half, ReportPeriods.DueOn(year, half, dueDays), By(actor, now));
    }

    public static Decision<ReportDraftSaved> SaveDraft(SemiannualReport? report, int expectedVersion, IReadOnlyDictionary<string, string?> sections,
        IReadOnlyDictionary<string, string?> notes, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.WriteReports)) return new Refusal("只有工作站可以修改汇报草稿。");
        if (report is null) return new Refusal("找不到该汇报。");
        if (!report.IsEditable)
            return new Refusal($"汇报当前为“{report.Status.Chinese()}”，已报送的版本不能修改。");
        if (report.Version != expectedVersion) return new Refusal(ReportMessages.Stale);
        var written = new Dictionary<string, string>();
        foreach (var (key, title) in ReportSections.Written)
        {
            var text = sections.GetValueOrDefault(key)?.Trim() ?? "";
            if (text.Length > ReportSections.MaxText) return new Refusal($"{title}不能超过 {ReportSections.MaxText} 个字。");
            written[key] = text;
        }
        var annotations = new Dictionary<string, string>();
        foreach (var (key, title) in ReportFactSections.All)
        {
            var text = notes.GetValueOrDefault(key)?.Trim() ?? "";
            if (text.Length > ReportSections.MaxNote) return new Refusal($"“{title}”的说明不能超过 {ReportSections.MaxNote} 个字。");
            if (text.Length > 0) annotations[key] = text;
        }
        return new ReportDraftSaved(report.Id, report.Versions.Count + 1, written, annotations, By(actor, now));
    }

    public static Decision<ReportSubmitted> Submit(SemiannualReport? report, BodyRoster? station, ReportFacts facts, Actor actor, DateTimeOffset now)
    {
        if (report is null) return new Refusal("找不到该汇报。");
        if (!IsStationMaster(actor, station, now.ToTownDate())) return new Refusal("只有工作站站长可以报送半年汇报。");
        if (!report.IsEditable) return new Refusal($"汇报当前为“{report.Status.Chinese()}”，不能再次报送。");
        if (report.Latest is not { } latest) return new Refusal("请先填写并保存汇报内容。");
        if (report.Status == ReportStatus.Returned && latest.IsSubmitted) return new Refusal("汇报已退回修改：请修改并保存新版本后再报送。");
        var empty = ReportSections.Written.Where(s => latest.Section(s.Key).Length == 0).Select(s => s.Title).ToList();
        if (empty.Count > 0) return new Refusal($"请先填写{string.Join("、", empty)}，再报送。");
        if (now.ToTownDate() <= ReportPeriods.End(report.Year, report.Half))
            return new Refusal($"{ReportPeriods.PeriodName(report.Year, report.Half)}尚未结束，结束后才能报送。");
        return new ReportSubmitted(report.Id, latest.Number, facts, By(actor, now));
    }

    public static Decision<ReportReceived> Receive(SemiannualReport? report, DateOnly? receivedOn, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.ReceiveReports)) return new Refusal("只有办公室可以签收汇报。");
        if (report is null) return new Refusal("找不到该汇报。");
        if (report.Status != ReportStatus.Submitted) return new Refusal($"汇报当前为“{report.Status.Chinese()}”，不能签收。");
        if (receivedOn is not { } day) return new Refusal("请按 年-月-日 填写签收日期。");
        if (day > now.ToTownDate()) return new Refusal("签收日期不能晚于今天。");
        if (day < report.SubmittedOn) return new Refusal($"签收日期不能早于报送日期 {report.SubmittedOn:yyyy-MM-dd}。");
        return new ReportReceived(report.Id, day, By(actor, now));
    }

    public static Decision<ReportReturned> Return(SemiannualReport? report, string? comment, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.ReceiveReports)) return new Refusal("只有办公室可以退回汇报。");
        if (report is null) return new Refusal("找不到该汇报。");
        if (report.Status is not (ReportStatus.Submitted or ReportStatus.Received))
            return new Refusal($"汇报当前为“{report.Status.Chinese()}”，不能退回。");
        if (report.TabledMeetingId is not null) return new Refusal($"汇报已列入《{report.TabledMeetingTitle}》议题，不能退回。");
        var text = comment?.Trim() ?? "";
        if (text.Length == 0) return new Refusal("请填写退回意见。");
        if (text.Length > MaxComment) return new Refusal($"退回意见不能超过 {MaxComment} 个字。");
        return new ReportReturned(report.Id, text, By(actor, now));
    }

    /// <summary>A received report goes on a coming meeting's agenda: the report and the agenda item name each other.</summary>
    public static Decided Table(SemiannualReport? report, Meeting? meeting, TownProfile town, Actor actor, DateTimeOffset now)
    {
        if (!actor.Can(Capability.ReceiveReports)) return new Refusal("只有办公室可以把汇报列入会议议题。");
        if (report is null) return new Refusal("找不到该汇报。");
        if (report.Status != ReportStatus.Received) return new Refusal("汇报签收后才能列入会议议题。");
        if (report.TabledMeetingId is not null) return new Refusal($"汇报已列入《{report.TabledMeetingTitle}》议题。");
        if (meeting is null) return new Refusal("请选择尚未召开的会议。");
        var title = $"听取工作站{ReportPeriods.PeriodName(report.Year, report.Half)}工作汇报（{ReportPeriods.Number(town, report.Year, report.Half)}）";
        var item = MeetingDecisions.AddItem(meeting, Guid.NewGuid(), title, "工作站站长", null, actor, now);
        if (item.Refusal is { } refusal) return refusal;
        var added = item.Event! with { ReportId = report.Id };
        return Decided.Append(report.Id, new ReportTabled(report.Id, meeting.Id, meeting.Title, added.ItemId, By(actor, now))).AndAppend(meeting.Id, added);
    }
}

public static class ReportMessages
{
    public const string Stale = "汇报已被他人修改，你的修改未保存。请重新载入最新内容后再修改。";
}
