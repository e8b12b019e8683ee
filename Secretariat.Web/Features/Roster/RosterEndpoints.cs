using Microsoft.AspNetCore.Authorization;

namespace Secretariat.Web.Features.Roster;

public sealed record RosterPageModel(BodyKind Kind, BodyRoster? Body, AsOfDate AsOf);

public sealed record RosterHistoryPageModel(BodyKind Kind, BodyRoster? Body);

public sealed record UnitsPageModel(IReadOnlyList<BodyRoster> Bodies, IReadOnlyList<MemberUnit> Units, AsOfDate AsOf, string? Error,
    bool MayRegister);

public sealed record PersonPageModel(IReadOnlyList<(BodyKind Body, Tenure Tenure)> Tenures);

public static class RosterEndpoints
{
    public static void MapRosterPages(this RouteGroupBuilder group)
    {
        group.MapGet("/{body}", async (string body, string? asOf, HttpContext context, RosterQueries queries, TimeProvider time,
            CancellationToken ct) =>
        {
            var kind = Enum.GetValues<BodyKind>().Cast<BodyKind?>().FirstOrDefault(k => k!.Value.Slug() == body);
            if (kind is null) return Results.NotFound();
            var date = AsOfDate.Parse(asOf, time.Today());
            var roster = await queries.BodyAsync(kind.Value, ct);
            return PageResults.Page<RosterPage, RosterPageModel>(context, new RosterPageModel(kind.Value, roster, date));
        }).WithName("Roster");

        group.MapGet("/{body}/history", async (string body, HttpContext context, RosterQueries queries, CancellationToken ct) =>
        {
            var kind = Enum.GetValues<BodyKind>().Cast<BodyKind?>().FirstOrDefault(k => k!.Value.Slug() == body);
            if (kind is null) return Results.NotFound();
            var roster = await queries.BodyAsync(kind.Value, ct);
            return PageResults.Page<RosterHistoryPage, RosterHistoryPageModel>(context, new RosterHistoryPageModel(kind.Value, roster));
        });

        group.MapGet("/units", async (string? asOf, HttpContext context, RosterQueries queries, IAuthorizationService authorization,
            TimeProvider time, CancellationToken ct) =>
        {
            var date = AsOfDate.Parse(asOf, time.Today());
            var (bodies, units) = await queries.EverythingAsync(ct);
            // The form shows to whoever the registration endpoint's policy lets in.
            var mayRegister = context.User.Can(Capability.ManageRoster);
            return PageResults.Page<UnitsPage, UnitsPageModel>(context, new UnitsPageModel(bodies, units, date, null, mayRegister));
        });

        group.MapGet("/people/{personId:guid}", async (Guid personId, HttpContext context, RosterQueries queries, CancellationToken ct) =>
        {
            var (bodies, _) = await queries.EverythingAsync(ct);
            var tenures = bodies.SelectMany(b => b.Tenures.Where(t => t.PersonId == personId).Select(t => (Body: b.Kind, Tenure: t)))
                .OrderBy(x => x.Tenure.From).ThenBy(x => x.Body).ToList();
            if (tenures.Count == 0) return Results.NotFound();
            return PageResults.Page<PersonPage, PersonPageModel>(context, new PersonPageModel(tenures));
        });
    }
}
