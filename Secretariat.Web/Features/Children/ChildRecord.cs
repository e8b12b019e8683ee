namespace Secretariat.Web.Features.Children;

/// <summary>One visit as the record keeps it (whether it has a note; the note itself is in the personal-data store).</summary>
public sealed record ChildVisit(Guid Id, DateOnly On, VisitKind Kind, VisitFinding Finding, bool FollowUpNeeded, bool HasNote, string ByName);

/// <summary>
/// One entry of the record (录入 or 动态更新) on a day, in the village the child was in then: the quarterly ledger (附件2 第23项) counts
/// them; the child's page shows them as its history.
/// </summary>
public sealed record ChildStep(DateOnly On, string What, string ByName, Guid VillageId);

/// <summary>
/// A child on the town's registers: the pseudonymous record (a reference, optionally the national system's record number, the
/// registers and case categories, the risk level, the village, the responsible 儿童主任, the visits) and whether personal data is
/// held or was erased. The aggregate the decisions read and the inline snapshot the pages read; one per child.
/// </summary>
public sealed class ChildRecord
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public string Reference { get; set; } = "";
    public string? NationalRecordNumber { get; set; }
    public Guid VillageId { get; set; }
    public string VillageName { get; set; } = "";
    public List<ChildRegister> Registers { get; set; } = [];
    public List<CaseCategory> Categories { get; set; } = [];
    public BirthMonth BirthMonth { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public Guid? DirectorId { get; set; }
    public string? DirectorName { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public string RegisteredBy { get; set; } = "";
    public List<ChildVisit> Visits { get; set; } = [];
    public DateOnly? LastVisitOn { get; set; }

    /// <summary>The labels of the personal-data fields held (姓名, 身份证号码...); empty when none or erased.</summary>
    public List<string> PersonalDataFields { get; set; } = [];
    public DateTimeOffset? PersonalDataRecordedAt { get; set; }
    public DateOnly? ErasedOn { get; set; }
    public ErasureBasis? ErasureBasis { get; set; }
    public DateOnly? ErasureRequestedOn { get; set; }
    public string? ErasedBy { get; set; }

    /// <summary>The day the record is no longer on the registers: the child is certainly 18 (a column: the lists filter on it).</summary>
    public DateOnly AdultOn { get; set; }

    public List<ChildStep> Steps { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasPersonalData => PersonalDataFields.Count > 0;

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsErased => ErasedOn is not null;

    /// <summary>On the registers that day: registered, and not yet 18.</summary>
    public bool IsOnRegistersOn(DateOnly day) => RegisteredOn <= day && day < AdultOn;

    /// <summary>The last visit, or the registration when none was made since.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly VisitAnchor => LastVisitOn is { } last && last >= RegisteredOn ? last : RegisteredOn;

    public static ChildRecord Create(ChildRegistered e)
    {
        var child = new ChildRecord
        {
            Id = e.ChildId, Reference = e.Reference, BirthMonth = e.BirthMonth, RegisteredOn = e.RegisteredOn, RegisteredBy = e.By.Name,
            AdultOn = e.BirthMonth.CertainlyAdultOn
        };
        child.Take(e.NationalRecordNumber, e.VillageId, e.VillageName, e.Registers, e.Categories, e.RiskLevel, e.DirectorId, e.DirectorName);
        child.Steps.Add(new ChildStep(e.RegisteredOn, $"登记入册（{string.Join("、", e.Registers.Select(r => r.Short()))}；风险等级{e.RiskLevel.Chinese()}）",
            e.By.Name, e.VillageId));
        return child;
    }

    public void Apply(ChildRecordChanged e)
    {
        var changes = Changes(e).ToList();
        Take(e.NationalRecordNumber, e.VillageId, e.VillageName, e.Registers, e.Categories, e.RiskLevel, e.DirectorId, e.DirectorName);
        Steps.Add(new ChildStep(e.EffectiveOn, "修改记录：" + string.Join("；", changes), e.By.Name, e.VillageId));
    }

    public void Apply(ChildVisited e)
    {
        if (Visits.Any(v => v.Id == e.VisitId)) return;
        Visits.Add(new ChildVisit(e.VisitId, e.On, e.Kind, e.Finding, e.FollowUpNeeded, e.HasNote, e.By.Name));
        Visits.Sort((a, b) => a.On.CompareTo(b.On));
        LastVisitOn = Visits[^1].On;
        Steps.Add(new ChildStep(e.On, $"{e.Kind.Chinese()}：{e.Finding.Chinese()}{(e.FollowUpNeeded ? "，需跟进" : "")}", e.By.Name, VillageId));
    }

    public void Apply(ChildPersonalDataRecorded e)
    {
        PersonalDataFields = [.. e.Fields];
        PersonalDataRecordedAt = e.By.At;
        Steps.Add(new ChildStep(e.By.At.ToTownDate(), e.Fields.Count == 0 ? "清空个人信息" : $"录入或更正个人信息（{string.Join("、", e.Fields)}）",
            e.By.Name, VillageId));
    }

    public void Apply(ChildPersonalDataErased e)
    {
        PersonalDataFields = [];
        ErasedOn = e.By.At.ToTownDate();
        ErasureBasis = e.Basis;
        ErasureRequestedOn = e.RequestedOn;
        ErasedBy = e.By.Name;
        Visits = Visits.Select(v => v with { HasNote = false }).ToList();
        Steps.Add(new ChildStep(ErasedOn.Value, "删除个人信息（" + e.Basis.Chinese() + "）", e.By.Name, VillageId));
    }

    private void Take(string? nationalNumber, Guid villageId, string villageName, IEnumerable<ChildRegister> registers, IEnumerable<CaseCategory> categories,
        RiskLevel level, Guid? directorId, string? directorName)
    {
        NationalRecordNumber = nationalNumber;
        VillageId = villageId;
        VillageName = villageName;
        Registers = registers.Distinct().Order().ToList();
        Categories = categories.Distinct().Order().ToList();
        RiskLevel = level;
        DirectorId = directorId;
        DirectorName = directorName;
    }

    /// <summary>What a change changes, in words (its history line).</summary>
    public IEnumerable<string> Changes(ChildRecordChanged e)
    {
        if (e.VillageId != VillageId) yield return $"村（社区）{VillageName}→{e.VillageName}";
        if (e.RiskLevel != RiskLevel) yield return $"风险等级{RiskLevel.Chinese()}→{e.RiskLevel.Chinese()}";
        if (!e.Registers.Distinct().Order().SequenceEqual(Registers)) yield return "名册：" + string.Join("、", e.Registers.Select(r => r.Short()));
        if (!e.Categories.Distinct().Order().SequenceEqual(Categories))
            yield return "档案类别：" + (e.Categories.Count == 0 ? "无" : string.Join("、", e.Categories.Select(c => c.Chinese())));
        if (e.DirectorId != DirectorId) yield return $"责任儿童主任：{e.DirectorName ?? "无"}";
        if ((e.NationalRecordNumber ?? "") != (NationalRecordNumber ?? "")) yield return "全国系统档案号";
    }
}
