namespace Secretariat.Web.Features.Campaigns;

/// <summary>A unit's evidence for a task item: files, a text and frozen links (stored beside the event when the decision accepts it).</summary>
/// <param name="KeepPrevious">The new version keeps the previous version's files and links (a unit adds what was missing).</param>
public sealed record SubmitEvidence(Guid CampaignId, Guid ItemId, Guid UnitId, string? Text, IReadOnlyList<EvidenceFile> Files,
    IReadOnlyList<FrozenRecord> Links, bool KeepPrevious, Actor Actor);

/// <summary>A unit's answer to a negative-list item: a zero report or a report that something happened.</summary>
public sealed record AnswerNegativeItem(Guid CampaignId, Guid ItemId, Guid UnitId, NegativeAnswer? Answer, string? Text, string? Signatory, Actor Actor);

public static class SubmitEvidenceHandler
{
    // Explicit: reads the campaign, the unit and the item's acceptance beside the unit's stream, and stores the files and frozen records.
    public static async Task<CommandResult> Handle(SubmitEvidence command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var (campaign, unit, acceptance, stream) = await LoadAsync(session, command.CampaignId, command.ItemId, command.UnitId, ct);
        if (campaign is null) return CommandResult.Refused(CampaignDecisions.NotFound);
        var decided = CampaignDecisions.Submit(campaign, campaign.Item(command.ItemId), unit, stream.Aggregate, acceptance, command.Text,
            command.Files.Select(EvidenceUploads.Info).ToList(), command.Links.Select(RecordLinks.Info).ToList(), command.Actor, time.GetUtcNow(),
            command.KeepPrevious);
        if (!decided.IsRefused) session.Store<object>([.. command.Files, .. command.Links]);
        return stream.Append(decided);
    }

    public static async Task<CommandResult> Handle(AnswerNegativeItem command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var (campaign, unit, acceptance, stream) = await LoadAsync(session, command.CampaignId, command.ItemId, command.UnitId, ct);
        if (campaign is null) return CommandResult.Refused(CampaignDecisions.NotFound);
        return stream.Append(CampaignDecisions.Answer(campaign, campaign.Item(command.ItemId), unit, stream.Aggregate, acceptance, command.Answer,
            command.Text, command.Signatory, command.Actor, time.GetUtcNow()));
    }

    private static async Task<(Campaign?, MemberUnit?, ItemAcceptance?, JasperFx.Events.IEventStream<UnitEvidence>)> LoadAsync(IDocumentSession session,
        Guid campaignId, Guid itemId, Guid unitId, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(campaignId, ct);
        var unit = await session.LoadAsync<MemberUnit>(unitId, ct);
        var acceptance = await session.LoadAsync<ItemAcceptance>(CampaignIds.Acceptance(campaignId, itemId), ct);
        var stream = await session.Events.FetchForWriting<UnitEvidence>(CampaignIds.Evidence(campaignId, itemId, unitId), ct);
        return (campaign, unit, acceptance, stream);
    }
}

/// <summary>The station's or office's 初审 of the version it saw; the app's own count check is run and kept beside the decision.</summary>
public sealed record ReviewEvidence(Guid CampaignId, Guid ItemId, Guid UnitId, int? SeenVersion, bool Pass, string? Reason, DateOnly? ResubmitBy,
    Actor Actor);

public static class ReviewEvidenceHandler
{
    // Explicit: the check reads meetings or the coverage table, outside the unit's stream.
    public static async Task<CommandResult> Handle(ReviewEvidence command, IDocumentSession session, RecordChecks checks, TimeProvider time, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(command.CampaignId, ct);
        if (campaign?.Item(command.ItemId) is not { } item) return CommandResult.Refused(campaign is null ? CampaignDecisions.NotFound : CampaignDecisions.ItemNotFound);
        var now = time.GetUtcNow();
        var stream = await session.Events.FetchForWriting<UnitEvidence>(CampaignIds.Evidence(campaign.Id, item.Id, command.UnitId), ct);
        var acceptance = await session.LoadAsync<ItemAcceptance>(CampaignIds.Acceptance(campaign.Id, item.Id), ct);
        var check = await checks.RunAsync(session, campaign, item, now.ToTownDate(), ct);
        var decided = CampaignDecisions.Review(item, stream.Aggregate, acceptance, command.SeenVersion, command.Pass, command.Reason,
            command.ResubmitBy, check?.Recorded, command.Actor, now);
        if (decided.Refusal is null) stream.AppendMany([.. decided.Events]);
        return decided.Result;
    }
}
