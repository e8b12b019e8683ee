namespace Secretariat.Web.Infrastructure.Files;

/// <summary>What an uploaded file is, read from its first bytes: the browser's claim is never trusted.</summary>
public static class FileTypes
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    public static string? SniffPdfOrImage(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith(PngSignature) ? "image/png"
        : content.StartsWith(JpegSignature) ? "image/jpeg"
        : null;

    /// <summary>PDF, images, or a Word/PowerPoint/Excel file (a zip package whose name says which).</summary>
    public static string? SniffDocument(ReadOnlySpan<byte> content, string fileName)
    {
        if (SniffPdfOrImage(content) is { } type) return type;
        if (!content.StartsWith(ZipSignature)) return null;
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => null
        };
    }

    /// <summary>A safe display name for a stored file.</summary>
    public static string CleanName(string? fileName, string fallback)
    {
        var name = Path.GetFileName(fileName ?? "");
        return string.IsNullOrWhiteSpace(name) ? fallback : name[..Math.Min(name.Length, 120)];
    }
}
