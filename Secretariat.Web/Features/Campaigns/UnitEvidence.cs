namespace Secretariat.Web.Features.Campaigns;

/// <summary>Where one unit's evidence for one item stands (初审).</summary>
public enum EvidenceState
{
    /// <summary>未提交 / 未报</summary>
    Missing,
    /// <summary>待初审 (a task item) / filed (a negative-list item: see <see cref="UnitEvidence.Answer"/>)</summary>
    Submitted,
    /// <summary>退回补充</summary>
    Returned,
    /// <summary>初审通过</summary>
    Passed
}

/// <summary>One version as submitted: nothing submitted is ever deleted, a resubmission is the next version.</summary>
public sealed record EvidenceVersion(int Number, string Text, IReadOnlyList<EvidenceFileInfo> Files, IReadOnlyList<RecordLinkInfo> Links,
    NegativeAnswer? Answer, string? Signatory, bool OnBehalf, StepBy By);

/// <summary>One review of a version: passed, or returned with a reason and a new deadline; the app's own check beside it.</summary>
public sealed record EvidenceReview(int Version, bool Passed, string? Reason, DateOnly? ResubmitBy, string? CheckResult, StepBy By);

/// <summary>A unit's evidence for one item of one campaign: every version and review; inline snapshot of its stream.</summary>
public sealed class UnitEvidence
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public Guid ItemId { get; set; }
    public Guid UnitId { get; set; }
    public string UnitName { get; set; } = "";
    public EvidenceState State { get; set; }
    /// <summary>A negative-list item's latest answer (null for a task item).</summary>
    public NegativeAnswer? Answer { get; set; }
    public DateOnly? ResubmitBy { get; set; }
    public List<EvidenceVersion> Versions { get; set; } = [];
    public List<EvidenceReview> Reviews { get; set; } = [];
    public DateOnly LastChangedOn { get; set; }

    public EvidenceVersion? Latest => Versions.Count == 0 ? null : Versions[^1];
    public int LatestVersion => Versions.Count;
    public EvidenceReview? LatestReview => Reviews.Count == 0 ? null : Reviews[^1];

    public static UnitEvidence Create(EvidenceSubmitted e)
    {
        var evidence = new UnitEvidence { Id = e.EvidenceId, CampaignId = e.CampaignId, ItemId = e.ItemId, UnitId = e.UnitId, UnitName = e.UnitName };
        evidence.Apply(e);
        return evidence;
    }

    public static UnitEvidence Create(NegativeItemAnswered e)
    {
        var evidence = new UnitEvidence { Id = e.EvidenceId, CampaignId = e.CampaignId, ItemId = e.ItemId, UnitId = e.UnitId, UnitName = e.UnitName };
        evidence.Apply(e);
        return evidence;
    }

    public void Apply(EvidenceSubmitted e)
    {
        Versions.Add(new EvidenceVersion(e.Version, e.Text, e.Files, e.Links, null, null, e.OnBehalf, e.By));
        State = EvidenceState.Submitted;
        ResubmitBy = null;
        LastChangedOn = e.By.At.ToTownDate();
    }

    public void Apply(NegativeItemAnswered e)
    {
        Versions.Add(new EvidenceVersion(e.Version, e.Text, [], [], e.Answer, e.Signatory, e.OnBehalf, e.By));
        State = EvidenceState.Submitted;
        Answer = e.Answer;
        ResubmitBy = null;
        LastChangedOn = e.By.At.ToTownDate();
    }

    public void Apply(EvidenceReturned e)
    {
        Reviews.Add(new EvidenceReview(e.Version, false, e.Reason, e.ResubmitBy, e.CheckResult, e.By));
        State = EvidenceState.Returned;
        ResubmitBy = e.ResubmitBy;
        LastChangedOn = e.By.At.ToTownDate();
    }

    public void Apply(EvidencePassed e)
    {
        Reviews.Add(new EvidenceReview(e.Version, true, null, null, e.CheckResult, e.By));
        State = EvidenceState.Passed;
        LastChangedOn = e.By.At.ToTownDate();
    }
}
