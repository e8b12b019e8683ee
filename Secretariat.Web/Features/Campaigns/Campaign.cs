namespace Secretariat.Web.Features.Campaigns;

/// <summary>One item of a campaign as the town holds it.</summary>
public sealed record CampaignItem(Guid Id, ItemKind Kind, int Number, string Project, string Content, string Standard, EvidenceSpec Evidence,
    string LeadAsWritten, string ResponsibleAsWritten, CampaignUnit? Lead, IReadOnlyList<CampaignUnit> Responsible, bool TownOwn)
{
    /// <summary>How the item is named on pages and in the pack: 第12项, 负面清单第1项.</summary>
    public string Label => ItemLabels.Of(Kind, Number);

    /// <summary>The folder of the item in the evidence pack (sorts in the table's order).</summary>
    public string Folder => Kind == ItemKind.Task ? $"{Number:D2}" : $"负面清单{Number:D2}";

    public IEnumerable<Guid> ResponsibleUnitIds => Responsible.Where(u => u.UnitId is not null).Select(u => u.UnitId!.Value);

    public string Summary => Standard.Length <= 40 ? Standard : Standard[..40] + "…";
}

public static class ItemLabels
{
    public static string Of(ItemKind kind, int number) => kind == ItemKind.Task ? $"第{number}项" : $"负面清单第{number}项";
}

/// <summary>A 示范创建 campaign in one town: its dates and its items in the table's order; inline snapshot of its stream.</summary>
public sealed class Campaign
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string Basis { get; set; } = "";
    public CampaignSchedule Schedule { get; set; } = new(default, default, 0, default, default, default, default);
    public Guid? DistrictCampaignId { get; set; }
    public StepBy OpenedBy { get; set; } = new(Guid.Empty, "", default);
    public List<CampaignItem> Items { get; set; } = [];

    /// <summary>Task items first, each kind by its number: the table's order.</summary>
    public IEnumerable<CampaignItem> InOrder => Items.OrderBy(i => i.Kind).ThenBy(i => i.Number);

    public CampaignItem? Item(Guid itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    /// <summary>
    /// Every unit with a part in the campaign, in the order they first appear: the leads and responsible units of the task items,
    /// then the member units that only answer the negative list (附件2 注2: 请各单位…作零报告说明).
    /// </summary>
    public IReadOnlyList<CampaignUnit> Units => InOrder
        .SelectMany(i => i.Kind == ItemKind.Task && i.Lead is not null ? [i.Lead, .. i.Responsible] : i.Responsible)
        .Where(u => u.UnitId is not null).DistinctBy(u => u.UnitId).ToList();

    /// <summary>The units that owe evidence for an item: its responsible units (a negative-list item: every member unit when opened).</summary>
    public IReadOnlyList<CampaignUnit> UnitsFor(CampaignItem item) => item.Responsible.Where(u => u.UnitId is not null).DistinctBy(u => u.UnitId).ToList();

    public static Campaign Create(CampaignOpened e) => new()
    {
        Id = e.CampaignId, Title = e.Title, Basis = e.Basis, Schedule = e.Schedule, DistrictCampaignId = e.DistrictCampaignId, OpenedBy = e.By
    };

    public void Apply(CampaignItemDefined e) => Items.Add(new CampaignItem(e.ItemId, e.Kind, e.Number, e.Project, e.Content, e.Standard, e.Evidence,
        e.LeadAsWritten, e.ResponsibleAsWritten, e.Lead, e.Responsible, e.TownOwn));
}

/// <summary>The streams of a campaign other than its own, named from the campaign, item and unit (per town: tenants keep them apart).</summary>
public static class CampaignIds
{
    public static Guid Evidence(Guid campaignId, Guid itemId, Guid unitId) => Stable($"evidence:{campaignId:N}:{itemId:N}:{unitId:N}");

    public static Guid Acceptance(Guid campaignId, Guid itemId) => Stable($"acceptance:{campaignId:N}:{itemId:N}");

    /// <summary>An item id of a campaign from its kind and number (the sample and a district's template issue the same ids to every town).</summary>
    public static Guid Item(Guid campaignId, ItemKind kind, int number) => Stable($"item:{campaignId:N}:{kind}:{number}");

    private static Guid Stable(string key) => StableIds.From("secretariat-campaign:" + key);
}
