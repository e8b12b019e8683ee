namespace Secretariat.Web.Features.Children;

/// <summary>
/// The town's risk scale (附件2 第28项: 风险评估等级指标和分级干预措施，明确不同风险等级家访频率): what each level means and how often its
/// children are visited; and how many years the children's personal data is kept after they turn 18. One stream per town; until
/// the town sets its own, <see cref="Default"/> holds.
/// </summary>
public sealed class RiskScale
{
    public static readonly Guid StreamId = StableIds.From("secretariat-children-risk-scale");

    public const int MinVisitEveryDays = 1;
    public const int MaxVisitEveryDays = 180;
    public const int MaxRetentionYears = 10;
    public const int MaxMeaningLength = 200;

    public Guid Id { get; set; }
    public int Version { get; set; }
    public List<RiskLevelRule> Levels { get; set; } = [];
    public int RetentionYears { get; set; }
    public StepBy? SetBy { get; set; }

    public static RiskScale Default => new()
    {
        Id = StreamId,
        Levels =
        [
            new(RiskLevel.High, "存在监护缺失、受侵害风险或生活陷入严重困境，需密切跟踪、及时干预", 15),
            new(RiskLevel.Medium, "监护能力不足或生活、学习、身心健康有明显困难，需定期关注帮扶", 30),
            new(RiskLevel.Low, "监护到位、生活基本稳定，需常规关爱", 90)
        ],
        RetentionYears = 1
    };

    public static RiskScale Create(RiskScaleSet e)
    {
        var scale = new RiskScale { Id = StreamId };
        scale.Apply(e);
        return scale;
    }

    public void Apply(RiskScaleSet e)
    {
        Levels = [.. e.Levels.OrderBy(l => l.Level)];
        RetentionYears = e.RetentionYears;
        SetBy = e.By;
    }

    public RiskLevelRule Rule(RiskLevel level) => Levels.FirstOrDefault(l => l.Level == level) ?? Default.Levels.First(l => l.Level == level);

    public int VisitEveryDays(RiskLevel level) => Rule(level).VisitEveryDays;

    /// <summary>The day a child's next visit is due: the last visit (or the registration) plus the level's interval.</summary>
    public DateOnly NextVisitDue(ChildRecord child) => child.VisitAnchor.AddDays(VisitEveryDays(child.RiskLevel));

    /// <summary>The day the child's personal data goes: certainly 18, plus the retention years.</summary>
    public DateOnly ErasureDue(ChildRecord child) => child.AdultOn.AddYears(RetentionYears);

    /// <summary>The frequency in words: 每 15 天至少一次.</summary>
    public static string Frequency(int days) => days switch
    {
        7 => "每周至少一次",
        15 => "每半月至少一次",
        30 => "每月至少一次",
        60 => "每两个月至少一次",
        90 => "每季度至少一次",
        180 => "每半年至少一次",
        _ => $"每 {days} 天至少一次"
    };

    /// <summary>The town's scale, or the default until it sets one.</summary>
    public static async Task<RiskScale> LoadAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<RiskScale>(StreamId, ct) ?? Default;
}
