using System.Globalization;
using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Features.Activities;

/// <summary>Record an activity that took place, with its photos (stored files beside the stream).</summary>
public sealed record RecordActivity(Guid ActivityId, ActivityDraft Draft, IReadOnlyList<StoredFile> Photos, Actor Actor);

public sealed record ActivityFormPageModel(ActivityForm Form, string? Error, IReadOnlyList<MemberUnit> Villages, IReadOnlyList<MemberUnit> Units);

public static class RecordActivityHandler
{
    public static async Task<CommandResult> Handle(RecordActivity command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var units = await session.Query<MemberUnit>().ToListAsync(ct);
        var photos = command.Photos.Select(p => new ActivityPhoto(p.Id, p.FileName, p.ContentType, p.Size, p.ContainsMinorsData)).ToList();
        var decided = ActivityDecisions.Record(command.ActivityId, command.Draft, units, photos, command.Actor, time.GetUtcNow(), time.Today());
        if (decided.IsRefused) return decided.Result;
        session.Store<StoredFile>([.. command.Photos]);
        session.Events.StartStream<Activity>(command.ActivityId, decided.Event!);
        return decided.Result;
    }
}

public static class RecordActivityEndpoint
{
    public const int MaxPhotoBytes = 10 * 1024 * 1024;
    public const int MaxPhotos = 6;

    /// <summary>An activity's photos (PDF or images), with one answer on minors for them all (附件3-3 三).</summary>
    public static readonly UploadRule Photos = new("photos", MaxPhotos, MaxPhotoBytes, OfficeFiles: false, AsksMinorsData: true, FallbackName: "活动照片");

    public static void MapRecordActivity(this RouteGroupBuilder group)
    {
        group.MapGet("/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            // A unit-bound recorder starts from their own village (or unit).
            var form = new ActivityForm { Kind = nameof(ActivityKind.ParentSchool), HeldOn = time.Today().IsoDate(), VillageId = actor.UnitId?.ToString(),
                OrganiserId = actor.UnitId?.ToString() };
            return await FormAsync(context, session, form, null, StatusCodes.Status200OK, ct);
        }).RequireCapability(Capability.RecordActivities);

        group.MapPost("/new", async (HttpContext context, IQuerySession session, TimeProvider time, IMessageBus bus, CancellationToken ct) =>
        {
            var posted = await context.Request.ReadFormAsync(ct);
            var form = ActivityForm.From(posted);
            var (draft, problem) = form.ToDraft(time.Today());
            var id = Guid.NewGuid();
            IReadOnlyList<StoredFile> photos = [];
            if (problem is null) (photos, problem) = await Uploads.ReadAsync(posted, Photos, id, ct);
            if (problem is null)
            {
                var result = await bus.InvokeAsync<CommandResult>(new RecordActivity(id, draft!, photos, context.User.Actor()), ct);
                if (result.Succeeded) return SavedFlash.SeeOther(context, $"/activities/{id}", "activity");
                problem = result.Refusal;
            }
            return await FormAsync(context, session, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
        }).RequireCapability(Capability.RecordActivities)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxPhotos * MaxPhotoBytes + 1024 * 1024));
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, ActivityForm form, string? error, int status,
        CancellationToken ct)
    {
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();
        return PageResults.Page<ActivityFormPage, ActivityFormPageModel>(context,
            new(form, error, units.Where(u => u.Kind is UnitKind.Village or UnitKind.Community).ToList(), units), status);
    }
}

/// <summary>The activity form as posted (kept when the form is shown again).</summary>
public sealed class ActivityForm
{
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? HeldOn { get; set; }
    public string? VillageId { get; set; }
    public string? OrganiserId { get; set; }
    public string? Place { get; set; }
    public string? Participants { get; set; }
    public string? ConsentRecord { get; set; }
    public string? ContainsMinorsData { get; set; }

    public static ActivityForm From(IFormCollection form) => new()
    {
        Kind = form["Kind"], Title = form["Title"], HeldOn = form["HeldOn"], VillageId = form["VillageId"], OrganiserId = form["OrganiserId"],
        Place = form["Place"], Participants = form["Participants"], ConsentRecord = form["ConsentRecord"], ContainsMinorsData = form[MinorsData.FieldName]
    };

    public (ActivityDraft? Draft, string? Problem) ToDraft(DateOnly today)
    {
        if (!FormValues.TryEnum<ActivityKind>(Kind, out var kind)) return (null, "请选择活动类型。");
        var (heldOn, dateProblem) = UserDates.Parse(HeldOn, today, "活动日期", "请按 年-月-日 填写活动日期。");
        if (dateProblem is not null) return (null, dateProblem);
        Guid? village = null;
        if (!string.IsNullOrWhiteSpace(VillageId))
        {
            if (!Guid.TryParse(VillageId, out var v)) return (null, "所选村（社区）不存在。");
            village = v;
        }
        Guid? organiser = null;
        if (!string.IsNullOrWhiteSpace(OrganiserId))
        {
            if (!Guid.TryParse(OrganiserId, out var o)) return (null, "所选组织单位不存在。");
            organiser = o;
        }
        if (!int.TryParse(Participants?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var participants))
            return (null, $"参加人数请填写 1 至 {ActivityDecisions.MaxParticipants} 之间的整数。");
        return (new ActivityDraft(kind, Title, heldOn, village, organiser, Place, participants, ConsentRecord), null);
    }
}
