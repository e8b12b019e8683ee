
namespace Secretariat.Web.Features.Roster;

/// <summary>Reads for the roster pages: one batch of inline snapshots, never a replay of events.</summary>
public sealed class RosterQueries(IQuerySession session)
{
    /// <summary>The hot path of the roster pages: one document by id.</summary>
    public Task<BodyRoster?> BodyAsync(BodyKind kind, CancellationToken ct) =>
        session.LoadAsync<BodyRoster>(RosterNames.BodyId(kind), ct);

    public async Task<(IReadOnlyList<BodyRoster> Bodies, IReadOnlyList<MemberUnit> Units)> EverythingAsync(CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var bodies = batch.LoadMany<BodyRoster>().ById(Enum.GetValues<BodyKind>().Select(RosterNames.BodyId).ToArray());
        var units = batch.Query<MemberUnit>().ToList();
        await batch.Execute(ct);
        return ((await bodies).OrderBy(b => b.Kind).ToList(), (await units).OrderBy(u => u.SortOrder).ToList());
    }
}

/// <summary>The "as of" date a roster page shows, from the query string, with a message when it is unusable.</summary>
public sealed record AsOfDate(DateOnly Date, bool IsToday, string? Problem)
{
    public static AsOfDate Parse(string? raw, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new AsOfDate(today, true, null);
        if (!DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", out var date))
            return new AsOfDate(today, true, $"日期“{raw}”格式不正确，请按 年-月-日（如 2024-06-30）填写。以下为今天的名单。");
        if (UserDates.Problem(date, today, "查看的日期") is { } outOfRange) return new AsOfDate(today, true, outOfRange + "以下为今天的名单。");
        return new AsOfDate(date, date == today, null);
    }
}
