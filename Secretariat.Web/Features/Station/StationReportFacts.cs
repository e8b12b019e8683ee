using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Station;

/// <summary>
/// The station's own work in its half-year report (附件3-2 七): its meetings, the units' topics and the matters it prepared, and the tasks
/// handed to it, counted for the period from the snapshots' columns; what was answered or done after the period's end counts as open.
/// </summary>
public sealed class StationReportFacts : IReportFactContributions
{
    public async Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var meetings = (await session.Query<Meeting>().Where(m => m.Body == BodyKind.WorkStation && m.Year >= start.Year && m.Year <= end.Year)
            .ToListAsync(ct)).Where(m => !m.Cancelled && m.Date >= start && m.Date <= end).ToList();
        var ids = meetings.Select(m => m.Id).ToList();
        var decided = ids.Count == 0 ? 0 : await session.Query<Resolution>().CountAsync(r => ids.Contains(r.MeetingId), ct);
        var issued = meetings.Count(m => m.IssuedAt is { } at && at.ToTownDate() <= end);

        var topics = await session.Query<Topic>().Where(t => t.RaisedOn >= start && t.RaisedOn <= end).ToListAsync(ct);
        TopicStatus StatusAtEnd(Topic t) => t.AnsweredOn is { } on && on <= end ? t.Status : TopicStatus.Open;
        var drafts = await session.Query<DraftResolution>().Where(d => d.PreparedOn >= start && d.PreparedOn <= end).ToListAsync(ct);

        var tasks = (await session.Query<AssignedTask>().Where(t => t.AssignedOn <= end).ToListAsync(ct))
            .Where(t => !t.IsDone || t.DoneOn >= start).ToList();
        bool DoneBy(AssignedTask t) => t.IsDone && t.DoneOn <= end;

        return
        [
            new("station-meetings", "工作站会议（附件3 四、五(四)）",
            [
                new("全体会议", meetings.Count(m => m.Kind == MeetingKind.Plenary)),
                new("工作例会", meetings.Count(m => m.Kind == MeetingKind.WorkSession)),
                new("签发会议纪要", issued, "截至期末"),
                new("议定事项", decided)
            ]),
            new("station-topics", "成员单位提出的议题与拟议事项",
            [
                new("收到议题", topics.Count),
                new("列入工作站会议", topics.Count(t => StatusAtEnd(t) == TopicStatus.Scheduled)),
                new("合并研究", topics.Count(t => StatusAtEnd(t) == TopicStatus.Merged)),
                new("答复暂不上会", topics.Count(t => StatusAtEnd(t) == TopicStatus.Declined)),
                new("期末待答复", topics.Count(t => StatusAtEnd(t) == TopicStatus.Open)),
                new("提请领导小组的拟议事项", drafts.Count, $"其中已列入领导小组会议 {drafts.Count(d => d.TabledMeetingDate is { } on && on <= end)} 项")
            ]),
            new("station-assigned-tasks", "交办事项（附件3-2 八）",
            [
                new("本期交办", tasks.Count(t => t.AssignedOn >= start), $"组长交办 {tasks.Count(t => t.AssignedOn >= start && t.Source == AssignedTaskSource.Leader)} 项，区级交办 {tasks.Count(t => t.AssignedOn >= start && t.Source == AssignedTaskSource.District)} 项"),
                new("本期办结", tasks.Count(t => DoneBy(t) && t.DoneOn >= start)),
                new("期末未办结", tasks.Count(t => !DoneBy(t)), $"其中逾期 {tasks.Count(t => !DoneBy(t) && t.DueOn < end)} 项")
            ])
        ];
    }
}
