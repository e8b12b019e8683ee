namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// Every rule the features registered (<see cref="IComplianceRules"/>), gathered: evaluated together as of a day, and looked up
/// by the code an alert keeps (its name, whose it is). The engine names no feature: a feature adds its rules in its own module.
/// </summary>
public sealed class ComplianceEngine
{
    private readonly IReadOnlyList<IComplianceRules> _sources;
    private readonly CadenceOptions _cadence;
    private readonly Dictionary<string, ComplianceRule> _byCode;

    public ComplianceEngine(IEnumerable<IComplianceRules> sources, CadenceOptions cadence)
    {
        _sources = sources.ToList();
        _cadence = cadence;
        Rules = _sources.SelectMany(s => s.Rules).OrderBy(r => r.Order).ToList();
        // Two features claiming one code would share alerts: refused at start.
        _byCode = Rules.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>Every rule, in the order the alerts page lists them.</summary>
    public IReadOnlyList<ComplianceRule> Rules { get; }

    public ComplianceRule? Rule(string code) => _byCode.GetValueOrDefault(code);

    public string Name(string code) => Rule(code)?.Name ?? code;

    /// <summary>The codes a filter of the alerts page stands for: one rule's, or a group's (<c>R6</c>); null when it names neither.</summary>
    public IReadOnlyList<string>? Filter(string? filter) =>
        filter is null ? null
        : Rules.Where(r => r.Group?.Code == filter).Select(r => r.Code).ToList() is { Count: > 0 } group ? group
        : _byCode.ContainsKey(filter) ? [filter] : null;

    /// <summary>A filter's name: the group's or the rule's.</summary>
    public string FilterName(string filter) => Rules.FirstOrDefault(r => r.Group?.Code == filter)?.Group?.Name ?? Name(filter);

    public bool Sees(Audience audience, ComplianceAlert alert) => audience.Sees(alert, Rule(alert.Rule));

    /// <summary>Who answers for an alert (<see cref="Capability.AnswerAlerts"/>): the office for all; the work station for its own rules; a liaison for their unit's.</summary>
    public bool MayAcknowledge(Actor actor, ComplianceAlert alert) => AlertDecisions.MayAcknowledge(actor, alert, Rule(alert.Rule));

    /// <summary>Every registered rule in the session's town as of a day (the town's own 检查起始日 applied); changes nothing.</summary>
    public async Task<ComplianceReport> EvaluateAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var cadence = await _cadence.ForTownAsync(session, ct);
        var findings = new List<Finding>();
        // One after another: a session is not shared between threads.
        foreach (var source in _sources) findings.AddRange(await source.EvaluateAsync(session, cadence, asOf, ct));
        return new ComplianceReport(asOf, Ordered(findings));
    }

    /// <summary>Most serious first, then the nearest due day, then by key: the same findings always in the same order.</summary>
    public static IReadOnlyList<Finding> Ordered(IEnumerable<Finding> findings) =>
        findings.OrderByDescending(f => f.Rank).ThenBy(f => f.DueOn ?? DateOnly.MaxValue).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
}
