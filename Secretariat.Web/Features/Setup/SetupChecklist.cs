using Secretariat.Web.Features.Training;

namespace Secretariat.Web.Features.Setup;

/// <summary>The steps that make a new town ready to work, in the order an office takes them.</summary>
public enum SetupStep
{
    /// <summary>成立: the leading group (with its office) and the work station established from their founding document.</summary>
    Establish,
    /// <summary>名单: their founding roster, with a 组长 and a 站长.</summary>
    Roster,
    /// <summary>成员单位: the member units, villages and communities registered.</summary>
    Units,
    /// <summary>儿童主任: every village and community has a child director, and the town a child supervisor (R5).</summary>
    ChildDirectors,
    /// <summary>镇街信息: the names the town prints and its document prefixes checked by its 管理员.</summary>
    Profile,
    /// <summary>账号: the 组长 and the 站长 can sign in as themselves (to sign minutes off and approve changes).</summary>
    Accounts
}

/// <summary>One step: done or not, what stands (in Chinese), where to do it, and the capability that link needs.</summary>
public sealed record SetupStepState(SetupStep Step, bool Done, string Detail, string Href, Capability Opens)
{
    public string Title => Step switch
    {
        SetupStep.Establish => "成立",
        SetupStep.Roster => "名单",
        SetupStep.Units => "成员单位",
        SetupStep.ChildDirectors => "儿童主任",
        SetupStep.Profile => "镇街信息",
        SetupStep.Accounts => "账号",
        _ => Step.ToString()
    };
}

/// <summary>A town's setup: each step's state; the town is ready when every step is done.</summary>
public sealed record SetupProgress(IReadOnlyList<SetupStepState> Steps)
{
    public int DoneCount => Steps.Count(s => s.Done);
    public bool IsReady => Steps.All(s => s.Done);
    public SetupStepState? Next => Steps.FirstOrDefault(s => !s.Done);

    /// <summary>"4/6（待办：镇街信息、账号）" or "已就绪".</summary>
    public string Summary => IsReady ? "已就绪" : $"{DoneCount}/{Steps.Count}（待办：{string.Join("、", Steps.Where(s => !s.Done).Select(s => s.Title))}）";
}

/// <summary>
/// Where a town stands in its setup (成立 → 名单 → 成员单位 → 儿童主任 → 镇街信息 → 账号), read from its roster, units, child
/// directors, profile and accounts: the new town's dashboard shows it until the town is ready, the district's 镇街管理 for every town.
/// </summary>
public static class SetupChecklist
{
    /// <summary>The progress of the session's town.</summary>
    public static async Task<SetupProgress> OfAsync(IQuerySession session, TownProfile town, IReadOnlyList<TownMembership> memberships, DateOnly today,
        CancellationToken ct)
    {
        var founding = await FoundingTown.LoadAsync(session, ct);
        var queries = new TrainingQueries(session);
        var workers = await queries.ServingBetweenAsync(today, today, ct);
        return Of(founding, workers, town, memberships, today);
    }

    public static SetupProgress Of(FoundingTown founding, IReadOnlyList<ChildWorker> serving, TownProfile town, IReadOnlyList<TownMembership> memberships,
        DateOnly today)
    {
        var group = founding.Bodies[BodyKind.LeadingGroup];
        var station = founding.Bodies[BodyKind.WorkStation];
        var steps = new List<SetupStepState>();

        var established = new[] { group, station }.Count(b => b is not null);
        steps.Add(new(SetupStep.Establish, established == 2,
            established == 2 ? $"领导小组和工作站已成立（{Distinct(group!.Basis, station!.Basis)}）"
            : group is not null ? $"领导小组已成立（{group.Basis}），工作站尚未成立"
            : station is not null ? $"工作站已成立（{station.Basis}），领导小组尚未成立"
            : "登记领导小组和工作站的成立文件（发文机关、文号、成文日期）",
            "/roster/establish", Capability.EstablishBodies));

        var leader = group?.ActiveOn(today).FirstOrDefault(t => t.Role == RosterRole.Leader);
        var master = station?.ActiveOn(today).FirstOrDefault(t => t.Role == RosterRole.StationMaster);
        string Count(BodyRoster? body, string name) =>
            body is null ? $"{name}尚未成立" : body.Tenures.Count == 0 ? $"{name}尚未导入名单" : $"{name} {body.ActiveOn(today).Count()} 人";
        steps.Add(new(SetupStep.Roster, leader is not null && master is not null,
            $"{Count(group, "领导小组")}，{Count(station, "工作站")}" +
            (group is { Tenures.Count: > 0 } && leader is null ? "；领导小组没有组长" : "") +
            (station is { Tenures.Count: > 0 } && master is null ? "；工作站没有站长" : ""),
            "/setup/roster", Capability.EstablishBodies));

        var villages = founding.Units.Where(u => u.Kind is UnitKind.Village or UnitKind.Community).ToList();
        steps.Add(new(SetupStep.Units, founding.Units.Count > 0 && villages.Count > 0,
            founding.Units.Count == 0 ? "尚未登记成员单位、村和社区"
            : $"已登记 {founding.Units.Count} 个单位，其中村（社区）{villages.Count} 个" + (villages.Count == 0 ? "：请登记各村（社区）" : ""),
            "/roster/units", Capability.ReadTown));

        var coverage = Coverage.Of(villages, serving, today);
        var vacant = coverage.Where(c => !c.IsCovered).Select(c => c.Village.Name).ToList();
        var supervisors = serving.Count(w => w.AppointmentOn(today) is { Duty: ChildWorkerDuty.ChildSupervisor });
        steps.Add(new(SetupStep.ChildDirectors, villages.Count > 0 && vacant.Count == 0 && supervisors > 0,
            villages.Count == 0 ? "先登记村（社区），再登记各村（社区）的儿童主任"
            : (vacant.Count == 0 ? $"{villages.Count} 个村（社区）均有儿童主任" : $"{vacant.Count} 个村（社区）没有儿童主任：{string.Join("、", vacant.Take(5))}{(vacant.Count > 5 ? " 等" : "")}") +
              (supervisors > 0 ? $"；儿童督导员 {supervisors} 人" : "；尚无儿童督导员"),
            "/training/coverage", Capability.ReadTown));

        steps.Add(new(SetupStep.Profile, town.ConfirmedAt is not null,
            town.ConfirmedAt is { } at ? $"管理员已于 {at.ChineseDate()} 核对" : "请管理员核对政府全称、发文机关和各类文件的文号前缀，并保存",
            "/town", Capability.EditTownProfile));

        bool HasAccount(Tenure? seat, Capability capability) => seat is not null &&
            memberships.Any(m => m.PersonId == seat.PersonId && Permissions.Grants(m.Roles, capability));
        var leaderReady = HasAccount(leader, Capability.ApproveAdjustments);
        var masterReady = HasAccount(master, Capability.ActAsStationMaster);
        steps.Add(new(SetupStep.Accounts, leaderReady && masterReady,
            leader is null || master is null ? "名单导入后，为组长和站长建立账号（关联名单人员）"
            : leaderReady && masterReady ? $"组长 {leader.PersonName}、站长 {master.PersonName} 已有账号"
            : string.Join("；", new[]
            {
                leaderReady ? null : $"组长 {leader.PersonName} 尚无关联名单的组长账号",
                masterReady ? null : $"站长 {master.PersonName} 尚无关联名单的工作站账号"
            }.OfType<string>()),
            "/accounts", Capability.ReadAccounts));
        return new SetupProgress(steps);
    }

    private static string Distinct(string a, string b) => a == b ? a : $"{a}；{b}";
}
