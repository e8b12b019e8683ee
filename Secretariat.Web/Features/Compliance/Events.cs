
namespace Secretariat.Web.Features.Compliance;

/// <summary>Marks the alert events: appending only these does not call for another evaluation.</summary>
public interface IAlertEvent
{
    Guid AlertId { get; }
}

/// <summary>What a finding said when an alert was opened, escalated, eased or revised.</summary>
public sealed record AlertState(Severity Severity, int? ReminderDays, DateOnly? DueOn, string Explanation, string Link)
{
    public static AlertState Of(Finding finding) => new(finding.Severity, finding.ReminderDays, finding.DueOn, finding.Explanation, finding.Link);
}

/// <summary>A finding appeared for the first time: the alert opens on the town's calendar day of the evaluation.</summary>
public sealed record AlertOpened(Guid AlertId, string Key, string Rule, string Subject, string Period, IReadOnlyList<Guid> UnitIds,
    AlertState State, DateOnly On, DateTimeOffset At) : IAlertEvent;

/// <summary>Its severity rose (or a reminder moved into a shorter window); an acknowledgement no longer covers it.</summary>
public sealed record AlertEscalated(Guid AlertId, AlertState State, DateOnly On, DateTimeOffset At) : IAlertEvent;

/// <summary>Its severity fell but the condition is still there (e.g. a due date was extended).</summary>
public sealed record AlertEased(Guid AlertId, AlertState State, DateOnly On, DateTimeOffset At) : IAlertEvent;

/// <summary>Same severity, different facts (another due date, another count of meetings held).</summary>
public sealed record AlertRevised(Guid AlertId, AlertState State, DateOnly On, DateTimeOffset At) : IAlertEvent;

/// <summary>The condition cleared: nobody closes an alert by hand.</summary>
public sealed record AlertResolved(Guid AlertId, DateOnly On, DateTimeOffset At) : IAlertEvent;

/// <summary>The same condition came back after it had cleared.</summary>
public sealed record AlertReopened(Guid AlertId, AlertState State, DateOnly On, DateTimeOffset At) : IAlertEvent;

/// <summary>A person saw the alert and said what is being done about it.</summary>
public sealed record AlertAcknowledged(Guid AlertId, string Note, StepBy By) : IAlertEvent;
