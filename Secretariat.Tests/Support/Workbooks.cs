using System.Globalization;
using System.Security;
using System.Text;

namespace Secretariat.Tests.Support;

/// <summary>
/// .xlsx workbooks written by the tests themselves (SpreadsheetML by hand, no Office library and not the app's writer): plain
/// cells as shared or inline strings and numbers, formulas with their cached value, merged ranges; what people's files hold.
/// </summary>
public static class Workbooks
{
    /// <summary>A cell: text (a shared string), a number, or a formula with the value it last showed.</summary>
    public sealed record Cell(string? Text = null, double? Number = null, string? Formula = null)
    {
        public static implicit operator Cell(string text) => new(text);
    }

    public sealed class Sheet(string name)
    {
        public string Name { get; } = name;
        public List<(int Row, List<Cell?> Cells)> Rows { get; } = [];
        public List<string> Merged { get; } = [];

        public Sheet Row(params Cell?[] cells)
        {
            Rows.Add((Rows.Count == 0 ? 1 : Rows[^1].Row + 1, [.. cells]));
            return this;
        }

        public Sheet RowAt(int row, params Cell?[] cells)
        {
            Rows.Add((row, [.. cells]));
            return this;
        }

        public Sheet Merge(string range)
        {
            Merged.Add(range);
            return this;
        }
    }

    public static byte[] Build(params Sheet[] sheets)
    {
        var shared = new List<string>();
        int Shared(string text)
        {
            var index = shared.IndexOf(text);
            if (index >= 0) return index;
            shared.Add(text);
            return shared.Count - 1;
        }
        var sheetXml = sheets.Select(sheet =>
        {
            var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            foreach (var (row, cells) in sheet.Rows)
            {
                xml.Append(CultureInfo.InvariantCulture, $"""<row r="{row}">""");
                for (var c = 0; c < cells.Count; c++)
                {
                    var at = $"{Column(c + 1)}{row}";
                    switch (cells[c])
                    {
                        case null: break;
                        case { Formula: { } formula } cell:
                            xml.Append(cell.Number is { } n
                                ? $"""<c r="{at}"><f>{Escape(formula)}</f><v>{n.ToString(CultureInfo.InvariantCulture)}</v></c>"""
                                : $"""<c r="{at}" t="str"><f>{Escape(formula)}</f><v>{Escape(cell.Text ?? "")}</v></c>""");
                            break;
                        case { Number: { } number }:
                            xml.Append(CultureInfo.InvariantCulture, $"""<c r="{at}"><v>{number}</v></c>""");
                            break;
                        case { Text: { } text }:
                            xml.Append(CultureInfo.InvariantCulture, $"""<c r="{at}" t="s"><v>{Shared(text)}</v></c>""");
                            break;
                    }
                }
                xml.Append("</row>");
            }
            xml.Append("</sheetData>");
            if (sheet.Merged.Count > 0)
                xml.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{sheet.Merged.Count}">{string.Concat(sheet.Merged.Select(m => $"<mergeCell ref=\"{m}\"/>"))}</mergeCells>""");
            xml.Append("</worksheet>");
            return xml.ToString();
        }).ToList();

        return OfficePackages.Zip(entries =>
        {
            entries("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>{string.Concat(sheets.Select((_, i) => $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))}</Types>""");
            entries("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            entries("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(sheets.Select((s, i) => $"""<sheet name="{Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""))}</sheets></workbook>""");
            entries("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))}<Relationship Id="rId{sheets.Length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            for (var i = 0; i < sheetXml.Count; i++) entries($"xl/worksheets/sheet{i + 1}.xml", sheetXml[i]);
            entries("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{shared.Count}" uniqueCount="{shared.Count}">{string.Concat(shared.Select(s => $"<si><t xml:space=\"preserve\">{Escape(s)}</t></si>"))}</sst>""");
        });
    }

    private static string Column(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    private static string Escape(string text) => SecurityElement.Escape(text)!;

    // ---- the notice's lists, as a clerk types them into the template (names as printed: "叶 伟") ----

    public static readonly string[] SeatHeader = ["职务", "姓名", "单位职务", "单位"];

    /// <summary>附件1: the leading group (27), in the notice's order.</summary>
    public static readonly (string Role, string Name, string Position, string? Unit)[] Annex1 =
    [
        ("组长", "叶 伟", "党委副书记、镇长", null), ("副组长", "胡鹏来", "宣传委员", null), ("副组长", "蔡拔林", "政法委员、统战委员", null),
        ("副组长", "范 波", "武装部长、副镇长", null), ("副组长", "廖 平", "组织委员", null), ("副组长", "刘 兵", "副镇长", null),
        ("成员", "孔 波", "党政办负责人", "党政办"), ("成员", "黄荣亮", "民政和社事办负责人", "民政和社事办"), ("成员", "刘亚东", "平安办负责人", "平安办"),
        ("成员", "刘宗建", "财政办负责人", "财政办"), ("成员", "黎 树", "城管大队队长", "城管大队"), ("成员", "李雪梅", "文服中心负责人", "文服中心"),
        ("成员", "邓 娟", "劳动就业与社保所负责人、妇联负责人", "劳动就业与社保所"), ("成员", "钱洪伟", "团委负责人", "团委"),
        ("成员", "徐 晖", "镇中心卫生院副院长", "镇中心卫生院"), ("成员", "牟俊英", "实验学校校长", "实验学校"), ("成员", "涂安银", "派出所所长", "派出所"),
        ("成员", "向 明", "市场监管所所长", "市场监管所"), ("成员", "陈 襄", "双骑龙村负责人", "双骑龙村"), ("成员", "刘建容", "建设村负责人", "建设村"),
        ("成员", "刘郭胜", "观音桥村负责人", "观音桥村"), ("成员", "王速明", "英雄湾村负责人", "英雄湾村"), ("成员", "李小琴", "新合村负责人", "新合村"),
        ("成员", "杨 伟", "大碑村负责人", "大碑村"), ("成员", "刘冬梅", "黄金堡村负责人", "黄金堡村"), ("成员", "刘长玲", "冬笋坝社区负责人", "冬笋坝社区"),
        ("成员", "赵文君", "铜罐社区负责人", "铜罐社区")
    ];

    /// <summary>附件3-1: the work station (20), in the notice's order.</summary>
    public static readonly (string Role, string Name, string Position, string? Unit)[] Annex3_1 =
    [
        ("站长", "刘 兵", "副镇长", null), ("副站长", "涂安银", "派出所所长", "派出所"), ("成员", "黄荣亮", "民政和社事办负责人", "民政和社事办"),
        ("成员", "邓 娟", "劳动就业与社保所负责人、妇联负责人", "劳动就业与社保所"), ("成员", "刘亚东", "平安办负责人", "平安办"),
        ("成员", "钱洪伟", "团委负责人", "团委"), ("成员", "徐 晖", "镇中心卫生院副院长", "镇中心卫生院"), ("成员", "牟俊英", "实验学校校长", "实验学校"),
        ("成员", "向 明", "市场监管所所长", "市场监管所"), ("儿童督导员", "赵旦月", "儿童督导员、残联工作负责人", "民政和社事办"),
        ("成员", "陈 宏", "齐心社会工作服务中心负责人", "齐心社会工作服务中心"), ("儿童主任", "邹 利", "双骑龙村儿童主任", "双骑龙村"),
        ("儿童主任", "朱美桦", "建设村儿童主任", "建设村"), ("儿童主任", "李丽妮", "观音桥村儿童主任", "观音桥村"), ("儿童主任", "罗 翠", "英雄湾村儿童主任", "英雄湾村"),
        ("儿童主任", "牟芸瑶", "新合村儿童主任", "新合村"), ("儿童主任", "刘德英", "大碑村儿童主任", "大碑村"), ("儿童主任", "何 捷", "黄金堡村儿童主任", "黄金堡村"),
        ("儿童主任", "黄俊人", "冬笋坝社区儿童主任", "冬笋坝社区"), ("儿童主任", "赵筱晗", "铜罐社区儿童主任", "铜罐社区")
    ];

    public static Sheet SeatSheet(string name, IEnumerable<(string Role, string Name, string Position, string? Unit)> seats)
    {
        var sheet = new Sheet(name).Row([.. SeatHeader.Select(h => (Cell?)h)]);
        foreach (var seat in seats) sheet.Row(seat.Role, seat.Name, seat.Position, seat.Unit is null ? null : (Cell)seat.Unit);
        return sheet;
    }

    /// <summary>The notice's 附件1 and 附件3-1 as two sheets of the template (no units sheet: the units are offered for registration).</summary>
    public static byte[] NoticeRoster() => Build(SeatSheet("领导小组", Annex1), SeatSheet("工作站", Annex3_1));
}
