using Secretariat.Web.Infrastructure.Time;
using Secretariat.Web.Infrastructure.Web;

namespace Secretariat.Web.Features.Roster;

public static class RosterEndpoints
{
    public static void MapRosterPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/roster").RequireAuthorization();

        group.MapGet("/{body}", async (string body, string? asOf, HttpContext context, RosterQueries queries, TimeProvider time,
            CancellationToken ct) =>
        {
            var kind = Enum.GetValues<BodyKind>().Cast<BodyKind?>().FirstOrDefault(k => k!.Value.Slug() == body);
            if (kind is null) return Results.NotFound();
            var date = AsOfDate.Parse(asOf, time.Today());
            var roster = await queries.BodyAsync(kind.Value, ct);
            return PageResults.Page<RosterPage>(context, new { Kind = kind.Value, Body = roster, AsOf = date });
        }).WithName("Roster");

        group.MapGet("/{body}/history", async (string body, HttpContext context, RosterQueries queries, CancellationToken ct) =>
        {
            var kind = Enum.GetValues<BodyKind>().Cast<BodyKind?>().FirstOrDefault(k => k!.Value.Slug() == body);
            if (kind is null) return Results.NotFound();
            var roster = await queries.BodyAsync(kind.Value, ct);
            return PageResults.Page<RosterHistoryPage>(context, new { Kind = kind.Value, Body = roster });
        });

        group.MapGet("/units", async (string? asOf, HttpContext context, RosterQueries queries, TimeProvider time, CancellationToken ct) =>
        {
            var date = AsOfDate.Parse(asOf, time.Today());
            var (bodies, units) = await queries.EverythingAsync(ct);
            return PageResults.Page<UnitsPage>(context, new
            {
                Bodies = bodies, Units = units, AsOf = date, Error = (string?)null,
                MayRegister = Accounts.CurrentUser.Actor(context.User).Is(Roles.Secretariat)
            });
        });

        group.MapGet("/people/{personId:guid}", async (Guid personId, HttpContext context, RosterQueries queries, CancellationToken ct) =>
        {
            var (bodies, _) = await queries.EverythingAsync(ct);
            var tenures = bodies.SelectMany(b => b.Tenures.Where(t => t.PersonId == personId).Select(t => (Body: b.Kind, Tenure: t)))
                .OrderBy(x => x.Tenure.From).ThenBy(x => x.Body).ToList();
            if (tenures.Count == 0) return Results.NotFound();
            return PageResults.Page<PersonPage>(context, new { Tenures = tenures });
        });
    }
}
