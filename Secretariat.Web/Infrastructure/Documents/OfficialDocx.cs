using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Secretariat.Web.Infrastructure.Documents;

/// <summary>
/// The Word copy of an official document, in the print page's layout after GB/T 9704-2012: A4 with the 37/35/28/26 mm margins, the
/// body in 仿宋_GB2312 3号 (16pt) on 28.9pt lines (22 lines of 28 characters), the title in 方正小标宋简体 2号, the red 版头 35 mm below
/// the top of the text block with the number and the red rule, the 署名 centred over the date, the 版记 between rules, and the page
/// numbers "— N —" in 4号 宋体 under the text block, odd pages on the right and even pages on the left, each 空一字.
/// </summary>
public static class OfficialDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Body = "仿宋_GB2312";
    private const string TitleFont = "方正小标宋简体";
    private const string HeadingFont = "黑体";
    private const string PageNumberFont = "宋体";
    private const string Red = "CC0000";

    // Twentieths of a point. The text block is 156 mm wide (8844), a character of the body 16pt (320), a line 28.9pt (578).
    private const int TextWidth = 8844;
    private const int Char = 320;
    private const int Line = 578;

    private static int Mm(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>The Word copy as a download, named by the document's number (or title).</summary>
    public static IResult File(OfficialDocument document) =>
        Results.File(Build(document), ContentType, $"{document.FileName}.docx");

    /// <summary>The document as a .docx package.</summary>
    public static byte[] Build(OfficialDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            AddStyles(main);
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new DefaultTabStop { Val = Char * 2 }, new EvenAndOddHeaders(),
                new Compatibility(new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15"
                }));
            var odd = main.AddNewPart<FooterPart>();
            odd.Footer = PageNumberFooter(JustificationValues.Right);
            var even = main.AddNewPart<FooterPart>();
            even.Footer = PageNumberFooter(JustificationValues.Left);

            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            foreach (var element in Content(document)) body.Append(element);
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
                new PageSize { Width = 11906U, Height = 16838U },
                // The footer's distance from the page's foot: its line (4号 on a 16pt line) then stands 7 mm under the text block.
                new PageMargin { Top = Mm(37), Bottom = Mm(35), Left = (uint)Mm(28), Right = (uint)Mm(26), Header = (uint)Mm(15), Footer = (uint)Mm(25.5), Gutter = 0U },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = Line }));
            main.Document = new Document(body);
            package.PackageProperties.Title = document.TitleText;
            package.PackageProperties.Creator = document.Signature;
            package.PackageProperties.Language = "zh-CN";
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Content(OfficialDocument d)
    {
        // 版头: 35 mm below the top of the text block, red 小标宋 at 30pt narrowed to one line.
        var head = Paragraph(JustificationValues.Center, before: Mm(35.6) - 120, lineExact: 720);
        for (var i = 0; i < d.Issuer.Count; i++)
        {
            if (i > 0) head.Append(new Run(new Break()));
            head.Append(TextRun(DocText.Tidy(d.Issuer[i]), TitleFont, 60, color: Red, scale: d.IssuerScale));
        }
        yield return head;

        // 发文字号 two lines below, the red rule 4 mm under it (the paragraph's lower border).
        var number = Paragraph(JustificationValues.Center, before: Line * 2);
        number.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Color = Red, Size = 12U, Space = 11U });
        if (d.Number is not null) number.Append(TextRun(d.Number, Body, 32));
        yield return number;

        // Title two lines under the rule, broken only between words, then a blank line.
        var title = Paragraph(JustificationValues.Center, before: Line * 2, after: Line, lineExact: 660, keepNext: true);
        var lines = d.WordTitleLines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) title.Append(new Run(new Break()));
            title.Append(TextRun(lines[i], TitleFont, 44));
        }
        yield return title;

        if (d.Addressee is not null)
        {
            var addressee = Paragraph(JustificationValues.Both);
            addressee.Append(TextRun(DocText.Tidy(d.Addressee), Body, 32));
            yield return addressee;
        }

        var blocks = d.Body.Where(b => b is not DocScreenNote).ToList();
        var last = blocks.FindLastIndex(b => b is DocParagraph or DocListItem);
        for (var i = 0; i < blocks.Count; i++)
        {
            // The last paragraph keeps to the signature: no page holds only the 署名 and the date.
            var keep = i == last && i == blocks.Count - 1;
            foreach (var element in Block(blocks[i], keep)) yield return element;
        }

        // 署名 centred over the 成文日期: both centred between the same indents, so they share one axis whatever the font's widths; the
        // longer of the two ends 右空二字 (the date alone 右空四字), with half a character of slack against a wider font.
        var signature = DocText.Tidy(d.Signature);
        var date = d.Date.ChineseDate();
        var (signatureEms, dateEms) = (DocText.Ems(signature), DocText.Ems(date));
        var right = signatureEms >= dateEms ? Char * 2 : Char * 4;
        var left = Math.Max(0, TextWidth - right - (int)((Math.Max(signatureEms, dateEms) + 1) * Char));
        var sign = Paragraph(JustificationValues.Center, before: Line * 2, keepNext: true, left: left, right: right);
        sign.Append(TextRun(signature, Body, 32));
        yield return sign;
        var dated = Paragraph(JustificationValues.Center, left: left, right: right);
        dated.Append(TextRun(date, Body, 32));
        yield return dated;

        // 版记: 抄送 and 印发机关/印发日期 in 4号, between a thick rule above, a thin one between and a thick one below.
        var record = d.Record;
        if (record.CopiedTo is not null)
        {
            var copied = Paragraph(JustificationValues.Left, before: Line * 2, keepNext: true, left: 280, right: 280, lineExact: 500);
            copied.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Color = "000000", Size = 8U, Space = 4U },
                new BottomBorder { Val = BorderValues.Single, Color = "000000", Size = 6U, Space = 4U });
            copied.Append(TextRun($"抄送：{DocText.Tidy(record.CopiedTo)}。", Body, 28));
            yield return copied;
        }
        var printed = Paragraph(JustificationValues.Left, before: record.CopiedTo is null ? Line * 2 : 0, left: 280, right: 280, lineExact: 500);
        printed.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth - 280 * 2 });
        printed.ParagraphProperties!.ParagraphBorders = record.CopiedTo is null
            ? new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Color = "000000", Size = 8U, Space = 4U },
                new BottomBorder { Val = BorderValues.Single, Color = "000000", Size = 8U, Space = 4U })
            : new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Color = "000000", Size = 8U, Space = 4U });
        printed.Append(TextRun(DocText.Tidy(record.PrintedBy), Body, 28));
        printed.Append(new Run(new TabChar()));
        printed.Append(TextRun($"{record.PrintedOn.ChineseDate()}印发", Body, 28));
        yield return printed;
    }

    private static IEnumerable<OpenXmlElement> Block(DocBlock block, bool keepNext)
    {
        switch (block)
        {
            case DocParagraph p:
            {
                var paragraph = Paragraph(JustificationValues.Both, firstLine: true, keepNext: keepNext);
                if (p.Lead is not null) paragraph.Append(TextRun(DocText.Tidy(p.Lead), Body, 32, bold: true));
                paragraph.Append(TextRun(DocText.Tidy(p.Text), Body, 32));
                yield return paragraph;
                break;
            }
            case DocListItem l:
            {
                var paragraph = Paragraph(JustificationValues.Both, firstLine: true, keepNext: keepNext);
                paragraph.Append(TextRun(DocText.Tidy(l.Text), Body, 32));
                yield return paragraph;
                break;
            }
            case DocHeading h:
            {
                var paragraph = Paragraph(JustificationValues.Left, firstLine: true, keepNext: true);
                paragraph.Append(TextRun(DocText.Tidy(h.Text), HeadingFont, 32));
                yield return paragraph;
                break;
            }
            case DocTable t:
                yield return Table(t);
                // A table is followed by a small gap, as on the page.
                yield return Paragraph(JustificationValues.Left, lineExact: 120);
                break;
        }
    }

    private static Table Table(DocTable t)
    {
        var widths = ColumnWidths(t);
        var table = new Table();
        table.Append(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = TextWidth.ToString() },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < t.Columns.Count; i++) header.Append(Cell(t.Columns[i].Header, widths[i], HeadingFont, true, JustificationValues.Center));
        table.Append(header);
        foreach (var row in t.Total is null ? t.Rows : t.Rows.Append(t.Total))
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < t.Columns.Count; i++)
                tr.Append(Cell(i < row.Count ? DocText.Tidy(row[i]) : "", widths[i], Body, t.Columns[i].Keep,
                    t.Columns[i].CssClass == "order" ? JustificationValues.Center : JustificationValues.Left));
            table.Append(tr);
        }
        return table;
    }

    /// <summary>
    /// Column widths (twips) within the text block: a column whose cells never break (dates, states, names) and every header get the
    /// width of their longest text in the tables' 12pt type; the other columns share the rest by weight.
    /// </summary>
    private static List<int> ColumnWidths(DocTable t)
    {
        const int em = 240, padding = 85 * 2 + 60;
        var rows = t.Total is null ? t.Rows : t.Rows.Append(t.Total).ToList();
        var least = t.Columns.Select((c, i) =>
        {
            var header = DocText.Ems(c.Header);
            var cells = c.Keep ? rows.Select(r => i < r.Count ? DocText.Ems(DocText.Tidy(r[i])) : 0).DefaultIfEmpty(0).Max() : 0;
            return (int)Math.Ceiling(Math.Max(header, cells) * em) + padding;
        }).ToList();
        var kept = t.Columns.Select((c, i) => c.Keep ? least[i] : 0).Sum();
        var free = t.Columns.Where(c => !c.Keep).Sum(c => c.Weight);
        var rest = TextWidth - kept;
        if (free == 0 || rest < t.Columns.Where(c => !c.Keep).Sum(_ => 3 * em + padding))
        {
            var weights = t.Columns.Sum(c => c.Weight);
            return t.Columns.Select(c => TextWidth * c.Weight / weights).ToList();
        }
        return t.Columns.Select((c, i) => c.Keep ? least[i] : Math.Max(least[i], rest * c.Weight / free)).ToList();
    }

    private static TableCell Cell(string text, int width, string font, bool noWrap, JustificationValues justification)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });
        if (noWrap) properties.Append(new NoWrap());
        var paragraph = Paragraph(justification, lineExact: 360);
        paragraph.Append(TextRun(text, font, 24));
        return new TableCell(properties, paragraph);
    }

    private static Paragraph Paragraph(JustificationValues justification, int before = 0, int after = 0, int lineExact = Line,
        bool firstLine = false, bool keepNext = false, int left = 0, int right = 0)
    {
        var properties = new ParagraphProperties
        {
            SnapToGrid = new SnapToGrid { Val = false },
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = before.ToString(), After = after.ToString(), Line = lineExact.ToString(), LineRule = LineSpacingRuleValues.Exact
            },
            Justification = new Justification { Val = justification },
        };
        if (keepNext) properties.KeepNext = new KeepNext();
        if (firstLine || left > 0 || right > 0)
        {
            var indentation = new Indentation();
            if (firstLine) indentation.FirstLine = (Char * 2).ToString();
            if (left > 0) indentation.Left = left.ToString();
            if (right > 0) indentation.Right = right.ToString();
            properties.Indentation = indentation;
        }
        return new Paragraph(properties);
    }

    private static Run TextRun(string text, string font, int halfPoints, string? color = null, bool bold = false, int scale = 100)
    {
        var properties = new RunProperties
        {
            RunFonts = new RunFonts { Ascii = font == Body ? "Times New Roman" : font, HighAnsi = font == Body ? "Times New Roman" : font, EastAsia = font, Hint = FontTypeHintValues.EastAsia },
            FontSize = new FontSize { Val = halfPoints.ToString() },
            FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints.ToString() },
            Languages = new Languages { Val = "zh-CN", EastAsia = "zh-CN" }
        };
        if (bold) properties.Bold = new Bold();
        if (color is not null) properties.Color = new Color { Val = color };
        if (scale != 100) properties.CharacterScale = new CharacterScale { Val = scale };
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Footer PageNumberFooter(JustificationValues side)
    {
        var indentation = side == JustificationValues.Right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "320", LineRule = LineSpacingRuleValues.Exact },
            Indentation = indentation,
            Justification = new Justification { Val = side }
        });
        paragraph.Append(TextRun("—\u00a0", PageNumberFont, 28));
        paragraph.Append(new SimpleField(TextRun("1", PageNumberFont, 28)) { Instruction = " PAGE " });
        paragraph.Append(TextRun("\u00a0—", PageNumberFont, 28));
        return new Footer(paragraph);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = Body, ComplexScript = "Times New Roman" },
                    new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                    new Languages { Val = "zh-CN", EastAsia = "zh-CN" })),
                // No automatic space between Chinese and Latin or figures: "3项", as the print view sets it.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new AutoSpaceDE { Val = false }, new AutoSpaceDN { Val = false },
                    new SpacingBetweenLines { Before = "0", After = "0", Line = Line.ToString(), LineRule = LineSpacingRuleValues.Exact }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }
}
