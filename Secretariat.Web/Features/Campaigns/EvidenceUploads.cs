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
        var (flag, unanswered) = MinorsData.ReadFlag(form, posted.Count > 0);
        if (unanswered is not null) return ([], unanswered);
        var (read, problem) = await Uploads.ReadDocumentsAsync(posted, CampaignDecisions.MaxFiles, MaxBytes, "印证材料", ct);
        return (read.Select(f => new EvidenceFile
        {
            Id = Guid.CreateVersion7(), CampaignId = campaignId, ItemId = itemId, OwnerId = ownerId, FileName = f.FileName, ContentType = f.ContentType,
            Size = f.Content.LongLength, ContainsMinorsData = flag, Content = f.Content
        }).ToList(), problem);
    }

    public static EvidenceFileInfo Info(EvidenceFile file) => new(file.Id, file.FileName, file.ContentType, file.Size, file.ContainsMinorsData);
}
