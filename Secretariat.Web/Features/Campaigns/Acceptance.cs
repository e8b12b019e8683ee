namespace Secretariat.Web.Features.Campaigns;

public sealed record AcceptItem(Guid CampaignId, Guid ItemId, string? Opinion, Actor Actor)
{
    public Guid ItemAcceptanceId => CampaignIds.Acceptance(CampaignId, ItemId);
}

public sealed record RequireRectification(Guid CampaignId, Guid ItemId, string? Opinion, DateOnly? DueOn, Actor Actor)
{
    public Guid ItemAcceptanceId => CampaignIds.Acceptance(CampaignId, ItemId);
}

public sealed record ReportRectification(Guid CampaignId, Guid ItemId, string? Text, IReadOnlyList<StoredFile> Files, IReadOnlyList<FrozenRecord> Links,
    Actor Actor)
{
    public Guid ItemAcceptanceId => CampaignIds.Acceptance(CampaignId, ItemId);
}

public sealed record CloseRectification(Guid CampaignId, Guid ItemId, string? Opinion, Actor Actor)
{
    public Guid ItemAcceptanceId => CampaignIds.Acceptance(CampaignId, ItemId);
}

/// <summary>
/// 区验收 (六(四)): the district's acceptance of each item in the town's tenant, and the town's rectification to closure. The item's
/// acceptance is the stream written (its id from the command's campaign and item); the campaign is read beside it.
/// </summary>
public static class AcceptanceHandler
{
    public static async Task<(CommandResult, Events)> Handle(AcceptItem command, [WriteAggregate(Required = false)] ItemAcceptance? acceptance,
        [ReadAggregate(Required = false)] Campaign? campaign, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var evidence = await EvidenceAsync(session, command.CampaignId, command.ItemId, ct);
        return Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.Accept(c, c.Item(command.ItemId), acceptance, evidence,
            command.Opinion, command.Actor, time.GetUtcNow()));
    }

    public static async Task<(CommandResult, Events)> Handle(RequireRectification command,
        [WriteAggregate(Required = false)] ItemAcceptance? acceptance, [ReadAggregate(Required = false)] Campaign? campaign, IDocumentSession session,
        TimeProvider time, CancellationToken ct)
    {
        var evidence = await EvidenceAsync(session, command.CampaignId, command.ItemId, ct);
        return Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.RequireRectification(c, c.Item(command.ItemId), acceptance,
            evidence, command.Opinion, command.DueOn, command.Actor, time.GetUtcNow()));
    }

    /// <summary>The rectification's files and frozen records are stored beside its event, only when the decision accepts it.</summary>
    public static (CommandResult, Events) Handle(ReportRectification command, [WriteAggregate(Required = false)] ItemAcceptance? acceptance,
        [ReadAggregate(Required = false)] Campaign? campaign, IDocumentSession session, TimeProvider time)
    {
        var (result, events) = Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.ReportRectification(c.Item(command.ItemId),
            acceptance, command.Text, command.Files.Select(EvidenceUploads.Info).ToList(), command.Links.Select(RecordLinks.Info).ToList(),
            command.Actor, time.GetUtcNow()));
        if (result.Succeeded) session.Store<object>([.. command.Files, .. command.Links]);
        return (result, events);
    }

    public static (CommandResult, Events) Handle(CloseRectification command, [WriteAggregate(Required = false)] ItemAcceptance? acceptance,
        [ReadAggregate(Required = false)] Campaign? campaign, TimeProvider time) =>
        Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.CloseRectification(c.Item(command.ItemId), acceptance,
            command.Opinion, command.Actor, time.GetUtcNow()));

    private static async Task<IReadOnlyList<UnitEvidence>> EvidenceAsync(IQuerySession session, Guid campaignId, Guid itemId, CancellationToken ct) =>
        await session.Query<UnitEvidence>().Where(e => e.CampaignId == campaignId && e.ItemId == itemId).ToListAsync(ct);
}
