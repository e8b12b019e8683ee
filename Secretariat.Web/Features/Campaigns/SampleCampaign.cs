using System.Reflection;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>
/// The notice's campaign (铜罐驿府发〔2022〕3号 六、工作步骤; 附件2 铜罐驿镇未成年人保护示范创建工作任务分解表): its 34 task items and 4
/// negative-list items as written (SampleCampaign.tsv, one row each, taken from the notice), loaded on the first start of the sample
/// town through <see cref="OpenCampaign"/>, the command a district uses, exactly once (its stream id is fixed).
/// </summary>
public static class SampleCampaign
{
    public static readonly Guid Id = Guid.Parse("0e5c2a1f-7a3b-4c53-9d2e-2022021500a2");
    public const string Title = "铜罐驿镇未成年人保护示范创建工作";
    public const string Basis = "铜罐驿府发〔2022〕3号 附件2 铜罐驿镇未成年人保护示范创建工作任务分解表";

    /// <summary>六(二)-(四) and 附件2 注1-2: evidence since 2021, negative list since 2020, by 2-15; review 2-15..2-20; acceptance by 2-28.</summary>
    public static readonly CampaignSchedule Schedule = new(new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1), 2022, new DateOnly(2022, 2, 15),
        new DateOnly(2022, 2, 15), new DateOnly(2022, 2, 20), new DateOnly(2022, 2, 28));

    /// <summary>
    /// How the table names the town's units: 民政和社办 is 民政和社事办 written short; 妇联's work is led by the head of 劳动就业与社保所 (附件1);
    /// 学校 is the town's 实验学校.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> UnitAliases = new Dictionary<string, string>
    {
        ["民政和社办"] = "民政和社事办", ["妇联"] = "劳动就业与社保所", ["学校"] = "实验学校"
    };

    public static readonly Actor Loader = new(Guid.Empty, "示例数据（铜罐驿府发〔2022〕3号）", [.. Permissions.RolesWith(Capability.ManageCampaigns)], null, null);

    public static OpenCampaign Command() => new(Id, Title, Basis, Schedule, Items, UnitAliases, null, Loader);

    public static IReadOnlyList<ItemDraft> Items { get; } = Read();

    private static IReadOnlyList<ItemDraft> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Secretariat.Web.Features.Campaigns.SampleCampaign.tsv")
            ?? throw new InvalidOperationException("SampleCampaign.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var items = new List<ItemDraft>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var c = line.Split('\t');
            var kind = c[0] == "neg" ? ItemKind.Negative : ItemKind.Task;
            var kinds = c[8].Split('、', StringSplitOptions.RemoveEmptyEntries).Select(EvidenceKinds.Parse).ToList();
            var check = c[11] switch
            {
                "meetings-with-minutes" => RecordCheck.MeetingsWithMinutes,
                "director-in-every-village" => RecordCheck.DirectorInEveryVillage,
                "child-data-quarterly" => RecordCheck.ChildDataQuarterly,
                "home-visits-by-risk" => RecordCheck.HomeVisitsByRisk,
                "child-registers" => RecordCheck.ChildRegisters,
                "mandatory-reporting" => RecordCheck.MandatoryReporting,
                "activities-per-village-quarter" => RecordCheck.ActivitiesPerVillageQuarter,
                "written-replies-within-month" => RecordCheck.WrittenRepliesWithinMonth,
                "staff-checks-kept" => RecordCheck.StaffChecksKept,
                "organisations-supported" => RecordCheck.OrganisationsSupported,
                "youth-social-worker" => RecordCheck.YouthSocialWorker,
                "volunteer-team-in-every-village" => RecordCheck.VolunteerTeamInEveryVillage,
                "director-reviews-and-allowances" => RecordCheck.DirectorReviewsAndAllowances,
                _ => RecordCheck.None
            };
            items.Add(new ItemDraft(kind, int.Parse(c[1]), c[2], c[3], c[4], new EvidenceSpec(c[5], kinds, c[9], c[10], check), c[6], c[7]));
        }
        return items;
    }
}

public static class EvidenceKinds
{
    public static readonly IReadOnlyList<EvidenceKind> All = Enum.GetValues<EvidenceKind>();

    public static string Chinese(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.Document => "文件",
        EvidenceKind.Minutes => "会议纪要",
        EvidenceKind.Text => "文字材料",
        EvidenceKind.Picture => "图片",
        EvidenceKind.Register => "名册",
        EvidenceKind.Contract => "合同",
        EvidenceKind.Video => "视频",
        _ => kind.ToString()
    };

    public static EvidenceKind Parse(string chinese) =>
        All.Where(k => k.Chinese() == chinese.Trim()).Cast<EvidenceKind?>().FirstOrDefault() ?? throw new FormatException($"Unknown evidence kind {chinese}");
}
