using Secretariat.Web.Features.Privacy;
using Secretariat.Web.Infrastructure.Files;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>Files posted with a submission or a rectification: type read from the content, size capped, the minors'-data answer required.</summary>
public static class EvidenceUploads
{
    public const string FieldName = "files";
    public const int MaxBytes = 10 * 1024 * 1024;
    /// <summary>The request limit of a form with files (a few files at the cap, plus the form itself).</summary>
    public const long MaxRequestBytes = 5L * MaxBytes + 1024 * 1024;

    public static async Task<(IReadOnlyList<EvidenceFile> Files, string? Problem)> ReadAsync(IFormCollection form, Guid campaignId, Guid itemId,
        Guid ownerId, CancellationToken ct)
    {
        var posted = form.Files.GetFiles(FieldName).Where(f => f.Length > 0).ToList();
        if (posted.Count > CampaignDecisions.MaxFiles) return ([], $"每次最多上传 {CampaignDecisions.MaxFiles} 个文件。");
        var (flag, unanswered) = MinorsData.ReadFlag(form, posted.Count > 0);
        if (unanswered is not null) return ([], unanswered);
        var files = new List<EvidenceFile>();
        foreach (var file in posted)
        {
            var name = FileTypes.CleanName(file.FileName, "印证材料");
            if (file.Length > MaxBytes) return ([], $"文件“{name}”超过 {MaxBytes / 1024 / 1024} MB，请压缩或拆分后上传。");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            var type = FileTypes.SniffDocument(content, name);
            if (type is null)
                return ([], $"文件“{name}”的类型不支持或文件已损坏：只接受 PDF、图片（PNG、JPEG）和 Word、Excel、PowerPoint 文件（docx、xlsx、pptx）。");
            files.Add(new EvidenceFile
            {
                Id = Guid.CreateVersion7(), CampaignId = campaignId, ItemId = itemId, OwnerId = ownerId, FileName = name, ContentType = type,
                Size = content.LongLength, ContainsMinorsData = flag, Content = content
            });
        }
        return (files, null);
    }

    public static EvidenceFileInfo Info(EvidenceFile file) => new(file.Id, file.FileName, file.ContentType, file.Size, file.ContainsMinorsData);
}
