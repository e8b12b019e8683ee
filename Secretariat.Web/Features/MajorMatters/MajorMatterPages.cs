using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.MajorMatters;

/// <summary>A report as a list shows it: the town it came from (the district's inbox) and where its page is.</summary>
public sealed record MajorMatterRow(string Town, string TownName, MajorMatterReport Report, string Link);

public sealed record MajorMattersPageModel(IReadOnlyList<MajorMatterRow> Rows, DateOnly Today, bool District);

/// <summary>
/// The chain of one report, for the town (its office acts on the instruction) and for the district (it signs for the report and
/// gives the instruction): <see cref="ActionBase"/> is where the page's forms post, <see cref="TownBase"/> the town's pages.
/// </summary>
public sealed record MajorMatterPageModel(MajorMatterReport Report, string TownName, string TownBase, string ActionBase, bool District,
    DateOnly Today, Actor Actor, IReadOnlyList<MemberUnit> Units, string? Error, IFormCollection? Unsaved);

public static class MajorMatterPages
{
    public const string DistrictPath = "/district/major-matters";

    public static DateOnly? Day(string? raw) => TownClock.ParseDay(raw);

    /// <summary>The town's reports and each report's page; the office reports, and acts on the instruction (the group reads).</summary>
    public static void MapTownMajorMatters(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown();
            var reports = await session.Query<MajorMatterReport>().OrderByDescending(r => r.Year).ThenByDescending(r => r.Sequence).ToListAsync(ct);
            var rows = reports.Select(r => new MajorMatterRow(town.Id, town.TownName, r, $"{context.Request.PathBase}/major-matters/{r.Id}")).ToList();
            return PageResults.Page<MajorMattersPage, MajorMattersPageModel>(context, new(rows, time.Today(), false));
        });

        group.MapPost("", async (HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            if (!Guid.TryParse(form["ResolutionId"], out var resolutionId) || await session.LoadAsync<Resolution>(resolutionId, ct) is null)
                return Results.NotFound();
            var reportId = Guid.CreateVersion7();
            var result = await bus.InvokeAsync<CommandResult>(new ReportMajorMatter(reportId, resolutionId, form["Text"], context.User.Actor()), ct);
            return result.Succeeded
                ? PageResults.SeeOther(context, $"/major-matters/{reportId}")
                : await MeetingPages.ResolutionAsync(context, session, resolutionId, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.ReportMajorMatters);

        group.MapGet("/{id:guid}", (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            TownPageAsync(context, session, id, null, null, StatusCodes.Status200OK, ct));

        // The report as the official document the district receives (print view, A4), and its Word copy.
        group.MapGet("/{id:guid}/print", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<MajorMatterReport>(id, ct) is { } report
                ? PageResults.Page<MajorMatterPrintPage, MajorMatterPrintPageModel>(context, new(report, context.Request.PathBase.Value ?? ""))
                : Results.NotFound());

        group.MapGet("/{id:guid}/report.docx", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await session.LoadAsync<MajorMatterReport>(id, ct) is { } report
                ? OfficialDocx.File(MajorMatterDocuments.Report(report, context.RequiredTown()))
                : Results.NotFound());

        group.MapPost("/{id:guid}/progress", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            TownActAsync(context, session, bus, id, form => new ReportInstructionProgress(id, form["Text"], form["Unit"], context.User.Actor()), ct))
            .RequireCapability(Capability.ReportMajorMatters);

        group.MapPost("/{id:guid}/done", (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
            TownActAsync(context, session, bus, id, form => new CompleteInstruction(id, form["Evidence"], context.User.Actor()), ct))
            .RequireCapability(Capability.ReportMajorMatters);
    }

    private static async Task<IResult> TownActAsync(HttpContext context, IQuerySession session, IMessageBus bus, Guid id,
        Func<IFormCollection, object> command, CancellationToken ct)
    {
        if (await session.LoadAsync<MajorMatterReport>(id, ct) is null) return Results.NotFound();
        var form = await context.Request.ReadFormAsync(ct);
        var result = await bus.InvokeAsync<CommandResult>(command(form), ct);
        return result.Succeeded
            ? PageResults.SeeOther(context, $"/major-matters/{id}")
            : await TownPageAsync(context, session, id, result.Refusal, form, StatusCodes.Status422UnprocessableEntity, ct);
    }

    private static async Task<IResult> TownPageAsync(HttpContext context, IQuerySession session, Guid id, string? error, IFormCollection? unsaved,
        int status, CancellationToken ct)
    {
        var report = await session.LoadAsync<MajorMatterReport>(id, ct);
        if (report is null) return Results.NotFound();
        var town = context.RequiredTown();
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(u => u.SortOrder).ToList();
        var townBase = context.Request.PathBase.Value ?? "";
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        return PageResults.Page<MajorMatterPage, MajorMatterPageModel>(context, new(report, town.TownName, townBase,
            $"{townBase}/major-matters/{id}", false, today, context.User.Actor(), units, error, unsaved), status);
    }

    /// <summary>The district's inbox across its towns (each read in its own tenant), each report's chain, 签收 and 批示.</summary>
    public static void MapDistrictMajorMatters(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IDocumentStore store, TownDirectory directory, TimeProvider time, CancellationToken ct) =>
        {
            var rows = new List<MajorMatterRow>();
            foreach (var town in await directory.AllAsync(ct))
            {
                await using var session = store.QuerySession(town.Id);
                var reports = await session.Query<MajorMatterReport>().ToListAsync(ct);
                rows.AddRange(reports.Select(r => new MajorMatterRow(town.Id, town.TownName, r, $"{DistrictPath}/{town.Id}/{r.Id}")));
            }
            // What waits for the district first (not signed for), then the newest.
            var ordered = rows.OrderBy(r => r.Report.IsSignedFor).ThenByDescending(r => r.Report.ReportedBy.At).ToList();
            return PageResults.Page<MajorMattersPage, MajorMattersPageModel>(context, new(ordered, time.Today(), true));
        });

        group.MapGet("/{town}/{id:guid}", (string town, Guid id, HttpContext context, IDocumentStore store, TownDirectory directory,
            CancellationToken ct) => DistrictPageAsync(context, store, directory, town, id, null, null, StatusCodes.Status200OK, ct));

        group.MapPost("/{town}/{id:guid}/sign", (string town, Guid id, HttpContext context, IDocumentStore store, TownDirectory directory,
            IMessageBus bus, CancellationToken ct) =>
            DistrictActAsync(context, store, directory, bus, town, id, form => new SignForMajorMatter(id, Day(form["SignedOn"]), context.User.Actor()),
                form => Day(form["SignedOn"]) is null ? "请按 年-月-日 填写签收日期。" : null, ct))
            .RequireCapability(Capability.InstructMajorMatters);

        group.MapPost("/{town}/{id:guid}/instruction", (string town, Guid id, HttpContext context, IDocumentStore store, TownDirectory directory,
            IMessageBus bus, CancellationToken ct) =>
            DistrictActAsync(context, store, directory, bus, town, id,
                form => new GiveInstruction(id, form["Text"], Day(form["DueOn"]), context.User.Actor()), _ => null, ct))
            .RequireCapability(Capability.InstructMajorMatters);
    }

    private static async Task<MajorMatterReport?> DistrictReportAsync(IDocumentStore store, TownDirectory directory, string town, Guid id,
        CancellationToken ct)
    {
        if (!TownCodes.IsValid(town) || await directory.FindAsync(town, ct) is null) return null;
        await using var session = store.QuerySession(town);
        return await session.LoadAsync<MajorMatterReport>(id, ct);
    }

    private static async Task<IResult> DistrictActAsync(HttpContext context, IDocumentStore store, TownDirectory directory, IMessageBus bus,
        string town, Guid id, Func<IFormCollection, object> command, Func<IFormCollection, string?> problem, CancellationToken ct)
    {
        if (await DistrictReportAsync(store, directory, town, id, ct) is null) return Results.NotFound();
        var form = await context.Request.ReadFormAsync(ct);
        // The command runs in the town's tenant: the district's records of this report are the report's own events.
        var refusal = problem(form) ?? (await bus.InvokeForTenantAsync<CommandResult>(town, command(form), ct)).Refusal;
        return refusal is null
            ? PageResults.SeeOther(context, $"{DistrictPath}/{town}/{id}")
            : await DistrictPageAsync(context, store, directory, town, id, refusal, form, StatusCodes.Status422UnprocessableEntity, ct);
    }

    private static async Task<IResult> DistrictPageAsync(HttpContext context, IDocumentStore store, TownDirectory directory, string town, Guid id,
        string? error, IFormCollection? unsaved, int status, CancellationToken ct)
    {
        var profile = TownCodes.IsValid(town) ? await directory.FindAsync(town, ct) : null;
        if (profile is null) return Results.NotFound();
        await using var session = store.QuerySession(town);
        var report = await session.LoadAsync<MajorMatterReport>(id, ct);
        if (report is null) return Results.NotFound();
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        return PageResults.Page<MajorMatterPage, MajorMatterPageModel>(context, new(report, profile.TownName, TownRouting.Prefix + town,
            $"{DistrictPath}/{town}/{id}", true, today, context.User.Actor(), [], error, unsaved), status);
    }
}
