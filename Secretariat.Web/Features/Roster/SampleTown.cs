namespace Secretariat.Web.Features.Roster;

/// <summary>
/// The town of 铜罐驿镇 as its notice 铜罐驿府发〔2022〕3号 of 2022-01-28 sets it up: 附件1 (the leading group),
/// 四、组织架构 (its office) and 附件3-1 (the work station).
/// </summary>
public static class SampleTown
{
    public const string Basis = "铜罐驿府发〔2022〕3号";
    /// <summary>The town of the notice: the first town of a new deployment.</summary>
    public const string TownName = "铜罐驿镇";
    public static readonly DateOnly EstablishedOn = new(2022, 1, 28);

    public static readonly IReadOnlyList<(string Name, UnitKind Kind)> Units =
    [
        ("党政办", UnitKind.TownBody), ("民政和社事办", UnitKind.TownBody), ("平安办", UnitKind.TownBody),
        ("财政办", UnitKind.TownBody), ("城管大队", UnitKind.TownBody), ("文服中心", UnitKind.TownBody),
        ("劳动就业与社保所", UnitKind.TownBody), ("团委", UnitKind.TownBody), ("镇中心卫生院", UnitKind.TownBody),
        ("实验学校", UnitKind.TownBody), ("派出所", UnitKind.TownBody), ("市场监管所", UnitKind.TownBody),
        ("双骑龙村", UnitKind.Village), ("建设村", UnitKind.Village), ("观音桥村", UnitKind.Village),
        ("英雄湾村", UnitKind.Village), ("新合村", UnitKind.Village), ("大碑村", UnitKind.Village),
        ("黄金堡村", UnitKind.Village), ("冬笋坝社区", UnitKind.Community), ("铜罐社区", UnitKind.Community),
        ("齐心社会工作服务中心", UnitKind.Organisation)
    ];

    public sealed record Seat(string Name, RosterRole Role, string? Unit, string Position);

    public static readonly IReadOnlyList<Seat> LeadingGroup =
    [
        new("叶伟", RosterRole.Leader, null, "党委副书记、镇长"),
        new("胡鹏来", RosterRole.DeputyLeader, null, "宣传委员"),
        new("蔡拔林", RosterRole.DeputyLeader, null, "政法委员、统战委员"),
        new("范波", RosterRole.DeputyLeader, null, "武装部长、副镇长"),
        new("廖平", RosterRole.DeputyLeader, null, "组织委员"),
        new("刘兵", RosterRole.DeputyLeader, null, "副镇长"),
        new("孔波", RosterRole.Member, "党政办", "党政办负责人"),
        new("黄荣亮", RosterRole.Member, "民政和社事办", "民政和社事办负责人"),
        new("刘亚东", RosterRole.Member, "平安办", "平安办负责人"),
        new("刘宗建", RosterRole.Member, "财政办", "财政办负责人"),
        new("黎树", RosterRole.Member, "城管大队", "城管大队队长"),
        new("李雪梅", RosterRole.Member, "文服中心", "文服中心负责人"),
        new("邓娟", RosterRole.Member, "劳动就业与社保所", "劳动就业与社保所负责人、妇联负责人"),
        new("钱洪伟", RosterRole.Member, "团委", "团委负责人"),
        new("徐晖", RosterRole.Member, "镇中心卫生院", "镇中心卫生院副院长"),
        new("牟俊英", RosterRole.Member, "实验学校", "实验学校校长"),
        new("涂安银", RosterRole.Member, "派出所", "派出所所长"),
        new("向明", RosterRole.Member, "市场监管所", "市场监管所所长"),
        new("陈襄", RosterRole.Member, "双骑龙村", "双骑龙村负责人"),
        new("刘建容", RosterRole.Member, "建设村", "建设村负责人"),
        new("刘郭胜", RosterRole.Member, "观音桥村", "观音桥村负责人"),
        new("王速明", RosterRole.Member, "英雄湾村", "英雄湾村负责人"),
        new("李小琴", RosterRole.Member, "新合村", "新合村负责人"),
        new("杨伟", RosterRole.Member, "大碑村", "大碑村负责人"),
        new("刘冬梅", RosterRole.Member, "黄金堡村", "黄金堡村负责人"),
        new("刘长玲", RosterRole.Member, "冬笋坝社区", "冬笋坝社区负责人"),
        new("赵文君", RosterRole.Member, "铜罐社区", "铜罐社区负责人")
    ];

    public static readonly IReadOnlyList<Seat> Secretariat =
    [
        new("刘兵", RosterRole.SecretariatDirector, null, "副镇长（兼任）"),
        new("黄荣亮", RosterRole.SecretariatDeputyDirector, "民政和社事办", "民政和社事办负责人（兼任）"),
        new("赵旦月", RosterRole.SecretariatStaff, "民政和社事办", "负责日常工作及资料收集")
    ];

    public static readonly IReadOnlyList<Seat> WorkStation =
    [
        new("刘兵", RosterRole.StationMaster, null, "副镇长"),
        new("涂安银", RosterRole.DeputyStationMaster, "派出所", "派出所所长"),
        new("黄荣亮", RosterRole.StationMember, "民政和社事办", "民政和社事办负责人"),
        new("邓娟", RosterRole.StationMember, "劳动就业与社保所", "劳动就业与社保所负责人、妇联负责人"),
        new("刘亚东", RosterRole.StationMember, "平安办", "平安办负责人"),
        new("钱洪伟", RosterRole.StationMember, "团委", "团委负责人"),
        new("徐晖", RosterRole.StationMember, "镇中心卫生院", "镇中心卫生院副院长"),
        new("牟俊英", RosterRole.StationMember, "实验学校", "实验学校校长"),
        new("向明", RosterRole.StationMember, "市场监管所", "市场监管所所长"),
        new("赵旦月", RosterRole.ChildSupervisor, "民政和社事办", "儿童督导员、残联工作负责人"),
        new("陈宏", RosterRole.StationMember, "齐心社会工作服务中心", "齐心社会工作服务中心负责人"),
        new("邹利", RosterRole.ChildDirector, "双骑龙村", "双骑龙村儿童主任"),
        new("朱美桦", RosterRole.ChildDirector, "建设村", "建设村儿童主任"),
        new("李丽妮", RosterRole.ChildDirector, "观音桥村", "观音桥村儿童主任"),
        new("罗翠", RosterRole.ChildDirector, "英雄湾村", "英雄湾村儿童主任"),
        new("牟芸瑶", RosterRole.ChildDirector, "新合村", "新合村儿童主任"),
        new("刘德英", RosterRole.ChildDirector, "大碑村", "大碑村儿童主任"),
        new("何捷", RosterRole.ChildDirector, "黄金堡村", "黄金堡村儿童主任"),
        new("黄俊人", RosterRole.ChildDirector, "冬笋坝社区", "冬笋坝社区儿童主任"),
        new("赵筱晗", RosterRole.ChildDirector, "铜罐社区", "铜罐社区儿童主任")
    ];

    public static IReadOnlyList<Seat> SeatsOf(BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => LeadingGroup,
        BodyKind.Secretariat => Secretariat,
        BodyKind.WorkStation => WorkStation,
        _ => []
    };

    /// <summary>The notice's 发文机关.</summary>
    public const string Issuer = "重庆市九龙坡区铜罐驿镇人民政府";

    public static string BodyName(BodyKind kind) => kind switch
    {
        BodyKind.LeadingGroup => "铜罐驿镇未成年人保护工作领导小组",
        BodyKind.Secretariat => "铜罐驿镇未成年人保护工作领导小组办公室",
        BodyKind.WorkStation => "铜罐驿镇未成年人保护工作站",
        _ => kind.ToString()
    };

    /// <summary>
    /// The notice's lists as the founding workbook holds them (成员单位, 附件1, 四、组织架构, 附件3-1, and its child directors and
    /// supervisor on the notice's date): what an office would type into the template from the notice.
    /// </summary>
    public static FoundingSheets Sheets() => new(
        Units.Select((u, i) => new UnitRow(i + 2, u.Name, u.Kind)).ToList(),
        Enum.GetValues<BodyKind>().Select(kind => new BodySheet(kind,
            SeatsOf(kind).Select((seat, i) => new SeatRow(i + 2, seat.Role.Chinese(), seat.Name, seat.Position, seat.Unit)).ToList())).ToList(),
        WorkStation.Where(s => s.Role is RosterRole.ChildDirector or RosterRole.ChildSupervisor)
            .Select((seat, i) => new ChildWorkerRow(i + 2, seat.Unit!, seat.Name, seat.Role.Chinese(), EstablishedOn, Basis)).ToList());

    /// <summary>The notice's lists as a filled-in founding workbook (.xlsx): the first start imports this file.</summary>
    public static byte[] Workbook() => FoundingWorkbook.Write(Sheets());

    /// <summary>The same name in the notice is the same person across bodies (e.g. 刘兵: 副组长, 主任, 站长).</summary>
    public static Guid PersonId(string name) => FoundingIds.PersonId(name);

    public static Guid UnitId(string name) => FoundingIds.UnitId(name);

    public static Guid TenureId(BodyKind body, string name) => FoundingIds.TenureId(body, name, EstablishedOn);
}
