using MiniExcelLibs;

namespace Secretariat.Web.Features.District;

/// <summary>The overview as a workbook: the page's table, one row a town, Chinese headers.</summary>
public static class DistrictWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Sheet = "区概览";

    public static byte[] Build(IReadOnlyList<TownFigures> towns, DateOnly today)
    {
        var rows = towns.Select(t => new Dictionary<string, object?>
        {
            ["镇街代码"] = t.Code,
            ["镇街"] = t.TownName,
            [$"{t.Year}年已召开会议"] = t.Held,
            [$"{t.Year}年已印发纪要"] = t.Issued,
            ["应开会议"] = t.Required,
            ["议定事项逾期"] = t.ResolutionsOverdue,
            ["儿童主任培训逾期"] = t.TrainingOverdue,
            ["无儿童主任的村（社区）"] = t.VillagesWithoutDirector,
            ["半年报告逾期"] = t.ReportsOverdue,
            [$"未解除提醒（{Severity.Breach.Chinese()}）"] = t.Breach,
            [$"未解除提醒（{Severity.Urgent.Chinese()}）"] = t.Urgent,
            [$"未解除提醒（{Severity.Warning.Chinese()}）"] = t.Warning,
            [$"未解除提醒（{Severity.Reminder.Chinese()}）"] = t.Reminder,
            ["逾期合计"] = t.OverdueTotal,
            ["统计日期"] = today.IsoDate()
        }).ToList();
        var sheets = new Dictionary<string, object> { [Sheet] = rows.Count > 0 ? rows : [new Dictionary<string, object?> { [Sheet] = "（无）" }] };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
