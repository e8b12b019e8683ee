namespace Secretariat.Web.Features.Campaigns;

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
