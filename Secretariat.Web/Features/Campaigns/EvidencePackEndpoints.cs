namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// The evidence pack's downloads: the town's office (<c>/t/{town}/campaigns/{id}/pack.zip</c>, files with minors' information withheld)
/// and the district's reviewers (<c>/district/campaigns/{town}/{id}/pack.zip</c>, everything, each flagged file's read logged in the town).
/// </summary>
public static class EvidencePackEndpoints
{
    public static void MapEvidencePack(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/pack.zip", async (Guid id, HttpContext context, IQuerySession session, RecordChecks checks, TimeProvider time,
            CancellationToken ct) =>
        {
            var contents = await EvidencePack.LoadAsync(session, checks, id, context.RequiredTown(), PackAudience.Town, time.GetUtcNow(), ct);
            return contents is null ? Results.NotFound() : EvidencePack.Result(context, session, contents, null);
        }).RequireCapability(Capability.ManageCampaigns);

    public static void MapDistrictEvidencePack(this RouteGroupBuilder group) =>
        group.MapGet("/{town}/{id:guid}/pack.zip", async (string town, Guid id, HttpContext context, IDocumentStore store, TownDirectory directory,
            RecordChecks checks, TimeProvider time, CancellationToken ct) =>
        {
            if (!TownCodes.IsValid(town) || await directory.FindAsync(town, ct) is not { } profile) return Results.NotFound();
            // The session outlives the handler: the zip is written after it returns.
            var session = store.QuerySession(town);
            context.Response.RegisterForDisposeAsync(session);
            var contents = await EvidencePack.LoadAsync(session, checks, id, profile, PackAudience.District, time.GetUtcNow(), ct);
            return contents is null
                ? Results.NotFound()
                : EvidencePack.Result(context, session, contents, EvidencePack.LogReads(context, store, town, contents.Campaign));
        }).RequireCapability(Capability.RunDistrictCampaigns);
}
