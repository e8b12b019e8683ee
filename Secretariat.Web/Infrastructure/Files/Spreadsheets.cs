using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace Secretariat.Web.Infrastructure.Files;

/// <summary>One cell as the workbook stores it: its text (a number as written, a shared string resolved) and whether a formula made it.</summary>
public sealed record SpreadsheetCell(string Text, bool IsFormula);

/// <summary>A rectangle of merged cells (<c>A3:A7</c>), 1-based rows and columns.</summary>
public sealed record MergedRange(string Reference, int FirstRow, int FirstColumn, int LastRow, int LastColumn)
{
    public bool Covers(int row, int column) => row >= FirstRow && row <= LastRow && column >= FirstColumn && column <= LastColumn;
}

/// <summary>One worksheet: its cells by row and column (1-based), its merged ranges, and whether it had more rows than were read.</summary>
public sealed class SpreadsheetSheet(string name)
{
    public string Name { get; } = name;
    public SortedDictionary<int, SortedDictionary<int, SpreadsheetCell>> Rows { get; } = [];
    public List<MergedRange> Merged { get; } = [];

    /// <summary>More rows with content than the reader was asked to read: the rest was not read.</summary>
    public bool TooManyRows { get; set; }

    public SpreadsheetCell? Cell(int row, int column) =>
        Rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    public bool IsEmpty => Rows.Count == 0;
}

/// <summary>
/// Reads and writes .xlsx workbooks (SpreadsheetML in an OOXML package) without an Office library: enough for sheets people fill
/// in (strings, numbers, dates as serial numbers) and, unlike a value-only reader, it says which cells are formulas and which are
/// merged, so an import can refuse them by name. The package must already have passed <see cref="FileTypes.SniffDocument(byte[], string)"/>.
/// </summary>
public static class Spreadsheets
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>More distinct strings than a filled-in form ever has: beyond it the workbook is refused unread.</summary>
    public const int MaxSharedStrings = 200_000;

    /// <summary>
    /// The workbook's sheets, each read up to <paramref name="maxRowsPerSheet"/> rows with content (the rest only counted as too many),
    /// or the problem in Chinese when the package is no readable workbook.
    /// </summary>
    public static (IReadOnlyList<SpreadsheetSheet> Sheets, string? Problem) Read(byte[] content, int maxRowsPerSheet)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var workbook = Entry(archive, "xl/workbook.xml");
            if (workbook is null) return ([], "文件不是 Excel 工作簿（缺少 xl/workbook.xml）。");
            var targets = Relationships(archive, "xl/_rels/workbook.xml.rels");
            var shared = SharedStrings(archive);
            if (shared is null) return ([], $"工作簿的文字超过 {MaxSharedStrings} 条，不是一份名单。");
            var sheets = new List<SpreadsheetSheet>();
            foreach (var (name, relationship) in SheetNames(workbook))
            {
                if (!targets.TryGetValue(relationship, out var target)) continue;
                var path = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                var part = Entry(archive, path);
                var sheet = new SpreadsheetSheet(name);
                if (part is not null) ReadSheet(part, shared, sheet, maxRowsPerSheet);
                sheets.Add(sheet);
            }
            return (sheets, null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or FormatException or OverflowException
                                      or ArgumentException or NotSupportedException)
        {
            return ([], "文件已损坏或不是 Excel 工作簿，无法读取。");
        }
    }

    private static ZipArchiveEntry? Entry(ZipArchive archive, string path) =>
        archive.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/'), path, StringComparison.OrdinalIgnoreCase));

    private static XmlReader Xml(ZipArchiveEntry entry) => XmlReader.Create(entry.Open(), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = false
    });

    private static Dictionary<string, string> Relationships(ZipArchive archive, string path)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Entry(archive, path) is not { } entry) return found;
        using var reader = Xml(entry);
        while (reader.Read())
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && reader.GetAttribute("Id") is { } id &&
                reader.GetAttribute("Target") is { } target)
                found[id] = target;
        return found;
    }

    private static List<(string Name, string Relationship)> SheetNames(ZipArchiveEntry workbook)
    {
        var sheets = new List<(string, string)>();
        using var reader = Xml(workbook);
        while (reader.Read())
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" } && reader.GetAttribute("name") is { } name &&
                reader.GetAttribute("id", RelationshipsNs) is { } id)
                sheets.Add((name, id));
        return sheets;
    }

    /// <summary>The shared strings, each the text of all its runs (phonetic guides left out); null when there are too many.</summary>
    private static List<string>? SharedStrings(ZipArchive archive)
    {
        var strings = new List<string>();
        if (Entry(archive, "xl/sharedStrings.xml") is not { } entry) return strings;
        using var reader = Xml(entry);
        while (reader.Read())
        {
            if (reader is not { NodeType: XmlNodeType.Element, LocalName: "si" }) continue;
            if (strings.Count >= MaxSharedStrings) return null;
            strings.Add(ReadText(reader));
        }
        return strings;
    }

    /// <summary>
    /// The text inside the current element (an <c>si</c> or an <c>is</c>): every <c>t</c> not inside a phonetic run. Read through a
    /// subtree, so the reader is left on the element's end whatever it holds.
    /// </summary>
    private static string ReadText(XmlReader reader)
    {
        var text = new StringBuilder();
        using var inner = reader.ReadSubtree();
        inner.Read();
        inner.Read();
        while (!inner.EOF)
        {
            if (inner is { NodeType: XmlNodeType.Element, LocalName: "rPh" }) inner.Skip();
            else if (inner is { NodeType: XmlNodeType.Element, LocalName: "t" }) text.Append(inner.ReadElementContentAsString());
            else inner.Read();
        }
        return text.ToString();
    }

    private static void ReadSheet(ZipArchiveEntry part, List<string> shared, SpreadsheetSheet sheet, int maxRows)
    {
        using var reader = Xml(part);
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                if (reader.IsEmptyElement) continue;
                var cells = ReadRow(reader, shared);
                if (cells.Count == 0) continue;
                if (sheet.Rows.Count >= maxRows)
                {
                    sheet.TooManyRows = true;
                    return;
                }
                sheet.Rows[rowNumber] = cells;
            }
            else if (reader.LocalName == "mergeCell" && reader.GetAttribute("ref") is { } reference && ParseRange(reference) is { } range)
                sheet.Merged.Add(range);
        }
    }

    private static SortedDictionary<int, SpreadsheetCell> ReadRow(XmlReader reader, List<string> shared)
    {
        var cells = new SortedDictionary<int, SpreadsheetCell>();
        var column = 0;
        using var row = reader.ReadSubtree();
        row.Read();
        row.Read();
        while (!row.EOF)
        {
            if (row is not { NodeType: XmlNodeType.Element, LocalName: "c" })
            {
                row.Read();
                continue;
            }
            column = row.GetAttribute("r") is { } r && ParseReference(r) is { } at ? at.Column : column + 1;
            var type = row.GetAttribute("t");
            string? value = null, inline = null;
            var formula = false;
            using (var cell = row.ReadSubtree())
            {
                cell.Read();
                cell.Read();
                while (!cell.EOF)
                {
                    if (cell is { NodeType: XmlNodeType.Element, LocalName: "f" }) { formula = true; cell.Skip(); }
                    else if (cell is { NodeType: XmlNodeType.Element, LocalName: "v" }) value = cell.ReadElementContentAsString();
                    else if (cell is { NodeType: XmlNodeType.Element, LocalName: "is" }) { inline = ReadText(cell); cell.Read(); }
                    else cell.Read();
                }
            }
            row.Read();
            var text = type switch
            {
                "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : "",
                "inlineStr" => inline ?? value ?? "",
                "b" => value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? "",
                _ => value ?? inline ?? ""
            };
            // An empty cell with only a style is no content; a formula is content whatever it shows.
            if (text.Length > 0 || formula) cells[column] = new SpreadsheetCell(text, formula);
        }
        return cells;
    }

    /// <summary>"B12" as (row 12, column 2).</summary>
    public static (int Row, int Column)? ParseReference(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16384) return null;
        }
        if (i == 0 || !int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1) return null;
        return (row, column);
    }

    private static MergedRange? ParseRange(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length != 2 || ParseReference(parts[0]) is not { } from || ParseReference(parts[1]) is not { } to) return null;
        return new MergedRange(reference, Math.Min(from.Row, to.Row), Math.Min(from.Column, to.Column), Math.Max(from.Row, to.Row),
            Math.Max(from.Column, to.Column));
    }

    /// <summary>Column 1 as A, 27 as AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    /// <summary>A sheet to write: a bold, frozen header row, then rows of text; a column may offer a list to pick from.</summary>
    public sealed record SheetToWrite(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows)
    {
        /// <summary>Column (0-based) -> the values Excel and WPS offer in a drop-down for it (the import still checks them).</summary>
        public IReadOnlyDictionary<int, IReadOnlyList<string>> Choices { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

        /// <summary>Column widths in characters (0-based column -> width); the rest get a width from their header.</summary>
        public IReadOnlyDictionary<int, int> Widths { get; init; } = new Dictionary<int, int>();

        /// <summary>A sheet of notes (one column, no header styling, no frozen row).</summary>
        public bool IsNotes { get; init; }
    }

    /// <summary>An .xlsx workbook of the sheets, strings written inline (what a person fills in).</summary>
    public static byte[] Write(IReadOnlyList<SheetToWrite> sheets)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string path, string xml)
            {
                using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(xml));
            }
            var overrides = string.Concat(sheets.Select((_, i) =>
                $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
            Add("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>""");
            Add("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="{RelationshipsNs}"><sheets>{string.Concat(sheets.Select((s, i) => $"""<sheet name="{Escape(s.Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""))}</sheets></workbook>""");
            Add("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelationships}">{string.Concat(sheets.Select((_, i) => $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))}<Relationship Id="rId{sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            // Style 0: plain text cells (format @ keeps 01 or 2022-01-28 as typed); style 1: the bold header.
            Add("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{Main}"><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="49" fontId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" applyFont="1" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            for (var i = 0; i < sheets.Count; i++) Add($"xl/worksheets/sheet{i + 1}.xml", SheetXml(sheets[i]));
        }
        return buffer.ToArray();
    }

    private static string SheetXml(SheetToWrite sheet)
    {
        var xml = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{Main}" xmlns:r="{RelationshipsNs}">""");
        if (!sheet.IsNotes)
            xml.Append("""<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>""");
        var columns = Math.Max(sheet.Header.Count, sheet.Rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (columns > 0)
        {
            xml.Append("<cols>");
            for (var c = 0; c < columns; c++)
            {
                var width = sheet.Widths.TryGetValue(c, out var w) ? w : Math.Max(12, (c < sheet.Header.Count ? sheet.Header[c].Length : 0) * 2 + 4);
                xml.Append(CultureInfo.InvariantCulture, $"""<col min="{c + 1}" max="{c + 1}" width="{width}" customWidth="1" style="0"/>""");
            }
            xml.Append("</cols>");
        }
        xml.Append("<sheetData>");
        var rowNumber = 0;
        void Row(IReadOnlyList<string?> values, int style)
        {
            rowNumber++;
            xml.Append(CultureInfo.InvariantCulture, $"""<row r="{rowNumber}">""");
            for (var c = 0; c < values.Count; c++)
            {
                if (string.IsNullOrEmpty(values[c])) continue;
                xml.Append(CultureInfo.InvariantCulture, $"""<c r="{ColumnName(c + 1)}{rowNumber}" t="inlineStr" s="{style}"><is><t xml:space="preserve">{Escape(values[c]!)}</t></is></c>""");
            }
            xml.Append("</row>");
        }
        if (sheet.Header.Count > 0) Row(sheet.Header, sheet.IsNotes ? 0 : 1);
        foreach (var row in sheet.Rows) Row(row, 0);
        xml.Append("</sheetData>");
        if (sheet.Choices.Count > 0)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<dataValidations count="{sheet.Choices.Count}">""");
            foreach (var (column, values) in sheet.Choices)
            {
                var letter = ColumnName(column + 1);
                xml.Append(CultureInfo.InvariantCulture,
                    $"""<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="请从列表中选择" error="{Escape("可选：" + string.Join("、", values))}" sqref="{letter}2:{letter}1000"><formula1>"{Escape(string.Join(",", values))}"</formula1></dataValidation>""");
            }
            xml.Append("</dataValidations>");
        }
        xml.Append("</worksheet>");
        return xml.ToString();
    }

    private static string Escape(string text) =>
        SecurityElement.Escape(new string(text.Where(ch => ch is '\t' or '\n' or '\r' || !char.IsControl(ch)).ToArray()))!;
}
