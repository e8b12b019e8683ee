using Microsoft.AspNetCore.Components;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>A record a submission may link to, as the form offers it.</summary>
public sealed record LinkChoice(string Value, string Label, string Group);

/// <summary>
/// Links from a submission to this app's own records (附件2: item 12's minutes, items 70/72/75's appointments, coverage table and
/// training ledger): each is frozen when submitted, as its print view rendered then, so the pack shows what the unit submitted
/// even after the record changes. Nobody uploads again what the app already knows.
/// </summary>
public static class RecordLinks
{
    public const string FieldName = "Link";
    public const string CoverageField = "CoverageAsOf";
    public const string LedgerField = "LedgerAsOf";

    public static string Chinese(this RecordKind kind) => kind switch
    {
        RecordKind.Minutes => "会议纪要",
        RecordKind.Circular => "落实情况通报",
        RecordKind.Coverage => "儿童主任配备情况",
        RecordKind.Ledger => "培训台账",
        RecordKind.Appointment => "儿童主任、督导员任职",
        RecordKind.SemiannualReport => "工作站半年汇报",
        _ => kind.ToString()
    };

    /// <summary>What the town's records offer to link: issued minutes and circulars, submitted reports, child workers.</summary>
    public static async Task<IReadOnlyList<LinkChoice>> ChoicesAsync(IQuerySession session, CancellationToken ct)
    {
        var meetings = await session.Query<Meeting>().Where(m => m.MinutesNumber != null).OrderByDescending(m => m.Date).Take(200).ToListAsync(ct);
        var reports = await session.Query<SemiannualReport>().Where(r => r.Status != ReportStatus.Draft).OrderByDescending(r => r.Year).Take(40).ToListAsync(ct);
        var workers = await session.Query<ChildWorker>().OrderBy(w => w.Name).Take(300).ToListAsync(ct);
        var choices = new List<LinkChoice>();
        foreach (var m in meetings)
        {
            choices.Add(new($"minutes:{m.Id}", $"{m.MinutesNumber} {m.Title}（{m.Date:yyyy-MM-dd}）", "会议纪要"));
            choices.AddRange(m.Circulars.Select(c => new LinkChoice($"circular:{m.Id}:{c.Id}", $"{c.Number}（{c.IssuedOn:yyyy-MM-dd}）", "落实情况通报")));
        }
        choices.AddRange(reports.Select(r => new LinkChoice($"report:{r.Id}", $"{r.Year}年{(r.Half == HalfYear.H1 ? "上" : "下")}半年", "工作站半年汇报")));
        choices.AddRange(workers.Select(w => new LinkChoice($"appointment:{w.Id}", w.Name, "儿童主任、督导员任职")));
        return choices;
    }

    /// <summary>Freezes the links posted with a form, or says which one cannot be linked.</summary>
    public static async Task<(IReadOnlyList<FrozenRecord> Frozen, string? Problem)> FreezeAsync(HttpContext context, IQuerySession session,
        Guid campaignId, IFormCollection form, CancellationToken ct)
    {
        var frozen = new List<FrozenRecord>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var values = form[FieldName].Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
        if (values.Count > CampaignDecisions.MaxLinks) return ([], $"每次最多关联 {CampaignDecisions.MaxLinks} 条本系统记录。");
        foreach (var value in values)
        {
            var record = await FreezeOneAsync(context, session, value!, now, ct);
            if (record is null) return ([], "所选的本系统记录不存在或尚未印发，请重新选择。");
            frozen.Add(record);
        }
        foreach (var (field, kind) in new[] { (CoverageField, RecordKind.Coverage), (LedgerField, RecordKind.Ledger) })
        {
            var raw = form[field].ToString().Trim();
            if (raw.Length == 0) continue;
            if (TownClock.ParseDay(raw) is not { } day) return ([], $"{kind.Chinese()}的日期请按 年-月-日 填写。");
            if (day > now.ToTownDate()) return ([], $"{kind.Chinese()}的日期不能晚于今天。");
            if (UserDates.Problem(day, now.ToTownDate(), $"{kind.Chinese()}的日期") is { } early) return ([], early);
            frozen.Add(await FreezeAsOfAsync(context, session, kind, day, now, ct));
        }
        foreach (var record in frozen) record.CampaignId = campaignId;
        return (frozen, null);
    }

    public static RecordLinkInfo Info(FrozenRecord record) => new(record.Id, record.Kind, record.RecordId, record.Label, record.AsOf);

    private static async Task<FrozenRecord?> FreezeOneAsync(HttpContext context, IQuerySession session, string value, DateTimeOffset now,
        CancellationToken ct)
    {
        var parts = value.Split(':');
        if (parts.Length < 2 || !Guid.TryParse(parts[1], out var id) || id == Guid.Empty) return null;
        switch (parts[0])
        {
            case "minutes":
            {
                var view = await MeetingPages.LoadAsync(context, session, id, "minutes", null, null, ct);
                if (view?.Meeting.MinutesNumber is not { } number) return null;
                return New(RecordKind.Minutes, id, $"会议纪要 {number} {view.Meeting.Title}", null, now,
                    await RenderAsync<MinutesPrintPage, MinutesPrintPageModel>(context, new(view)));
            }
            case "circular" when parts.Length == 3 && Guid.TryParse(parts[2], out var circularId):
            {
                var view = await MeetingPages.LoadAsync(context, session, id, "resolutions", null, null, ct);
                if (view?.Meeting.Circulars.FirstOrDefault(c => c.Id == circularId) is not { } circular) return null;
                return New(RecordKind.Circular, circularId, $"落实情况通报 {circular.Number}", circular.IssuedOn, now,
                    await RenderAsync<CircularPage, CircularPageModel>(context, new(view, circular)));
            }
            case "report":
            {
                var view = await ReportPages.LoadAsync(context, session, id, null, null, null, ct);
                if (view is null || view.Report.Status == ReportStatus.Draft) return null;
                return New(RecordKind.SemiannualReport, id, $"工作站半年汇报 {view.Report.Year}年{(view.Report.Half == HalfYear.H1 ? "上" : "下")}半年",
                    null, now, await RenderAsync<ReportPrintPage, ReportPrintPageModel>(context, new(view)));
            }
            case "appointment":
            {
                var worker = await session.LoadAsync<ChildWorker>(id, ct);
                if (worker is null) return null;
                var today = now.ToTownDate();
                var html = await RenderAsync<ChildWorkerPage, ChildWorkerPageModel>(context, new(worker, today, TrainingDeadlines.StatusOf(worker, today),
                    TrainingDeadlines.Obligations(worker, today), [], null, false));
                return New(RecordKind.Appointment, id, $"任职 {worker.Name}", today, now, html);
            }
            default:
                return null;
        }
    }

    private static async Task<FrozenRecord> FreezeAsOfAsync(HttpContext context, IQuerySession session, RecordKind kind, DateOnly day,
        DateTimeOffset now, CancellationToken ct)
    {
        var asOf = new AsOfDate(day, day == now.ToTownDate(), null);
        var html = kind == RecordKind.Coverage
            ? await RenderAsync<CoveragePage, CoveragePageModel>(context, new(await new TrainingQueries(session).CoverageAsync(day, ct), asOf))
            : await RenderAsync<LedgerPage, LedgerPageModel>(context, new(await Ledger.LoadAsync(session, day, ct), asOf, false));
        return New(kind, null, $"{kind.Chinese()}（截至 {day:yyyy-MM-dd}）", day, now, html);
    }

    private static FrozenRecord New(RecordKind kind, Guid? recordId, string label, DateOnly? asOf, DateTimeOffset now, string html) =>
        new() { Id = Guid.CreateVersion7(), Kind = kind, RecordId = recordId, Label = label, AsOf = asOf, Html = html, FrozenAt = now };

    /// <summary>The print view's main region (the page rendered as for htmx: title and content, no frame).</summary>
    private static Task<string> RenderAsync<TPage, TModel>(HttpContext context, TModel model) where TPage : PageBase<TModel> =>
        ComponentHtml.RenderAsync<TPage>(context, new Dictionary<string, object?>
        {
            [nameof(PageBase<TModel>.Model)] = model, [nameof(PageBase.Fragment)] = true
        });
}
