using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace Secretariat.Web.Features.Search;

/// <summary>
/// The text of an uploaded file where reading it is simple: a Word document (.docx, its paragraphs through the Open XML SDK the
/// app already uses) and a PDF with a text layer (PdfPig; a scan has none). Anything else (images, spreadsheets, presentations)
/// gives no text: its name alone is indexed. A file that cannot be read gives no text either (the save goes on). A file flagged
/// 含未成年人信息 is never read here.
/// </summary>
public static class FileText
{
    public const int MaxChars = 20_000;

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A PDF's pages read at most (a long scan or a crafted file costs its uploader's save no more than this).</summary>
    public const int MaxPdfPages = 100;

    public static string Extract(StoredFile file)
    {
        if (file.ContainsMinorsData) return "";
        if (file.ContentType == "application/pdf" || file.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) return Pdf(file.Content);
        if (file.ContentType != DocxType && !file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) return "";
        try
        {
            using var stream = new MemoryStream(file.Content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return "";
            var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
            return Clipped(text);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return "";
        }
    }

    private static string Pdf(byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            var text = new System.Text.StringBuilder();
            foreach (var page in pdf.GetPages().Take(MaxPdfPages))
            {
                text.AppendLine(page.Text);
                if (text.Length >= MaxChars) break;
            }
            return Clipped(text.ToString());
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A damaged or encrypted PDF (PdfPig throws several kinds): found by its name only.
            return "";
        }
    }

    /// <summary>At most <see cref="MaxChars"/>, without control characters (PostgreSQL text holds no NUL) but line breaks.</summary>
    private static string Clipped(string text)
    {
        var clean = new string(text.Where(c => c == '\n' || !char.IsControl(c)).ToArray());
        return clean.Length > MaxChars ? clean[..MaxChars] : clean;
    }
}
