namespace Secretariat.Web.Features.StaffChecks;

public sealed record StaffChecksPageModel(IReadOnlyList<StaffCheck> Checks, DateOnly Today, IReadOnlyList<MemberUnit> Units, StaffCheckForm Form,
    string? Error, int PeriodYears);

public sealed record StaffCheckPageModel(StaffCheck Check, DateOnly Today, bool MayEnd, string? EndedOn, string? Error);

public static class StaffCheckPages
{
    public static void MapStaffCheckPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await ListAsync(context, session, new StaffCheckForm
            {
                Kind = nameof(StaffCheckKind.NewHire), Result = nameof(StaffCheckResult.NoRecord), CheckedOn = time.Today().IsoDate(),
                UnitId = context.User.Actor().UnitId?.ToString()
            }, null, StatusCodes.Status200OK, ct));

        group.MapGet("/{checkId:guid}", async (Guid checkId, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await PageAsync(context, session, checkId, time.Today().IsoDate(), null, StatusCodes.Status200OK, ct));
    }

    public static async Task<IResult> ListAsync(HttpContext context, IQuerySession session, StaffCheckForm form, string? error, int status, CancellationToken ct)
    {
        var actor = context.User.Actor();
        var checks = (await session.Query<StaffCheck>().ToListAsync(ct)).OrderByDescending(c => c.CheckedOn).ThenBy(c => c.UnitName).ToList();
        // A liaison chooses among the units they may record for: their own.
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).Where(u => StaffCheckDecisions.MayRecord(actor, u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();
        var period = StaffCheckOptions.From(context.RequestServices.GetRequiredService<IConfiguration>()).PeriodYears;
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        return PageResults.Page<StaffChecksPage, StaffChecksPageModel>(context, new(checks, today, units, form, error, period), status);
    }

    public static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, Guid checkId, string? endedOn, string? error, int status,
        CancellationToken ct)
    {
        var check = await session.LoadAsync<StaffCheck>(checkId, ct);
        if (check is null) return Results.NotFound();
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var mayEnd = check.EndedOn is null && StaffCheckDecisions.MayRecord(context.User.Actor(), check.UnitId);
        return PageResults.Page<StaffCheckPage, StaffCheckPageModel>(context, new(check, today, mayEnd, endedOn, error), status);
    }
}
