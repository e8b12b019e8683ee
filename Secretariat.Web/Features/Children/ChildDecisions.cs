using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.Children;

/// <summary>A village's child director on a day (from the training appointments): whom a child's visits are in the hands of.</summary>
public sealed record DirectorOption(Guid PersonId, string Name, Guid VillageId);

/// <summary>A child's record as a form posts it (the registers, categories, level, village and director the station chose).</summary>
public sealed record ChildRecordInput(
    string? NationalRecordNumber, Guid? VillageId, IReadOnlyList<ChildRegister> Registers, IReadOnlyList<CaseCategory> Categories, RiskLevel? Level,
    Guid? DirectorId);

/// <summary>
/// The registers' rules as pure functions: who may read, keep and visit a child's record (the permission table's reach over the
/// child's village), registration, changes, visits, personal data and its erasure. Refusals in Chinese name the field.
/// </summary>
public static partial class ChildDecisions
{
    public const string NotFound = "没有这名儿童的记录。";

    /// <summary>How far back a visit may be entered (a visit is recorded within days, not months).</summary>
    public const int MaxVisitBackdateDays = 90;

    public const int MaxNationalNumber = 32;

    public static bool MayRead(Actor actor, ChildRecord child) => actor.CanFor(Capability.ReadChildRegisters, child.VillageId);

    public static bool MayReadPersonalData(Actor actor, ChildRecord child) => actor.CanFor(Capability.ReadChildrenPersonalData, child.VillageId);

    public static bool MayKeep(Actor actor, ChildRecord child) => actor.CanFor(Capability.KeepChildRegisters, child.VillageId);

    public static bool MayVisit(Actor actor, ChildRecord child) => actor.CanFor(Capability.RecordVisits, child.VillageId);

    /// <summary>The roles that do something, from the permission table, for a refusal: 工作站、儿童督导员.</summary>
    public static string WhoMay(Capability capability) => string.Join("、", Permissions.RolesWith(capability));

    public static Decision<ChildRegistered> Register(Guid childId, string reference, ChildRecordInput input, BirthMonth? birth, DateOnly? registeredOn,
        MemberUnit? village, IReadOnlyList<DirectorOption> directors, Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (RecordProblem(input, village, directors, actor) is { } problem) return problem;
        if (registeredOn is not { } on) return new Refusal("请按 年-月-日 填写登记日期。");
        if (on > today) return new Refusal("登记日期不能晚于今天。");
        if (UserDates.Problem(on, today, "登记日期") is { } outOfRange) return new Refusal(outOfRange);
        if (birth is not { } born) return new Refusal("请按 年-月 填写出生年月。");
        if (born.FirstDay > on) return new Refusal("出生年月不能晚于登记日期。");
        if (on >= born.CertainlyAdultOn) return new Refusal("按出生年月，登记日期时已年满十八周岁，不能登记入未成年人名册。");
        var director = directors.FirstOrDefault(d => d.PersonId == input.DirectorId);
        return new ChildRegistered(childId, reference, Normalized(input.NationalRecordNumber), village!.Id, village.Name, input.Registers, input.Categories, born,
            input.Level!.Value, director?.PersonId, director?.Name, on, StepBy.Of(actor, now));
    }

    public static Decision<ChildRecordChanged> Change(ChildRecord child, ChildRecordInput input, MemberUnit? village, IReadOnlyList<DirectorOption> directors,
        Actor actor, DateTimeOffset now)
    {
        if (!MayKeep(actor, child)) return new Refusal($"只有{WhoMay(Capability.KeepChildRegisters)}可以修改儿童记录。");
        if (RecordProblem(input, village, directors, actor, child.DirectorId) is { } problem) return problem;
        var director = directors.FirstOrDefault(d => d.PersonId == input.DirectorId);
        var changed = new ChildRecordChanged(child.Id, Normalized(input.NationalRecordNumber), village!.Id, village.Name, input.Registers, input.Categories,
            input.Level!.Value, input.DirectorId, director?.Name ?? (input.DirectorId == child.DirectorId ? child.DirectorName : null), now.ToTownDate(),
            StepBy.Of(actor, now));
        if (!child.Changes(changed).Any()) return new Refusal("记录没有任何变化。");
        return changed;
    }

    private static Refusal? RecordProblem(ChildRecordInput input, MemberUnit? village, IReadOnlyList<DirectorOption> directors, Actor actor,
        Guid? keptDirector = null)
    {
        if (village is null || village.Kind is not (UnitKind.Village or UnitKind.Community)) return new Refusal("请选择儿童所在的村（社区）。");
        if (!actor.CanFor(Capability.KeepChildRegisters, village.Id)) return new Refusal($"只有{WhoMay(Capability.KeepChildRegisters)}可以登记和修改儿童记录。");
        if (input.Registers.Count == 0) return new Refusal("请至少选择一个名册。");
        if (input.Level is null) return new Refusal("请选择风险等级。");
        var inVillage = directors.Where(d => d.VillageId == village.Id).ToList();
        if (input.DirectorId is { } chosen ? inVillage.All(d => d.PersonId != chosen) && chosen != keptDirector : inVillage.Count > 0)
            return new Refusal($"请选择{village.Name}的在岗儿童主任作为责任儿童主任。");
        if (input.NationalRecordNumber?.Trim() is { Length: > 0 } number && (number.Length > MaxNationalNumber || !NationalNumberPattern().IsMatch(number)))
            return new Refusal($"全国儿童福利信息系统档案号只能由字母、数字和“-”组成，{MaxNationalNumber} 位以内。");
        return null;
    }

    private static string? Normalized(string? number) => number?.Trim() is { Length: > 0 } n ? n.ToUpperInvariant() : null;

    public static Decision<ChildVisited> Visit(ChildRecord child, Guid visitId, DateOnly? on, VisitKind? kind, VisitFinding? finding, bool followUp,
        bool hasNote, Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!MayVisit(actor, child)) return new Refusal("只能登记本村（社区）儿童的走访。");
        if (on is not { } day) return new Refusal("请按 年-月-日 填写走访日期。");
        if (day > today) return new Refusal("走访日期不能晚于今天。");
        if (day < child.RegisteredOn) return new Refusal($"走访日期不能早于登记入册日期（{child.RegisteredOn.IsoDate()}）。");
        if (day < today.AddDays(-MaxVisitBackdateDays)) return new Refusal($"走访日期不能早于 {MaxVisitBackdateDays} 天前（{today.AddDays(-MaxVisitBackdateDays).IsoDate()}）。");
        if (day >= child.AdultOn) return new Refusal("该儿童当日已年满十八周岁，不再列入走访。");
        if (kind is null) return new Refusal("请选择走访方式（定期走访或重点核查）。");
        if (finding is null) return new Refusal("请选择走访发现。");
        return new ChildVisited(child.Id, visitId, day, kind.Value, finding.Value, followUp, hasNote, StepBy.Of(actor, now));
    }

    public static Decision<ChildPersonalDataRecorded> RecordPersonalData(ChildRecord child, ChildPersonalData data, Actor actor, DateTimeOffset now)
    {
        if (!MayKeep(actor, child)) return new Refusal($"只有{WhoMay(Capability.KeepChildRegisters)}可以录入和更正儿童个人信息。");
        if (child.ErasedOn is { } erased) return new Refusal($"该儿童的个人信息已于 {erased.IsoDate()} 删除，不能再录入。");
        if (data.Fields().Count == 0 && !child.HasPersonalData) return new Refusal("请至少填写一项个人信息。");
        return new ChildPersonalDataRecorded(child.Id, data.Fields(), StepBy.Of(actor, now));
    }

    /// <summary>
    /// Erasure (未成年人保护法 第七十二条; 个人信息保护法 第四十七条): on a lawful request, dated, confirmed by the station; or by the daily
    /// job once the child is 18 and the town's retention period has passed (<paramref name="erasureDue"/>).
    /// </summary>
    public static Decision<ChildPersonalDataErased> Erase(ChildRecord child, ErasureBasis? basis, DateOnly? requestedOn, bool confirmed, DateOnly erasureDue,
        Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (child.ErasedOn is { } erased) return new Refusal($"该儿童的个人信息已于 {erased.IsoDate()} 删除。");
        switch (basis)
        {
            case ErasureBasis.LawfulRequest:
                if (!MayKeep(actor, child)) return new Refusal($"只有{WhoMay(Capability.KeepChildRegisters)}可以删除儿童个人信息。");
                if (requestedOn is not { } on) return new Refusal("请按 年-月-日 填写提出删除申请的日期。");
                if (on > today) return new Refusal("申请日期不能晚于今天。");
                if (on < child.RegisteredOn) return new Refusal($"申请日期不能早于登记入册日期（{child.RegisteredOn.IsoDate()}）。");
                if (!confirmed) return new Refusal("请勾选确认：删除后个人信息无法恢复。");
                return new ChildPersonalDataErased(child.Id, ErasureBasis.LawfulRequest, on, StepBy.Of(actor, now));
            case ErasureBasis.RetentionExpired:
                if (today < erasureDue) return new Refusal($"保存期限至 {erasureDue.IsoDate()}，尚未届满。");
                return new ChildPersonalDataErased(child.Id, ErasureBasis.RetentionExpired, null, StepBy.Of(actor, now));
            default:
                return new Refusal("请选择删除依据。");
        }
    }

    public static Decision<RiskScaleSet> SetScale(IReadOnlyList<(RiskLevel Level, string? Meaning, int? Days)> levels, int? retentionYears, Actor actor,
        DateTimeOffset now)
    {
        if (!actor.CanForAll(Capability.KeepChildRegisters)) return new Refusal($"只有{WhoMay(Capability.KeepChildRegisters)}可以设定风险等级。");
        var rules = new List<RiskLevelRule>();
        foreach (var level in Enum.GetValues<RiskLevel>())
        {
            var (_, meaning, days) = levels.FirstOrDefault(l => l.Level == level);
            var text = meaning?.Trim() ?? "";
            if (text.Length == 0 || text.Length > RiskScale.MaxMeaningLength)
                return new Refusal($"请填写{level.Chinese()}风险等级的含义（{RiskScale.MaxMeaningLength} 字以内）。");
            if (days is not (>= RiskScale.MinVisitEveryDays and <= RiskScale.MaxVisitEveryDays) || days is not { } every)
                return new Refusal($"{level.Chinese()}风险的走访间隔应为 {RiskScale.MinVisitEveryDays}-{RiskScale.MaxVisitEveryDays} 天。");
            rules.Add(new RiskLevelRule(level, text, every));
        }
        if (rules[0].VisitEveryDays > rules[1].VisitEveryDays || rules[1].VisitEveryDays > rules[2].VisitEveryDays)
            return new Refusal("风险越高走访应越频繁：高风险的走访间隔不能长于中风险，中风险的不能长于低风险。");
        if (retentionYears is not (>= 0 and <= RiskScale.MaxRetentionYears))
            return new Refusal($"年满十八周岁后的保存年限应为 0-{RiskScale.MaxRetentionYears} 年。");
        return new RiskScaleSet(rules, retentionYears.Value, StepBy.Of(actor, now));
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex NationalNumberPattern();
}
