using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// A task table pasted from a spreadsheet (项目, 内容, 工作标准, 印证材料, 镇牵头部门, 镇责任部门; one row an item), read as 附件2 is
/// laid out: an empty 项目 or 内容 continues the one above (merged cells); rows under 负面工作清单 are the negative list; the
/// standard starts with its number (“12.镇（街道）建立…”).
/// </summary>
public static partial class CampaignTable
{
    public const int MaxRows = 200;
    private const string NegativeList = "负面工作清单";

    public static (IReadOnlyList<ItemDraft> Items, string? Problem) Parse(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n');
        var items = new List<ItemDraft>();
        string project = "", content = "";
        var kind = ItemKind.Task;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Trim().Length == 0 || line.StartsWith("项目\t")) continue;
            if (items.Count >= MaxRows) return ([], $"任务分解表最多 {MaxRows} 行。");
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            var at = Array.FindIndex(cells, c => Numbered().IsMatch(c));
            if (at < 0) return ([], $"第 {n + 1} 行：找不到带序号的工作标准（如“12.镇（街道）建立……”），请检查是否按 项目、内容、工作标准、印证材料、牵头部门、责任部门 的顺序复制。");
            var before = cells[..at];
            if (before.Length > 0 && before[0].StartsWith(NegativeList)) { kind = ItemKind.Negative; project = NegativeList; content = ""; before = []; }
            if (kind == ItemKind.Task)
            {
                if (before.Length >= 2) { if (before[0].Length > 0) { project = before[0]; content = before[1]; } else if (before[1].Length > 0) content = before[1]; }
                else if (before.Length == 1 && before[0].Length > 0) content = before[0];
            }
            var match = Numbered().Match(cells[at]);
            var evidence = cells.ElementAtOrDefault(at + 1) ?? "";
            if (evidence.Length == 0) return ([], $"第 {n + 1} 行：缺少印证材料。");
            items.Add(new ItemDraft(kind, int.Parse(match.Groups[1].Value), project, content, match.Groups[2].Value.Trim(),
                new EvidenceSpec(evidence, KindsIn(evidence, kind), MinimumIn(evidence), "", RecordCheck.None),
                cells.ElementAtOrDefault(at + 2) ?? "", cells.ElementAtOrDefault(at + 3) ?? ""));
        }
        if (items.Count == 0) return ([], "请粘贴任务分解表（至少一行）。");
        var duplicate = items.GroupBy(i => (i.Kind, i.Number)).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? (items, null) : ([], $"{CampaignDecisions.Label(duplicate.First())}出现了两次。");
    }

    /// <summary>The kinds of evidence the 印证材料 text names (a negative-list item's statement is a written material).</summary>
    public static IReadOnlyList<EvidenceKind> KindsIn(string evidence, ItemKind kind) =>
        kind == ItemKind.Negative ? [EvidenceKind.Text] : EvidenceKinds.All.Where(k => evidence.Contains(k.Chinese(), StringComparison.Ordinal)).ToList();

    /// <summary>A minimum the text gives (至少1次, 2次会议纪要, 每季度), or empty.</summary>
    public static string MinimumIn(string evidence) =>
        Minimum().Match(evidence) is { Success: true } m ? m.Value.Replace(" ", "") : evidence.Contains("每季度") ? "每季度" : "";

    /// <summary>Fills the period of each item from the campaign's dates (附件2 注1-2: 2021年以来 / 2020年以来).</summary>
    public static IReadOnlyList<ItemDraft> WithPeriods(IReadOnlyList<ItemDraft> items, CampaignSchedule schedule) =>
        items.Select(i => i.Evidence.Period.Length > 0 ? i : i with
        {
            Evidence = i.Evidence with { Period = $"{(i.Kind == ItemKind.Negative ? schedule.NegativeSince : schedule.EvidenceSince).Year}年以来" }
        }).ToList();

    [GeneratedRegex(@"^(\d{1,3})[\.．、](.+)$", RegexOptions.Singleline)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"至少\s*\d+\s*次|\d+\s*次会议纪要")]
    private static partial Regex Minimum();
}
