using Secretariat.Web.Features.Children;

namespace Secretariat.Web.Features.Activities;

/// <summary>
/// A quarter of the 展示墙: each village's state on the day looked at (附件2 第25项, the same function as the alerts), and every activity
/// held in the quarter (town-wide ones too). The day looked at is a what-if over the days activities were held.
/// </summary>
public sealed record ActivitiesPageModel(Quarter Quarter, Quarter Current, AsOfDate AsOf, IReadOnlyList<VillageQuarter> Villages,
    IReadOnlyList<Activity> Activities, bool MayRecord);

public sealed record ActivityPageModel(Activity Activity);

public static class ActivityPages
{
    public static void MapActivityPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (int? year, int? quarter, string? asOf, HttpContext context, IQuerySession session, TimeProvider time,
            CancellationToken ct) =>
        {
            var today = time.Today();
            var current = Quarter.Of(today);
            // A quarter out of range shows the current one (a page never fails on what the address says).
            var shown = year is { } y && quarter is { } n && Quarter.IsValid(y, n, today) ? new Quarter(y, n) : current;
            var date = AsOfDate.Parse(asOf, today);
            var activities = (await session.Query<Activity>().Where(a => a.HeldOn >= shown.FirstDay && a.HeldOn <= shown.LastDay).ToListAsync(ct))
                .OrderBy(a => a.HeldOn).ThenBy(a => a.VillageName).ToList();
            var villages = await ActivityCadence.VillagesAsync(session, ct);
            return PageResults.Page<ActivitiesPage, ActivitiesPageModel>(context, new(shown, current, date,
                ActivityCadence.VillagesIn(shown, villages, activities, date.Date), activities, context.User.Can(Capability.RecordActivities)));
        });

        group.MapGet("/{activityId:guid}", async (Guid activityId, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var activity = await session.LoadAsync<Activity>(activityId, ct);
            return activity is null ? Results.NotFound() : PageResults.Page<ActivityPage, ActivityPageModel>(context, new(activity));
        });

        // A photo showing minors: only MinorsData's readers, each read logged (附件3-3 三).
        group.MapGet("/{activityId:guid}/photos/{fileId:guid}", async (Guid activityId, Guid fileId, HttpContext context, IQuerySession session,
            CancellationToken ct) =>
        {
            var file = await session.LoadAsync<StoredFile>(fileId, ct);
            if (file is null || file.OwnerId != activityId) return Results.NotFound();
            return await file.DownloadAsync(context, async () =>
                ($"活动照片：{(await session.LoadAsync<Activity>(activityId, ct))?.Title}", $"/activities/{activityId}"), ct);
        });
    }
}
