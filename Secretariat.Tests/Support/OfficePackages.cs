using System.IO.Compression;
using System.Text;

namespace Secretariat.Tests.Support;

/// <summary>
/// Minimal but valid OOXML packages built in the test (no Office library is referenced): [Content_Types].xml, the package
/// relationships and the main part of each kind, plus the zips that only pretend to be one.
/// </summary>
public static class OfficePackages
{
    private const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    public static byte[] Docx(string text = "培训签到表") => Package("word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""");

    public static byte[] Pptx() => Package("ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>""");

    public static byte[] Xlsx() => Package("xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");

    /// <summary>A package whose main part is <paramref name="mainPart"/> with the content type <paramref name="mainType"/> declared for it.</summary>
    public static byte[] Package(string mainPart, string mainType, string mainXml, bool declareMainPart = true, bool withContentTypes = true) =>
        Zip(entries =>
        {
            if (withContentTypes)
                entries("[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{Types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{(declareMainPart ? $"""<Override PartName="/{mainPart}" ContentType="{mainType}"/>""" : "")}</Types>""");
            entries("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{OfficeDocument}" Target="{mainPart}"/></Relationships>""");
            entries(mainPart, mainXml);
        });

    /// <summary>A zip that is no Office file at all.</summary>
    public static byte[] PlainZip() => Zip(entries => entries("说明.txt", "不是 Word 文档"));

    /// <summary>A zip with that many (empty) entries.</summary>
    public static byte[] ZipWithEntries(int count) => Zip(entries =>
    {
        for (var i = 0; i < count; i++) entries($"f/{i}.xml", "");
    });

    public static byte[] Zip(Action<Action<string, string>> write)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            write((name, text) =>
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            });
        }
        return buffer.ToArray();
    }
}
