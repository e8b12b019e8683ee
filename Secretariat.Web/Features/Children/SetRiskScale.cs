namespace Secretariat.Web.Features.Children;

/// <summary>The station sets the town's risk scale: each level's meaning and visit interval, and the retention after 18.</summary>
public sealed record SetRiskScale(IReadOnlyList<(RiskLevel Level, string? Meaning, int? Days)> Levels, int? RetentionYears, Actor Actor);

public sealed record RiskScalePageModel(RiskScale Scale, IReadOnlyDictionary<string, string[]> Values, string? Error);

public static class SetRiskScaleHandler
{
    public static async Task<CommandResult> Handle(SetRiskScale command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<RiskScale>(RiskScale.StreamId, ct);
        var decision = ChildDecisions.SetScale(command.Levels, command.RetentionYears, command.Actor, time.GetUtcNow());
        if (decision.Event is { } e) stream.AppendOne(e);
        return decision.Result;
    }
}

public static class SetRiskScaleEndpoint
{
    public static void MapSetRiskScale(this RouteGroupBuilder group)
    {
        // The scale is the town's rule (附件2 第28项), read by everyone; only the station changes it.
        group.MapGet("/scale", async (HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var scale = await RiskScale.LoadAsync(session, ct);
            return PageResults.Page<RiskScalePage, RiskScalePageModel>(context, new(scale, ValuesOf(scale), null));
        });

        group.MapPost("/scale", async (HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var levels = Enum.GetValues<RiskLevel>().Select(l => (l, (string?)form[$"Meaning{l}"].ToString(),
                int.TryParse(form[$"Days{l}"], out var days) ? days : (int?)null)).ToList();
            var retention = int.TryParse(form["RetentionYears"], out var years) ? years : (int?)null;
            var result = await bus.InvokeAsync<CommandResult>(new SetRiskScale(levels, retention, context.User.Actor()), ct);
            if (!result.Succeeded)
                return PageResults.Page<RiskScalePage, RiskScalePageModel>(context, new(await RiskScale.LoadAsync(session, ct), ChildForm.Of(form), result.Refusal),
                    StatusCodes.Status422UnprocessableEntity);
            return SavedFlash.SeeOther(context, "/children/scale", "scale");
        }).RequireCapability(Capability.KeepChildRegisters);
    }

    private static Dictionary<string, string[]> ValuesOf(RiskScale scale)
    {
        var values = scale.Levels.SelectMany(l => new[]
        {
            new KeyValuePair<string, string[]>($"Meaning{l.Level}", [l.Meaning]), new($"Days{l.Level}", [l.VisitEveryDays.ToString()])
        }).ToDictionary();
        values["RetentionYears"] = [scale.RetentionYears.ToString()];
        return values;
    }
}
