namespace Secretariat.Web.Infrastructure.Files;

/// <summary>A posted file once checked: a safe name, its type read from its content (never the browser's claim), its bytes.</summary>
public sealed record CheckedUpload(string FileName, string ContentType, byte[] Content);

/// <summary>The one reader of posted documents (training materials, campaign evidence): count, size and type, refused in Chinese.</summary>
public static class Uploads
{
    public const string Accepted = "只接受 PDF、图片（PNG、JPEG）和 Word、PowerPoint、Excel 文件（docx、pptx、xlsx）";

    /// <param name="fallbackName">The name of a file posted without one (e.g. 培训材料).</param>
    public static async Task<(IReadOnlyList<CheckedUpload> Files, string? Problem)> ReadDocumentsAsync(IEnumerable<IFormFile> files, int maxCount,
        int maxBytes, string fallbackName, CancellationToken ct)
    {
        var present = files.Where(f => f.Length > 0).ToList();
        if (present.Count > maxCount) return ([], $"每次最多上传 {maxCount} 个材料文件。");
        var checkedFiles = new List<CheckedUpload>();
        foreach (var file in present)
        {
            var name = FileTypes.CleanName(file.FileName, fallbackName);
            if (file.Length > maxBytes) return ([], $"材料“{name}”超过 {maxBytes / 1024 / 1024} MB，请压缩或拆分后上传。");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            var type = FileTypes.SniffDocument(content, name);
            if (type is null) return ([], $"材料“{name}”的类型不支持：{Accepted}。");
            checkedFiles.Add(new CheckedUpload(name, type, content));
        }
        return (checkedFiles, null);
    }
}
