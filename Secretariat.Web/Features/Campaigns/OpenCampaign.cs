namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// Opens a campaign in the request's town with its items (the district issuing its template to a town, or the notice's sample): the
/// items' units are resolved against the town's member units by name (附件2's 各村居 is every village and community).
/// </summary>
public sealed record OpenCampaign(Guid CampaignId, string? Title, string? Basis, CampaignSchedule? Schedule, IReadOnlyList<ItemDraft> Items,
    IReadOnlyDictionary<string, string>? UnitAliases, Guid? DistrictCampaignId, Actor Actor);

public static class OpenCampaignHandler
{
    // Explicit: the stream is started with many events, after reading the town's units.
    public static async Task<CommandResult> Handle(OpenCampaign command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var exists = await session.Events.FetchStreamStateAsync(command.CampaignId, ct) is not null;
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        var decided = CampaignDecisions.Open(exists, command.CampaignId, command.Title, command.Basis, command.Schedule, command.Items, units,
            command.UnitAliases, command.DistrictCampaignId, command.Actor, time.GetUtcNow());
        if (decided.Refusal is null) session.Events.StartStream<Campaign>(command.CampaignId, [.. decided.Events]);
        return decided.Result;
    }
}
