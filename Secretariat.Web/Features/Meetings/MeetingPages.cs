using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Documents;


namespace Secretariat.Web.Features.Meetings;

/// <summary>Everything the meeting page shows, for any of its tabs.</summary>
public sealed record MeetingView(
    Meeting Meeting, IReadOnlyList<Tenure> Members, IReadOnlyList<MemberUnit> Units, IReadOnlyList<Resolution> Resolutions, Actor Actor,
    DateTimeOffset Now, string Tab, string? Error, IFormCollection? Unsaved)
{
    public DateOnly Today => Now.ToTownDate();
    public bool IsHeld => Meeting.IsHeldBy(Now);
    /// <summary>The actor keeps this meeting (the office for the group's, the station for its own).</summary>
    public bool IsOffice => MeetingRules.MayRun(Meeting, Actor);

    public MeetingBody Body => MeetingBody.Of(Meeting.Body);
    public bool IsConvener => MeetingRules.IsConvener(Meeting, Actor);
}

/// <summary>What every viewer of a meeting shares; cached against the read-model version.</summary>
public sealed record MeetingData(Meeting Meeting, IReadOnlyList<Tenure> Members, IReadOnlyList<MemberUnit> Units, IReadOnlyList<Resolution> Resolutions);

public sealed record MeetingList(IReadOnlyList<Meeting> Meetings, int Total, int Held, int Issued, Meeting? Next);

/// <summary>A page of the board, its table already rendered: thousands of identical requests then only copy it.</summary>
public sealed record ResolutionBoard(string TableHtml, int Total, IReadOnlyList<MemberUnit> Units);

public sealed record MeetingsPageModel(int Year, int ThisYear, IReadOnlyList<Meeting> Meetings, int Total, int PageNumber, int Held, int Issued,
    Meeting? Next, bool MayConvene, DateTimeOffset Now)
{
    /// <summary>Whose meetings the list shows (<c>?body=work-station</c>: the station's; else the leading group's).</summary>
    public MeetingBody Body { get; init; } = MeetingBody.LeadingGroup;
}

public sealed record MeetingPageModel(MeetingView View);

/// <summary>The notice with its number (taken the first time it is opened) and its date (the day it was convened or last rescheduled).</summary>
public sealed record MeetingNoticePageModel(MeetingView View, string Number, DateOnly IssuedOn);

public sealed record MinutesPrintPageModel(MeetingView View);

public sealed record CircularPageModel(MeetingView View, Circular Circular);

public sealed record ResolutionsPageModel(string TableHtml, int Total, int PageNumber, IReadOnlyList<MemberUnit> Units, Guid? UnitId,
    ResolutionStatus? Status, DateOnly Today);

public sealed record ResolutionPageModel(Resolution Resolution, DateOnly Today, Actor Actor, IReadOnlyList<Meeting> Upcoming, string? Error);

public static class MeetingPages
{
    public const int PageSize = 20;

    /// <summary>The meetings' pages: anyone of the town reads them (the group's policy).</summary>
    public static void MapMeetingPages(this RouteGroupBuilder meetings)
    {
        meetings.MapGet("", async (int? year, int? page, string? body, HttpContext context, IQuerySession session, ViewCache cache, TimeProvider time,
            CancellationToken ct) =>
        {
            var of = MeetingBody.Parse(body);
            var kind = of.Kind;
            // "Held" moves with the clock: the cached list is good for the minute it was computed in.
            var now = time.GetUtcNow();
            var minute = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
            var thisYear = now.ToTownDate().Year;
            var shown = year is >= 2000 and <= 2100 ? year.Value : thisYear;
            var pageNumber = Math.Max(1, page ?? 1);
            var list = await cache.GetAsync($"meetings:{kind}:{shown}:{pageNumber}:{minute:O}", async () =>
            {
                var ofBody = session.Query<Meeting>().Where(m => m.Body == kind);
                var inYear = ofBody.Where(m => m.Year == shown);
                var total = await inYear.CountAsync(ct);
                var meetings = await inYear.OrderByDescending(m => m.StartsAt).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
                var held = await inYear.CountAsync(m => !m.Cancelled && m.StartsAt <= minute, ct);
                var issued = await inYear.CountAsync(m => m.MinutesNumber != null, ct);
                var next = await ofBody.Where(m => !m.Cancelled && m.StartsAt > minute).OrderBy(m => m.StartsAt).FirstOrDefaultAsync(ct);
                return new MeetingList(meetings, total, held, issued, next);
            }, ct);
            return PageResults.Page<MeetingsPage, MeetingsPageModel>(context, new MeetingsPageModel(shown, thisYear, list.Meetings, list.Total,
                pageNumber, list.Held, list.Issued, list.Next, context.User.Can(of.Runs), minute) { Body = of });
        });

        meetings.MapGet("/{id:guid}", async (Guid id, string? tab, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await MeetingAsync(context, session, id, tab ?? "agenda", null, StatusCodes.Status200OK, ct));

        meetings.MapGet("/{id:guid}/{document}", async (Guid id, string document, HttpContext context, IQuerySession session, IMessageBus bus,
            TimeProvider time, CancellationToken ct) =>
        {
            var view = await LoadAsync(context, session, id, "minutes", null, null, ct);
            if (view is null) return Results.NotFound();
            return document switch
            {
                "notice" when !view.Meeting.Cancelled =>
                    PageResults.Page<MeetingNoticePage, MeetingNoticePageModel>(context, await NoticeAsync(context, session, bus, view, ct)),
                "minutes-print" when view.Meeting.MinutesNumber is not null =>
                    PageResults.Page<MinutesPrintPage, MinutesPrintPageModel>(context, new(view)),
                // The Word copies of the print views (the same documents, the same policy).
                "notice.docx" when !view.Meeting.Cancelled =>
                    OfficialDocx.File(MeetingDocuments.Notice(await NoticeAsync(context, session, bus, view, ct), context.RequiredTown())),
                "minutes.docx" when view.Meeting.MinutesNumber is not null =>
                    OfficialDocx.File(MeetingDocuments.Minutes(view, context.RequiredTown())),

                "invite.ics" when !view.Meeting.Cancelled => Results.File(System.Text.Encoding.UTF8.GetBytes(Ics(view.Meeting)), "text/calendar; charset=utf-8",
                    $"meeting-{view.Meeting.Date:yyyyMMdd}.ics"),
                _ => Results.NotFound()
            };
        });

        meetings.MapGet("/{id:guid}/circulars/{circularId:guid}", async (Guid id, Guid circularId, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var view = await LoadAsync(context, session, id, "resolutions", null, null, ct);
            var circular = view?.Meeting.Circulars.FirstOrDefault(c => c.Id == circularId);
            return circular is null ? Results.NotFound() : PageResults.Page<CircularPage, CircularPageModel>(context, new(view!, circular));
        });

        meetings.MapGet("/{id:guid}/circulars/{circularId:guid}.docx", async (Guid id, Guid circularId, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var view = await LoadAsync(context, session, id, "resolutions", null, null, ct);
            var circular = view?.Meeting.Circulars.FirstOrDefault(c => c.Id == circularId);
            return circular is null ? Results.NotFound() : OfficialDocx.File(MeetingDocuments.Circular(view!, circular, context.RequiredTown()));
        });

        // An attachment flagged as holding minors' information: only MinorsData's readers, each read logged (附件3-3 三).
        meetings.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var attachment = await session.LoadAsync<StoredFile>(attachmentId, ct);
            if (attachment is null || attachment.OwnerId != id) return Results.NotFound();
            return await attachment.DownloadAsync(context, async () =>
            {
                var meeting = await session.LoadAsync<Meeting>(id, ct);
                var item = meeting?.Agenda.FirstOrDefault(i => i.AttachmentId == attachmentId);
                return ($"议题附件：{meeting?.Title}{(item is null ? "" : "，" + item.Title)}", $"/meetings/{id}?tab=agenda");
            }, ct);
        }).RequireCapability(Capability.ReadTown);
    }

    /// <summary>
    /// The meeting notice is issued the first time it is opened (to print it): it then takes the next number of the register of
    /// the year it was convened in, and keeps it (also when the meeting is rescheduled: the notice is reissued under its number).
    /// </summary>
    private static async Task<MeetingNoticePageModel> NoticeAsync(HttpContext context, IQuerySession session, IMessageBus bus, MeetingView view,
        CancellationToken ct)
    {
        var m = view.Meeting;
        var number = await DocumentNumbers.ForAsync(session, bus, MeetingBody.Of(m.Body).NoticeKind, m.ConvenedOn.Year, m.Id, ct);
        var issuedOn = m.Timeline.Where(s => s.What is "召集会议" or "改期").Select(s => s.By.At.ToTownDate()).DefaultIfEmpty(m.ConvenedOn).Max();
        return new(view, context.RequiredTown().Number(number), issuedOn);
    }

    /// <summary>The board of decided matters and each matter's page: anyone of the town reads them (the group's policy).</summary>
    public static void MapResolutionPages(this RouteGroupBuilder resolutions)
    {
        resolutions.MapGet("", async (string? unit, string? status, int? page, HttpContext context, IQuerySession session, ViewCache cache,
            TimeProvider time, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var today = time.Today();
            // A liaison starts from their own unit's matters; everyone may look at any unit's.
            Guid? unitId = Guid.TryParse(unit, out var u) ? u : unit is null && !actor.CanForAll(Capability.ReadUnitRecords) ? actor.UnitId : null;
            ResolutionStatus? wanted = Enum.TryParse<ResolutionStatus>(status, out var s) && Enum.IsDefined(s) ? s : null;
            var query = session.Query<Resolution>().AsQueryable();
            if (unitId is { } id) query = query.Where(r => r.UnitIds.Contains(id));
            query = wanted switch
            {
                ResolutionStatus.Done => query.Where(r => r.IsDone),
                ResolutionStatus.Overdue => query.Where(r => !r.IsDone && r.DueOn < today),
                ResolutionStatus.InProgress => query.Where(r => !r.IsDone && r.DueOn >= today && r.ProgressCount > 0),
                ResolutionStatus.NotStarted => query.Where(r => !r.IsDone && r.DueOn >= today && r.ProgressCount == 0),
                _ => query
            };
            var pageNumber = Math.Max(1, page ?? 1);
            var board = await cache.GetAsync($"resolutions:{unitId}:{wanted}:{pageNumber}:{today:yyyy-MM-dd}", async () =>
            {
                var total = await query.CountAsync(ct);
                var rows = await query.OrderBy(r => r.IsDone).ThenBy(r => r.DueOn).ThenBy(r => r.Order)
                    .Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
                var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(x => x.SortOrder).ToList();
                var html = await ComponentHtml.RenderAsync<ResolutionTable>(context, new Dictionary<string, object?>
                {
                    [nameof(ResolutionTable.Rows)] = rows, [nameof(ResolutionTable.Today)] = today
                });
                return new ResolutionBoard(html, total, units);
            }, ct);
            return PageResults.Page<ResolutionsPage, ResolutionsPageModel>(context, new ResolutionsPageModel(board.TableHtml, board.Total, pageNumber,
                board.Units, unitId, wanted, today));
        });

        resolutions.MapGet("/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
            await ResolutionAsync(context, session, id, null, StatusCodes.Status200OK, ct));
    }

    public static async Task<MeetingView?> LoadAsync(HttpContext context, IQuerySession session, Guid id, string tab, string? error,
        IFormCollection? unsaved, CancellationToken ct)
    {
        var data = await context.RequestServices.GetRequiredService<ViewCache>().GetAsync<MeetingData?>($"meeting:{id}", async () =>
        {
            var meeting = await session.LoadAsync<Meeting>(id, ct);
            if (meeting is null) return null;
            // The members of the meeting's body as of its day: who left before it is not on its list, who came after neither.
            var roster = await session.LoadAsync<BodyRoster>(MeetingBody.Of(meeting.Body).RosterId, ct);
            var members = roster?.ActiveOn(meeting.Date).GroupBy(t => t.PersonId).Select(g => g.OrderBy(t => t.Role).First())
                .OrderBy(t => t.Role).ThenBy(t => t.From).ToList() ?? [];
            var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(x => x.SortOrder).ToList();
            var resolutions = meeting.MinutesNumber is null ? [] : (await session.Query<Resolution>().Where(r => r.MeetingId == id).ToListAsync(ct))
                .OrderBy(r => r.Order).ToList();
            return new MeetingData(meeting, members, units, resolutions);
        }, ct);
        if (data is null) return null;
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var tabs = new[] { "agenda", "attendance", "minutes", "resolutions" };
        return new MeetingView(data.Meeting, data.Members, data.Units, data.Resolutions, context.User.Actor(), now,
            tabs.Contains(tab) ? tab : "agenda", error, unsaved);
    }

    public static async Task<IResult> MeetingAsync(HttpContext context, IQuerySession session, Guid id, string tab, string? error, int status,
        CancellationToken ct, IFormCollection? unsaved = null)
    {
        var view = await LoadAsync(context, session, id, tab, error, unsaved, ct);
        return view is null ? Results.NotFound() : PageResults.Page<MeetingPage, MeetingPageModel>(context, new MeetingPageModel(view), status);
    }

    /// <summary>After a form on the meeting page: back to its tab, or the page again with the refusal.</summary>
    public static async Task<IResult> AfterAsync(HttpContext context, IQuerySession session, Guid id, string tab, string? problem,
        CancellationToken ct, IFormCollection? unsaved = null) =>
        problem is null
            ? PageResults.SeeOther(context, $"/meetings/{id}?tab={tab}")
            : await MeetingAsync(context, session, id, tab, problem, StatusCodes.Status422UnprocessableEntity, ct, unsaved);

    public static async Task<IResult> ResolutionAsync(HttpContext context, IQuerySession session, Guid id, string? error, int status, CancellationToken ct)
    {
        var resolution = await session.LoadAsync<Resolution>(id, ct);
        if (resolution is null) return Results.NotFound();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        var body = resolution.Body;
        var upcoming = await session.Query<Meeting>().Where(m => m.Body == body && !m.Cancelled && m.StartsAt > now).OrderBy(m => m.StartsAt).Take(10)
            .ToListAsync(ct);
        return PageResults.Page<ResolutionPage, ResolutionPageModel>(context,
            new ResolutionPageModel(resolution, now.ToTownDate(), context.User.Actor(), upcoming, error), status);
    }

    /// <summary>The meeting as an iCalendar invite in Asia/Shanghai time: the same event (UID, SEQUENCE) as in the feed.</summary>
    public static string Ics(Meeting meeting)
    {
        var calendar = new Calendar();
        calendar.AddTimeZone(TownClock.Zone.Id);
        calendar.Events.Add(CalendarFeed.Event(meeting));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
