
namespace Secretariat.Web.Features.Roster;

public sealed record RegisterMemberUnit(Guid UnitId, string Name, UnitKind Kind, int SortOrder);

public static class RegisterMemberUnitHandler
{
    public static async Task<(CommandResult, Events)> Handle(RegisterMemberUnit command,
        [WriteAggregate(nameof(RegisterMemberUnit.UnitId), Required = false)] MemberUnit? existing, IDocumentSession session, CancellationToken ct)
    {
        var all = await session.Query<MemberUnit>().ToListAsync(ct);
        var decision = RosterDecisions.RegisterUnit(existing, all, command);
        return decision.Outcome;
    }
}

public static class RegisterMemberUnitEndpoint
{
    /// <summary>The office registers a new village/community or unit (e.g. after a merger of villages).</summary>
    public static void MapRegisterMemberUnit(this RouteGroupBuilder group)
    {
        group.MapPost("/units", async (HttpContext context, RosterQueries queries, IMessageBus bus, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            string? problem = null;
            if (!Enum.TryParse<UnitKind>(form["Kind"], out var kind) || !Enum.IsDefined(kind)) problem = "请选择单位类别。";
            else
            {
                var (_, units) = await queries.EverythingAsync(ct);
                var order = units.Count == 0 ? 1 : units.Max(u => u.SortOrder) + 1;
                var result = await bus.InvokeAsync<CommandResult>(new RegisterMemberUnit(Guid.NewGuid(), form["Name"].ToString(), kind, order), ct);
                if (result.Succeeded) return PageResults.SeeOther(context, "/roster/units");
                problem = result.Refusal;
            }
            var (bodies, all) = await queries.EverythingAsync(ct);
            return PageResults.Page<UnitsPage, UnitsPageModel>(context,
                new UnitsPageModel(bodies, all, AsOfDate.Parse(null, time.Today()), problem, MayRegister: true),
                StatusCodes.Status422UnprocessableEntity);
        }).RequireCapability(Capability.ManageRoster);
    }
}
