using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;

namespace Secretariat.Web.Features.Search;

/// <summary>
/// One searchable record of a town: what the results list shows (kind, title, text for the excerpt), where it opens (a path within
/// the town), and who may open it: the capability its page requires and, for a unit's record, its units (a role with the
/// capability for its own unit only finds it when one of them is its own).
/// </summary>
public sealed record SearchEntry(string Kind, Guid Id, string Title, string Text, string Path, Capability Capability, IReadOnlyList<Guid> UnitIds)
{
    /// <summary>The record an entry belongs to: itself, or for a file the record holding it (its file entries go when it drops the file).</summary>
    public Guid OwnerId { get; init; } = Id;
}

/// <summary>
/// The records the search covers, read from their documents (inline snapshots): meetings (title, place, agenda, attachment names,
/// minutes), circulars, resolutions with their progress, member adjustments, half-year reports, major-matter reports with the
/// district's instruction and the progress on it, and campaign evidence. A file flagged 含未成年人信息 adds nothing, not even
/// its name; the children's records are never read here. Files add their names only (no text is extracted from them).
/// </summary>
public static class SearchEntries
{
    /// <summary>The kinds of document the index follows (its listener looks for these among a save's changes).</summary>
    public static readonly Type[] Documents = [typeof(Meeting), typeof(Resolution), typeof(MemberAdjustment), typeof(SemiannualReport),
        typeof(MajorMatterReport), typeof(UnitEvidence), typeof(Campaign)];

    /// <summary>
    /// The entries of a document. <paramref name="leadOf"/> gives a campaign item's lead unit (its liaison reads every unit's
    /// evidence for the item, as the item's page allows); without it evidence is its own unit's only.
    /// </summary>
    public static IEnumerable<SearchEntry> Of(object document, Func<Guid, Guid, Guid?>? leadOf = null) => document switch
    {
        Meeting m => OfMeeting(m),
        Resolution r => [OfResolution(r)],
        MemberAdjustment a => [OfAdjustment(a)],
        SemiannualReport r => [OfReport(r)],
        MajorMatterReport r => [OfMajorMatter(r)],
        UnitEvidence e => [OfEvidence(e, leadOf?.Invoke(e.CampaignId, e.ItemId))],
        Campaign c => c.Items.Select(i => OfCampaignItem(c, i)),
        _ => []
    };

    /// <summary>
    /// The files a record holds that may be indexed (not flagged 含未成年人信息), each with the record's entry: a file's own entry
    /// (its name and, for a Word document, its text) opens the record's page and is seen by whoever may open the record.
    /// </summary>
    /// <summary>The documents that hold files (a file entry of theirs not among <see cref="FilesOf"/> any more is removed).</summary>
    public static bool HoldsFiles(object document) => document is Meeting or MemberAdjustment or UnitEvidence;

    public static IEnumerable<(Guid FileId, SearchEntry Owner)> FilesOf(object document, Func<Guid, Guid, Guid?>? leadOf = null) => document switch
    {
        Meeting m => m.Agenda.Where(a => a.AttachmentId is not null && !a.AttachmentContainsMinorsData)
            .Select(a => (a.AttachmentId!.Value, OfMeeting(m).First() with { Path = $"/meetings/{m.Id}?tab=agenda" })),
        MemberAdjustment a when a.AttachmentId is { } file => [(file, OfAdjustment(a))],
        UnitEvidence e => e.Versions.SelectMany(v => v.Files).Where(f => !f.ContainsMinorsData).Select(f => (f.FileId, OfEvidence(e, leadOf?.Invoke(e.CampaignId, e.ItemId)))),
        _ => []
    };

    /// <summary>A file's entry: its name as the title, its text (if any) as the text, its record's page and readers.</summary>
    public static SearchEntry OfFile(StoredFile file, SearchEntry owner, string text) =>
        owner with { Kind = "附件", Id = file.Id, Title = "附件：" + file.FileName, Text = text, OwnerId = owner.Id };

    private static string Lines(params IEnumerable<string?>[] parts) =>
        string.Join("\n", parts.SelectMany(p => p).Where(s => !string.IsNullOrWhiteSpace(s)));

    private static IEnumerable<SearchEntry> OfMeeting(Meeting m)
    {
        var agenda = m.Agenda.Select(a => a.Title + (a.AttachmentName is { } file && !a.AttachmentContainsMinorsData ? "（附件：" + file + "）" : ""));
        var minutes = m.MinutesStatus == MinutesStatus.None
            ? []
            : new[] { m.MinutesNumber, m.MinutesSummary }.Concat(m.ItemSummaries.Select(s => s.Summary)).Concat(m.ResolutionDrafts.Select(r => r.Text))
                .Concat(m.Addenda.Select(a => a.Text));
        yield return new SearchEntry("会议", m.Id, m.Title, Lines([m.Date.ToString("yyyy-MM-dd") + " " + m.Place, m.ConvenerName], agenda, minutes,
            m.Guests.Select(g => g.Name + " " + g.Unit)), $"/meetings/{m.Id}", Capability.ReadTown, []);
        foreach (var c in m.Circulars)
            yield return new SearchEntry("落实情况通报", c.Id, $"{m.Title} 落实情况通报 {c.Number}",
                Lines([c.Number], c.Lines.Select(l => $"{l.Order}. {l.Text}（{l.LeadUnit}）{l.LatestProgress}")),
                $"/meetings/{m.Id}/circulars/{c.Id}", Capability.ReadTown, []);
    }

    private static SearchEntry OfResolution(Resolution r) =>
        new("议定事项", r.Id, r.Text, Lines([r.MeetingTitle + " " + r.MinutesNumber, "牵头单位：" + r.LeadUnit.Name,
                string.Join("、", r.ResponsibleUnits.Select(u => u.Name)), r.Evidence, r.CarriedToMeetingTitle],
            r.Progress.Select(p => p.Unit.Name + "：" + p.Text)), $"/resolutions/{r.Id}", Capability.ReadTown, []);

    private static SearchEntry OfAdjustment(MemberAdjustment a)
    {
        var p = a.Proposal;
        return new("成员调整", a.Id, $"成员调整 {a.Number}（{p.Kind.Chinese()}）",
            Lines([p.NewPersonName, p.NewPosition, p.Reason, a.AttachmentName], a.Timeline), $"/adjustments/{a.Id}", Capability.ReadUnitRecords, [p.UnitId]);
    }

    private static SearchEntry OfReport(SemiannualReport r) =>
        new("半年汇报", r.Id, $"{r.Year}年{r.Half.Chinese()}工作汇报",
            Lines(r.Latest is { } v ? v.Sections.Values.Concat(v.Notes.Values) : [], [r.ReturnComment, r.TabledMeetingTitle]),
            $"/reports/{r.Id}", Capability.ReadTown, []);

    private static SearchEntry OfMajorMatter(MajorMatterReport r) =>
        new("重大事项报告", r.Id, $"{r.Number} {r.ResolutionText}",
            Lines([r.Text, r.MeetingTitle + " " + r.MinutesNumber, r.Instruction is { } i ? "批示：" + i : null, r.Evidence],
                r.Progress.Select(p => p.Unit + "：" + p.Text)),
            $"/major-matters/{r.Id}", Capability.ReadTown, []);

    /// <summary>The lead unit of each item of the campaigns, for <see cref="Of"/>.</summary>
    public static Func<Guid, Guid, Guid?> Leads(IEnumerable<Campaign> campaigns)
    {
        var leads = campaigns.SelectMany(c => c.Items.Select(i => (Key: (c.Id, i.Id), i.Lead?.UnitId))).ToDictionary(x => x.Key, x => x.UnitId);
        return (campaign, item) => leads.GetValueOrDefault((campaign, item));
    }

    /// <summary>A campaign's item (its task and standard: the sample town's campaign gives every town these from its first start).</summary>
    private static SearchEntry OfCampaignItem(Campaign c, CampaignItem i) =>
        new("创建任务", i.Id, $"{c.Title} {i.Label} {i.Project}", Lines([i.Content, i.Standard]), $"/campaigns/{c.Id}/items/{i.Id}",
            Capability.ReadTown, []);

    private static SearchEntry OfEvidence(UnitEvidence e, Guid? lead)
    {
        var latest = e.Latest;
        return new("创建材料", e.Id, $"{e.UnitName} 的创建材料",
            Lines([latest?.Text, latest?.Signatory], latest?.Files.Where(f => !f.ContainsMinorsData).Select(f => "附件：" + f.FileName) ?? [],
                e.Reviews.Select(r => r.Reason)),
            $"/campaigns/{e.CampaignId}/items/{e.ItemId}", Capability.ReadUnitRecords, lead is { } l && l != e.UnitId ? [e.UnitId, l] : [e.UnitId]);
    }
}
