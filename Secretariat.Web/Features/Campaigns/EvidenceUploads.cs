namespace Secretariat.Web.Features.Campaigns;

/// <summary>Files posted with a submission or a rectification, stored for the unit's evidence or the item's acceptance they belong to.</summary>
public static class EvidenceUploads
{
    public const string FieldName = "files";
    public const int MaxBytes = 10 * 1024 * 1024;
    /// <summary>The request limit of a form with files (a few files at the cap, plus the form itself).</summary>
    public const long MaxRequestBytes = 5L * MaxBytes + 1024 * 1024;

    /// <summary>Up to <see cref="CampaignDecisions.MaxFiles"/> files, type read from the content, the minors'-data answer required.</summary>
    public static readonly UploadRule Rule = new(FieldName, CampaignDecisions.MaxFiles, MaxBytes, OfficeFiles: true, AsksMinorsData: true,
        FallbackName: "印证材料");

    public static EvidenceFileInfo Info(StoredFile file) => new(file.Id, file.FileName, file.ContentType, file.Size, file.ContainsMinorsData);
}
