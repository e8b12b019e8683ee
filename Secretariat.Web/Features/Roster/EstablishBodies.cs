using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Roster;

/// <summary>
/// 成立: the office (or the 管理员) records the bodies' founding document (发文机关, 文号, 成文日期), e.g. the town's notice that sets
/// up the leading group with its office and the work station. The leading group's office is set up by the leading group's
/// document, so establishing the one establishes the other. Each becomes an act in the body's history.
/// </summary>
public sealed record EstablishBodies(IReadOnlyDictionary<BodyKind, string> Names, string Issuer, string Basis, DateOnly On, StepBy? By)
{
    /// <summary>The bodies to establish: the leading group brings its office.</summary>
    public IEnumerable<BodyKind> Bodies => Names.Keys.Order();
}

public static class EstablishBodiesHandler
{
    // Kept explicit: one document may start several body streams in one transaction (a second start of one fails the commit and retries).
    public static async Task<CommandResult> Handle(EstablishBodies command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var current = await session.LoadManyAsync<BodyRoster>(ct, command.Bodies.Select(RosterNames.BodyId).ToArray());
        return session.Append(RosterDecisions.EstablishAll(current.ToDictionary(b => b.Kind), command, time.Today()));
    }
}

public sealed record EstablishPageModel(IReadOnlyDictionary<BodyKind, BodyRoster?> Bodies, EstablishForm Form, DateOnly Today, string? Error = null, bool Saved = false)
{
    /// <summary>What the form offers: the leading group (with its office) and the work station, each while not established.</summary>
    public IReadOnlyList<BodyKind> Open => new[] { BodyKind.LeadingGroup, BodyKind.WorkStation }.Where(k => Bodies.GetValueOrDefault(k) is null).ToList();
}

/// <summary>The form as posted, parsed by hand so that bad input is a message in the page.</summary>
public sealed class EstablishForm
{
    public List<string> Body { get; set; } = [];
    public string? LeadingGroupName { get; set; }
    public string? SecretariatName { get; set; }
    public string? WorkStationName { get; set; }
    public string? Issuer { get; set; }
    public string? Basis { get; set; }
    public string? On { get; set; }

    public static EstablishForm For(TownProfile town, IEnumerable<BodyKind> open) => new()
    {
        Body = open.Select(k => k.ToString()).ToList(), LeadingGroupName = town.LeadingGroupIssuer, SecretariatName = town.OfficeIssuer,
        WorkStationName = town.StationIssuer, Issuer = town.FullName
    };

    public (EstablishBodies? Command, string? Problem) ToCommand(StepBy by)
    {
        var chosen = Body.Select(b => Enum.TryParse<BodyKind>(b, out var kind) && kind is BodyKind.LeadingGroup or BodyKind.WorkStation ? kind : (BodyKind?)null).ToList();
        if (chosen.Count == 0 || chosen.Any(k => k is null)) return (null, "请选择要成立的机构（领导小组及其办公室、未成年人保护工作站）。");
        if (string.IsNullOrWhiteSpace(Issuer)) return (null, "请填写发文机关（如 某某镇人民政府）。");
        if (string.IsNullOrWhiteSpace(Basis)) return (null, "请填写成立依据（文件文号）。");
        if (!DateOnly.TryParseExact(On?.Trim(), "yyyy-MM-dd", out var on)) return (null, "请按 年-月-日 填写成文日期（如 2022-01-28）。");
        var names = new Dictionary<BodyKind, string>();
        foreach (var kind in chosen.OfType<BodyKind>().Distinct())
        {
            if (kind == BodyKind.LeadingGroup)
            {
                names[BodyKind.LeadingGroup] = LeadingGroupName ?? "";
                names[BodyKind.Secretariat] = SecretariatName ?? "";
            }
            else names[kind] = WorkStationName ?? "";
        }
        return (new EstablishBodies(names, Issuer, Basis, on, by), null);
    }
}

public static class EstablishBodiesEndpoint
{
    public static void MapEstablishBodies(this RouteGroupBuilder group)
    {
        group.MapGet("/establish", async (HttpContext context, RosterQueries queries, TimeProvider time, CancellationToken ct) =>
        {
            var bodies = await BodiesAsync(queries, ct);
            var model = new EstablishPageModel(bodies, new EstablishForm(), time.Today(), Saved: context.Request.Query.ContainsKey("saved"));
            return PageResults.Page<EstablishPage, EstablishPageModel>(context, model with { Form = EstablishForm.For(context.RequiredTown(), model.Open) });
        }).RequireCapability(Capability.EstablishBodies);

        group.MapPost("/establish", async ([FromForm] EstablishForm? form, HttpContext context, RosterQueries queries, IMessageBus bus, TimeProvider time,
            CancellationToken ct) =>
        {
            form ??= new EstablishForm();
            // The form binder leaves a list it found no field for null (a multipart post without Body answered 500; found by FuzzTests).
            form.Body ??= [];
            var (command, problem) = form.ToCommand(StepBy.Of(context.User.Actor(), time.GetUtcNow()));
            if (command is not null)
            {
                var result = await bus.InvokeAsync<CommandResult>(command, ct);
                if (result.Succeeded) return PageResults.SeeOther(context, "/roster/establish?saved=1");
                problem = result.Refusal;
            }
            return PageResults.Page<EstablishPage, EstablishPageModel>(context, new EstablishPageModel(await BodiesAsync(queries, ct), form, time.Today(), problem),
                StatusCodes.Status422UnprocessableEntity);
        }).RequireCapability(Capability.EstablishBodies);
    }

    private static async Task<IReadOnlyDictionary<BodyKind, BodyRoster?>> BodiesAsync(RosterQueries queries, CancellationToken ct)
    {
        var (bodies, _) = await queries.EverythingAsync(ct);
        return Enum.GetValues<BodyKind>().ToDictionary(k => k, k => bodies.FirstOrDefault(b => b.Kind == k));
    }
}
