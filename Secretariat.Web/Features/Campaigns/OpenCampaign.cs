namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// Opens a campaign in the request's town with its items (the district issuing its template to a town, or the notice's sample): the
/// items' units are resolved against the town's member units by name (附件2's 各村居 is every village and community).
/// </summary>
public sealed record OpenCampaign(Guid CampaignId, string? Title, string? Basis, CampaignSchedule? Schedule, IReadOnlyList<ItemDraft> Items,
    IReadOnlyDictionary<string, string>? UnitAliases, Guid? DistrictCampaignId, Actor Actor);

public static class OpenCampaignHandler
{
    /// <summary>The campaign's id is the command's: no stream yet, so its events start it (a campaign already there is refused).</summary>
    public static async Task<(CommandResult, Events)> Handle(OpenCampaign command, [WriteAggregate(Required = false)] Campaign? existing,
        IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        return CampaignDecisions.Open(existing is not null, command.CampaignId, command.Title, command.Basis, command.Schedule, command.Items, units,
            command.UnitAliases, command.DistrictCampaignId, command.Actor, time.GetUtcNow()).Outcome;
    }
}
