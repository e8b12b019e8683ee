using Secretariat.Web.Features.Children;

namespace Secretariat.Web.Features.Activities;

/// <summary>A village's quarter: the activities held there by the day looked at (none: not yet held).</summary>
public sealed record VillageQuarter(MemberUnit Village, Quarter Quarter, IReadOnlyList<Activity> Activities, VillageQuarterState State);

public enum VillageQuarterState
{
    /// <summary>At least one activity held in the quarter.</summary>
    Held,
    /// <summary>None yet, and the quarter's last month has not begun.</summary>
    Open,
    /// <summary>None yet in the quarter's last month: 提醒.</summary>
    Due,
    /// <summary>The quarter ended without one: 违规.</summary>
    Missed
}

/// <summary>What the rule of 附件2 第25项 reads on a day: the villages and communities, the activities recorded by then.</summary>
public sealed record ActivityFacts(DateOnly AsOf, IReadOnlyList<MemberUnit> Villages, IReadOnlyList<Activity> Activities);

/// <summary>
/// 附件2 第25项: every village and community holds at least one activity a quarter (宣传培训、家庭教育指导等活动, 家长学校). A pure function
/// of the facts on a day: in the quarter's last month a village still without one is a 提醒; once the quarter is over, a 违规 (kept for
/// the following quarter, with the same key as the reminder it escalates; older quarters are on the evidence item, not alerts).
/// </summary>
public static class ActivityCadence
{
    /// <summary>
    /// The station's, and of the village's own accounts only its 儿童主任 (the one holding its visits, 附件2 第72项: 联动开展关爱服务活动), not
    /// the village's liaison, whose alerts are its resolutions and evidence.
    /// </summary>
    public static readonly ComplianceRule Quarterly = new("S25-activities", "村（社区）每季度活动", "附件2 第25项", Reach.Station | Reach.OwnUnit, 69)
    {
        UnitFollowersHold = Capability.RecordVisits
    };

    public static string StateText(this VillageQuarterState state) => state switch
    {
        VillageQuarterState.Held => "已开展",
        VillageQuarterState.Open => "尚未开展",
        VillageQuarterState.Due => "提醒：本季度最后一个月，尚未开展",
        _ => "违规：本季度未开展"
    };

    /// <summary>A village's quarter as it stood on <paramref name="asOf"/>: the activities held there in the quarter by that day.</summary>
    public static VillageQuarter Of(MemberUnit village, Quarter quarter, IEnumerable<Activity> activities, DateOnly asOf)
    {
        var held = activities.Where(a => a.VillageId == village.Id && quarter.Contains(a.HeldOn) && a.HeldOn <= asOf).OrderBy(a => a.HeldOn).ToList();
        var state = held.Count > 0 ? VillageQuarterState.Held
            : asOf > quarter.LastDay ? VillageQuarterState.Missed
            : asOf >= quarter.SubmissionOpens ? VillageQuarterState.Due
            : VillageQuarterState.Open;
        return new VillageQuarter(village, quarter, held, state);
    }

    /// <summary>Every village's quarter on a day, in the villages' order.</summary>
    public static IReadOnlyList<VillageQuarter> VillagesIn(Quarter quarter, IReadOnlyList<MemberUnit> villages, IReadOnlyList<Activity> activities,
        DateOnly asOf) => villages.Select(v => Of(v, quarter, activities, asOf)).ToList();

    public static string Key(MemberUnit village, Quarter quarter) => $"{Quarterly.Code}:{village.Id}:{quarter.Year}-{quarter.Number}";

    /// <summary>The current quarter (提醒 in its last month) and the one before (违规), per village without an activity; a quarter ending before CheckFrom is not checked.</summary>
    public static IEnumerable<Finding> Evaluate(ActivityFacts facts, CadenceOptions cadence)
    {
        var current = Quarter.Of(facts.AsOf);
        foreach (var quarter in new[] { current.Previous, current })
        {
            if (!cadence.Checks(quarter.LastDay)) continue;
            foreach (var village in VillagesIn(quarter, facts.Villages, facts.Activities, facts.AsOf))
            {
                var link = $"/activities?year={quarter.Year}&quarter={quarter.Number}";
                if (village.State == VillageQuarterState.Missed)
                    yield return new Finding(Key(village.Village, quarter), Quarterly.Code, village.Village.Name, quarter.Chinese, Severity.Breach, null,
                        quarter.LastDay, $"{village.Village.Name}{quarter.Chinese}未开展宣传培训、家庭教育指导等活动（附件2 第25项：每季度至少1次）", link,
                        [village.Village.Id]);
                else if (village.State == VillageQuarterState.Due)
                    yield return new Finding(Key(village.Village, quarter), Quarterly.Code, village.Village.Name, quarter.Chinese, Severity.Reminder, null,
                        quarter.LastDay, $"{village.Village.Name}{quarter.Chinese}尚未开展宣传培训、家庭教育指导等活动，须于 {quarter.LastDay:yyyy-MM-dd} 前开展并登记" +
                                         "（附件2 第25项：每季度至少1次）", link, [village.Village.Id]);
            }
        }
    }

    /// <summary>The villages and communities, in the roster's order.</summary>
    public static async Task<IReadOnlyList<MemberUnit>> VillagesAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Query<MemberUnit>().Where(u => u.Kind == UnitKind.Village || u.Kind == UnitKind.Community).ToListAsync(ct))
        .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();

    /// <summary>The villages, and the activities recorded by the end of <paramref name="asOf"/> held from <paramref name="from"/> to then.</summary>
    public static async Task<ActivityFacts> FactsAsync(IQuerySession session, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        var villages = await VillagesAsync(session, ct);
        var activities = (await session.Query<Activity>().Where(a => a.HeldOn >= from && a.HeldOn <= asOf).ToListAsync(ct))
            .Where(a => a.RecordedAt.ToTownDate() <= asOf).ToList();
        return new ActivityFacts(asOf, villages, activities);
    }
}

/// <summary>The rule of 附件2 第25项 in the compliance engine (registered by <see cref="ActivitiesModule"/>).</summary>
public sealed class ActivityComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [ActivityCadence.Quarterly];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        ActivityCadence.Evaluate(await ActivityCadence.FactsAsync(session, Quarter.Of(asOf).Previous.FirstDay, asOf, ct), cadence).ToList();
}

/// <summary>
/// 附件2 第25项 from the activities: per quarter (the current one so far and the four before it), which villages held what, how many photos
/// may serve as evidence, and which villages held none. Met when every checked quarter that has ended had an activity in every village.
/// </summary>
public sealed class ActivitiesPerVillageCheck(CadenceOptions cadence) : IEvidenceRecordCheck
{
    public string Code => "ActivitiesPerVillageQuarter";

    public const int QuartersShown = 5;

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct)
    {
        var quarters = new List<Quarter> { Quarter.Of(day) };
        while (quarters.Count < QuartersShown) quarters.Add(quarters[^1].Previous);
        var facts = await ActivityCadence.FactsAsync(session, quarters[^1].FirstDay, day, ct);
        return Outcome(day, quarters, facts, await cadence.ForTownAsync(session, ct));
    }

    public static CheckOutcome Outcome(DateOnly day, IReadOnlyList<Quarter> quarters, ActivityFacts facts, CadenceOptions cadence)
    {
        if (facts.Villages.Count == 0) return new(false, "本镇街尚未登记村（社区）。");
        var parts = new List<string>();
        var met = true;
        var anyChecked = false;
        foreach (var quarter in quarters)
        {
            var rows = ActivityCadence.VillagesIn(quarter, facts.Villages, facts.Activities, day);
            var held = rows.Where(r => r.State == VillageQuarterState.Held).ToList();
            var missing = rows.Where(r => r.State != VillageQuarterState.Held).Select(r => r.Village.Name).ToList();
            var ended = day > quarter.LastDay;
            var checkedQuarter = ended && cadence.Checks(quarter.LastDay);
            if (checkedQuarter)
            {
                anyChecked = true;
                if (missing.Count > 0) met = false;
            }
            var text = new System.Text.StringBuilder($"{quarter.Chinese}{(ended ? "" : "（截至" + day.ChineseDate() + "）")}：");
            text.Append(held.Count == 0 ? "无村（社区）开展活动" : string.Join("；", held.Select(r =>
                $"{r.Village.Name} {r.Activities.Count} 次（{string.Join("、", r.Activities.Select(a => $"{a.HeldOn:M月d日}{a.Kind.Chinese()}“{a.Title}”"))}" +
                $"，照片 {r.Activities.Sum(a => a.EvidencePhotos)} 张可作印证{Withheld(r.Activities)}）")));
            if (missing.Count > 0) text.Append($"；未开展：{string.Join("、", missing)}");
            if (ended && !cadence.Checks(quarter.LastDay)) text.Append("（检查起始日前，不计）");
            parts.Add(text.ToString());
        }
        return new(met && anyChecked, $"每季度每村（社区）至少开展 1 次活动；{facts.Villages.Count} 个村（社区）。" + string.Join("。", parts) + "。");
    }

    private static string Withheld(IEnumerable<Activity> activities)
    {
        var withheld = activities.Sum(a => a.Photos.Count) - activities.Sum(a => a.EvidencePhotos);
        return withheld > 0 ? $"，{withheld} 张含未成年人且无监护人同意记录，不作印证" : "";
    }
}
