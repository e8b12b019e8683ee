using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Secretariat.Web.Infrastructure.Files;

/// <summary>What an uploaded file is, read from its content: the browser's claim is never trusted.</summary>
public static class FileTypes
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>More entries than any real Word/PowerPoint/Excel upload has: a package beyond it is refused unread.</summary>
    public const int MaxPackageEntries = 2000;

    /// <summary>The most a package may declare it expands to (zip bombs): 200 MB.</summary>
    public const long MaxPackageUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>The most of <c>[Content_Types].xml</c> that is read (a real one is a few KB).</summary>
    private const int MaxContentTypesBytes = 1024 * 1024;

    /// <summary>An OOXML package by its extension: the main part it must hold and that part's content type in [Content_Types].xml.</summary>
    private sealed record OfficeKind(string ContentType, string MainPart, string MainPartContentType);

    private static readonly Dictionary<string, OfficeKind> OfficeKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        [".pptx"] = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    };

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static string? SniffPdfOrImage(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith(PngSignature) ? "image/png"
        : content.StartsWith(JpegSignature) ? "image/jpeg"
        : null;

    /// <summary>
    /// PDF, images, or a Word/PowerPoint/Excel file: a real OOXML package of the kind its name says (docx, pptx, xlsx), with
    /// its main part declared in <c>[Content_Types].xml</c>. A plain zip, another Office kind under the name, a truncated or
    /// oversized package is null.
    /// </summary>
    public static string? SniffDocument(byte[] content, string fileName)
    {
        if (SniffPdfOrImage(content) is { } type) return type;
        if (!content.AsSpan().StartsWith(ZipSignature)) return null;
        if (!OfficeKinds.TryGetValue(Path.GetExtension(fileName), out var kind)) return null;
        return IsPackageOf(content, kind) ? kind.ContentType : null;
    }

    /// <inheritdoc cref="SniffDocument(byte[], string)"/>
    public static string? SniffDocument(ReadOnlySpan<byte> content, string fileName) => SniffDocument(content.ToArray(), fileName);

    private static bool IsPackageOf(byte[] content, OfficeKind kind)
    {
        // The end-of-central-directory record says how many entries there are before anything is parsed.
        if (DeclaredEntryCount(content) is not { } declared || declared > MaxPackageEntries) return false;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entries = archive.Entries;
            if (entries.Count > MaxPackageEntries) return false;
            long total = 0;
            foreach (var entry in entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > MaxPackageUncompressedBytes) return false;
            }
            var contentTypes = Find(entries, "[Content_Types].xml");
            if (contentTypes is null || Find(entries, kind.MainPart) is null) return false;
            return DeclaresMainPart(contentTypes, kind);
        }
        // What a damaged or hostile package makes the zip and XML readers throw: it is then no package at all.
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException
                                      or OverflowException)
        {
            return false;
        }
    }

    // Part names are case-insensitive in a package (ECMA-376 part 2, 6.2.2.3).
    private static ZipArchiveEntry? Find(IEnumerable<ZipArchiveEntry> entries, string name) =>
        entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether [Content_Types].xml gives the main part the content type of the kind (an Override for its part name).</summary>
    private static bool DeclaresMainPart(ZipArchiveEntry contentTypes, OfficeKind kind)
    {
        if (contentTypes.Length > MaxContentTypesBytes) return false;
        using var stream = contentTypes.Open();
        using var bounded = new BoundedStream(stream, MaxContentTypesBytes);
        using var reader = XmlReader.Create(bounded, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxContentTypesBytes,
            IgnoreComments = true, IgnoreWhitespace = true
        });
        var partName = "/" + kind.MainPart;
        var sawTypes = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNamespace) continue;
            if (reader.LocalName == "Types") sawTypes = true;
            else if (sawTypes && reader.LocalName == "Override"
                     && string.Equals(reader.GetAttribute("PartName"), partName, StringComparison.OrdinalIgnoreCase)
                     && string.Equals(reader.GetAttribute("ContentType")?.Trim(), kind.MainPartContentType, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The total entry count of the end-of-central-directory record, or null when there is none (a truncated zip). A ZIP64
    /// archive writes 0xFFFF there: that count is then checked on the parsed entries.
    /// </summary>
    private static int? DeclaredEntryCount(byte[] content)
    {
        const int recordLength = 22;
        // The record ends the file, followed by a comment of at most 65535 bytes.
        var lowest = Math.Max(0, content.Length - recordLength - ushort.MaxValue);
        for (var at = content.Length - recordLength; at >= lowest; at--)
        {
            var span = content.AsSpan(at);
            if (span[0] != 0x50 || span[1] != 0x4B || span[2] != 0x05 || span[3] != 0x06) continue;
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[20..]);
            if (at + recordLength + commentLength != content.Length) continue;
            return BinaryPrimitives.ReadUInt16LittleEndian(span[10..]);
        }
        return null;
    }

    /// <summary>The longest name kept (the extension is kept whole when a longer one is cut).</summary>
    public const int MaxNameLength = 120;

    /// <summary>
    /// A safe display name for a stored file: the base name only (the last part of a Windows or Unix path, as browsers and scripts
    /// send <c>C:\fakepath\报告.pdf</c> or <c>..\..\a.pdf</c>), without control characters (a NUL cannot even be stored),
    /// bidirectional and other invisible format characters (U+202E makes <c>invoice‮fdp.exe</c> read as <c>invoiceexe.pdf</c>), line
    /// or paragraph separators and broken surrogates; at most <see cref="MaxNameLength"/> characters with its extension kept.
    /// </summary>
    public static string CleanName(string? fileName, string fallback)
    {
        var raw = fileName ?? "";
        var baseName = raw[(raw.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new System.Text.StringBuilder(baseName.Length);
        foreach (var rune in baseName.EnumerateRunes())
        {
            if (rune == System.Text.Rune.ReplacementChar || System.Text.Rune.IsControl(rune)) continue;
            if (System.Text.Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
                or System.Globalization.UnicodeCategory.PrivateUse) continue;
            kept.Append(rune.ToString());
        }
        var name = kept.ToString().Trim();
        if (name.Trim('.').Length == 0) return fallback;
        if (name.Length <= MaxNameLength) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length is 0 or > 10) extension = "";
        var stem = name[..(MaxNameLength - extension.Length)];
        // Never half of a character outside the basic plane.
        if (char.IsHighSurrogate(stem[^1])) stem = stem[..^1];
        return stem.TrimEnd() + extension;
    }

    /// <summary>Reads at most a given number of bytes of a stream (an entry may expand to more than it declares).</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0) return 0;
            if (_read >= limit)
            {
                if (inner.Read(new byte[1], 0, 1) == 0) return 0;
                throw new InvalidDataException("The part is larger than allowed.");
            }
            var n = inner.Read(buffer, offset, (int)Math.Min(count, limit - _read));
            _read += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
