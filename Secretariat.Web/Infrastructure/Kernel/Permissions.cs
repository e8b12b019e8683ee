using System.Security.Claims;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// What a role may do: one column of the permission table (<see cref="Permissions.Table"/>). Route policies, the links and
/// buttons a page shows, record-level rules, the readers of minors' data and the audience of alerts and notices all ask
/// the table; nothing else names a role.
/// </summary>
public enum Capability
{
    // ---- within a town ----
    /// <summary>Open the town and read its pages (roster, meetings, resolutions, adjustments, training, reports, campaigns, alerts).</summary>
    ReadTown,
    /// <summary>Read the units' own records (member adjustments, campaign submissions): every unit's, or the account's own unit's.</summary>
    ReadUnitRecords,
    /// <summary>Be shown compliance alerts and figures: all of them, the work station's rules, or the own unit's.</summary>
    FollowAlerts,
    /// <summary>Answer for alerts (标记已知悉), in the same reach.</summary>
    AnswerAlerts,
    /// <summary>Convene, reschedule and cancel meetings, set the agenda, record attendance, draft minutes, issue circulars (the office, 五(二)).</summary>
    RunMeetings,
    /// <summary>
    /// Run the work station's own work (附件3 四、五(四)): convene its 全体会议 and 工作例会 and keep their agenda, attendance, minutes and
    /// circulars, answer the units' topics (议题), draft the matters the leading group is to decide (拟议事项, 正文 五(三)), keep the tasks
    /// handed to it (交办) and confirm its own decided matters done. Signing its minutes off is the 站长's (<see cref="ActAsStationMaster"/>).
    /// </summary>
    RunStationMeetings,
    /// <summary>Propose an agenda item, or raise a topic (议题) to the work station: for any unit, or for the own unit.</summary>
    ProposeAgenda,
    /// <summary>Sign off or return minutes, as the meeting's convener (record rule: the convener's person).</summary>
    SignOffMinutes,
    /// <summary>Confirm a resolution done (办结), extend its due date, carry it over to another meeting.</summary>
    FollowUpResolutions,
    /// <summary>Report a resolution's progress: any unit's, or the own unit's.</summary>
    ReportProgress,
    /// <summary>Register member units and keep the bodies' records.</summary>
    ManageRoster,
    /// <summary>Establish the leading group and the work station (成立) from their founding document, and bring in their founding roster, member units and child directors from a sheet.</summary>
    EstablishBodies,
    /// <summary>File, amend or withdraw a member adjustment: for any unit, or for the own unit.</summary>
    FileAdjustments,
    /// <summary>Accept (受理) or return an adjustment (the office).</summary>
    HandleAdjustments,
    /// <summary>Approve or reject the leading group's adjustments (the 组长).</summary>
    ApproveAdjustments,
    /// <summary>Act in the 站长's seat when the account's roster person holds it that day (record rule): approve the station's adjustments, submit its half-year report, approve an export of the children's registers.</summary>
    ActAsStationMaster,
    /// <summary>Appoint child directors and supervisors, record their training.</summary>
    ManageTraining,
    /// <summary>Write the station's half-year report.</summary>
    WriteReports,
    /// <summary>Receive, return and table the station's reports.</summary>
    ReceiveReports,
    /// <summary>Report a major matter to the district (重大事项报区) and record its handling.</summary>
    ReportMajorMatters,
    /// <summary>Open a 示范创建 campaign, add items, download the evidence pack.</summary>
    ManageCampaigns,
    /// <summary>Submit a campaign's evidence: for any unit, or the own unit.</summary>
    SubmitEvidence,
    /// <summary>The 初审 of campaign evidence.</summary>
    ReviewEvidence,
    /// <summary>Report a rectification: of any item, or of the items the own unit leads.</summary>
    ReportRectification,
    /// <summary>Open files flagged 含未成年人信息 (附件3-3 三); every read is logged.</summary>
    ReadMinorsData,
    /// <summary>Read the log of those reads.</summary>
    ReadMinorsDataLog,
    /// <summary>List the town's accounts and correct their contacts.</summary>
    ReadAccounts,
    /// <summary>Create accounts, reset passwords, enable/disable, change roles; see locked user names.</summary>
    AdministerAccounts,
    /// <summary>Set up notification channels, send tests, resend dead letters.</summary>
    ConfigureNotifications,
    /// <summary>Read the notification log.</summary>
    ReadNotificationLog,
    /// <summary>Edit the town's profile (names, document prefixes, the day checks start).</summary>
    EditTownProfile,
    /// <summary>Run the compliance check now.</summary>
    RunCompliance,
    /// <summary>Read the children's registers (pseudonymous records, visits, the quarterly ledger): every village's, or the own village's (附件3 五(七)(八)).</summary>
    ReadChildRegisters,
    /// <summary>Register children, change their records, enter and correct their personal data, erase it on a lawful request, set the town's risk scale, review and submit the quarters.</summary>
    KeepChildRegisters,
    /// <summary>Record home visits (走访、重点核查): in every village, or in the own village (附件3-2 五).</summary>
    RecordVisits,
    /// <summary>Read a child's personal data (names, ID numbers, addresses, guardians, notes) in full, with a reason; every read is logged.</summary>
    ReadChildrenPersonalData,
    /// <summary>Ask for an export of a register (with personal data); it needs the 站长's approval (<see cref="ActAsStationMaster"/>), and each download is logged.</summary>
    ExportChildRegisters,
    /// <summary>Read the station's service window (接待工作台账), its 强制报告 and its case plans: pseudonymous, the children by reference (附件3 五(三)(七)).</summary>
    ReadCasework,
    /// <summary>Keep the 接待工作台账: log every contact at the window and its outcome (附件3 五(七); 附件3-2 二).</summary>
    KeepServiceLedger,
    /// <summary>Receive a 强制报告 and carry it through 报案、调查、处置、反馈; set the town's periods of those steps (附件2 第19项; 附件3-2 五).</summary>
    HandleMandatoryReports,
    /// <summary>Open case plans (一人一方案、一事一方案, 附件3-3 四), add their steps and 转介, review and close them.</summary>
    KeepCasePlans,
    /// <summary>See and answer the referrals (转介) and case-plan steps given to a unit: every unit's, or the own unit's (never the child's details).</summary>
    AnswerReferrals,
    /// <summary>Record the activities of the 展示墙 (附件2 第25项; 附件3 五(二)): every activity, or those held in the own village or organised by the own unit.</summary>
    RecordActivities,
    /// <summary>Record a suggestion from the court, procuratorate, police or justice office and the written reply (附件2 第62项): any unit's, or the own unit's.</summary>
    RecordSuggestions,
    /// <summary>Record the social forces 附件2 counts (第69、71、74项): social organisations supported, youth social workers, volunteer teams.</summary>
    RecordCapacity,
    /// <summary>Record a unit's 从业查询 of its staff and the end of an employment (附件2 第21项): any unit's, or the own unit's.</summary>
    RecordStaffChecks,
    /// <summary>
    /// Read the child directors' yearly reviews: their grades, comments and allowances are the directors' own employment
    /// records, for those who review, supervise or oversee them, not for a unit's liaison or another village's director.
    /// </summary>
    ReadDirectorReviews,
    /// <summary>Review the child directors each year (考核, 附件3-2 四) and record the allowances paid to them (津补贴, 附件2 第73项).</summary>
    ReviewChildDirectors,

    // ---- the district ----
    /// <summary>The district's own pages over every town: 区概览, the inbox of major matters, campaign acceptance.</summary>
    ReadEveryTown,
    /// <summary>Sign for (签收) and instruct on (批示) a major matter a town reported.</summary>
    InstructMajorMatters,
    /// <summary>The district's side of 示范创建: issue a campaign to the towns, accept items (验收), require and confirm rectifications.</summary>
    RunDistrictCampaigns,
    /// <summary>Add towns and their first administrator, see every locked user name and the background jobs.</summary>
    AdministerDistrict,
}

/// <summary>How far a capability reaches for a role: flags, so that an account with two roles holds both reaches.</summary>
[Flags]
public enum Reach
{
    None = 0,
    /// <summary>Only the records of the account's own unit (a 成员单位联络人 is bound to one).</summary>
    OwnUnit = 1,
    /// <summary>Only the work station's own rules (its alerts).</summary>
    Station = 2,
    /// <summary>Everything of its kind.</summary>
    All = 4,
}

/// <summary>Whether a role holds within one town (a membership) or over the whole district.</summary>
public enum RoleLevel
{
    Town,
    District
}

/// <summary>One row of the permission table: a role, its level, what it may do and how far.</summary>
public sealed record RoleDefinition(string Name, RoleLevel Level, string Description, IReadOnlyDictionary<Capability, Reach> Grants)
{
    public Reach ReachOf(Capability capability) => Grants.GetValueOrDefault(capability);

    /// <summary>A role that acts for its own unit only is bound to one (the account must name it).</summary>
    public bool IsBoundToUnit => Grants.Values.Any(r => r.HasFlag(Reach.OwnUnit));
}

/// <summary>The roles as the notice names them (UI terms, also what accounts store): named here and in nothing but UI text.</summary>
public static class Roles
{
    public const string Administrator = "管理员";
    public const string Secretariat = "办公室";
    public const string Leader = "组长";
    public const string DeputyLeader = "副组长";
    public const string UnitLiaison = "成员单位联络人";
    public const string WorkStation = "工作站";
    public const string Reader = "查阅";
    public const string ChildDirector = "儿童主任";
    public const string ChildSupervisor = "儿童督导员";

    /// <summary>Every town role, in the order pages list them.</summary>
    public static IReadOnlyList<string> All => Permissions.TownRoles;
}

/// <summary>Roles of the district (区), held by an account for every town of the deployment.</summary>
public static class DistrictRoles
{
    /// <summary>区未保办: reads every town's records; writes nothing in a town.</summary>
    public const string Reader = "区未保办";
    /// <summary>区管理员: adds towns and their first administrator.</summary>
    public const string Administrator = "区管理员";

    public static IReadOnlyList<string> All => Permissions.DistrictRoleNames;
}

/// <summary>
/// The permission table: every role (a row) against every capability (a column). Adding a role is one row here;
/// adding a capability is one enum member and its cells here, then its use (a route's <c>RequireCapability</c>, a page's
/// <c>Actor.Can</c>). Capabilities of a district role that work inside a town are read-only there: a town answers every
/// change of a non-member with 403 (<c>TownAccess</c>).
/// </summary>
public static class Permissions
{
    private static Dictionary<Capability, Reach> Grant(Reach reach, params Capability[] capabilities) =>
        capabilities.ToDictionary(c => c, _ => reach);

    private static Dictionary<Capability, Reach> Cells(params Dictionary<Capability, Reach>[] parts) =>
        parts.SelectMany(p => p).ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<Capability, Reach> All(params Capability[] capabilities) => Grant(Reach.All, capabilities);

    /// <summary>What every reader of a town's records holds.</summary>
    private static readonly Capability[] Reading = [Capability.ReadTown, Capability.ReadUnitRecords, Capability.FollowAlerts];

    public static readonly IReadOnlyList<RoleDefinition> Table =
    [
        new(Roles.Administrator, RoleLevel.Town, "镇街的系统管理员：账号、通知设置、镇街信息",
            All([.. Reading, Capability.ReadAccounts, Capability.AdministerAccounts, Capability.ConfigureNotifications, Capability.ReadNotificationLog,
                Capability.EditTownProfile, Capability.RunCompliance, Capability.EstablishBodies])),
        new(Roles.Secretariat, RoleLevel.Town, "领导小组办公室：会议、议定事项督办、成员调整受理、材料初审",
            All([.. Reading, Capability.AnswerAlerts, Capability.RunMeetings, Capability.ProposeAgenda, Capability.FollowUpResolutions,
                Capability.ReportProgress, Capability.ManageRoster, Capability.EstablishBodies, Capability.FileAdjustments, Capability.HandleAdjustments,
                Capability.ActAsStationMaster, Capability.ManageTraining, Capability.ReceiveReports, Capability.ReportMajorMatters,
                Capability.ManageCampaigns, Capability.SubmitEvidence, Capability.ReviewEvidence, Capability.ReportRectification,
                Capability.ReadMinorsData, Capability.ReadMinorsDataLog, Capability.ReadAccounts, Capability.ReadNotificationLog,
                Capability.ReadChildRegisters, Capability.ReadChildrenPersonalData, Capability.ExportChildRegisters, Capability.ReadCasework,
                Capability.RecordActivities, Capability.RecordSuggestions, Capability.RecordCapacity, Capability.RecordStaffChecks, Capability.ReviewChildDirectors, Capability.ReadDirectorReviews])),
        new(Roles.Leader, RoleLevel.Town, "领导小组组长：签发纪要、审批成员调整",
            All([.. Reading, Capability.AnswerAlerts, Capability.SignOffMinutes, Capability.ApproveAdjustments, Capability.ReadMinorsData, Capability.ReadDirectorReviews])),
        new(Roles.DeputyLeader, RoleLevel.Town, "领导小组副组长：受委托召集时签发纪要",
            All([.. Reading, Capability.AnswerAlerts, Capability.SignOffMinutes, Capability.ReadMinorsData, Capability.ReadDirectorReviews])),
        new(Roles.UnitLiaison, RoleLevel.Town, "成员单位联络人：本单位的调整申请、议题、落实情况和创建材料",
            Cells(All(Capability.ReadTown),
                Grant(Reach.OwnUnit, Capability.ReadUnitRecords, Capability.FollowAlerts, Capability.AnswerAlerts, Capability.ProposeAgenda,
                    Capability.ReportProgress, Capability.FileAdjustments, Capability.SubmitEvidence, Capability.ReportRectification,
                    Capability.AnswerReferrals, Capability.RecordActivities, Capability.RecordSuggestions, Capability.RecordStaffChecks))),
        new(Roles.WorkStation, RoleLevel.Town, "未成年人保护工作站：儿童主任培训、半年汇报、材料初审",
            Cells(All(Capability.ReadTown, Capability.ReadUnitRecords, Capability.ActAsStationMaster, Capability.RunStationMeetings, Capability.ManageTraining, Capability.WriteReports,
                    Capability.ReviewEvidence, Capability.ReadMinorsData, Capability.ReadChildRegisters, Capability.KeepChildRegisters,
                    Capability.RecordVisits, Capability.ReadChildrenPersonalData, Capability.ExportChildRegisters, Capability.ReadCasework,
                    Capability.KeepServiceLedger, Capability.HandleMandatoryReports, Capability.KeepCasePlans, Capability.AnswerReferrals,
                    Capability.RecordActivities, Capability.RecordCapacity, Capability.ReviewChildDirectors, Capability.ReadDirectorReviews),
                Grant(Reach.Station, Capability.FollowAlerts, Capability.AnswerAlerts))),
        new(Roles.Reader, RoleLevel.Town, "查阅：阅读本镇街各页，不作任何更改", All([.. Reading, Capability.ReadDirectorReviews])),
        new(Roles.ChildSupervisor, RoleLevel.Town, "儿童督导员：工作站日常服务、儿童名册、走访、儿童主任培训",
            Cells(All(Capability.ReadTown, Capability.ReadUnitRecords, Capability.ManageTraining, Capability.ReadMinorsData, Capability.ReadChildRegisters,
                    Capability.KeepChildRegisters, Capability.RecordVisits, Capability.ReadChildrenPersonalData, Capability.ExportChildRegisters,
                    Capability.ReadCasework, Capability.KeepServiceLedger, Capability.HandleMandatoryReports, Capability.KeepCasePlans, Capability.AnswerReferrals,
                    Capability.RecordActivities, Capability.RecordCapacity, Capability.ReviewChildDirectors, Capability.ReadDirectorReviews),
                Grant(Reach.Station, Capability.FollowAlerts, Capability.AnswerAlerts))),
        new(Roles.ChildDirector, RoleLevel.Town, "儿童主任：本村（社区）儿童的走访和名册",
            Cells(All(Capability.ReadTown),
                Grant(Reach.OwnUnit, Capability.FollowAlerts, Capability.AnswerAlerts, Capability.ReadChildRegisters, Capability.RecordVisits,
                    Capability.ReadChildrenPersonalData, Capability.RecordActivities))),
        new(DistrictRoles.Reader, RoleLevel.District, "区未保办：阅读每个镇街（不作更改），验收示范创建，批示重大事项",
            All([.. Reading, Capability.ReadMinorsData, Capability.ReadDirectorReviews, Capability.ReadEveryTown, Capability.InstructMajorMatters,
                Capability.RunDistrictCampaigns])),
        new(DistrictRoles.Administrator, RoleLevel.District, "区管理员：新增镇街及其首个管理员，后台任务", All(Capability.AdministerDistrict)),
    ];

    private static readonly Dictionary<string, RoleDefinition> ByName = Table.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> TownRoles = Table.Where(r => r.Level == RoleLevel.Town).Select(r => r.Name).ToList();

    public static readonly IReadOnlyList<string> DistrictRoleNames = Table.Where(r => r.Level == RoleLevel.District).Select(r => r.Name).ToList();

    public static RoleDefinition? Role(string name) => ByName.GetValueOrDefault(name);

    public static Reach ReachOfRole(string role, Capability capability) => Role(role)?.ReachOf(capability) ?? Reach.None;

    public static bool IsTownRole(string name) => Role(name)?.Level == RoleLevel.Town;

    public static bool IsDistrictRole(string name) => Role(name)?.Level == RoleLevel.District;

    /// <summary>The reach of a set of roles: the union of each role's.</summary>
    public static Reach ReachOf(IEnumerable<string> roles, Capability capability) =>
        roles.Aggregate(Reach.None, (reach, role) => reach | (Role(role)?.ReachOf(capability) ?? Reach.None));

    public static bool Grants(IEnumerable<string> roles, Capability capability) => ReachOf(roles, capability) != Reach.None;

    /// <summary>The roles holding a capability at any reach, in the table's order (a policy's roles, a 403 page's "who may").</summary>
    public static IReadOnlyList<string> RolesWith(Capability capability) =>
        Table.Where(r => r.ReachOf(capability) != Reach.None).Select(r => r.Name).ToList();

    /// <summary>Whether the roles need a unit (one of them acts for its own unit only).</summary>
    public static bool NeedsUnit(IEnumerable<string> roles) => roles.Any(r => Role(r)?.IsBoundToUnit == true);

    /// <summary>The roles the first administrator of a new town gets: every town role that administers accounts or runs meetings.</summary>
    public static IReadOnlyList<string> FirstTownAdministrator =>
        TownRoles.Where(r => Role(r)!.ReachOf(Capability.AdministerAccounts) == Reach.All || Role(r)!.ReachOf(Capability.RunMeetings) == Reach.All).ToList();

    /// <summary>The district roles of the deployment's first administrator (the one the first start makes).</summary>
    public static IReadOnlyList<string> FirstDistrictAdministrator => RolesWith(Capability.AdministerDistrict);

    /// <summary>A user's reach from the role claims of the request (its town's roles and its district roles).</summary>
    public static Reach ReachOf(ClaimsPrincipal user, Capability capability) =>
        ReachOf(user.FindAll(ClaimTypes.Role).Select(c => c.Value), capability);

    public static bool Can(this ClaimsPrincipal user, Capability capability) => ReachOf(user, capability) != Reach.None;

    /// <summary>
    /// The user holds a role of the request's town (a membership), so may change things there as those roles allow; a
    /// district role reads a town and changes nothing in it (<c>TownAccess</c> refuses it).
    /// </summary>
    public static bool IsTownMember(this ClaimsPrincipal user) => user.FindAll(ClaimTypes.Role).Any(c => IsTownRole(c.Value));
}
