
namespace Secretariat.Web.Features.Compliance;

public sealed record AlertStep(DateOnly On, string What, string? Note, string? By);

public sealed record Acknowledgement(string Note, StepBy By);

/// <summary>A stretch of days the alert was open: from the day it was raised until (not including) the day it cleared.</summary>
public sealed record OpenPeriod(DateOnly From, DateOnly? Until)
{
    public bool Covers(DateOnly day) => From <= day && (Until is null || day < Until);
}

/// <summary>An alert raised by the evaluator: its current state and its history; inline snapshot of its stream.</summary>
public sealed class ComplianceAlert
{
    public Guid Id { get; set; }

    /// <summary>The stream version (set by Marten): the evaluator appends against it.</summary>
    public int Version { get; set; }
    public string Key { get; set; } = "";
    public string Rule { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Period { get; set; } = "";
    public List<Guid> UnitIds { get; set; } = [];
    public Severity Severity { get; set; }
    public int? ReminderDays { get; set; }

    /// <summary>Kept as a column: the dashboard orders and counts open alerts by it.</summary>
    public int Rank { get; set; }

    public DateOnly? DueOn { get; set; }
    public string Explanation { get; set; } = "";
    public string Link { get; set; } = "";
    public bool IsOpen { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public Acknowledgement? Acknowledged { get; set; }

    /// <summary>
    /// Changes of the alert itself (opened, escalated, eased, revised, resolved, reopened), not acknowledgements: a person
    /// acknowledges what they read, so only such a change since makes their acknowledgement stale, never another note.
    /// </summary>
    public int Revision { get; set; }
    public List<AlertStep> History { get; set; } = [];
    public List<OpenPeriod> OpenPeriods { get; set; } = [];

    /// <summary>Whether the alert was open at the end of a day (a half-year report lists those open at its period's end).</summary>
    public bool WasOpenOn(DateOnly day) => OpenPeriods.Any(p => p.Covers(day));

    public string SeverityText => SeverityNames.Chinese(Severity, ReminderDays);

    public static ComplianceAlert Create(AlertOpened e)
    {
        var alert = new ComplianceAlert
        {
            Id = e.AlertId, Key = e.Key, Rule = e.Rule, Subject = e.Subject, Period = e.Period, UnitIds = [.. e.UnitIds], IsOpen = true,
            OpenedOn = e.On
        };
        alert.Take(e.State);
        alert.OpenPeriods.Add(new OpenPeriod(e.On, null));
        alert.History.Add(new AlertStep(e.On, $"提出（{alert.SeverityText}）", e.State.Explanation, null));
        alert.Revision = 1;
        return alert;
    }

    public void Apply(AlertEscalated e)
    {
        Take(e.State);
        Acknowledged = null;
        Step(e.On, $"升级为{SeverityText}", e.State.Explanation);
    }

    public void Apply(AlertEased e)
    {
        Take(e.State);
        Step(e.On, $"降为{SeverityText}", e.State.Explanation);
    }

    public void Apply(AlertRevised e)
    {
        Take(e.State);
        Step(e.On, "情况变化", e.State.Explanation);
    }

    public void Apply(AlertResolved e)
    {
        IsOpen = false;
        ResolvedOn = e.On;
        if (OpenPeriods.Count > 0) OpenPeriods[^1] = OpenPeriods[^1] with { Until = e.On };
        Step(e.On, "条件已消除，自动解除", null);
    }

    public void Apply(AlertReopened e)
    {
        Take(e.State);
        IsOpen = true;
        ResolvedOn = null;
        Acknowledged = null;
        OpenedOn = e.On;
        OpenPeriods.Add(new OpenPeriod(e.On, null));
        Step(e.On, $"再次出现（{SeverityText}）", e.State.Explanation);
    }

    public void Apply(AlertAcknowledged e)
    {
        Acknowledged = new Acknowledgement(e.Note, e.By);
        History.Add(new AlertStep(e.By.At.ToTownDate(), "已知悉", e.Note, e.By.Name));
    }

    private void Take(AlertState state)
    {
        Severity = state.Severity;
        ReminderDays = state.ReminderDays;
        Rank = AlertRank.Of(state.Severity, state.ReminderDays);
        DueOn = state.DueOn;
        Explanation = state.Explanation;
        Link = state.Link;
    }

    private void Step(DateOnly on, string what, string? note)
    {
        Revision++;
        History.Add(new AlertStep(on, what, note, null));
    }
}
