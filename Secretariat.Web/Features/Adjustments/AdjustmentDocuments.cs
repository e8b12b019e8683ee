using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.Adjustments;

/// <summary>The 成员调整通知 as data (GB/T 9704-2012): rendered by its print page and written as its Word copy.</summary>
public static class AdjustmentDocuments
{
    public static OfficialDocument Notice(AdjustmentNoticePageModel model, TownProfile town)
    {
        var body = new List<DocBlock>();
        if (model.Lines.Count == 0)
            body.Add(new DocParagraph($"{model.Year}年无经批准的成员调整。"));
        else
        {
            body.Add(new DocParagraph("根据工作需要，经领导小组组长（工作站站长）批准，对以下成员予以调整："));
            body.AddRange(model.Lines.Select((line, i) => new DocListItem(
                $"{i + 1}. {line.Description}（{line.Adjustment.Number}，自{line.Adjustment.Proposal.ProposedEffectiveOn.ChineseDate()}起生效）")));
            body.Add(new DocParagraph("特此通知。"));
        }
        return new OfficialDocument("adjustment-notice", [town.OfficeIssuer], model.Number,
            ["关于", $"{model.Year}年", "领导小组", "及", "工作站", "成员调整", "的", "通知"], "各成员单位，各村（社区）：", body,
            town.OfficeIssuer, model.Today,
            new DocumentRecord($"领导小组组长、副组长，{MeetingDocuments.DistrictOffice}", town.OfficeIssuer, model.Today),
            model.Number ?? $"成员调整通知{model.Year}");
    }
}
