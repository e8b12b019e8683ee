using System.Net;
using System.Text;
using MiniExcelLibs;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// The pack's index: <c>索引.html</c> (a standalone page, inline CSS, no script, relative links into the zip) with every item in the table's
/// order, each unit's state, versions, files, frozen records, reviews and the district's acceptance; <c>索引.xlsx</c> with one row per item
/// and unit. Both are built from the metadata only, so their size grows with the number of items and versions, never with the files.
/// </summary>
public static class EvidencePackIndex
{
    public const string Sheet = "索引";

    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:72em;line-height:1.55;color:#1a1a1a;padding:0 1em}
        h1{font-size:1.5em}h2{font-size:1.2em;border-top:2px solid #345;padding-top:.6em;margin-top:2em}h3{font-size:1.05em;margin-bottom:.3em}
        table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
        th{background:#eef1f5}dl{display:grid;grid-template-columns:8em 1fr;gap:.2em 1em}dt{font-weight:bold;color:#345}dd{margin:0}
        .version{border-left:3px solid #ccd;padding-left:.8em;margin:.6em 0}.latest{border-left-color:#2a7}.tag{font-size:.85em;padding:0 .4em;border-radius:3px;background:#e7f5ee;color:#175}
        .nw{white-space:nowrap}.withheld{color:#a40}.missing{color:#888}.note{background:#fff8e5;border:1px solid #eed9a0;padding:.5em .8em}.unit{margin-left:1em}
        pre{white-space:pre-wrap;font-family:inherit;margin:.2em 0}
        """;

    public static string Html(PackContents contents, PackLayout layout)
    {
        var c = contents.Campaign;
        var s = contents.Campaign.Schedule;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(H($"{c.Title} 印证材料包索引"))
            .Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(H(c.Title)).Append(" 印证材料包</h1>\n");
        html.Append("<dl>");
        Row(html, "镇街", contents.Town.TownName.Length > 0 ? contents.Town.TownName : contents.Town.Id);
        Row(html, "依据", c.Basis);
        Row(html, "材料起算", s.EvidenceSince.IsoDate());
        Row(html, "负面清单起算", s.NegativeSince.IsoDate());
        Row(html, "考核年度", $"{s.AssessmentYear}");
        Row(html, "报送截止", s.SubmissionDue.IsoDate());
        Row(html, "初审", $"{s.ReviewFrom.IsoDate()} 至 {s.ReviewTo.IsoDate()}");
        Row(html, "验收截止", s.AcceptanceDue.IsoDate());
        Row(html, "下载", $"{contents.At.IsoDateTime()}（{(contents.For == PackAudience.District ? "区未保办" : "镇领导小组办公室")}）");
        html.Append("</dl>\n");
        html.Append("<p class=\"note\">").Append(contents.For == PackAudience.District
            ? "本材料包含各单位报送的全部版本，标注“含未成年人信息”的文件已收入，每次下载均已记入查阅记录，请妥善保管，勿外传。"
            : $"本材料包含各单位报送的全部版本（最新版本已标注）。含未成年人信息的文件只在索引中列出，注明“{EvidencePack.Withheld}”。")
            .Append("</p>\n");

        // The overview: one line an item, linking to its part below.
        html.Append("<table>\n<tr><th>序号</th><th>项目</th><th>内容</th><th>工作标准</th><th>单位情况</th><th>验收状态</th></tr>\n");
        foreach (var item in c.InOrder)
        {
            var units = PackLayout.UnitsOf(contents, item);
            var acceptance = PackLayout.AcceptanceOf(contents, item);
            html.Append("<tr><td class=\"nw\"><a href=\"#").Append(Anchor(item)).Append("\">").Append(H(item.Label)).Append("</a></td><td class=\"nw\">")
                .Append(H(item.Project)).Append("</td><td class=\"nw\">").Append(H(item.Content)).Append("</td><td>").Append(H(item.Summary)).Append("</td><td>")
                .Append(H(string.Join("；", units.Select(u => $"{u.Unit.Name}：{State(item, u.Evidence).Chinese()}")))).Append("</td><td class=\"nw\">")
                .Append(H((acceptance?.State ?? AcceptanceState.Pending).Chinese())).Append("</td></tr>\n");
        }
        html.Append("</table>\n");

        foreach (var item in c.InOrder) Item(html, contents, layout, item);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Item(StringBuilder html, PackContents contents, PackLayout layout, CampaignItem item)
    {
        html.Append("<section id=\"").Append(Anchor(item)).Append("\">\n<h2>").Append(H(item.Label)).Append(' ').Append(H(item.Project));
        if (item.Content.Length > 0) html.Append(" · ").Append(H(item.Content));
        html.Append("</h2>\n<dl>");
        Row(html, "工作标准", item.Standard);
        var spec = item.Evidence;
        Row(html, "印证材料", spec.Text);
        if (spec.Kinds.Count > 0) Row(html, "材料类型", string.Join("、", spec.Kinds.Select(k => k.Chinese())));
        if (spec.Minimum.Length > 0) Row(html, "数量要求", spec.Minimum);
        if (spec.Period.Length > 0) Row(html, "时段", spec.Period);
        Row(html, "牵头部门", item.LeadAsWritten.Length > 0 ? item.LeadAsWritten : item.Lead?.Name ?? "—");
        Row(html, "责任部门", item.ResponsibleAsWritten.Length > 0 ? item.ResponsibleAsWritten : string.Join("、", item.Responsible.Select(u => u.Name)));
        html.Append("<dt>文件夹</dt><dd>").Append(H(layout.FolderOf(item))).Append("/</dd>");
        if (contents.Checks.GetValueOrDefault(item.Id) is { } check)
            Row(html, "本系统核对", $"{check.Recorded}（{contents.At.ChineseDate()}下载时核对）");
        html.Append("</dl>\n");

        var units = PackLayout.UnitsOf(contents, item);
        if (units.Count == 0) html.Append("<p class=\"missing\">本项没有本镇成员单位承担，无需报送。</p>\n");
        foreach (var (unit, evidence) in units) Unit(html, layout, item, unit, evidence);
        Acceptance(html, layout, PackLayout.AcceptanceOf(contents, item));
        html.Append("</section>\n");
    }

    private static void Unit(StringBuilder html, PackLayout layout, CampaignItem item, CampaignUnit unit, UnitEvidence? evidence)
    {
        html.Append("<div class=\"unit\">\n<h3>").Append(H(unit.Name)).Append(" — ").Append(H(State(item, evidence).Chinese()));
        if (evidence?.ResubmitBy is { } by) html.Append("（补充截止 ").Append(by.IsoDate()).Append('）');
        html.Append("</h3>\n");
        if (evidence is null || evidence.Versions.Count == 0)
        {
            html.Append("<p class=\"missing\">").Append(item.Kind == ItemKind.Negative ? "未报。" : "未提交材料。").Append("</p>\n</div>\n");
            return;
        }
        foreach (var version in evidence.Versions)
        {
            var latest = version.Number == evidence.LatestVersion;
            html.Append("<div class=\"version").Append(latest ? " latest" : "").Append("\">\n<p><strong>第 ").Append(version.Number).Append(" 版</strong>");
            if (latest) html.Append(" <span class=\"tag\">最新</span>");
            html.Append(" 报送于 ").Append(version.By.At.ChineseDateTime()).Append("，").Append(H(version.By.Name));
            if (version.OnBehalf) html.Append("（办公室代报）");
            html.Append("</p>\n");
            if (version.Answer is { } answer)
                html.Append("<p>").Append(answer == NegativeAnswer.Zero ? "零报告" : "有情况报告").Append("，签报人：").Append(H(version.Signatory ?? ""))
                    .Append("</p>\n");
            if (version.Text.Length > 0) html.Append("<pre>").Append(H(version.Text)).Append("</pre>\n");
            Material(html, layout, version.Files, version.Links);
            html.Append("</div>\n");
        }
        if (evidence.Reviews.Count > 0)
        {
            html.Append("<table>\n<tr><th>初审</th><th>版本</th><th>日期</th><th>审核人</th><th>理由</th><th>补充截止</th><th>本系统核对</th></tr>\n");
            foreach (var review in evidence.Reviews)
                html.Append("<tr><td class=\"nw\">").Append(review.Passed ? "通过" : "退回补充").Append("</td><td class=\"nw\">第 ").Append(review.Version)
                    .Append(" 版</td><td class=\"nw\">").Append(review.By.At.IsoDate()).Append("</td><td>").Append(H(review.By.Name)).Append("</td><td>")
                    .Append(H(review.Reason ?? "")).Append("</td><td class=\"nw\">").Append(review.ResubmitBy?.IsoDate() ?? "").Append("</td><td>")
                    .Append(H(review.CheckResult ?? ""))
                    .Append("</td></tr>\n");
            html.Append("</table>\n");
        }
        html.Append("</div>\n");
    }

    private static void Acceptance(StringBuilder html, PackLayout layout, ItemAcceptance? acceptance)
    {
        html.Append("<h3>区验收 — ").Append(H((acceptance?.State ?? AcceptanceState.Pending).Chinese())).Append("</h3>\n");
        if (acceptance is null) return;
        html.Append("<dl>");
        if (acceptance.Opinion is { Length: > 0 } opinion) Row(html, "意见", opinion);
        if (acceptance.RectifyBy is { } due) Row(html, "整改期限", due.IsoDate());
        if (acceptance.AcceptedOn is { } on) Row(html, "验收通过", on.IsoDate());
        html.Append("</dl>\n");
        if (acceptance.Steps.Count > 0)
        {
            html.Append("<table>\n<tr><th>日期</th><th>经过</th><th>经办</th><th>意见或说明</th></tr>\n");
            foreach (var step in acceptance.Steps)
                html.Append("<tr><td class=\"nw\">").Append(step.By.At.IsoDate()).Append("</td><td>").Append(H(step.What)).Append("</td><td>").Append(H(step.By.Name))
                    .Append("</td><td>").Append(H(step.Comment ?? "")).Append("</td></tr>\n");
            html.Append("</table>\n");
        }
        foreach (var (report, i) in acceptance.Rectifications.Select((r, i) => (r, i + 1)))
        {
            html.Append("<div class=\"version\">\n<p><strong>第 ").Append(i).Append(" 次整改</strong> 报送于 ").Append(report.By.At.ChineseDateTime()).Append("，")
                .Append(H(report.By.Name)).Append("</p>\n");
            if (report.Text.Length > 0) html.Append("<pre>").Append(H(report.Text)).Append("</pre>\n");
            Material(html, layout, report.Files, report.Links);
            html.Append("</div>\n");
        }
    }

    private static void Material(StringBuilder html, PackLayout layout, IReadOnlyList<EvidenceFileInfo> files, IReadOnlyList<RecordLinkInfo> links)
    {
        if (files.Count == 0 && links.Count == 0) return;
        html.Append("<ul>\n");
        foreach (var file in files)
        {
            html.Append("<li>");
            if (layout.PathOf(file.FileId) is { } path)
            {
                html.Append("<a href=\"").Append(Href(path)).Append("\">").Append(H(file.FileName)).Append("</a>（").Append(Size(file.Size)).Append('）');
                if (file.ContainsMinorsData) html.Append(" <span class=\"withheld\">含未成年人信息</span>");
            }
            else if (layout.IsWithheld(file.FileId))
                html.Append(H(file.FileName)).Append("（").Append(Size(file.Size)).Append("） <span class=\"withheld\">").Append(EvidencePack.Withheld).Append("</span>");
            else
                html.Append(H(file.FileName)).Append(" <span class=\"missing\">（文件未找到）</span>");
            html.Append("</li>\n");
        }
        foreach (var link in links)
        {
            html.Append("<li>本系统记录：");
            html.Append(layout.PathOf(link.FrozenId) is { } path
                ? $"<a href=\"{Href(path)}\">{H(link.Label)}</a>"
                : $"{H(link.Label)} <span class=\"missing\">（记录未找到）</span>");
            html.Append("（").Append(H(link.Kind.Chinese())).Append(link.AsOf is { } asOf ? $"，截至 {asOf.IsoDate()}" : "").Append("）</li>\n");
        }
        html.Append("</ul>\n");
    }

    /// <summary>One row per item and unit (an item no unit of the town owes: one row without a unit).</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Rows(PackContents contents)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var item in contents.Campaign.InOrder)
        {
            var acceptance = PackLayout.AcceptanceOf(contents, item);
            var units = PackLayout.UnitsOf(contents, item);
            IEnumerable<(CampaignUnit? Unit, UnitEvidence? Evidence)> lines = units.Count == 0 ? [(null, null)] : units.Select(u => ((CampaignUnit?)u.Unit, u.Evidence));
            foreach (var (unit, evidence) in lines)
            {
                var latest = evidence?.Latest;
                var review = evidence?.LatestReview;
                rows.Add(new Dictionary<string, object?>
                {
                    ["序号"] = item.Label,
                    ["项目"] = item.Project,
                    ["内容"] = item.Content,
                    ["工作标准"] = item.Standard,
                    ["单位"] = unit?.Name ?? "",
                    ["状态"] = unit is null ? CellState.NotOwed.Chinese() : State(item, evidence).Chinese(),
                    ["版本"] = latest is null ? "" : $"第{latest.Number}版",
                    ["文件数"] = latest?.Files.Count ?? 0,
                    ["最近报送"] = latest?.By.At.IsoDateTime() ?? "",
                    ["初审结果"] = review is null ? "" : review.Passed ? "通过" : $"退回补充：{review.Reason}",
                    ["初审日期"] = review?.By.At.IsoDate() ?? "",
                    ["验收状态"] = (acceptance?.State ?? AcceptanceState.Pending).Chinese(),
                    ["验收日期"] = acceptance?.AcceptedOn?.IsoDate() ?? acceptance?.Steps.LastOrDefault()?.By.At.IsoDate() ?? ""
                });
            }
        }
        return rows;
    }

    public static byte[] Workbook(PackContents contents, PackLayout layout)
    {
        var rows = Rows(contents);
        var sheets = new Dictionary<string, object> { [Sheet] = rows.Count > 0 ? rows : [new Dictionary<string, object?> { [Sheet] = "（无）" }] };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>A frozen record as a page of its own: its print view as it stood when submitted.</summary>
    public static string Frozen(FrozenRecord record) =>
        $"""
         <!DOCTYPE html>
         <html lang="zh-CN">
         <head>
         <meta charset="utf-8">
         <title>{H(record.Label)}</title>
         <style>{Style}</style>
         </head>
         <body>
         <p class="note">这是 {record.FrozenAt.ChineseDateTime()} 报送时的记录原样（{H(record.Kind.Chinese())}），之后的修改不影响此件。</p>
         {record.Html}
         </body>
         </html>

         """;

    private static CellState State(CampaignItem item, UnitEvidence? evidence) => CampaignProgress.Cell(item, evidence?.State, evidence?.Answer);

    private static void Row(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(H(term)).Append("</dt><dd>").Append(H(value)).Append("</dd>");

    private static string Anchor(CampaignItem item) => $"item-{item.Kind.ToString().ToLowerInvariant()}-{item.Number}";

    /// <summary>A relative link into the zip: each segment percent-encoded (spaces, #, % and the Chinese names all survive).</summary>
    public static string Href(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? FormattableString.Invariant($"{bytes / 1024.0 / 1024.0:0.0} MB")
        : FormattableString.Invariant($"{Math.Max(1, bytes / 1024)} KB");

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
