using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>A cell of the progress matrix: one unit's evidence for one item, never confusing 未报, 零报告 and 有情况.</summary>
public enum CellState
{
    /// <summary>The unit owes nothing for the item.</summary>
    NotOwed,
    Missing,
    Submitted,
    Returned,
    Passed,
    NotFiled,
    ZeroReport,
    Occurred
}

public sealed record ProgressRow(CampaignItem Item, IReadOnlyDictionary<Guid, CellState> Cells, AcceptanceState Acceptance, DateOnly? RectifyBy)
{
    public int Owed => Cells.Values.Count(c => c != CellState.NotOwed);
    public int Done => Cells.Values.Count(CampaignProgress.IsDone);
}

/// <summary>Completion of a unit or a 项目: the cells done (初审通过, or the negative list answered) of those owed.</summary>
public sealed record Completion(string Name, Guid? UnitId, int Done, int Owed)
{
    public double Percent => Owed == 0 ? 100 : Math.Round(Done * 100.0 / Owed, 1);
}

/// <summary>Where a campaign stands in a town: every item's row of unit cells, completion per unit and per 项目, acceptance per item.</summary>
public sealed record CampaignProgressView(Campaign Campaign, IReadOnlyList<CampaignUnit> Units, IReadOnlyList<ProgressRow> Rows,
    IReadOnlyList<Completion> ByUnit, IReadOnlyList<Completion> ByProject, Completion Overall, int Accepted);

public static class CampaignProgress
{
    public static bool IsDone(CellState state) => state is CellState.Passed or CellState.ZeroReport or CellState.Occurred;

    public static string Chinese(this CellState state) => state switch
    {
        CellState.NotOwed => "—",
        CellState.Missing => "未提交",
        CellState.Submitted => "待初审",
        CellState.Returned => "退回补充",
        CellState.Passed => "初审通过",
        CellState.NotFiled => "未报",
        CellState.ZeroReport => "零报告",
        CellState.Occurred => "有情况",
        _ => state.ToString()
    };

    public static string CssClass(this CellState state) => state switch
    {
        CellState.Passed or CellState.ZeroReport => "cell-done",
        CellState.Occurred => "cell-occurred",
        CellState.Submitted => "cell-submitted",
        CellState.Returned => "cell-returned",
        CellState.Missing or CellState.NotFiled => "cell-missing",
        _ => "cell-na"
    };

    public static string Chinese(this AcceptanceState state) => state switch
    {
        AcceptanceState.Pending => "待验收",
        AcceptanceState.Rectifying => "整改中",
        AcceptanceState.RectificationReported => "整改待确认",
        AcceptanceState.Accepted => "验收通过",
        _ => state.ToString()
    };

    public static string Chinese(this EvidenceState state, CampaignItem item, NegativeAnswer? answer) =>
        item.Kind == ItemKind.Negative ? Cell(item, state, answer).Chinese() : state switch
        {
            EvidenceState.Missing => "未提交",
            EvidenceState.Submitted => "待初审",
            EvidenceState.Returned => "退回补充",
            EvidenceState.Passed => "初审通过",
            _ => state.ToString()
        };

    public static CellState Cell(CampaignItem item, EvidenceState? state, NegativeAnswer? answer) =>
        item.Kind == ItemKind.Negative
            ? answer switch { NegativeAnswer.Zero => CellState.ZeroReport, NegativeAnswer.Occurred => CellState.Occurred, _ => CellState.NotFiled }
            : state switch
            {
                EvidenceState.Submitted => CellState.Submitted,
                EvidenceState.Returned => CellState.Returned,
                EvidenceState.Passed => CellState.Passed,
                _ => CellState.Missing
            };

    /// <summary>The campaign's progress in the session's town, cached until the town writes again.</summary>
    public static Task<CampaignProgressView?> CachedAsync(ViewCache cache, IQuerySession session, Guid campaignId, CancellationToken ct) =>
        cache.GetAsync($"campaign-progress:{campaignId}", () => LoadAsync(session, campaignId, ct), ct);

    public static async Task<CampaignProgressView?> LoadAsync(IQuerySession session, Guid campaignId, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(campaignId, ct);
        if (campaign is null) return null;
        var evidence = await session.Query<UnitEvidence>().Where(e => e.CampaignId == campaignId).ToListAsync(ct);
        var acceptances = await session.Query<ItemAcceptance>().Where(a => a.CampaignId == campaignId).ToListAsync(ct);
        return Of(campaign, evidence, acceptances);
    }

    public static CampaignProgressView Of(Campaign campaign, IReadOnlyList<UnitEvidence> evidence, IReadOnlyList<ItemAcceptance> acceptances)
    {
        var units = campaign.Units;
        var byKey = evidence.ToDictionary(e => (e.ItemId, e.UnitId));
        var rows = campaign.InOrder.Select(item =>
        {
            var owed = campaign.UnitsFor(item).Select(u => u.UnitId!.Value).ToHashSet();
            var cells = units.ToDictionary(u => u.UnitId!.Value, u =>
            {
                if (!owed.Contains(u.UnitId!.Value)) return CellState.NotOwed;
                var e = byKey.GetValueOrDefault((item.Id, u.UnitId!.Value));
                return Cell(item, e?.State, e?.Answer);
            });
            var acceptance = acceptances.FirstOrDefault(a => a.ItemId == item.Id);
            return new ProgressRow(item, cells, acceptance?.State ?? AcceptanceState.Pending, acceptance?.RectifyBy);
        }).ToList();
        var byUnit = units.Select(u => new Completion(u.Name, u.UnitId,
            rows.Count(r => IsDone(r.Cells[u.UnitId!.Value])), rows.Count(r => r.Cells[u.UnitId!.Value] != CellState.NotOwed))).ToList();
        var byProject = rows.GroupBy(r => r.Item.Project).Select(g => new Completion(g.Key, null, g.Sum(r => r.Done), g.Sum(r => r.Owed))).ToList();
        return new CampaignProgressView(campaign, units, rows, byUnit, byProject,
            new Completion("合计", null, rows.Sum(r => r.Done), rows.Sum(r => r.Owed)), rows.Count(r => r.Acceptance == AcceptanceState.Accepted));
    }
}
