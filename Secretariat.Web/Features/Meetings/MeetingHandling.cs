
namespace Secretariat.Web.Features.Meetings;

/// <summary>What the aggregate handlers of a meeting return: the decision's result and its event, or "not found".</summary>
public static class MeetingHandling
{
    public const string NotFound = "找不到该会议。";

    public static (CommandResult, Events) Decided<TEvent>(Meeting? meeting, Func<Meeting, Decision<TEvent>> decide) where TEvent : class =>
        Decisions.On(meeting, NotFound, decide);
}
