using System.Text;

namespace Secretariat.Web.Features.Station;

/// <summary>A topic a unit raised and the station has not answered in <see cref="StationDecisions.AnswerDays"/> days: once, to the station.</summary>
public sealed class TopicReminders : IDueReminders
{
    public async Task<IReadOnlyList<DueReminder>> DueAsync(IQuerySession session, ITownNotices notices, CadenceOptions cadence, DateOnly today,
        CancellationToken ct)
    {
        var raisedBy = today.AddDays(-StationDecisions.AnswerDays);
        var waiting = (await session.Query<Topic>().Where(t => t.Status == TopicStatus.Open && t.RaisedOn <= raisedBy).ToListAsync(ct))
            .Where(t => StationDecisions.IsWaiting(t, today)).ToList();
        if (waiting.Count == 0) return [];
        var recipients = (await notices.RecipientsAsync(ct)).Holding(Capability.RunStationMeetings, NoticeKinds.TopicWaiting);
        return waiting.Select(t =>
        {
            var text = new StringBuilder($"{t.Unit.Name}于{t.RaisedOn.ChineseDate()}向工作站提出的议题“{t.Title}”已{today.DayNumber - t.RaisedOn.DayNumber}天未答复。\n");
            text.Append("请列入工作站会议、并入其他议题，或答复不上会的理由（附件3 四：成员单位及时向工作站提出议题）。\n");
            text.AppendLink(notices.Link($"/station/topics/{t.Id}"));
            return new DueReminder(new NoticeDraft(NoticeKinds.TopicWaiting, $"topic-waiting:{t.Id}", $"议题待答复：{t.Title}", text.ToString()), recipients);
        }).ToList();
    }
}
