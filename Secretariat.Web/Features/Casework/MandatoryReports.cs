using System.Globalization;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Features.Privacy;
using static Secretariat.Web.Features.Casework.CasePlanEndpoints;

namespace Secretariat.Web.Features.Casework;

public sealed record ReportsPageModel(IReadOnlyList<MandatoryReport> Reports, MandatoryReportPeriods Periods, IReadOnlyDictionary<string, string[]> Values, string? Error,
    DateOnly Today);

public sealed record ReportFormPageModel(IReadOnlyList<MemberUnit> Villages, IReadOnlyDictionary<string, string[]> Values, string? Error, DateOnly Today);

public sealed record ReportPageModel(MandatoryReport Report, MandatoryReportPeriods Periods, string? MaskedName, IReadOnlyDictionary<string, string[]> Values,
    string? Error, DateOnly Today);

/// <summary>What a logged read of a report's child shows: the identity and the note, with the reason.</summary>
public sealed record ReportIdentityPageModel(MandatoryReport Report, ChildPersonalData? Identity, string? Note, ReadReason Reason, bool Unreadable);

/// <summary>
/// 强制报告 (附件2 第19项; 附件3-2 五): received (受理), passed to the police the same day (报案, with the case number), investigated, handled,
/// fed back; each step's deadline in the compliance engine (<see cref="CaseworkRules"/>). The child is named by reference; its identity
/// and the report's note are in the personal-data store, read with a reason and logged.
/// </summary>
public static class MandatoryReportEndpoints
{
    public const int MaxShown = 300;

    public static void MapMandatoryReports(this RouteGroupBuilder group)
    {
        group.MapGet("/reports", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            await ListAsync(context, session, null, null, 200, time, ct)).RequireCapability(Capability.ReadCasework);

        group.MapPost("/reports/periods", async (HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            static int? Days(string? raw) => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null;
            var decision = CaseDecisions.SetPeriods(Days(form["InvestigationDays"]), Days(form["HandlingDays"]), Days(form["FeedbackDays"]), context.User.Actor(),
                time.GetUtcNow());
            if (decision.Event is not { } e) return await ListAsync(context, session, CaseQueries.Values(form), decision.Refusal!.Message, 422, time, ct);
            var stream = await session.Events.FetchForWriting<MandatoryReportPeriods>(MandatoryReportPeriods.StreamId, ct);
            stream.AppendOne(e);
            await session.SaveChangesAsync(ct);
            return SavedFlash.SeeOther(context, "/casework/reports", "report-periods");
        }).RequireCapability(Capability.HandleMandatoryReports);

        group.MapGet("/reports/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow().ToTownTime();
            return await FormAsync(context, session, new Dictionary<string, string[]>
            {
                ["ReceivedOn"] = [now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], ["ReceivedTime"] = [now.ToString("HH:mm", CultureInfo.InvariantCulture)]
            }, null, 200, time, ct);
        }).RequireCapability(Capability.HandleMandatoryReports);

        // Handled here, never on the bus: the form carries the child's identity and the note, which go into the personal-data store only.
        group.MapPost("/reports/new", async (HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var actor = context.User.Actor();
            var now = time.GetUtcNow();
            var village = await CaseQueries.UnitAsync(session, CaseQueries.Id(form, "VillageId"), ct);
            if (village is not null && village.Kind is not (UnitKind.Village or UnitKind.Community)) village = null;
            var (note, noteProblem) = PersonalDataRules.VisitNote(form["Note"]);
            var choice = await CaseChildren.ChooseAsync(session, form, village, required: true, actor, now, ct);
            var id = Guid.CreateVersion7();
            Decision<MandatoryReportReceived> decision = (noteProblem ?? choice.Problem) is { } problem
                ? new Refusal(noteProblem is null ? problem : "情况说明" + problem[problem.IndexOf("不能", StringComparison.Ordinal)..])
                : CaseDecisions.Receive(id, new ReportInput(TownClock.ParseDay(form["ReceivedOn"]), Time(form["ReceivedTime"]),
                    CaseworkNames.Parse<ReporterKind>(form["Reporter"]), form["ReporterUnit"], CaseworkNames.Parse<HarmCategory>(form["Harm"]),
                    CaseQueries.Id(form, "VillageId")), village, choice.Child!, note is not null, actor, now);
            if (decision.Event is not { } received)
                return await FormAsync(context, session, CaseQueries.Values(form), decision.Refusal!.Message, 422, time, ct);
            CaseChildren.Open(session, vault, choice);
            session.Events.StartStream<MandatoryReport>(id, received);
            // The note is kept under the child's own key, as an item of its own (this report's id): erasing the child erases it too.
            if (note is not null) vault.PutVisitNote(session, received.Child.Id, id, note);
            await session.SaveChangesAsync(ct);
            return SavedFlash.SeeOther(context, $"/casework/reports/{id}", "report-received");
        }).RequireCapability(Capability.HandleMandatoryReports);

        group.MapGet("/reports/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
            await session.LoadAsync<MandatoryReport>(id, ct) is { } report
                ? await ReportAsync(context, session, vault, report, Defaults(time), null, 200, time, ct)
                : Results.NotFound()).RequireCapability(Capability.ReadCasework);

        MapStep(group, "police", (r, f, a, now) => CaseDecisions.PassToPolice(r, TownClock.ParseDay(f["PoliceOn"]), Time(f["PoliceTime"]), f["CaseNumber"], a, now).Box());
        MapStep(group, "investigation", (r, f, a, now) =>
            CaseDecisions.Investigate(r, TownClock.ParseDay(f["InvestigatedOn"]), CaseworkNames.Parse<InvestigationFinding>(f["Finding"]), a, now).Box());
        MapStep(group, "handling", (r, f, a, now) => CaseDecisions.Handle(r, TownClock.ParseDay(f["HandledOn"]),
            f["Measure"].Select(m => CaseworkNames.Parse<HandlingMeasure>(m)).OfType<HandlingMeasure>().Distinct().ToList(), a, now).Box());
        MapStep(group, "feedback", (r, f, a, now) =>
            CaseDecisions.FeedBack(r, TownClock.ParseDay(f["FedBackOn"]), CaseworkNames.Parse<FeedbackChannel>(f["Channel"]), a, now).Box());

        // Reading the child's identity and the note is a POST: it needs a reason, and is recorded before anything is shown.
        group.MapPost("/reports/{id:guid}/identity", async (Guid id, HttpContext context, IQuerySession session, PersonalDataVault vault, IDocumentStore store,
            TimeProvider time, CancellationToken ct) =>
        {
            if (await session.LoadAsync<MandatoryReport>(id, ct) is not { } report) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            if (ChildNames.Parse<ReadReason>(form["Reason"]) is not { } reason)
                return await ReportAsync(context, session, vault, report, Defaults(time), "请选择查阅事由。", 422, time, ct);
            var town = context.RequiredTown().Id;
            var contents = await vault.ReadAsync(town, report.Child.Id, ct);
            var note = contents.VisitNotes.GetValueOrDefault(report.Id);
            if (contents.Profile is not null || note is not null)
                await MinorsData.LogReadAsync(store, town, context.User, report.Child.Id, report.Child.Reference,
                    $"强制报告所涉儿童：{report.Child.Reference}（{report.ReceivedOn.IsoDate()} 受理）", $"/casework/reports/{report.Id}", time.GetUtcNow(), ct,
                    reason.Chinese());
            PersonalDataEndpoints.NoStore(context);
            return PageResults.Page<ReportIdentityPage, ReportIdentityPageModel>(context,
                new(report, contents.Profile, note, reason, contents.Unreadable || (report.HasNote && note is null)));
        }).RequireCapability(Capability.ReadChildrenPersonalData).RequireCapability(Capability.ReadCasework);
    }

    private static void MapStep(RouteGroupBuilder group, string step,
        Func<MandatoryReport, IFormCollection, Actor, DateTimeOffset, (object? Event, string? Refusal)> decide) =>
        group.MapPost($"/reports/{{id:guid}}/{step}", async (Guid id, HttpContext context, IDocumentSession session, PersonalDataVault vault, TimeProvider time,
            CancellationToken ct) =>
        {
            var stream = await session.Events.FetchForWriting<MandatoryReport>(id, ct);
            if (stream.Aggregate is not { } report) return Results.NotFound();
            var form = await context.Request.ReadFormAsync(ct);
            var (e, refusal) = decide(report, form, context.User.Actor(), time.GetUtcNow());
            if (e is null) return await ReportAsync(context, session, vault, report, CaseQueries.Values(form), refusal, 422, time, ct);
            stream.AppendOne(e);
            if (await session.SaveOrRefuseAsync(ct) is { Succeeded: false } stale)
                return await ReportAsync(context, session, vault, report, CaseQueries.Values(form), stale.Refusal, 409, time, ct);
            return SavedFlash.SeeOther(context, $"/casework/reports/{id}", "report-step");
        }).RequireCapability(Capability.HandleMandatoryReports);

    private static TimeOnly? Time(string? raw) =>
        TimeOnly.TryParseExact(raw?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static Dictionary<string, string[]> Defaults(TimeProvider time)
    {
        var now = time.GetUtcNow().ToTownTime();
        var today = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new()
        {
            ["PoliceOn"] = [today], ["PoliceTime"] = [now.ToString("HH:mm", CultureInfo.InvariantCulture)], ["InvestigatedOn"] = [today], ["HandledOn"] = [today],
            ["FedBackOn"] = [today]
        };
    }

    private static async Task<IResult> ListAsync(HttpContext context, IQuerySession session, IReadOnlyDictionary<string, string[]>? values, string? error,
        int status, TimeProvider time, CancellationToken ct)
    {
        var periods = await MandatoryReportPeriods.LoadAsync(session, ct);
        var reports = await session.Query<MandatoryReport>().OrderByDescending(r => r.ReceivedAt).Take(MaxShown).ToListAsync(ct);
        values ??= new Dictionary<string, string[]>
        {
            ["InvestigationDays"] = [periods.InvestigationDays.ToString(CultureInfo.InvariantCulture)],
            ["HandlingDays"] = [periods.HandlingDays.ToString(CultureInfo.InvariantCulture)],
            ["FeedbackDays"] = [periods.FeedbackDays.ToString(CultureInfo.InvariantCulture)]
        };
        return PageResults.Page<ReportsPage, ReportsPageModel>(context, new(reports, periods, values, error, time.Today()), status);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, IReadOnlyDictionary<string, string[]> values, string? error, int status,
        TimeProvider time, CancellationToken ct) =>
        PageResults.Page<ReportFormPage, ReportFormPageModel>(context, new(await CaseQueries.VillagesAsync(session, ct), values, error, time.Today()), status);

    private static async Task<IResult> ReportAsync(HttpContext context, IQuerySession session, PersonalDataVault vault, MandatoryReport report,
        IReadOnlyDictionary<string, string[]> values, string? error, int status, TimeProvider time, CancellationToken ct)
    {
        var masked = await CaseChildren.MaskedNamesAsync(context, vault, [report.Child], ct);
        return PageResults.Page<ReportPage, ReportPageModel>(context,
            new(report, await MandatoryReportPeriods.LoadAsync(session, ct), masked.GetValueOrDefault(report.Child.Id), values, error, time.Today()), status);
    }
}
