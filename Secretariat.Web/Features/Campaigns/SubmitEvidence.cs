namespace Secretariat.Web.Features.Campaigns;

/// <summary>A unit's evidence for a task item: files, a text and frozen links (stored beside the event when the decision accepts it).</summary>
/// <param name="KeepPrevious">The new version keeps the previous version's files and links (a unit adds what was missing).</param>
public sealed record SubmitEvidence(Guid CampaignId, Guid ItemId, Guid UnitId, string? Text, IReadOnlyList<StoredFile> Files,
    IReadOnlyList<FrozenRecord> Links, bool KeepPrevious, Actor Actor)
{
    public Guid UnitEvidenceId => CampaignIds.Evidence(CampaignId, ItemId, UnitId);
}

/// <summary>A unit's answer to a negative-list item: a zero report or a report that something happened.</summary>
public sealed record AnswerNegativeItem(Guid CampaignId, Guid ItemId, Guid UnitId, NegativeAnswer? Answer, string? Text, string? Signatory, Actor Actor)
{
    public Guid UnitEvidenceId => CampaignIds.Evidence(CampaignId, ItemId, UnitId);
}

/// <summary>
/// A unit's evidence for an item is the stream written (its id from the command's campaign, item and unit); the campaign is read beside
/// it, and the unit and the item's acceptance are loaded for the decision.
/// </summary>
public static class SubmitEvidenceHandler
{
    public static async Task<(CommandResult, Events)> Handle(SubmitEvidence command, [WriteAggregate(Required = false)] UnitEvidence? evidence,
        [ReadAggregate(Required = false)] Campaign? campaign, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var (unit, acceptance) = await UnitAndAcceptanceAsync(session, command.CampaignId, command.ItemId, command.UnitId, ct);
        var (result, events) = Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.Submit(c, c.Item(command.ItemId), unit,
            evidence, acceptance, command.Text, command.Files.Select(EvidenceUploads.Info).ToList(), command.Links.Select(RecordLinks.Info).ToList(),
            command.Actor, time.GetUtcNow(), command.KeepPrevious));
        if (result.Succeeded) session.Store<object>([.. command.Files, .. command.Links]);
        return (result, events);
    }

    public static async Task<(CommandResult, Events)> Handle(AnswerNegativeItem command, [WriteAggregate(Required = false)] UnitEvidence? evidence,
        [ReadAggregate(Required = false)] Campaign? campaign, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var (unit, acceptance) = await UnitAndAcceptanceAsync(session, command.CampaignId, command.ItemId, command.UnitId, ct);
        return Decisions.On(campaign, CampaignDecisions.NotFound, c => CampaignDecisions.Answer(c, c.Item(command.ItemId), unit, evidence, acceptance,
            command.Answer, command.Text, command.Signatory, command.Actor, time.GetUtcNow()));
    }

    private static async Task<(MemberUnit?, ItemAcceptance?)> UnitAndAcceptanceAsync(IQuerySession session, Guid campaignId, Guid itemId, Guid unitId,
        CancellationToken ct) =>
        (await session.LoadAsync<MemberUnit>(unitId, ct), await session.LoadAsync<ItemAcceptance>(CampaignIds.Acceptance(campaignId, itemId), ct));
}

/// <summary>The station's or office's 初审 of the version it saw; the app's own count check is run and kept beside the decision.</summary>
public sealed record ReviewEvidence(Guid CampaignId, Guid ItemId, Guid UnitId, int? SeenVersion, bool Pass, string? Reason, DateOnly? ResubmitBy,
    Actor Actor)
{
    public Guid UnitEvidenceId => CampaignIds.Evidence(CampaignId, ItemId, UnitId);
}

public static class ReviewEvidenceHandler
{
    /// <summary>The check reads meetings or the coverage table, outside the unit's stream.</summary>
    public static async Task<(CommandResult, Events)> Handle(ReviewEvidence command, [WriteAggregate(Required = false)] UnitEvidence? evidence,
        [ReadAggregate(Required = false)] Campaign? campaign, IDocumentSession session, RecordChecks checks, TimeProvider time, CancellationToken ct)
    {
        if (campaign?.Item(command.ItemId) is not { } item)
            return (CommandResult.Refused(campaign is null ? CampaignDecisions.NotFound : CampaignDecisions.ItemNotFound), []);
        var now = time.GetUtcNow();
        var acceptance = await session.LoadAsync<ItemAcceptance>(CampaignIds.Acceptance(campaign.Id, item.Id), ct);
        var check = await checks.RunAsync(session, campaign, item, now.ToTownDate(), ct);
        return CampaignDecisions.Review(item, evidence, acceptance, command.SeenVersion, command.Pass, command.Reason, command.ResubmitBy,
            check?.Recorded, command.Actor, now).Outcome;
    }
}
