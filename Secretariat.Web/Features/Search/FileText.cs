using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Secretariat.Web.Features.Search;

/// <summary>
/// The text of an uploaded file where reading it is simple: a Word document (.docx, its paragraphs through the Open XML SDK the
/// app already uses). Anything else (PDF, images, spreadsheets, presentations) gives no text: its name alone is indexed. A file
/// flagged 含未成年人信息 is never read here.
/// </summary>
public static class FileText
{
    public const int MaxChars = 20_000;

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string Extract(StoredFile file)
    {
        if (file.ContainsMinorsData) return "";
        if (file.ContentType != DocxType && !file.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) return "";
        try
        {
            using var stream = new MemoryStream(file.Content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null) return "";
            var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0));
            return text.Length > MaxChars ? text[..MaxChars] : text;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return "";
        }
    }
}
