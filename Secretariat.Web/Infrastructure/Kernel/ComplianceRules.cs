namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// A cadence of the notice the app checks (a compliance rule): its code (kept in every alert it raises), its Chinese name, the
/// clause of the notice it comes from, and whose it is beyond those who follow every alert: the work station's
/// (<see cref="Reach.Station"/>), a unit's own (<see cref="Reach.OwnUnit"/>: the units the finding names), both, or nobody's
/// (<see cref="Reach.None"/>: the office and the leaders only).
/// </summary>
/// <param name="Order">Where the alerts page lists it among every feature's rules (the notice's order).</param>
public sealed record ComplianceRule(string Code, string Name, string Clause, Reach Followers, int Order)
{
    /// <summary>Rules listed together under one filter of the alerts page (<c>?rule=R6</c>: onboarding and rotation), with its name.</summary>
    public (string Code, string Name)? Group { get; init; }

    /// <summary>
    /// The alerts (by key) the feature's daily reminders already tell the people concerned: they send no alert notice too.
    /// Null: every warning, urgency and breach of the rule is a notice.
    /// </summary>
    public Func<string, bool>? Reminded { get; init; }

    /// <summary>
    /// Of a unit's own followers (<see cref="Reach.OwnUnit"/>), only those who also hold this capability for their unit see the rule's
    /// alerts (a village's 儿童主任 its children's visits, not the village's liaison). Null: every follower of the unit.
    /// </summary>
    public Capability? UnitFollowersHold { get; init; }
}

/// <summary>
/// What a feature contributes to the compliance engine (registered in its own module): its rules, and their findings in the
/// session's town as of a day, from the feature's own documents evaluated by its own pure functions. Changes nothing.
/// </summary>
public interface IComplianceRules
{
    IReadOnlyList<ComplianceRule> Rules { get; }

    Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct);
}
