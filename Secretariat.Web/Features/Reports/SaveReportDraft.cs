using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Messaging;
using Secretariat.Web.Infrastructure.Web;
using Wolverine;

namespace Secretariat.Web.Features.Reports;

public sealed record SaveReportDraft(Guid ReportId, int ExpectedVersion, IReadOnlyDictionary<string, string?> Sections,
    IReadOnlyDictionary<string, string?> Notes, Actor Actor);

public static class SaveReportDraftHandler
{
    public static async Task<CommandResult> Handle(SaveReportDraft command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        // Saved against the version the author saw: a save over a newer one fails here or, if both race, at commit.
        var stream = await session.Events.FetchForWriting<SemiannualReport>(command.ReportId, command.ExpectedVersion, ct);
        return stream.Append(ReportDecisions.SaveDraft(stream.Aggregate, command.ExpectedVersion, command.Sections, command.Notes, command.Actor,
            time.GetUtcNow()));
    }
}

public static class SaveReportDraftEndpoint
{
    public static void MapSaveReportDraft(this IEndpointRouteBuilder app)
    {
        app.MapPost("/reports/{id:guid}/draft", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.WorkStation)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            if (!int.TryParse(form["version"], out var version))
                return await ReportPages.ReportAsync(context, session, id, null, "页面已过期，请重新载入。", StatusCodes.Status422UnprocessableEntity, ct, form);
            var sections = ReportSections.Written.ToDictionary(s => s.Key, s => (string?)form[$"Section_{s.Key}"].ToString());
            var notes = ReportFactSections.All.ToDictionary(s => s.Key, s => (string?)form[$"Note_{s.Key}"].ToString());
            var result = await bus.InvokeAsync(new SaveReportDraft(id, version, sections, notes, actor), ReportMessages.Stale, ct);
            return result.Succeeded
                ? PageResults.SeeOther(context, $"/reports/{id}")
                : await ReportPages.ReportAsync(context, session, id, null, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct, form);
        }).RequireAuthorization();
    }
}
