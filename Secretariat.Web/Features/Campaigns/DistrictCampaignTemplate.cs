namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// A campaign the district defines once (its table and dates) and issues to its towns; each town then holds the campaign as its own
/// stream under the same id. The district's own record, outside every town.
/// </summary>
public sealed class DistrictCampaignTemplate
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string Basis { get; set; } = "";
    public CampaignSchedule Schedule { get; set; } = new(default, default, 0, default, default, default, default);
    public List<ItemDraft> Items { get; set; } = [];
    /// <summary>附件2's table uses the sample town's names for some units (民政和社办, 妇联, 学校); only then are they mapped.</summary>
    public bool FromAnnexTwo { get; set; }
    public StepBy CreatedBy { get; set; } = new(Guid.Empty, "", default);
    public List<TownIssue> Issued { get; set; } = [];
}

/// <summary>The template was issued to a town (or refused there, and why).</summary>
public sealed record TownIssue(string Town, string TownName, string? Refusal, StepBy By);
