namespace Secretariat.Web.Features.Meetings;

/// <summary>
/// The record-level rules of meetings, in one place: the role policies on the routes say who may call at all, these say
/// whether this actor may act on this meeting or matter. Endpoints answer <see cref="Policies.Forbidden"/> when they fail,
/// decisions refuse in Chinese, and pages call the same functions to decide what they show.
/// </summary>
public static class MeetingRules
{
    /// <summary>This meeting's convener (the 组长 or the delegated 副组长) signs off or returns its minutes.</summary>
    public static bool IsConvener(Meeting meeting, Actor actor) =>
        actor.PersonId == meeting.ConvenerPersonId && actor.Can(Capability.SignOffMinutes);

    /// <summary>The office, or the liaison of a unit the matter concerns; another unit's liaison has no business with it.</summary>
    public static bool MayReportProgress(Resolution resolution, Actor actor) =>
        actor.CanForAll(Capability.ReportProgress) || (actor.UnitId is { } unit && resolution.Concerns(unit) && actor.CanFor(Capability.ReportProgress, unit));
}
