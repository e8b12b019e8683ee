using System.Globalization;

namespace Secretariat.Web.Features.Roster;

/// <summary>A sheet's rows as written, for the preview: the header, then each row's cells by the header's columns.</summary>
public sealed record SheetView(string Sheet, IReadOnlyList<string> Header, IReadOnlyList<SheetViewRow> Rows);

public sealed record SheetViewRow(int Row, IReadOnlyList<string> Cells);

/// <summary>A founding workbook as read: its rows (only those that read cleanly), every problem found, and what each sheet showed.</summary>
public sealed record FoundingWorkbookRead(FoundingSheets Sheets, IReadOnlyList<RowProblem> Problems, IReadOnlyList<SheetView> Views)
{
    /// <summary>The sheets that read without a problem: what is worth checking against the town (a sheet with bad rows is fixed first).</summary>
    public FoundingSheets Checkable
    {
        get
        {
            var bad = Problems.Select(p => p.Sheet).ToHashSet();
            return new FoundingSheets(bad.Contains(FoundingWorkbook.UnitsSheet) ? [] : Sheets.Units,
                Sheets.Bodies.Where(b => !bad.Contains(FoundingWorkbook.SheetOf(b.Body))).ToList(),
                bad.Contains(FoundingWorkbook.ChildWorkersSheet) ? [] : Sheets.ChildWorkers);
        }
    }
}

/// <summary>
/// The founding roster's workbook (成立时名单): the template a town downloads (成员单位, 领导小组, 领导小组办公室, 工作站, 儿童主任 and
/// 填写说明), filled from its founding notice's lists (附件 1 and 3-1 of the sample's notice), and the reader that turns an upload back
/// into rows, refusing what a person easily does to a sheet (the notice's own layout of merged and empty cells, formulas, other
/// columns, another file) with a message per row. The sample town is written into this workbook and read back by the first start.
/// </summary>
public static class FoundingWorkbook
{
    public const string FileName = "成立时名单模板.xlsx";
    public const string UnitsSheet = "成员单位";
    public const string ChildWorkersSheet = "儿童主任";
    public const string NotesSheet = "填写说明";

    /// <summary>More rows than any town's body has: a sheet beyond it is refused unread (a wrong file, a runaway fill-down).</summary>
    public const int MaxRows = 500;

    public const int MaxUploadBytes = 2 * 1024 * 1024;
    public const int MaxPositionLength = 200;

    public static readonly IReadOnlyList<string> UnitColumns = ["单位名称", "类别"];
    public static readonly IReadOnlyList<string> SeatColumns = ["职务", "姓名", "单位职务", "单位"];
    public static readonly IReadOnlyList<string> ChildWorkerColumns = ["村（社区）或单位", "姓名", "职务", "任职日期", "任职依据"];

    /// <summary>Columns a row may leave empty: a 组长's unit, a child director's basis.</summary>
    private static readonly HashSet<string> Optional = ["单位", "任职依据"];

    public static readonly IReadOnlyList<string> ChildWorkerDuties = [RosterRole.ChildDirector.Chinese(), RosterRole.ChildSupervisor.Chinese()];

    public static string SheetOf(BodyKind body) => body switch
    {
        BodyKind.LeadingGroup => "领导小组",
        BodyKind.Secretariat => "领导小组办公室",
        BodyKind.WorkStation => "工作站",
        _ => body.ToString()
    };

    public static IReadOnlyList<string> Sheets => [UnitsSheet, .. Enum.GetValues<BodyKind>().Select(SheetOf), ChildWorkersSheet];

    private static IReadOnlyList<string> ColumnsOf(string sheet) =>
        sheet == UnitsSheet ? UnitColumns : sheet == ChildWorkersSheet ? ChildWorkerColumns : SeatColumns;

    // ---- writing ----

    /// <summary>The empty template: every sheet with its header, and the notes.</summary>
    public static byte[] Template() => Write(FoundingSheets.Empty);

    /// <summary>A filled workbook of these rows (the template's sheets in the template's layout).</summary>
    public static byte[] Write(FoundingSheets sheets)
    {
        var unitKinds = Enum.GetValues<UnitKind>().Select(k => k.Chinese()).ToList();
        var written = new List<Spreadsheets.SheetToWrite>
        {
            new(UnitsSheet, UnitColumns, sheets.Units.Select(u => (IReadOnlyList<string?>)[u.Name, u.Kind.Chinese()]).ToList())
            {
                Choices = new Dictionary<int, IReadOnlyList<string>> { [1] = unitKinds }, Widths = new Dictionary<int, int> { [0] = 30, [1] = 12 }
            }
        };
        foreach (var body in Enum.GetValues<BodyKind>())
            written.Add(new(SheetOf(body), SeatColumns, sheets.SeatsOf(body).Select(s => (IReadOnlyList<string?>)[s.Role, s.Name, s.Position, s.Unit]).ToList())
            {
                Choices = new Dictionary<int, IReadOnlyList<string>> { [0] = RosterNames.RolesOf(body).Select(r => r.Chinese()).ToList() },
                Widths = new Dictionary<int, int> { [0] = 10, [1] = 12, [2] = 36, [3] = 24 }
            });
        written.Add(new(ChildWorkersSheet, ChildWorkerColumns, sheets.ChildWorkers
            .Select(c => (IReadOnlyList<string?>)[c.Unit, c.Name, c.Duty, c.AppointedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Basis]).ToList())
        {
            Choices = new Dictionary<int, IReadOnlyList<string>> { [2] = ChildWorkerDuties },
            Widths = new Dictionary<int, int> { [0] = 24, [1] = 12, [2] = 12, [3] = 14, [4] = 30 }
        });
        written.Add(new(NotesSheet, ["填写说明"], Notes.Select(line => (IReadOnlyList<string?>)[line]).ToList())
        {
            IsNotes = true, Widths = new Dictionary<int, int> { [0] = 120 }
        });
        return Spreadsheets.Write(written);
    }

    private static IReadOnlyList<string> Notes =>
    [
        "本工作簿用于导入领导小组、领导小组办公室和未成年人保护工作站成立时的名单（成立文件的附件），以及成员单位和儿童主任、儿童督导员。",
        "先在系统中“成立”领导小组和工作站（登记成立文件的发文机关、文号和成文日期），再上传本表；名单以成立文件的成文日期生效。",
        "每个工作表的第 1 行是表头，不要修改、删除或移动表头；从第 2 行起每行填写一人（或一个单位）。不需要的工作表留空即可。",
        "领导小组：职务填 组长、副组长 或 成员（组长只能有一名）；办公室：主任、副主任 或 工作人员；工作站：站长、副站长、成员、儿童督导员 或 儿童主任（站长只能有一名）。",
        "“单位职务”照成立文件填写（如 党委副书记、镇长；民政和社事办负责人）；“单位”填其所在的成员单位、村或社区，组长、副组长可不填。",
        "同一人在几个机构任职时，每个工作表各填一行，姓名须一致（如 副组长、办公室主任、工作站站长 为同一人）。",
        "成员单位：类别填 镇属单位、村、社区 或 社会组织。名单中出现而此处和系统中都没有的单位，导入前会列出，确认类别后一并登记。",
        "儿童主任：填写每个村（社区）的儿童主任和镇儿童督导员，“任职日期”按 2022-01-28 填写。此表留空时，工作站名单中的儿童主任、儿童督导员按成立日期登记。",
        "文件中通知排版的写法不能导入：同一职务只写在第一行、合并单元格、公式，都请改为每一行完整填写的文字。",
        "以后的人员变动（替换、增补、移出）请在系统的“成员调整”中办理，不能再次导入。"
    ];

    // ---- reading ----

    public static string NotAWorkbook(string fileName) =>
        $"“{fileName}”不是 Excel 工作簿（.xlsx）：请用下载的模板填写后上传。.xls、.csv 或 WPS 表格请先另存为 .xlsx。";

    /// <summary>The rows as the preview shows them, for rows already read (a preview shown again after its import was refused).</summary>
    public static IReadOnlyList<SheetView> ViewsOf(FoundingSheets sheets)
    {
        var views = new List<SheetView>();
        if (sheets.Units.Count > 0)
            views.Add(new(UnitsSheet, UnitColumns, sheets.Units.Select(u => new SheetViewRow(u.Row, [u.Name, u.Kind.Chinese()])).ToList()));
        foreach (var body in sheets.Bodies.Where(b => b.Seats.Count > 0).OrderBy(b => b.Body))
            views.Add(new(SheetOf(body.Body), SeatColumns, body.Seats.Select(s => new SheetViewRow(s.Row, [s.Role, s.Name, s.Position, s.Unit ?? ""])).ToList()));
        if (sheets.ChildWorkers.Count > 0)
            views.Add(new(ChildWorkersSheet, ChildWorkerColumns, sheets.ChildWorkers
                .Select(c => new SheetViewRow(c.Row, [c.Unit, c.Name, c.Duty, c.AppointedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Basis ?? ""])).ToList()));
        return views;
    }

    /// <summary>
    /// Reads an uploaded workbook: the rows of the template's sheets, and a problem for every sheet, column and row that cannot be
    /// imported as it is. Nothing is decided about the town here (the decisions check the rows against its roster and units).
    /// </summary>
    public static FoundingWorkbookRead Read(byte[] content, string fileName)
    {
        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || FileTypes.SniffDocument(content, fileName) != Spreadsheets.ContentType)
            return Failed(NotAWorkbook(fileName));
        var (sheets, problem) = Spreadsheets.Read(content, MaxRows + 1);
        if (problem is not null) return Failed(problem);

        var problems = new List<RowProblem>();
        var views = new List<SheetView>();
        var units = new List<UnitRow>();
        var bodies = new List<BodySheet>();
        var children = new List<ChildWorkerRow>();
        foreach (var sheet in sheets)
        {
            if (sheet.Name == NotesSheet) continue;
            if (!Sheets.Contains(sheet.Name))
            {
                if (!sheet.IsEmpty)
                    problems.Add(new(sheet.Name, null, $"不是模板中的工作表（模板的工作表为：{string.Join("、", Sheets)}）：请把名单填在模板相应的工作表中。"));
                continue;
            }
            if (sheet.IsEmpty) continue;
            var rows = ReadRows(sheet, problems, views);
            if (sheet.Name == UnitsSheet) units.AddRange(UnitRows(sheet.Name, rows, problems));
            else if (sheet.Name == ChildWorkersSheet) children.AddRange(ChildWorkerRows(sheet.Name, rows, problems));
            else
            {
                var body = Enum.GetValues<BodyKind>().First(b => SheetOf(b) == sheet.Name);
                bodies.Add(new BodySheet(body, rows.Select(r => new SeatRow(r.Row, FoundingNames.Role(r["职务"]), FoundingNames.Name(r["姓名"]),
                    r["单位职务"].Trim(), r["单位"] is { Length: > 0 } unit ? FoundingNames.Name(unit) : null)).ToList()));
            }
        }
        var read = new FoundingSheets(units, bodies, children);
        if (problems.Count == 0 && read.IsEmpty)
            problems.Add(new(null, null, $"工作簿中没有可导入的名单：请在模板的工作表（{string.Join("、", Sheets)}）中从第 2 行起填写后上传。"));
        return new FoundingWorkbookRead(read, problems, views);
    }

    private static FoundingWorkbookRead Failed(string message) => new(FoundingSheets.Empty, [new RowProblem(null, null, message)], []);

    /// <summary>A data row whose every cell read cleanly: its cells by column name (trimmed, empty when not filled).</summary>
    private sealed record DataRow(int Row, IReadOnlyDictionary<string, string> Cells)
    {
        public string this[string column] => Cells.GetValueOrDefault(column, "");
    }

    /// <summary>
    /// The header check and each data row's cells; a row with a formula, a merged or an empty required cell, or text too long gets
    /// one problem naming each of them, and is not returned.
    /// </summary>
    private static List<DataRow> ReadRows(SpreadsheetSheet sheet, List<RowProblem> problems, List<SheetView> views)
    {
        var name = sheet.Name;
        var expected = ColumnsOf(name);
        if (sheet.TooManyRows)
        {
            problems.Add(new(name, null, $"超过 {MaxRows} 行：一个机构的名单不会这么长，请检查是否选错了文件，或删去表格下方多余的行后再上传。"));
            return [];
        }
        var header = sheet.Rows.TryGetValue(1, out var first) ? first : null;
        if (header is null)
        {
            problems.Add(new(name, 1, $"第 1 行应为表头（{string.Join("、", expected)}）：请使用下载的模板，不要在表头上方插入标题行。"));
            return [];
        }
        if (sheet.Merged.FirstOrDefault(m => m.FirstRow == 1) is { } mergedHeader)
        {
            problems.Add(new(name, 1, $"表头有合并单元格（{mergedHeader.Reference}）：第 1 行应为表头（{string.Join("、", expected)}），请使用下载的模板。"));
            return [];
        }
        var columns = new Dictionary<int, string>();
        var headerProblems = new List<string>();
        foreach (var (column, cell) in header)
        {
            var text = FoundingNames.Role(cell.Text);
            if (!expected.Contains(text)) headerProblems.Add($"第 {Spreadsheets.ColumnName(column)} 列“{cell.Text.Trim()}”不是模板中的列");
            else if (columns.ContainsValue(text)) headerProblems.Add($"“{text}”列出现了两次");
            else columns[column] = text;
        }
        var missing = expected.Where(c => !columns.ContainsValue(c)).ToList();
        if (missing.Count > 0) headerProblems.Add($"缺少列：{string.Join("、", missing)}");
        if (headerProblems.Count > 0)
        {
            problems.Add(new(name, 1, $"表头不对（{string.Join("；", headerProblems)}）。表头应为：{string.Join("、", expected)}。请使用下载的模板。"));
            return [];
        }

        // The notice's layout: a role written once beside the rows it covers, as one merged cell. Named once per range.
        var merged = sheet.Merged.Where(m => m.LastRow >= 2).OrderBy(m => m.FirstRow).ThenBy(m => m.FirstColumn).ToList();
        foreach (var range in merged)
        {
            var what = string.Join("、", Enumerable.Range(range.FirstColumn, range.LastColumn - range.FirstColumn + 1)
                .Select(c => columns.TryGetValue(c, out var column) ? $"“{column}”" : $"第 {Spreadsheets.ColumnName(c)} 列"));
            problems.Add(new(name, Math.Max(range.FirstRow, 2), $"{what}是合并单元格（{range.Reference}）：导入时每一行都要单独填写，请取消合并后在每一行填上。",
                range.LastRow));
        }

        var ordered = expected.ToList();
        var rows = new List<DataRow>();
        var viewRows = new List<SheetViewRow>();
        foreach (var (number, cells) in sheet.Rows.Where(r => r.Key >= 2))
        {
            var values = new Dictionary<string, string>();
            var rowProblems = new List<string>();
            foreach (var (column, cell) in cells)
            {
                if (!columns.TryGetValue(column, out var columnName))
                {
                    rowProblems.Add($"第 {Spreadsheets.ColumnName(column)} 列在表头之外，不会导入，请删去");
                    continue;
                }
                if (cell.IsFormula)
                {
                    rowProblems.Add($"“{columnName}”是公式：请复制后用“选择性粘贴 → 数值”换成文字再导入");
                    continue;
                }
                values[columnName] = cell.Text.Trim();
            }
            foreach (var column in ordered)
            {
                var at = columns.First(c => c.Value == column).Key;
                var inMerge = merged.Any(m => m.Covers(number, at));
                var value = values.GetValueOrDefault(column, "");
                if (value.Length == 0 && !Optional.Contains(column) && !inMerge && !(cells.TryGetValue(at, out var cell) && cell.IsFormula))
                    rowProblems.Add($"“{column}”为空");
                var limit = column is "单位职务" ? MaxPositionLength : column is "任职依据" ? RosterDecisions.MaxBasisLength : RosterDecisions.MaxNameLength;
                if (value.Length > limit) rowProblems.Add($"“{column}”超过 {limit} 个字");
                if (value.Any(char.IsControl)) rowProblems.Add($"“{column}”含有换行或控制字符");
            }
            viewRows.Add(new SheetViewRow(number, ordered.Select(c =>
                cells.TryGetValue(columns.First(x => x.Value == c).Key, out var cell) && cell.IsFormula ? "（公式）" : values.GetValueOrDefault(c, "")).ToList()));
            if (rowProblems.Count > 0) problems.Add(new(name, number, string.Join("；", rowProblems) + "。"));
            // A row inside a merged range is named by the range's problem.
            if (rowProblems.Count > 0 || merged.Any(m => m.FirstRow <= number && m.LastRow >= number)) continue;
            rows.Add(new DataRow(number, values));
        }
        views.Add(new SheetView(name, ordered, viewRows));
        return rows;
    }

    private static IEnumerable<UnitRow> UnitRows(string sheet, List<DataRow> rows, List<RowProblem> problems)
    {
        foreach (var row in rows)
        {
            if (FoundingNames.KindNamed(row["类别"]) is not { } kind)
            {
                problems.Add(new(sheet, row.Row, $"“类别”只能填：{string.Join("、", Enum.GetValues<UnitKind>().Select(k => k.Chinese()))}（现为“{row["类别"]}”）。"));
                continue;
            }
            yield return new UnitRow(row.Row, FoundingNames.Name(row["单位名称"]), kind);
        }
    }

    private static IEnumerable<ChildWorkerRow> ChildWorkerRows(string sheet, List<DataRow> rows, List<RowProblem> problems)
    {
        foreach (var row in rows)
        {
            if (ParseDate(row["任职日期"]) is not { } on)
            {
                problems.Add(new(sheet, row.Row, $"“任职日期”“{row["任职日期"]}”不是日期：请按 2022-01-28 这样填写。"));
                continue;
            }
            yield return new ChildWorkerRow(row.Row, FoundingNames.Name(row["村（社区）或单位"]), FoundingNames.Name(row["姓名"]),
                FoundingNames.Role(row["职务"]), on, row["任职依据"] is { Length: > 0 } basis ? basis : null);
        }
    }

    /// <summary>A date as a sheet holds it: 2022-01-28, 2022/1/28, 2022.1.28, 2022年1月28日, or Excel's day number (a date cell).</summary>
    public static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial))
            return serial is >= 1 and < 2958466 && serial == Math.Floor(serial) ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
        var normal = text.Replace('年', '-').Replace('月', '-').Replace("日", "").Replace('/', '-').Replace('.', '-');
        return DateOnly.TryParseExact(normal, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
