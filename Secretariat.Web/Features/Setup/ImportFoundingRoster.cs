namespace Secretariat.Web.Features.Setup;

/// <summary>
/// Brings in a founding workbook as one act (成立时名单): the units it names (with the kinds the office confirmed), each established
/// body's founding roster effective on its founding document's date, and the child directors and supervisors. Decided again here
/// against the town as it is at the commit: a body someone filled meanwhile is refused, nothing is saved.
/// </summary>
public sealed record ImportFoundingRoster(FoundingSheets Sheets, IReadOnlyDictionary<string, UnitKind> UnitKinds, string? FileName, StepBy? By);

public static class ImportFoundingRosterHandler
{
    // Kept explicit: one act starts and appends to many streams (units, bodies, people in the training ledger).
    public static async Task<CommandResult> Handle(ImportFoundingRoster command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        // The bodies' versions are taken before they are read: a founding roster committed meanwhile fails this commit, which then retries.
        foreach (var sheet in command.Sheets.Bodies.Where(b => b.Seats.Count > 0))
            await session.Events.FetchForWriting<BodyRoster>(RosterNames.BodyId(sheet.Body), ct);
        var check = await FoundingCheck.RunAsync(session, command.Sheets, command.UnitKinds, time.Today(), ct);
        return session.Append(check.Decide(command.FileName, command.By));
    }
}

/// <summary>The upload page, the preview of a workbook and its problems, and what the confirming form carries.</summary>
public sealed record FoundingImportPageModel(
    IReadOnlyDictionary<BodyKind, BodyRoster?> Bodies, string? Error = null, string? FileName = null, IReadOnlyList<SheetView>? Views = null,
    IReadOnlyList<RowProblem>? Problems = null, FoundingCheck? Check = null, string? Token = null)
{
    public bool IsPreview => FileName is not null;
    public IReadOnlyList<RowProblem> AllProblems => Problems ?? [];
    public bool CanConfirm => Token is not null && AllProblems.Count == 0 && Check is { IsGood: true, HasWork: true };
}

public static class FoundingImportEndpoints
{
    public static readonly UploadRule Workbook = new("file", 1, FoundingWorkbook.MaxUploadBytes, OfficeFiles: true, AsksMinorsData: false, "名单.xlsx");

    public static void MapFoundingImport(this RouteGroupBuilder group)
    {
        group.MapGet("/roster", async (HttpContext context, IQuerySession session, CancellationToken ct) =>
            PageResults.Page<FoundingImportPage, FoundingImportPageModel>(context, new FoundingImportPageModel(await BodiesAsync(session, ct))));

        group.MapGet("/roster/template.xlsx", () =>
            Results.File(FoundingWorkbook.Template(), Spreadsheets.ContentType, FoundingWorkbook.FileName));

        // The sample town's lists in the template: what a filled workbook looks like.
        group.MapGet("/roster/example.xlsx", () => Results.File(SampleTown.Workbook(), Spreadsheets.ContentType, "成立时名单示例.xlsx"));

        group.MapPost("/roster/preview", async (HttpContext context, IQuerySession session, FoundingPreviewTokens tokens, TimeProvider time,
            CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var posted = form.Files.GetFile(Workbook.Field);
            if (posted is null || posted.Length == 0)
                return await PageAsync(context, session, "请选择要上传的名单表格（.xlsx）。", ct);
            var (files, problem) = await Uploads.ReadAsync(form, Workbook, Guid.Empty, ct);
            if (problem is not null)
            {
                var name = FileTypes.CleanName(posted.FileName, Workbook.FallbackName);
                var message = posted.Length > Workbook.MaxBytes ? $"表格不能超过 {Workbook.MaxMegabytes} MB：一份名单不会这么大，请检查是否选错了文件。"
                    : FoundingWorkbook.NotAWorkbook(name);
                return await PreviewAsync(context, session, name, new FoundingWorkbookRead(FoundingSheets.Empty, [new RowProblem(null, null, message)], []),
                    null, null, ct);
            }
            var file = files[0];
            var read = FoundingWorkbook.Read(file.Content, file.FileName);
            var town = context.RequiredTown().Id;
            if (read.Problems.Count > 0 && read.Views.Count == 0 && read.Sheets.IsEmpty)
                return await PreviewAsync(context, session, file.FileName, read, null, null, ct);
            var check = await FoundingCheck.RunAsync(session, read.Checkable, new Dictionary<string, UnitKind>(), time.Today(), ct);
            var token = read.Problems.Count == 0 && check.IsGood && check.HasWork ? tokens.Protect(town, file.FileName, read.Sheets) : null;
            return await PreviewAsync(context, session, file.FileName, read, check, token, ct);
        });

        group.MapPost("/roster", async (HttpContext context, IQuerySession session, FoundingPreviewTokens tokens, IMessageBus bus, TimeProvider time,
            CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var town = context.RequiredTown().Id;
            if (tokens.Unprotect(town, form["Token"]) is not { } payload)
                return await PageAsync(context, session, FoundingPreviewTokens.Expired, ct);
            var (fileName, sheets) = payload;
            var names = form["NewUnit"];
            var kinds = form["NewUnitKind"];
            var chosen = new Dictionary<string, UnitKind>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                if (i >= kinds.Count || !Enum.TryParse<UnitKind>(kinds[i], out var kind) || !Enum.IsDefined(kind) || string.IsNullOrEmpty(names[i]))
                    return await PageAsync(context, session, "请为每个新单位选择类别（镇属单位、村、社区、社会组织）。", ct);
                chosen[names[i]!] = kind;
            }
            var result = await bus.InvokeAsync<CommandResult>(new ImportFoundingRoster(sheets, chosen, fileName,
                StepBy.Of(context.User.Actor(), time.GetUtcNow())), ct);
            if (result.Succeeded) return PageResults.SeeOther(context, "/setup?imported=1");
            // Something changed since the preview (a unit registered, a roster filled): the rows again, as they check now.
            var check = await FoundingCheck.RunAsync(session, sheets, chosen, time.Today(), ct);
            var read = new FoundingWorkbookRead(sheets, [], FoundingWorkbook.ViewsOf(sheets));
            var token = check.IsGood && check.HasWork ? tokens.Protect(town, fileName, sheets) : null;
            return await PreviewAsync(context, session, fileName, read, check, token, ct, result.Refusal);
        });
    }

    private static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, string error, CancellationToken ct) =>
        PageResults.Page<FoundingImportPage, FoundingImportPageModel>(context, new FoundingImportPageModel(await BodiesAsync(session, ct), error),
            StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> PreviewAsync(HttpContext context, IQuerySession session, string fileName, FoundingWorkbookRead read,
        FoundingCheck? check, string? token, CancellationToken ct, string? error = null)
    {
        IReadOnlyList<RowProblem> problems = [.. read.Problems, .. check?.Problems ?? []];
        var model = new FoundingImportPageModel(await BodiesAsync(session, ct), error, fileName, read.Views, problems, check, token);
        return PageResults.Page<FoundingImportPage, FoundingImportPageModel>(context, model,
            model.CanConfirm ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IReadOnlyDictionary<BodyKind, BodyRoster?>> BodiesAsync(IQuerySession session, CancellationToken ct) =>
        (await FoundingTown.LoadAsync(session, ct)).Bodies;
}
