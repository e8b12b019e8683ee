namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// The record-level rules of meetings, in one place: the role policies on the routes say who may call at all, these say
/// whether this actor may act on this meeting or matter. Endpoints answer <see cref="Policies.Forbidden"/> when they fail,
/// decisions refuse in Chinese, and pages call the same functions to decide what they show.
/// </summary>
public static class MeetingRules
{
    /// <summary>
    /// This meeting's convener signs off or returns its minutes: the 组长 or the delegated 副组长 for the group's, the 站长 or the
    /// delegated 副站长 for the station's (each with the capability its body signs with).
    /// </summary>
    public static bool IsConvener(Meeting meeting, Actor actor) =>
        actor.PersonId == meeting.ConvenerPersonId && actor.Can(MeetingBody.Of(meeting.Body).SignsOff);

    /// <summary>Who keeps this meeting's agenda, attendance, minutes and circulars: the office for the group's, the station for its own.</summary>
    public static bool MayRun(Meeting meeting, Actor actor) => actor.Can(MeetingBody.Of(meeting.Body).Runs);

    /// <summary>Who confirms a decided matter done: the office for any; the station too for the matters its own meetings decided.</summary>
    public static bool MayFollowUp(Resolution resolution, Actor actor) =>
        actor.Can(Capability.FollowUpResolutions) || (resolution.Body == BodyKind.WorkStation && actor.Can(Capability.RunStationMeetings));

    /// <summary>The office, or the liaison of a unit the matter concerns; another unit's liaison has no business with it.</summary>
    public static bool MayReportProgress(Resolution resolution, Actor actor) =>
        actor.CanForAll(Capability.ReportProgress) || (actor.UnitId is { } unit && resolution.Concerns(unit) && actor.CanFor(Capability.ReportProgress, unit));

    /// <summary>
    /// A route that works on one meeting (<c>{id}</c>) for whoever runs meetings: the policy admits both bodies' runners, and the
    /// meeting's own body decides (403 for the other body's runner).
    /// </summary>
    public static TBuilder RequireMeetingRunner<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireCapability(Capability.RunMeetings, Capability.RunStationMeetings);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var id) &&
                await http.RequestServices.GetRequiredService<IQuerySession>().LoadAsync<Meeting>(id, http.RequestAborted) is { } meeting &&
                !MayRun(meeting, http.User.Actor()))
                return Policies.Forbidden();
            return await next(context);
        });
        return builder;
    }
}
