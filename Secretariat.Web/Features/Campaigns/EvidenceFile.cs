namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// An uploaded file of a submission or rectification, stored beside its event (the event holds only its metadata). Never deleted:
/// the national scheme re-checks every year (七(四)).
/// </summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Guid ItemId { get; set; }
    /// <summary>The stream the file belongs to (a unit's evidence, or the item's acceptance for a rectification).</summary>
    public Guid OwnerId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public bool ContainsMinorsData { get; set; }
    public byte[] Content { get; set; } = [];
}

/// <summary>A record of this app as it stood when a submission linked to it: its print view, rendered then and kept.</summary>
public sealed class FrozenRecord
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public RecordKind Kind { get; set; }
    public Guid? RecordId { get; set; }
    public string Label { get; set; } = "";
    public DateOnly? AsOf { get; set; }
    /// <summary>The print view's main region as HTML (rendered by the app's own components, so already encoded).</summary>
    public string Html { get; set; } = "";
    public DateTimeOffset FrozenAt { get; set; }
}
