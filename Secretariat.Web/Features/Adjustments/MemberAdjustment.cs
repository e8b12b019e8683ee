
namespace Secretariat.Web.Features.Adjustments;

public enum AdjustmentKind
{
    Replace,
    Add,
    Remove,
    ChangeRole
}

public enum AdjustmentStatus
{
    Submitted,
    Returned,
    PendingApproval,
    Approved,
    Rejected,
    Withdrawn
}

public static class AdjustmentNames
{
    public static string Chinese(this AdjustmentKind kind) => kind switch
    {
        AdjustmentKind.Replace => "替换成员",
        AdjustmentKind.Add => "增加成员",
        AdjustmentKind.Remove => "减少成员",
        AdjustmentKind.ChangeRole => "调整职务",
        _ => kind.ToString()
    };

    public static string Chinese(this AdjustmentStatus status) => status switch
    {
        AdjustmentStatus.Submitted => "待受理",
        AdjustmentStatus.Returned => "已退回",
        AdjustmentStatus.PendingApproval => "待审批",
        AdjustmentStatus.Approved => "已批准",
        AdjustmentStatus.Rejected => "已驳回",
        AdjustmentStatus.Withdrawn => "已撤回",
        _ => status.ToString()
    };

    public static bool IsDecided(this AdjustmentStatus status) =>
        status is AdjustmentStatus.Approved or AdjustmentStatus.Rejected or AdjustmentStatus.Withdrawn;
}

/// <summary>A member adjustment request (成员调整): its proposal, status and who did each step.</summary>
public sealed class MemberAdjustment
{
    public Guid Id { get; set; }
    public string Number { get; set; } = "";
    public AdjustmentProposal Proposal { get; set; } = default!;
    public AdjustmentStatus Status { get; set; }
    public StepBy FiledBy { get; set; } = default!;
    public List<string> Timeline { get; set; } = [];
    public Guid? AttachmentId { get; set; }
    public string? AttachmentName { get; set; }

    /// <summary>Since when it has waited for the office (待受理) or the approver (待审批); null while it waits for no one.</summary>
    public DateOnly? WaitingSince { get; set; }

    /// <summary>Number of events applied: the version a decision was taken against.</summary>
    public int Version { get; set; }

    public static MemberAdjustment Create(AdjustmentFiled e) => new()
    {
        Id = e.AdjustmentId, Number = e.Number, Proposal = e.Proposal, Status = AdjustmentStatus.Submitted, FiledBy = e.By,
        Timeline = [$"{When(e.By)} {e.By.Name} 提交申请"], Version = 1, AttachmentId = e.AttachmentId, AttachmentName = e.AttachmentName,
        WaitingSince = e.By.At.ToTownDate()
    };

    public void Apply(AdjustmentAmended e) => Step(AdjustmentStatus.Submitted, $"{When(e.By)} {e.By.Name} 修改后重新提交", () => Proposal = e.Proposal, e.By);
    public void Apply(AdjustmentAcceptedForApproval e) => Step(AdjustmentStatus.PendingApproval, $"{When(e.By)} {e.By.Name} 受理并报请审批", by: e.By);
    public void Apply(AdjustmentReturned e) => Step(AdjustmentStatus.Returned, $"{When(e.By)} {e.By.Name} 退回：{e.Comment}");
    public void Apply(AdjustmentWithdrawn e) => Step(AdjustmentStatus.Withdrawn, $"{When(e.By)} {e.By.Name} 撤回{(e.Reason is null ? "" : "：" + e.Reason)}");
    public void Apply(AdjustmentApproved e) => Step(AdjustmentStatus.Approved, $"{When(e.By)} {e.By.Name} 批准，{e.EffectiveOn:yyyy-MM-dd} 起生效{(e.Comment is null ? "" : "。意见：" + e.Comment)}");
    public void Apply(AdjustmentRejected e) => Step(AdjustmentStatus.Rejected, $"{When(e.By)} {e.By.Name} 驳回：{e.Comment}");

    private static string When(StepBy by) => by.At.ToTownTime().ToString("yyyy-MM-dd HH:mm");

    private void Step(AdjustmentStatus status, string line, Action? change = null, StepBy? by = null)
    {
        change?.Invoke();
        if (status != Status) WaitingSince = status is AdjustmentStatus.Submitted or AdjustmentStatus.PendingApproval && by is not null
            ? by.At.ToTownDate() : null;
        Status = status;
        Timeline.Add(line);
        Version++;
    }
}
