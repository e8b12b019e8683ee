namespace Secretariat.Web.Features.Capacity;

/// <summary>What the counts read on a day: the villages, and the records recorded by then as they stood then.</summary>
public sealed record CapacityFacts(DateOnly AsOf, IReadOnlyList<MemberUnit> Villages, IReadOnlyList<CapacityRecord> Records)
{
    public IReadOnlyList<CapacityRecord> Active(CapacityKind kind) => Records.Where(r => r.Kind == kind && r.IsActiveOn(AsOf)).OrderBy(r => r.From).ToList();
}

/// <summary>
/// 附件2's counts of social forces as pure functions of the facts on a day: 第69项 at least two social organisations supported, 第71项 at least
/// one youth social worker at the station, 第74项 a volunteer team in every village and community. Each short is a 警告 while it lasts (a
/// standing condition, no due day), once the first quarter from CheckFrom has ended, in a town whose villages are registered.
/// </summary>
public static class CapacityCadence
{
    public const int OrganisationsRequired = 2;

    public static readonly ComplianceRule Organisations = new("S69-organisations", "支持社会组织（至少2家）", "附件2 第69项", Reach.Station, 95);

    public static readonly ComplianceRule SocialWorker = new("S71-social-worker", "工作站青少年事务社工（至少1名）", "附件2 第71项", Reach.Station, 96);

    /// <summary>Per village: the station, and of the village's accounts its 儿童主任 (not its liaison), as item 25's activities.</summary>
    public static readonly ComplianceRule VolunteerTeams = new("S74-volunteers", "村（社区）志愿服务队", "附件2 第74项", Reach.Station | Reach.OwnUnit, 97)
    {
        UnitFollowersHold = Capability.RecordVisits
    };

    public static IEnumerable<Finding> Evaluate(CapacityFacts facts, CadenceOptions cadence)
    {
        // Checked once a whole quarter from the day checks start has passed (a town has that quarter to put its counts in place),
        // and only in a town whose villages are registered (a town just added has not started).
        if (facts.Villages.Count == 0 || !cadence.Checks(QuarterStart(facts.AsOf).AddDays(-1))) yield break;
        var organisations = facts.Active(CapacityKind.Organisation);
        if (organisations.Count < OrganisationsRequired)
            yield return new Finding(Organisations.Code, Organisations.Code, "社会组织", "", Severity.Warning, null, null,
                $"本镇支持引导开展未成年人保护专业服务的社会组织（社会工作服务机构）{organisations.Count} 家，少于 {OrganisationsRequired} 家（附件2 第69项）",
                "/capacity", []);
        if (facts.Active(CapacityKind.YouthSocialWorker).Count == 0)
            yield return new Finding(SocialWorker.Code, SocialWorker.Code, "未成年人保护工作站", "", Severity.Warning, null, null,
                "工作站未配备青少年事务社工（附件2 第71项：至少1名，可通过设置公益岗位、购买社会工作服务等方式）", "/capacity", []);
        var teams = facts.Active(CapacityKind.VolunteerTeam);
        foreach (var village in facts.Villages.Where(v => teams.All(t => t.VillageId != v.Id)))
            yield return new Finding($"{VolunteerTeams.Code}:{village.Id}", VolunteerTeams.Code, village.Name, "", Severity.Warning, null, null,
                $"{village.Name}尚未登记未成年人保护志愿服务队（附件2 第74项：各村（社区）培育发展一支）", "/capacity", [village.Id]);
    }

    private static DateOnly QuarterStart(DateOnly day) => new(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);

    public static async Task<CapacityFacts> FactsAsync(IQuerySession session, DateOnly asOf, CancellationToken ct)
    {
        var villages = (await session.Query<MemberUnit>().Where(u => u.Kind == UnitKind.Village || u.Kind == UnitKind.Community).ToListAsync(ct))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name).ToList();
        var records = (await session.Query<CapacityRecord>().ToListAsync(ct)).Where(r => r.RecordedAt.ToTownDate() <= asOf)
            // An end recorded after the day was not known then.
            .Select(r => r.EndRecordedAt is { } at && at.ToTownDate() > asOf ? Unended(r) : r).ToList();
        return new CapacityFacts(asOf, villages, records);
    }

    private static CapacityRecord Unended(CapacityRecord r) => new()
    {
        Id = r.Id, Kind = r.Kind, Name = r.Name, VillageId = r.VillageId, VillageName = r.VillageName, Detail = r.Detail, From = r.From,
        RecordedBy = r.RecordedBy, RecordedAt = r.RecordedAt
    };

    /// <summary>The evidence items' figures: the count on the day against the standard, and the records behind it.</summary>
    public static CheckOutcome Outcome(CapacityKind kind, CapacityFacts facts)
    {
        var active = facts.Active(kind);
        string List(IEnumerable<CapacityRecord> records) => string.Join("；", records.Select(r =>
            $"{(r.VillageName is { } v ? v + " " : "")}{r.Name}（{r.Detail}，{r.From:yyyy-MM-dd} 起）"));
        return kind switch
        {
            CapacityKind.Organisation => new(active.Count >= OrganisationsRequired,
                $"截至{facts.AsOf.ChineseDate()}，支持引导的社会组织（社会工作服务机构）{active.Count} 家（标准：至少 {OrganisationsRequired} 家）" +
                (active.Count > 0 ? "：" + List(active) : "")),
            CapacityKind.YouthSocialWorker => new(active.Count >= 1,
                $"截至{facts.AsOf.ChineseDate()}，工作站配备青少年事务社工 {active.Count} 名（标准：至少 1 名）" + (active.Count > 0 ? "：" + List(active) : "")),
            _ => VolunteerOutcome(facts, active, List)
        };
    }

    private static CheckOutcome VolunteerOutcome(CapacityFacts facts, IReadOnlyList<CapacityRecord> teams, Func<IEnumerable<CapacityRecord>, string> list)
    {
        var without = facts.Villages.Where(v => teams.All(t => t.VillageId != v.Id)).Select(v => v.Name).ToList();
        return new(facts.Villages.Count > 0 && without.Count == 0,
            $"截至{facts.AsOf.ChineseDate()}，{facts.Villages.Count} 个村（社区）中 {facts.Villages.Count - without.Count} 个有未成年人保护志愿服务队" +
            (teams.Count > 0 ? "：" + list(teams) : "") + (without.Count > 0 ? $"；尚无：{string.Join("、", without)}" : ""));
    }
}

/// <summary>The counts' rules in the compliance engine (registered by <see cref="CapacityModule"/>).</summary>
public sealed class CapacityComplianceRules : IComplianceRules
{
    public IReadOnlyList<ComplianceRule> Rules { get; } = [CapacityCadence.Organisations, CapacityCadence.SocialWorker, CapacityCadence.VolunteerTeams];

    public async Task<IReadOnlyList<Finding>> EvaluateAsync(IQuerySession session, CadenceOptions cadence, DateOnly asOf, CancellationToken ct) =>
        CapacityCadence.Evaluate(await CapacityCadence.FactsAsync(session, asOf, ct), cadence).ToList();
}

/// <summary>附件2 第69项's figure.</summary>
public sealed class OrganisationsSupportedCheck : IEvidenceRecordCheck
{
    public string Code => "OrganisationsSupported";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        CapacityCadence.Outcome(CapacityKind.Organisation, await CapacityCadence.FactsAsync(session, day, ct));
}

/// <summary>附件2 第71项's figure.</summary>
public sealed class YouthSocialWorkerCheck : IEvidenceRecordCheck
{
    public string Code => "YouthSocialWorker";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        CapacityCadence.Outcome(CapacityKind.YouthSocialWorker, await CapacityCadence.FactsAsync(session, day, ct));
}

/// <summary>附件2 第74项's figure (its second part: a volunteer team in every village).</summary>
public sealed class VolunteerTeamsCheck : IEvidenceRecordCheck
{
    public string Code => "VolunteerTeamInEveryVillage";

    public async Task<CheckOutcome> RunAsync(IQuerySession session, DateOnly day, CancellationToken ct) =>
        CapacityCadence.Outcome(CapacityKind.VolunteerTeam, await CapacityCadence.FactsAsync(session, day, ct));
}
