namespace Secretariat.Web.Features.Campaigns;

/// <summary>Where the district's acceptance (区验收) of an item stands.</summary>
public enum AcceptanceState
{
    /// <summary>待验收</summary>
    Pending,
    /// <summary>整改中: an opinion requires rectification by a day.</summary>
    Rectifying,
    /// <summary>整改待复核: the town reported its rectification.</summary>
    RectificationReported,
    /// <summary>验收通过 (directly, or once the rectification was closed)</summary>
    Accepted
}

public sealed record RectificationReport(string Text, IReadOnlyList<EvidenceFileInfo> Files, IReadOnlyList<RecordLinkInfo> Links, StepBy By);

public sealed record AcceptanceStep(string What, string? Comment, StepBy By);

/// <summary>The district's acceptance of one item: 通过, or 整改 with its own evidence to closure; inline snapshot of its stream.</summary>
public sealed class ItemAcceptance
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Guid ItemId { get; set; }
    public AcceptanceState State { get; set; }
    public string? Opinion { get; set; }
    public DateOnly? RectifyBy { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public List<RectificationReport> Rectifications { get; set; } = [];
    public List<AcceptanceStep> Steps { get; set; } = [];

    public bool IsAccepted => State == AcceptanceState.Accepted;

    public static ItemAcceptance Create(ItemAccepted e) =>
        new ItemAcceptance { Id = e.AcceptanceId, CampaignId = e.CampaignId, ItemId = e.ItemId }.With(a => a.Apply(e));

    public static ItemAcceptance Create(RectificationRequired e) =>
        new ItemAcceptance { Id = e.AcceptanceId, CampaignId = e.CampaignId, ItemId = e.ItemId }.With(a => a.Apply(e));

    private ItemAcceptance With(Action<ItemAcceptance> apply)
    {
        apply(this);
        return this;
    }

    public void Apply(ItemAccepted e)
    {
        State = AcceptanceState.Accepted;
        Opinion = e.Opinion;
        AcceptedOn = e.By.At.ToTownDate();
        Steps.Add(new AcceptanceStep("验收通过", e.Opinion.Length == 0 ? null : e.Opinion, e.By));
    }

    public void Apply(RectificationRequired e)
    {
        State = AcceptanceState.Rectifying;
        Opinion = e.Opinion;
        RectifyBy = e.DueOn;
        Steps.Add(new AcceptanceStep($"提出整改意见，限 {e.DueOn:yyyy-MM-dd} 前整改", e.Opinion, e.By));
    }

    public void Apply(RectificationReported e)
    {
        State = AcceptanceState.RectificationReported;
        Rectifications.Add(new RectificationReport(e.Text, e.Files, e.Links, e.By));
        Steps.Add(new AcceptanceStep("报送整改情况", e.Text, e.By));
    }

    public void Apply(RectificationClosed e)
    {
        State = AcceptanceState.Accepted;
        AcceptedOn = e.By.At.ToTownDate();
        Steps.Add(new AcceptanceStep("确认整改完成，验收通过", e.Opinion.Length == 0 ? null : e.Opinion, e.By));
    }
}
