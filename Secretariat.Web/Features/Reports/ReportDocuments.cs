using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.Reports;

/// <summary>
/// The 半年汇报 as an official document (GB/T 9704-2012): each facts section as a sentence and a table of plain cells (none of the
/// screen's call-out boxes), the written sections, the station's signature. Rendered by the print page and written as its Word copy.
/// </summary>
public static class ReportDocuments
{
    public static OfficialDocument Report(ReportView view, TownProfile town)
    {
        var r = view.Report;
        var shown = view.Shown;
        var date = shown?.SubmittedBy?.At.ToTownDate() ?? view.Today;
        var facts = view.Facts;
        var body = new List<DocBlock>();
        if (shown is null || !shown.IsSubmitted)
            body.Add(new DocScreenNote($"（草稿{(shown is null ? "" : $"第{shown.Number}版")}，尚未报送）"));
        body.Add(new DocParagraph($"根据工作安排，现将{view.Period}（{ReportPeriods.Start(r.Year, r.Half).ChineseDate()}至" +
            $"{ReportPeriods.End(r.Year, r.Half).ChineseDate()}）全镇未成年人保护工作情况报告如下："));
        var n = 0;
        foreach (var (key, title) in ReportFactSections.All)
        {
            body.Add(new DocHeading($"{ReportPage.ChineseNumber(++n)}、{title}"));
            body.AddRange(Facts(key, facts));
            if (shown?.Note(key) is { Length: > 0 } note) body.Add(new DocParagraph(note));
        }
        foreach (var (key, title) in ReportSections.Written)
        {
            body.Add(new DocHeading($"{ReportPage.ChineseNumber(++n)}、{title}"));
            body.Add(new DocParagraph(shown?.Section(key) ?? ""));
        }
        body.Add(new DocParagraph("特此报告。"));
        return new OfficialDocument("report-print", [town.StationIssuer], view.Number,
            ["关于", $"{r.Year}年", r.Half == HalfYear.H1 ? "上半年" : "下半年", "全镇", "未成年人保护", "工作", "情况", "的", "报告"],
            $"{town.TownName}未成年人保护工作领导小组：", body, town.StationIssuer, date,
            new DocumentRecord($"{town.OfficeIssuer}", town.StationIssuer, date), view.Number);
    }

    /// <summary>One facts section: its sentence and its table (the same figures the report page shows).</summary>
    private static IEnumerable<DocBlock> Facts(string key, ReportFacts facts)
    {
        switch (key)
        {
            case "meetings":
                if (facts.Meetings.Count == 0) { yield return new DocParagraph("本期未召开领导小组会议。"); break; }
                yield return new DocParagraph($"本期召开领导小组会议{facts.Meetings.Count}次。");
                yield return new DocTable("facts-meetings", [new("日期", "date", 3), new("会议", null, 7), new("纪要文号", "number", 6)],
                    facts.Meetings.Select(m => (IReadOnlyList<string>)[m.Date.IsoDate(), m.Title, m.MinutesNumber ?? "纪要未签发"]).ToList());
                break;
            case "resolutions":
                if (facts.Resolutions.Count == 0) { yield return new DocParagraph("本期无议定事项。"); break; }
                yield return new DocTable("facts-resolutions",
                    [new("牵头单位", "unit", 5), new("本期新增", null, 3), new("本期办结", null, 3), new("期末未办结", null, 3), new("期末已逾期", null, 3)],
                    facts.Resolutions.Select(f => (IReadOnlyList<string>)[f.Unit, $"{f.Opened}", $"{f.Closed}", $"{f.OpenAtEnd}", $"{f.OverdueAtEnd}"]).ToList(),
                    ["合计", $"{facts.Resolutions.Sum(f => f.Opened)}", $"{facts.Resolutions.Sum(f => f.Closed)}",
                     $"{facts.Resolutions.Sum(f => f.OpenAtEnd)}", $"{facts.Resolutions.Sum(f => f.OverdueAtEnd)}"]);
                break;
            case "changes":
                if (facts.MemberChanges.Count == 0) { yield return new DocParagraph("本期无经批准的成员调整。"); break; }
                yield return new DocTable("facts-changes",
                    [new("生效日期", "date", 4), new("机构", null, 3), new("变动", null, 2), new("姓名", "name", 3), new("职务", null, 2),
                     new("单位", null, 4), new("调整申请", null, 5)],
                    facts.MemberChanges.Select(c => (IReadOnlyList<string>)[c.EffectiveOn.IsoDate(), c.Body, c.Change, c.Person, c.Role, c.Unit ?? "",
                        c.AdjustmentNumber]).ToList());
                break;
            case "training":
                if (facts.Training.Count == 0) { yield return new DocParagraph("期末无在任的儿童主任、儿童督导员。"); break; }
                yield return new DocTable("facts-training",
                    [new("姓名", "name", 3), new("职务", null, 4), new("村（社区）", null, 4), new("入职培训", null, 6), new("年度轮训", null, 6)],
                    facts.Training.Select(t => (IReadOnlyList<string>)[t.Name, t.Duty, t.Village ?? "—",
                        $"{t.Onboarding}（{t.OnboardingDetail}）", $"{t.Rotation}（{t.RotationDetail}）"]).ToList());
                break;
            case "coverage":
                yield return new DocParagraph($"村（社区）{facts.Coverage.Count}个，已配备儿童主任{facts.Coverage.Count(c => c.Directors.Count > 0)}个。");
                yield return new DocTable("facts-coverage", [new("村（社区）", "unit", 2), new("儿童主任", null, 5)],
                    facts.Coverage.Select(c => (IReadOnlyList<string>)[c.Village,
                        c.Directors.Count > 0 ? string.Join("、", c.Directors) : c.VacantSince is { } since ? $"空缺（自{since.IsoDate()}）" : "空缺"]).ToList());
                break;
            case "station":
                if (facts.StationWork is null) { yield return new DocParagraph("本版报送时尚未记录此项。"); break; }
                if (facts.StationWork.Count == 0) { yield return new DocParagraph("本期无工作站工作记录。"); break; }
                foreach (var section in facts.StationWork)
                {
                    yield return new DocParagraph($"{section.Title}：");
                    if (section.Rows.Count == 0) { yield return new DocParagraph("本期无记录。"); continue; }
                    yield return new DocTable("facts-station", [new("项目", null, 6), new("数量", null, 2), new("说明", null, 8)],
                        section.Rows.Select(f => (IReadOnlyList<string>)[f.Label, $"{f.Count}", f.Detail ?? ""]).ToList());
                }
                break;
            case "alerts":
                if (facts.OpenAlerts is null) { yield return new DocParagraph("本版报送时尚未记录此项。"); break; }
                if (facts.OpenAlerts.Count == 0) { yield return new DocParagraph("期末没有未解除的合规提醒。"); break; }
                yield return new DocParagraph($"期末未解除的合规提醒{facts.OpenAlerts.Count}条。");
                yield return new DocTable("facts-alerts",
                    [new("程度", "status", 2), new("事项", null, 4), new("对象", null, 4), new("提出", "date", 4), new("期限", "date", 4), new("说明", null, 8)],
                    facts.OpenAlerts.Select(a => (IReadOnlyList<string>)[a.Severity, a.Rule, a.Subject, a.OpenSince.IsoDate(),
                        a.DueOn?.IsoDate() ?? "—", a.Explanation]).ToList());
                break;
        }
    }
}
