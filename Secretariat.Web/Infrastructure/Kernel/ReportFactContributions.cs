namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>One row of a contributed facts table: what is counted, the count, and an optional short explanation.</summary>
public sealed record CountedFact(string Label, int Count, string? Detail = null);

/// <summary>
/// A table of counts a feature adds to the station's half-year report (附件3-2 第七项: the station reports its work): its
/// key (stable, kept in the submitted version), its title and its rows. Frozen into the report with the other facts.
/// </summary>
public sealed record CountedSection(string Key, string Title, IReadOnlyList<CountedFact> Rows);

/// <summary>
/// What a feature contributes to the half-year report's facts (registered in its module as a singleton: it is given the
/// session). The report lists every contribution's sections, in the order the modules register them, under one heading.
/// Changes nothing.
/// </summary>
public interface IReportFactContributions
{
    /// <summary>The sections this feature adds, from the session's town, for the period <paramref name="start"/>..<paramref name="end"/> (inclusive).</summary>
    Task<IReadOnlyList<CountedSection>> SectionsAsync(IQuerySession session, DateOnly start, DateOnly end, CancellationToken ct);
}
