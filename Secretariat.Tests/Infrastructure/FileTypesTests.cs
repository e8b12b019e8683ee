using System.IO.Compression;
using MiniExcelLibs;
using Secretariat.Web.Infrastructure.Files;

namespace Secretariat.Tests.Infrastructure;

/// <summary>An Office upload is read as an OOXML package of the kind its name says, never as any zip (issue 14, item 2).</summary>
public class FileTypesTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public void Real_packages_are_their_kind()
    {
        Assert.Equal(Docx, FileTypes.SniffDocument(OfficePackages.Docx(), "签到表.docx"));
        Assert.Equal(Pptx, FileTypes.SniffDocument(OfficePackages.Pptx(), "课件.PPTX"));
        Assert.Equal(Xlsx, FileTypes.SniffDocument(OfficePackages.Xlsx(), "名单.xlsx"));
        // The span overload answers the same.
        Assert.Equal(Docx, FileTypes.SniffDocument((ReadOnlySpan<byte>)OfficePackages.Docx(), "签到表.docx"));
    }

    [Fact]
    public void A_workbook_written_by_a_real_library_is_an_xlsx()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new { 姓名 = "邹利", 村 = "建设村" } });
        Assert.Equal(Xlsx, FileTypes.SniffDocument(stream.ToArray(), "参训名单.xlsx"));
    }

    [Fact]
    public void Pdf_and_images_are_still_read_from_their_signature()
    {
        Assert.Equal("application/pdf", FileTypes.SniffDocument("%PDF-1.4\n%%EOF"u8.ToArray(), "课件.pdf"));
        Assert.Equal("image/png", FileTypes.SniffDocument([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "合影.png"));
        Assert.Equal("image/jpeg", FileTypes.SniffDocument([0xFF, 0xD8, 0xFF, 0xE0], "合影.jpg"));
    }

    [Fact]
    public void A_plain_zip_renamed_docx_is_refused() => Assert.Null(FileTypes.SniffDocument(OfficePackages.PlainZip(), "伪装.docx"));

    [Fact]
    public void Another_office_kind_under_the_name_is_refused()
    {
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Xlsx(), "名单.docx"));
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Docx(), "签到表.pptx"));
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Pptx(), "课件.xlsx"));
        // A real package under a name that is no Office kind.
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Docx(), "签到表.zip"));
    }

    [Fact]
    public void The_main_part_must_be_declared_with_its_content_type()
    {
        const string documentXml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Package("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", documentXml, declareMainPart: false), "a.docx"));
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Package("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", documentXml, withContentTypes: false), "a.docx"));
        // A macro-enabled document or a template is not a .docx.
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Package("word/document.xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", documentXml), "a.docx"));
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Package("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", documentXml), "a.docx"));
        // [Content_Types].xml that is not XML, or declares a DTD.
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Zip(e =>
        {
            e("[Content_Types].xml", "<Types");
            e("word/document.xml", documentXml);
        }), "a.docx"));
        Assert.Null(FileTypes.SniffDocument(OfficePackages.Zip(e =>
        {
            e("[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x \"x\">]><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            e("word/document.xml", documentXml);
        }), "a.docx"));
    }

    [Fact]
    public void A_truncated_package_is_refused()
    {
        var docx = OfficePackages.Docx();
        Assert.Null(FileTypes.SniffDocument(docx[..(docx.Length / 2)], "截断.docx"));
        Assert.Null(FileTypes.SniffDocument(docx[..^10], "截断.docx"));
        Assert.Null(FileTypes.SniffDocument(docx[..4], "截断.docx"));
    }

    private const string ContentTypes = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private const string DocumentXml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";

    [Fact]
    public void A_package_with_too_many_entries_is_refused()
    {
        Assert.Null(FileTypes.SniffDocument(OfficePackages.ZipWithEntries(10_000), "很多.docx"));
        // Even when it holds the right parts (and the same package with a few more parts is fine).
        byte[] WithExtraParts(int count) => OfficePackages.Zip(e =>
        {
            e("[Content_Types].xml", ContentTypes);
            e("word/document.xml", DocumentXml);
            for (var i = 0; i < count; i++) e($"word/media/{i}.xml", "");
        });
        Assert.Equal(Docx, FileTypes.SniffDocument(WithExtraParts(10), "几个.docx"));
        Assert.Null(FileTypes.SniffDocument(WithExtraParts(FileTypes.MaxPackageEntries), "很多.docx"));
    }

    [Fact]
    public void A_package_that_expands_beyond_the_limit_is_refused()
    {
        static byte[] Expanding(long bytes)
        {
            using var buffer = new MemoryStream();
            using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, text) in new[] { ("[Content_Types].xml", ContentTypes), ("word/document.xml", DocumentXml) })
                {
                    using var part = archive.CreateEntry(name).Open();
                    part.Write(System.Text.Encoding.UTF8.GetBytes(text));
                }
                using var zeros = archive.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
                var chunk = new byte[1024 * 1024];
                for (long written = 0; written < bytes; written += chunk.Length) zeros.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
            }
            return buffer.ToArray();
        }
        Assert.Equal(Docx, FileTypes.SniffDocument(Expanding(1024 * 1024), "正常.docx"));
        var bomb = Expanding(FileTypes.MaxPackageUncompressedBytes + 1);
        Assert.True(bomb.Length < 1024 * 1024, $"the test bomb is {bomb.Length} bytes");
        Assert.Null(FileTypes.SniffDocument(bomb, "炸弹.docx"));
    }

    [Fact]
    public void Not_a_zip_is_refused_whatever_its_name()
    {
        Assert.Null(FileTypes.SniffDocument("not a zip"u8.ToArray(), "伪装.docx"));
        Assert.Null(FileTypes.SniffDocument([], "空.xlsx"));
        Assert.Null(FileTypes.SniffDocument([0x50, 0x4B, 0x03, 0x04], "头.pptx"));
    }
}

/// <summary>Uploaded files keep their base name, without paths, control, bidirectional or other invisible characters (issue 25).</summary>
public class FileNameTests
{
    [Theory]
    [InlineData("报告.pdf", "报告.pdf")]
    [InlineData("C:\\fakepath\\会议纪要.docx", "会议纪要.docx")]
    [InlineData("..\\..\\windows\\system32\\a.pdf", "a.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a\0b.pdf", "ab.pdf")]
    [InlineData("invoice\u202Efdp.exe.pdf", "invoicefdp.exe.pdf")]
    [InlineData("\u2066签到表\u2069.pdf", "签到表.pdf")]
    [InlineData("a\r\nb\t.pdf", "ab.pdf")]
    [InlineData("\u200b\u200f照片\u00ad.png", "照片.png")]
    [InlineData("x\u2028y.pdf", "xy.pdf")]
    [InlineData("\ud800bad.pdf", "bad.pdf")]
    [InlineData("😀合影.jpg", "😀合影.jpg")]
    [InlineData("  .pdf  ", ".pdf")]
    [InlineData("\u202E", "附件")]
    [InlineData("..", "附件")]
    [InlineData("C:\\dir\\", "附件")]
    [InlineData(null, "附件")]
    public void A_name_keeps_its_base_name_and_loses_what_could_mislead_or_break(string? posted, string stored) =>
        Assert.Equal(stored, FileTypes.CleanName(posted, "附件"));

    [Fact]
    public void A_long_name_is_cut_before_its_extension()
    {
        var name = FileTypes.CleanName(new string('长', 200) + ".docx", "附件");
        Assert.Equal(FileTypes.MaxNameLength, name.Length);
        Assert.EndsWith("长.docx", name);
        // The cut would fall inside the emoji's surrogate pair: the half is not kept.
        var emoji = FileTypes.CleanName(new string('字', 115) + "😀😀😀.pdf", "附件");
        Assert.Equal(new string('字', 115) + ".pdf", emoji);
    }
}
