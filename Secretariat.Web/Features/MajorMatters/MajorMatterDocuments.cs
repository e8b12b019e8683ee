using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.MajorMatters;

/// <summary>The page model of a 重大事项报告's print view and Word copy.</summary>
public sealed record MajorMatterPrintPageModel(MajorMatterReport Report, string TownBase);

/// <summary>
/// The 重大事项报告 (五(三): 重大事项按程序报批，同时报告区未保机构) as an official document after GB/T 9704-2012: the office reports
/// the leading group's major resolution to the district's office under its 报〔年〕N号.
/// </summary>
public static class MajorMatterDocuments
{
    public static OfficialDocument Report(MajorMatterReport r, TownProfile town)
    {
        var body = new List<DocBlock>
        {
            new DocParagraph($"{r.MeetingTitle}（{r.MinutesNumber}）议定的以下事项属重大事项。按照“重大事项按程序报批，同时报告区未保机构”的要求，现报告如下："),
            new DocHeading("一、议定事项"),
            new DocParagraph($"{r.ResolutionText}（{r.DueOn.ChineseDate()}前完成）"),
            new DocHeading("二、有关情况"),
            new DocParagraph(r.Text.Length > 0 ? r.Text : "无。"),
            new DocParagraph("特此报告。")
        };
        return new OfficialDocument("major-matter", [town.OfficeIssuer], r.Number,
            ["关于", "报送", .. DocText.Words(r.MeetingTitle), "议定", "重大事项", "的", "报告"], $"{MeetingDocuments.DistrictOffice}：", body,
            town.OfficeIssuer, r.ReportedOn, new DocumentRecord($"{town.LeadingGroupIssuer}组长、副组长", town.OfficeIssuer, r.ReportedOn), r.Number);
    }
}
