using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Infrastructure.Files;

/// <summary>
/// What one file field of a form accepts: how many files and how large, PDF and images only or Word, PowerPoint and Excel too, and
/// whether the form asks if they hold minors' information (<see cref="MinorsData"/>: then a file without the answer is refused).
/// One file is an attachment (附件); several are materials (材料), each named in its refusal.
/// </summary>
/// <param name="FallbackName">The name of a file posted without one (e.g. 培训材料).</param>
public sealed record UploadRule(string Field, int MaxFiles, int MaxBytes, bool OfficeFiles, bool AsksMinorsData, string FallbackName)
{
    public int MaxMegabytes => MaxBytes / 1024 / 1024;
}

/// <summary>The one reader of posted files: count, size and type (read from the content, never the browser's claim), refused in Chinese.</summary>
public static class Uploads
{
    public const string Accepted = "只接受 PDF、图片（PNG、JPEG）和 Word、PowerPoint、Excel 文件（docx、pptx、xlsx）";

    /// <summary>
    /// The files posted in the rule's field, checked and ready to store for <paramref name="ownerId"/> (the record they will belong to),
    /// or the first problem. Nothing posted is no files and no problem.
    /// </summary>
    public static async Task<(IReadOnlyList<StoredFile> Files, string? Problem)> ReadAsync(IFormCollection form, UploadRule rule, Guid ownerId,
        CancellationToken ct)
    {
        var single = rule.MaxFiles == 1;
        var posted = form.Files.GetFiles(rule.Field).Where(f => f.Length > 0).Take(single ? 1 : int.MaxValue).ToList();
        if (posted.Count > rule.MaxFiles) return ([], $"每次最多上传 {rule.MaxFiles} 个材料文件。");
        // One answer for the files posted together (附件3-3 三): required when there is any, refused after the files' own problems.
        var (flag, unanswered) = rule.AsksMinorsData ? MinorsData.ReadFlag(form, posted.Count > 0) : (false, null);
        var files = new List<StoredFile>();
        foreach (var file in posted)
        {
            var name = FileTypes.CleanName(file.FileName, rule.FallbackName);
            if (file.Length > rule.MaxBytes)
                return ([], single ? $"附件不能超过 {rule.MaxMegabytes} MB。" : $"材料“{name}”超过 {rule.MaxMegabytes} MB，请压缩或拆分后上传。");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            var type = rule.OfficeFiles ? FileTypes.SniffDocument(content, name) : FileTypes.SniffPdfOrImage(content);
            if (type is null) return ([], TypeRefused(rule, name));
            files.Add(new StoredFile
            {
                Id = Guid.CreateVersion7(), OwnerId = ownerId, FileName = name, ContentType = type, Size = content.LongLength,
                ContainsMinorsData = flag, Content = content
            });
        }
        return unanswered is null ? (files, null) : ([], unanswered);
    }

    private static string TypeRefused(UploadRule rule, string name) => (rule.MaxFiles == 1, rule.OfficeFiles) switch
    {
        (false, _) => $"材料“{name}”的类型不支持：{Accepted}。",
        (true, true) => "附件只能是 PDF、图片或 docx、pptx、xlsx 文件（Office 文件的扩展名须与内容一致）。",
        (true, false) => "附件只能是 PDF 或图片（PNG、JPEG）。"
    };
}
