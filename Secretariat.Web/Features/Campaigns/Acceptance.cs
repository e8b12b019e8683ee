namespace Secretariat.Web.Features.Campaigns;

public sealed record AcceptItem(Guid CampaignId, Guid ItemId, string? Opinion, Actor Actor);

public sealed record RequireRectification(Guid CampaignId, Guid ItemId, string? Opinion, DateOnly? DueOn, Actor Actor);

public sealed record ReportRectification(Guid CampaignId, Guid ItemId, string? Text, IReadOnlyList<EvidenceFile> Files, IReadOnlyList<FrozenRecord> Links,
    Actor Actor);

public sealed record CloseRectification(Guid CampaignId, Guid ItemId, string? Opinion, Actor Actor);

/// <summary>区验收 (六(四)): the district's acceptance of each item in the town's tenant, and the town's rectification to closure.</summary>
public static class AcceptanceHandler
{
    // Explicit (all four): the item lives in the campaign's stream and the units' evidence in theirs; the acceptance is its own stream.
    public static async Task<CommandResult> Handle(AcceptItem command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var (campaign, evidence, stream) = await LoadAsync(session, command.CampaignId, command.ItemId, ct);
        if (campaign is null) return CommandResult.Refused(CampaignDecisions.NotFound);
        return stream.Append(CampaignDecisions.Accept(campaign, campaign.Item(command.ItemId), stream.Aggregate, evidence, command.Opinion,
            command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(RequireRectification command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var (campaign, evidence, stream) = await LoadAsync(session, command.CampaignId, command.ItemId, ct);
        if (campaign is null) return CommandResult.Refused(CampaignDecisions.NotFound);
        return stream.Append(CampaignDecisions.RequireRectification(campaign, campaign.Item(command.ItemId), stream.Aggregate, evidence,
            command.Opinion, command.DueOn, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(ReportRectification command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(command.CampaignId, ct);
        if (campaign is null) return CommandResult.Refused(CampaignDecisions.NotFound);
        var stream = await session.Events.FetchForWriting<ItemAcceptance>(CampaignIds.Acceptance(command.CampaignId, command.ItemId), ct);
        var decided = CampaignDecisions.ReportRectification(campaign.Item(command.ItemId), stream.Aggregate, command.Text,
            command.Files.Select(EvidenceUploads.Info).ToList(), command.Links.Select(RecordLinks.Info).ToList(), command.Actor, time.GetUtcNow());
        if (!decided.IsRefused) session.Store<object>([.. command.Files, .. command.Links]);
        return stream.Append(decided);
    }

    public static async Task<CommandResult> Handle(CloseRectification command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(command.CampaignId, ct);
        if (campaign is null) return CommandResult.Refused(CampaignDecisions.NotFound);
        var stream = await session.Events.FetchForWriting<ItemAcceptance>(CampaignIds.Acceptance(command.CampaignId, command.ItemId), ct);
        return stream.Append(CampaignDecisions.CloseRectification(campaign.Item(command.ItemId), stream.Aggregate, command.Opinion, command.Actor,
            time.GetUtcNow()));
    }

    private static async Task<(Campaign?, IReadOnlyList<UnitEvidence>, JasperFx.Events.IEventStream<ItemAcceptance>)> LoadAsync(
        IDocumentSession session, Guid campaignId, Guid itemId, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(campaignId, ct);
        var evidence = await session.Query<UnitEvidence>().Where(e => e.CampaignId == campaignId && e.ItemId == itemId).ToListAsync(ct);
        var stream = await session.Events.FetchForWriting<ItemAcceptance>(CampaignIds.Acceptance(campaignId, itemId), ct);
        return (campaign, evidence, stream);
    }
}
