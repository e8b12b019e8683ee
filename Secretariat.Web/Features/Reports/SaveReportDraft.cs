
namespace Secretariat.Web.Features.Reports;

public sealed record SaveReportDraft(Guid ReportId, int ExpectedVersion, IReadOnlyDictionary<string, string?> Sections,
    IReadOnlyDictionary<string, string?> Notes, Actor Actor);

public static class SaveReportDraftHandler
{
    /// <summary>
    /// Saved against the version the author saw: the decision refuses a save over a newer one; if two race, the commit's
    /// version check fails and the retried handler reads the newer version, so the decision refuses it then.
    /// </summary>
    public static (CommandResult, Events) Handle(SaveReportDraft command,
        [WriteAggregate(nameof(SaveReportDraft.ReportId), Required = false)] SemiannualReport? report, TimeProvider time)
    {
        var decision = ReportDecisions.SaveDraft(report, command.ExpectedVersion, command.Sections, command.Notes, command.Actor, time.GetUtcNow());
        return decision.Outcome;
    }
}

public static class SaveReportDraftEndpoint
{
    public static void MapSaveReportDraft(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/draft", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            if (!int.TryParse(form["version"], out var version))
                return await ReportPages.ReportAsync(context, session, id, null, "页面已过期，请重新载入。", StatusCodes.Status422UnprocessableEntity, ct, form);
            var sections = ReportSections.Written.ToDictionary(s => s.Key, s => (string?)form[$"Section_{s.Key}"].ToString());
            var notes = ReportFactSections.All.ToDictionary(s => s.Key, s => (string?)form[$"Note_{s.Key}"].ToString());
            var result = await bus.InvokeAsync<CommandResult>(new SaveReportDraft(id, version, sections, notes, actor), ct);
            return result.Succeeded
                ? PageResults.SeeOther(context, $"/reports/{id}")
                : await ReportPages.ReportAsync(context, session, id, null, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct, form);
        }).RequireCapability(Capability.WriteReports);
    }
}
