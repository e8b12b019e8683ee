using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// The meeting's official documents as data (GB/T 9704-2012): the 会议通知, the 会议纪要 and the 落实情况通报. The print pages render
/// them and the .docx endpoints write them, so the Word copy says exactly what the page says.
/// </summary>
public static class MeetingDocuments
{
    /// <summary>Where the district's office is named in a 抄送 line.</summary>
    public const string DistrictOffice = "区未成年人保护工作领导小组办公室";

    /// <summary>The topics of a notice issued before any agenda item was added.</summary>
    public const string NoAgendaYet = "另行通知。";

    /// <summary>The words that differ between the bodies' papers: whom they go to, who issues them, who gets a copy.</summary>
    private sealed record Words(string Members, string Issuer, string Addressees, string Chairs, string Leave)
    {
        public static Words Of(Meeting meeting, TownProfile town) => meeting.Body == BodyKind.WorkStation
            ? new("工作站全体成员", town.StationIssuer, "工作站各成员单位：", $"工作站站长、副站长，{town.OfficeIssuer}", "工作站")
            : new("领导小组全体成员", town.OfficeIssuer, "领导小组各成员单位：", $"领导小组组长、副组长，{town.StationIssuer}", "领导小组办公室");
    }

    public static OfficialDocument Notice(MeetingNoticePageModel model, TownProfile town)
    {
        var m = model.View.Meeting;
        var body0 = MeetingBody.Of(m.Body);
        var words = Words.Of(m, town);
        var local = m.StartsAt.ToTownTime();
        var convener = m.Delegation is { } d ? $"{body0.ChairName}{d.LeaderName}委托，由{body0.DeputyName}{m.ConvenerName}" : $"{body0.ChairName}{m.ConvenerName}";
        var guests = m.Guests.Count > 0 ? "；列席：" + string.Join("、", m.Guests.Select(g => $"{g.Unit}{g.Name}")) : "";
        var body = new List<DocBlock>
        {
            new DocParagraph($"经{convener}召集，定于{local:yyyy年M月d日}{local:HH:mm}在{m.Place}召开{m.Title}（{m.Kind.Chinese()}）。现将有关事项通知如下："),
            new DocParagraph($"一、参会人员：{words.Members}（{model.View.Members.Count}人）{guests}。"),
            // No item yet (a notice sent before the agenda is settled): the topics follow, never an empty heading.
            new DocParagraph(m.Agenda.Count == 0 ? $"二、会议议题：{NoAgendaYet}" : "二、会议议题：")
        };
        body.AddRange(m.Agenda.Select((item, i) => new DocListItem($"{i + 1}. {item.Title}（{item.Presenter}汇报）")));
        body.Add(new DocParagraph($"三、请各位成员准时参会，因故不能参会的请提前向{words.Leave}请假。"));
        return new OfficialDocument("meeting-notice", [words.Issuer], model.Number,
            ["关于", "召开", .. DocText.Words(m.Title), "的", "通知"], words.Addressees, body, words.Issuer, model.IssuedOn,
            new DocumentRecord(words.Chairs, words.Issuer, model.IssuedOn), model.Number);
    }

    public static OfficialDocument Minutes(MeetingView view, TownProfile town)
    {
        var m = view.Meeting;
        var issuedOn = m.IssuedAt!.Value.ToTownDate();
        var present = m.Attendance.Count(a => !a.IsGuest && a.Status == AttendanceStatus.Present);
        // Signed off with attendance not (fully) recorded, as the convener confirmed: said so, never counted as absent (出席0人).
        var attendance = m.UnrecordedAttendance == 0 ? $"应出席{view.Members.Count}人，出席{present}人。"
            : m.UnrecordedAttendance >= view.Members.Count ? $"应出席{view.Members.Count}人，出席情况未登记。"
            : $"应出席{view.Members.Count}人，出席{present}人，{m.UnrecordedAttendance}人出席情况未登记。";
        var body = new List<DocBlock>
        {
            new DocParagraph($"{m.StartsAt.ToTownTime():yyyy年M月d日}，{m.ConvenerName}在{m.Place}召集召开{m.Title}。{attendance}"),
        };
        if (!string.IsNullOrWhiteSpace(m.MinutesSummary)) body.Add(new DocParagraph(m.MinutesSummary));
        body.AddRange(m.ItemSummaries.Select(s => new DocParagraph(s.Summary, $"{m.Agenda.FirstOrDefault(a => a.Id == s.ItemId)?.Title}。")));
        if (view.Resolutions.Count > 0)
        {
            body.Add(new DocParagraph("会议议定事项如下："));
            body.AddRange(view.Resolutions.Select(r => new DocListItem(
                $"{r.Order}. {r.Text}（牵头单位：{r.LeadUnit.Name}" +
                (r.ResponsibleUnits.Count > 0 ? "；责任单位：" + string.Join("、", r.ResponsibleUnits.Select(u => u.Name)) : "") +
                $"；{r.DueOn.ChineseDate()}前完成{(r.IsMajor ? "；重大事项，报区未保机构" : "")}）")));
        }
        body.AddRange(m.Addenda.Select(a => new DocParagraph($"【{a.Kind.Chinese()}{a.By.At.ToTownDate().ChineseDate()}】{a.Text}")));
        var number = m.MinutesNumber!;
        var words = Words.Of(m, town);
        return new OfficialDocument("minutes-print", [MeetingBody.Of(m.Body).MinutesIssuer(town), "会议纪要"], number,
            [.. DocText.Words(m.Title), "纪要"], null, body, words.Issuer, issuedOn,
            new DocumentRecord($"{words.Addressees.TrimEnd('：')}，{DistrictOffice}", words.Issuer, issuedOn), number);
    }

    public static OfficialDocument Circular(MeetingView view, Circular c, TownProfile town)
    {
        var m = view.Meeting;
        int Count(ResolutionStatus status) => c.Lines.Count(l => l.Status == status);
        var body = new List<DocBlock>
        {
            new DocParagraph($"现将{m.Title}（{m.MinutesNumber}）议定的{c.Lines.Count}项事项截至{c.IssuedOn.ChineseDate()}的落实情况通报如下：" +
                $"已办结{Count(ResolutionStatus.Done)}项，推进中{Count(ResolutionStatus.InProgress)}项，未开始{Count(ResolutionStatus.NotStarted)}项，" +
                $"已逾期{Count(ResolutionStatus.Overdue)}项。"),
            new DocTable("circular-table",
                [new DocColumn("序号", "order", 2), new DocColumn("议定事项", null, 9), new DocColumn("牵头单位", "unit", 4), new DocColumn("期限", "date", 5),
                 new DocColumn("状态", "status", 3), new DocColumn("最新进展", null, 9)],
                c.Lines.Select(l => (IReadOnlyList<string>)[l.Order.ToString(), l.Text, l.LeadUnit, l.DueOn.IsoDate(), l.Status.Chinese(),
                    l.LatestProgress.Length == 0 ? "—" : l.LatestProgress]).ToList()),
            new DocParagraph("请逾期和未开始事项的牵头单位抓紧推进，并及时报送进展。")
        };
        var words = Words.Of(m, town);
        return new OfficialDocument("circular", [words.Issuer], c.Number,
            ["关于", .. DocText.Words(m.Title), "议定事项", "落实情况", "的", "通报"], words.Addressees, body, words.Issuer, c.IssuedOn,
            new DocumentRecord($"{words.Chairs.Split('，')[0]}，{DistrictOffice}", words.Issuer, c.IssuedOn), c.Number);
    }
}
