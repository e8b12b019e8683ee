namespace Secretariat.Web.Features.Campaigns;

/// <summary>An item as the district's template, the sample or the office writes it, before it is resolved to the town's units.</summary>
public sealed record ItemDraft(ItemKind Kind, int Number, string Project, string Content, string Standard, EvidenceSpec Evidence,
    string LeadAsWritten, string ResponsibleAsWritten);

/// <summary>
/// Pure decisions of the 示范创建 evidence cycle (六(二)-(四), 附件2): state + command → events, or a refusal in Chinese.
/// </summary>
public static class CampaignDecisions
{
    public const int MaxTitle = 100;
    public const int MaxText = 4000;
    public const int MaxReason = 1000;
    public const int MaxItemText = 2000;
    public const int MaxFiles = 10;
    public const int MaxLinks = 10;
    public const int MaxFilesPerVersion = 50;
    public const string NotFound = "找不到该示范创建任务。";
    public const string ItemNotFound = "找不到该任务项。";
    /// <summary>附件2 注2: the zero report's default statement.</summary>
    public const string ZeroStatement = "经逐项梳理，本单位自{0}年以来未发生此类情况。";

    // ---- campaign and items ----

    public static Decided Open(bool exists, Guid campaignId, string? title, string? basis, CampaignSchedule? schedule, IReadOnlyList<ItemDraft> items,
        IReadOnlyList<MemberUnit> units, IReadOnlyDictionary<string, string>? aliases, Guid? districtCampaignId, Actor actor, DateTimeOffset now)
    {
        if (exists) return new Refusal("本镇已有该示范创建任务，不能重复下发。");
        if (Required(title, "任务名称", MaxTitle) is { } t) return t;
        if ((basis?.Trim().Length ?? 0) > MaxTitle * 2) return new Refusal($"依据文件不能超过 {MaxTitle * 2} 个字。");
        if (schedule is null) return new Refusal("请按 年-月-日 填写各阶段日期。");
        if (Schedule(schedule, now.ToTownDate()) is { } s) return s;
        var by = StepBy.Of(actor, now);
        var events = new List<object> { new CampaignOpened(campaignId, title!.Trim(), basis?.Trim() ?? "", schedule, districtCampaignId, by) };
        var defined = new List<CampaignItem>();
        foreach (var draft in items)
        {
            if (Item(draft, defined) is { } refused) return new Refusal($"{Label(draft)}：{refused.Message}");
            var e = Define(campaignId, CampaignIds.Item(campaignId, draft.Kind, draft.Number), draft, units, aliases, false, by);
            defined.Add(new CampaignItem(e.ItemId, e.Kind, e.Number, e.Project, e.Content, e.Standard, e.Evidence, e.LeadAsWritten,
                e.ResponsibleAsWritten, e.Lead, e.Responsible, false));
            events.Add(e);
        }
        return Decided.Start<Campaign>(campaignId, events);
    }

    /// <summary>The office adds an item of the town's own to an open campaign, until its acceptance deadline.</summary>
    public static Decision<CampaignItemDefined> AddItem(Campaign campaign, ItemDraft draft, IReadOnlyList<MemberUnit> units, Actor actor,
        DateTimeOffset now)
    {
        if (now.ToTownDate() > campaign.Schedule.AcceptanceDue)
            return new Refusal($"验收截止日（{campaign.Schedule.AcceptanceDue:yyyy-MM-dd}）已过，不能再增加任务项。");
        if (Item(draft, campaign.Items) is { } refused) return refused;
        var e = Define(campaign.Id, CampaignIds.Item(campaign.Id, draft.Kind, draft.Number), draft, units, null, true, StepBy.Of(actor, now));
        if (e.Lead?.UnitId is null) return new Refusal($"牵头部门“{draft.LeadAsWritten.Trim()}”不是本镇的成员单位。");
        if (e.Responsible.FirstOrDefault(u => u.UnitId is null) is { } unknown) return new Refusal($"责任部门“{unknown.Name}”不是本镇的成员单位。");
        return e;
    }

    public static string Label(ItemDraft draft) => ItemLabels.Of(draft.Kind, draft.Number);

    private static Refusal? Item(ItemDraft draft, IEnumerable<CampaignItem> existing)
    {
        if (draft.Number is < 1 or > 999) return new Refusal("序号须为 1 到 999 之间的整数。");
        if (existing.Any(i => i.Kind == draft.Kind && i.Number == draft.Number)) return new Refusal($"{Label(draft)}已存在，请换一个序号。");
        if (draft.Kind == ItemKind.Task && Required(draft.Project, "项目", 50) is { } p) return p;
        if ((draft.Content?.Trim().Length ?? 0) > 50) return new Refusal("内容不能超过 50 个字。");
        if (Required(draft.Standard, "工作标准", MaxItemText) is { } s) return s;
        if (Required(draft.Evidence.Text, "印证材料", MaxItemText) is { } e) return e;
        if (Required(draft.LeadAsWritten, "牵头部门", 100) is { } l) return l;
        if (draft.Kind == ItemKind.Task && Required(draft.ResponsibleAsWritten, "责任部门", 200) is { } r) return r;
        return null;
    }

    private static CampaignItemDefined Define(Guid campaignId, Guid itemId, ItemDraft d, IReadOnlyList<MemberUnit> units,
        IReadOnlyDictionary<string, string>? aliases, bool townOwn, StepBy by) =>
        new(campaignId, itemId, d.Kind, d.Number, d.Project.Trim(), d.Content?.Trim() ?? "", d.Standard.Trim(), d.Evidence, d.LeadAsWritten.Trim(),
            d.ResponsibleAsWritten?.Trim() ?? "", CampaignUnits.Resolve(d.LeadAsWritten, units, aliases).FirstOrDefault(),
            d.Kind == ItemKind.Negative && string.IsNullOrWhiteSpace(d.ResponsibleAsWritten) ? CampaignUnits.EveryMemberUnit(units)
                : CampaignUnits.Resolve(d.ResponsibleAsWritten, units, aliases), townOwn, by);

    public static Refusal? Schedule(CampaignSchedule s, DateOnly today)
    {
        foreach (var (day, what) in new[] { (s.EvidenceSince, "材料起始日期"), (s.NegativeSince, "负面清单起始日期"), (s.SubmissionDue, "报送截止日"),
                     (s.ReviewFrom, "初审期间"), (s.ReviewTo, "初审期间"), (s.AcceptanceDue, "验收截止日") })
            if (UserDates.Problem(day, today, what) is { } outOfRange) return new Refusal(outOfRange);
        if (s.EvidenceSince > s.SubmissionDue) return new Refusal("材料起始日期不能晚于报送截止日。");
        if (s.NegativeSince > s.SubmissionDue) return new Refusal("负面清单起始日期不能晚于报送截止日。");
        if (s.ReviewFrom < s.SubmissionDue.AddDays(-60) || s.ReviewFrom > s.ReviewTo) return new Refusal("初审期间的开始日期须不早于报送截止日前 60 天，且不晚于结束日期。");
        if (s.ReviewTo < s.SubmissionDue) return new Refusal("初审结束日期不能早于报送截止日。");
        if (s.AcceptanceDue < s.ReviewTo) return new Refusal("验收截止日不能早于初审结束日期。");
        if (s.AssessmentYear < 2000 || s.AssessmentYear > 2100) return new Refusal("考核年度须为四位年份。");
        return null;
    }

    // ---- evidence (六(二)) ----

    /// <summary>
    /// A responsible unit's liaison, or the office on its behalf (recorded as such), submits a version of its evidence for a task item:
    /// a text, files, links to the app's records, at least one of them; not once the unit passed its review or the item was accepted.
    /// </summary>
    public static Decision<EvidenceSubmitted> Submit(Campaign campaign, CampaignItem? item, MemberUnit? unit, UnitEvidence? evidence,
        ItemAcceptance? acceptance, string? text, IReadOnlyList<EvidenceFileInfo> files, IReadOnlyList<RecordLinkInfo> links, Actor actor,
        DateTimeOffset now, bool keepPrevious = false)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (item.Kind != ItemKind.Task) return new Refusal("负面清单项请填报零报告或情况报告。");
        if (UnitFor(campaign, item, unit, actor) is { } refused) return refused;
        if (Locked(item, acceptance) is { } locked) return locked;
        if (evidence?.State == EvidenceState.Passed) return new Refusal($"{item.Label}（{unit!.Name}）已通过初审，不能再修改；如需补充，请工作站退回后再报。");
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length > MaxText) return new Refusal($"文字说明不能超过 {MaxText} 个字。");
        if (files.Count > MaxFiles) return new Refusal($"每次最多上传 {MaxFiles} 个文件。");
        if (links.Count > MaxLinks) return new Refusal($"每次最多关联 {MaxLinks} 条本系统记录。");
        if (keepPrevious && evidence?.Latest is { } previous)
        {
            // The new version is the whole set: what the unit keeps of the previous one, then what it adds.
            files = [.. previous.Files.Where(f => files.All(n => n.FileId != f.FileId)), .. files];
            links = [.. previous.Links.Where(l => links.All(n => n.FrozenId != l.FrozenId)), .. links];
            if (trimmed.Length == 0) trimmed = previous.Text;
            if (files.Count > MaxFilesPerVersion) return new Refusal($"一个版本最多 {MaxFilesPerVersion} 个文件。");
        }
        if (trimmed.Length == 0 && files.Count == 0 && links.Count == 0) return new Refusal("请上传文件、关联本系统记录或填写文字说明，至少一项。");
        return new EvidenceSubmitted(CampaignIds.Evidence(campaign.Id, item.Id, unit!.Id), campaign.Id, item.Id, unit.Id, unit.Name,
            (evidence?.LatestVersion ?? 0) + 1, trimmed, files, links, !actor.ActsForOwnUnit(Capability.SubmitEvidence, unit.Id), StepBy.Of(actor, now));
    }

    /// <summary>
    /// A unit answers a negative-list item for its period (附件2 注2): a zero report, signed, or a report that something happened (text
    /// only). "Not filed" stays distinct from "filed: nothing happened": only this event makes a zero report.
    /// </summary>
    public static Decision<NegativeItemAnswered> Answer(Campaign campaign, CampaignItem? item, MemberUnit? unit, UnitEvidence? evidence,
        ItemAcceptance? acceptance, NegativeAnswer? answer, string? text, string? signatory, Actor actor, DateTimeOffset now)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (item.Kind != ItemKind.Negative) return new Refusal("零报告只适用于负面清单项。");
        if (UnitFor(campaign, item, unit, actor) is { } refused) return refused;
        if (Locked(item, acceptance) is { } locked) return locked;
        if (answer is not { } kind) return new Refusal("请选择“零报告（未发生此类情况）”或“有情况报告”。");
        if (Required(text, kind == NegativeAnswer.Zero ? "零报告说明" : "情况说明", MaxText) is { } t) return t;
        if (Required(signatory, "签报人", 30) is { } s) return s;
        return new NegativeItemAnswered(CampaignIds.Evidence(campaign.Id, item.Id, unit!.Id), campaign.Id, item.Id, unit.Id, unit.Name,
            (evidence?.LatestVersion ?? 0) + 1, kind, text!.Trim(), signatory!.Trim(), !actor.ActsForOwnUnit(Capability.SubmitEvidence, unit.Id), StepBy.Of(actor, now));
    }

    private static Refusal? UnitFor(Campaign campaign, CampaignItem item, MemberUnit? unit, Actor actor)
    {
        if (unit is null) return new Refusal("找不到该单位。");
        if (!campaign.UnitsFor(item).Any(u => u.UnitId == unit.Id)) return new Refusal($"{unit.Name}不是{item.Label}的责任单位。");
        if (actor.MaySubmitFor(unit.Id)) return null;
        return new Refusal($"只有{unit.Name}的联络人或领导小组办公室可以报送该单位的材料。");
    }

    private static Refusal? Locked(CampaignItem item, ItemAcceptance? acceptance) =>
        acceptance?.IsAccepted == true ? new Refusal($"{item.Label}已通过区验收，不能再修改。")
        : acceptance is { State: AcceptanceState.Rectifying or AcceptanceState.RectificationReported }
            ? new Refusal($"{item.Label}正在整改，请在验收意见下报送整改情况。")
            : null;

    // ---- review (初审, 六(三)) ----

    /// <summary>The station or office passes the version it saw, or returns it with a reason and a new deadline; the app's check is kept beside.</summary>
    public static Decided Review(CampaignItem? item, UnitEvidence? evidence, ItemAcceptance? acceptance, int? seenVersion, bool pass,
        string? reason, DateOnly? resubmitBy, string? checkResult, Actor actor, DateTimeOffset now)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (!actor.MayReview()) return new Refusal("只有工作站或领导小组办公室可以初审。");
        if (evidence is null || evidence.State == EvidenceState.Missing) return new Refusal("该单位尚未报送材料，无可初审。");
        if (Locked(item, acceptance) is { } locked) return locked;
        if (seenVersion is { } seen && seen != evidence.LatestVersion)
            return new Refusal($"{evidence.UnitName}已更新材料（第 {evidence.LatestVersion} 版），请查看最新材料后再初审。");
        if (evidence.State == EvidenceState.Returned) return new Refusal($"已退回{evidence.UnitName}补充，请待其重新报送。");
        if (evidence.State == EvidenceState.Passed) return new Refusal($"{evidence.UnitName}的材料已通过初审。");
        var by = StepBy.Of(actor, now);
        if (pass) return Decided.Append(evidence.Id, new EvidencePassed(evidence.Id, evidence.LatestVersion, checkResult, by));
        if (Required(reason, "退回理由", MaxReason) is { } r) return r;
        if (resubmitBy is not { } day) return new Refusal("请按 年-月-日 填写补充材料的截止日期。");
        if (day < now.ToTownDate()) return new Refusal("补充材料的截止日期不能早于今天。");
        if (UserDates.Problem(day, now.ToTownDate(), "补充材料的截止日期") is { } late) return new Refusal(late);
        return Decided.Append(evidence.Id, new EvidenceReturned(evidence.Id, evidence.LatestVersion, reason!.Trim(), day, checkResult, by));
    }

    // ---- acceptance (区验收, 六(四)) ----

    /// <summary>The district accepts an item once every unit that owes evidence has passed its review (a negative-list item: answered).</summary>
    public static Decision<ItemAccepted> Accept(Campaign campaign, CampaignItem? item, ItemAcceptance? acceptance, IReadOnlyList<UnitEvidence> evidence,
        string? opinion, Actor actor, DateTimeOffset now)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (!actor.IsDistrict()) return new Refusal("只有区未保办可以验收。");
        if (acceptance is not null)
            return new Refusal(acceptance.IsAccepted ? $"{item.Label}已通过验收。" : $"{item.Label}正在整改，请在整改完成后确认。");
        var open = Outstanding(campaign, item, evidence);
        if (open.Count > 0)
            return new Refusal($"{item.Label}尚有单位{(item.Kind == ItemKind.Task ? "未通过初审" : "未报")}：{string.Join("、", open)}。");
        if ((opinion?.Trim().Length ?? 0) > MaxReason) return new Refusal($"验收意见不能超过 {MaxReason} 个字。");
        return new ItemAccepted(CampaignIds.Acceptance(campaign.Id, item.Id), campaign.Id, item.Id, opinion?.Trim() ?? "", StepBy.Of(actor, now));
    }

    /// <summary>The units whose evidence for an item is not yet through: not passed (a task item), not answered (a negative-list item).</summary>
    public static IReadOnlyList<string> Outstanding(Campaign campaign, CampaignItem item, IReadOnlyList<UnitEvidence> evidence) =>
        campaign.UnitsFor(item).Where(u =>
        {
            var e = evidence.FirstOrDefault(x => x.ItemId == item.Id && x.UnitId == u.UnitId);
            return item.Kind == ItemKind.Task ? e?.State != EvidenceState.Passed : e?.Answer is null;
        }).Select(u => u.Name).ToList();

    public static Decision<RectificationRequired> RequireRectification(Campaign campaign, CampaignItem? item, ItemAcceptance? acceptance,
        IReadOnlyList<UnitEvidence> evidence, string? opinion, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (!actor.IsDistrict()) return new Refusal("只有区未保办可以提出整改意见。");
        if (acceptance is not null)
            return new Refusal(acceptance.IsAccepted ? $"{item.Label}已通过验收，不能再提出整改意见。" : $"{item.Label}已有整改意见，请待整改完成。");
        if (!evidence.Any(e => e.ItemId == item.Id && e.State != EvidenceState.Missing)) return new Refusal($"{item.Label}尚无单位报送材料。");
        if (Required(opinion, "整改意见", MaxReason) is { } o) return o;
        if (dueOn is not { } due) return new Refusal("请按 年-月-日 填写整改期限。");
        if (due < now.ToTownDate()) return new Refusal("整改期限不能早于今天。");
        if (UserDates.Problem(due, now.ToTownDate(), "整改期限") is { } late) return new Refusal(late);
        return new RectificationRequired(CampaignIds.Acceptance(campaign.Id, item.Id), campaign.Id, item.Id, opinion!.Trim(), due, StepBy.Of(actor, now));
    }

    /// <summary>The office, or the lead unit's liaison, reports the rectification with its evidence.</summary>
    public static Decision<RectificationReported> ReportRectification(CampaignItem? item, ItemAcceptance? acceptance, string? text,
        IReadOnlyList<EvidenceFileInfo> files, IReadOnlyList<RecordLinkInfo> links, Actor actor, DateTimeOffset now)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (!actor.MayReportRectification(item))
            return new Refusal("只有领导小组办公室或牵头部门的联络人可以报送整改情况。");
        if (acceptance is not { State: AcceptanceState.Rectifying or AcceptanceState.RectificationReported })
            return new Refusal($"{item.Label}没有待整改的验收意见。");
        if (Required(text, "整改情况", MaxText) is { } t) return t;
        if (files.Count > MaxFiles) return new Refusal($"每次最多上传 {MaxFiles} 个文件。");
        if (links.Count > MaxLinks) return new Refusal($"每次最多关联 {MaxLinks} 条本系统记录。");
        return new RectificationReported(acceptance.Id, text!.Trim(), files, links, StepBy.Of(actor, now));
    }

    public static Decision<RectificationClosed> CloseRectification(CampaignItem? item, ItemAcceptance? acceptance, string? opinion, Actor actor,
        DateTimeOffset now)
    {
        if (item is null) return new Refusal(ItemNotFound);
        if (!actor.IsDistrict()) return new Refusal("只有区未保办可以确认整改完成。");
        if (acceptance is not { State: AcceptanceState.RectificationReported })
            return new Refusal(acceptance?.State == AcceptanceState.Rectifying ? "镇尚未报送整改情况。" : $"{item.Label}没有待确认的整改。");
        if ((opinion?.Trim().Length ?? 0) > MaxReason) return new Refusal($"意见不能超过 {MaxReason} 个字。");
        return new RectificationClosed(acceptance.Id, opinion?.Trim() ?? "", StepBy.Of(actor, now));
    }

    private static Refusal? Required(string? value, string what, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) return new Refusal($"请填写{what}。");
        return trimmed.Length > max ? new Refusal($"{what}不能超过 {max} 个字。") : null;
    }
}

/// <summary>Unit names as a table writes them (“派出所、平安办”, “各村居”), resolved to the town's member units.</summary>
public static class CampaignUnits
{
    /// <summary>附件2's word for every village and community of the town.</summary>
    public const string EveryVillage = "各村居";

    /// <summary>附件2 注2 (请各单位…作零报告说明): every member unit, village and community of the town answers the negative list.</summary>
    public static IReadOnlyList<CampaignUnit> EveryMemberUnit(IReadOnlyList<MemberUnit> units) =>
        units.Where(u => u.Kind is not UnitKind.Organisation).OrderBy(u => u.SortOrder).Select(u => new CampaignUnit(u.Id, u.Name)).ToList();

    public static IReadOnlyList<CampaignUnit> Resolve(string? asWritten, IReadOnlyList<MemberUnit> units, IReadOnlyDictionary<string, string>? aliases)
    {
        var result = new List<CampaignUnit>();
        foreach (var raw in (asWritten ?? "").Split(['、', '，', ',', '；', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw == EveryVillage)
            {
                result.AddRange(units.Where(u => u.Kind is UnitKind.Village or UnitKind.Community).OrderBy(u => u.SortOrder)
                    .Select(u => new CampaignUnit(u.Id, u.Name)));
                continue;
            }
            var name = aliases?.GetValueOrDefault(raw) ?? raw;
            var unit = units.FirstOrDefault(u => u.Name == name);
            result.Add(unit is null ? new CampaignUnit(null, raw) : new CampaignUnit(unit.Id, unit.Name));
        }
        return result.DistinctBy(u => u.UnitId?.ToString() ?? u.Name).ToList();
    }
}
