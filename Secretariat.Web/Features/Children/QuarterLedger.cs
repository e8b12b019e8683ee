namespace Secretariat.Web.Features.Children;

public sealed record VillageReview(Guid VillageId, string VillageName, int Entries, StepBy By);

/// <summary>
/// A quarter of the children's data (附件2 第23项: 按季度做好数据采集录入、审核报送、动态更新): the station's review of each village's
/// entries and the quarter's submission. One stream per quarter; the entries themselves are counted from the records.
/// </summary>
public sealed class ChildDataQuarter
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public int Year { get; set; }
    public int Quarter { get; set; }
    public List<VillageReview> Reviews { get; set; } = [];
    public DateOnly? SubmittedOn { get; set; }
    public StepBy? SubmittedBy { get; set; }

    public static Guid IdFor(int year, int quarter) => StableIds.From($"secretariat-children-quarter:{year}-{quarter}");

    public static ChildDataQuarter Create(ChildQuarterReviewed e)
    {
        var quarter = new ChildDataQuarter { Id = IdFor(e.Year, e.Quarter), Year = e.Year, Quarter = e.Quarter };
        quarter.Apply(e);
        return quarter;
    }

    public static ChildDataQuarter Create(ChildQuarterSubmitted e)
    {
        var quarter = new ChildDataQuarter { Id = IdFor(e.Year, e.Quarter), Year = e.Year, Quarter = e.Quarter };
        quarter.Apply(e);
        return quarter;
    }

    public void Apply(ChildQuarterReviewed e)
    {
        Reviews.RemoveAll(r => r.VillageId == e.VillageId);
        Reviews.Add(new VillageReview(e.VillageId, e.VillageName, e.Entries, e.By));
    }

    public void Apply(ChildQuarterSubmitted e)
    {
        SubmittedOn = e.SubmittedOn;
        SubmittedBy = e.By;
    }
}

/// <summary>A calendar quarter: its first and last day.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public DateOnly FirstDay => new(Year, Number * 3 - 2, 1);
    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>The first day of its last month: submission opens then.</summary>
    public DateOnly SubmissionOpens => FirstDay.AddMonths(2);

    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public bool Contains(DateOnly day) => FirstDay <= day && day <= LastDay;

    public string Chinese => $"{Year}年第{Number}季度";

    /// <summary>A real quarter of a year the registers can hold (2000 to next year).</summary>
    public static bool IsValid(int year, int number, DateOnly today) => year >= 2000 && year <= today.Year + 1 && number is >= 1 and <= 4;
}

/// <summary>One village's quarter: its entries (录入 and 动态更新 of its children's records), whether the station reviewed them.</summary>
public sealed record LedgerCell(int Entries, VillageReview? Review)
{
    /// <summary>Reviewed, and nothing was entered since the review counted.</summary>
    public bool IsReviewed => Review is { } r && r.Entries >= Entries;
}

public sealed record LedgerQuarter(Quarter Quarter, IReadOnlyDictionary<Guid, LedgerCell> Villages, DateOnly? SubmittedOn, string? SubmittedBy)
{
    public int Entries => Villages.Values.Sum(v => v.Entries);

    /// <summary>The villages with entries the station has not reviewed (in the order given).</summary>
    public IReadOnlyList<Guid> Unreviewed => Villages.Where(v => v.Value.Entries > 0 && !v.Value.IsReviewed).Select(v => v.Key).ToList();
}

/// <summary>The year's 报送台账 as a query: per quarter and village, entries counted from the records, reviews and the submission.</summary>
public sealed record QuarterLedger(int Year, IReadOnlyList<MemberUnit> Villages, IReadOnlyList<LedgerQuarter> Quarters)
{
    public static int EntriesIn(IEnumerable<ChildRecord> children, Quarter quarter, Guid villageId) =>
        children.SelectMany(c => c.Steps).Count(s => s.VillageId == villageId && quarter.Contains(s.On));

    public static QuarterLedger Of(int year, IReadOnlyList<MemberUnit> villages, IReadOnlyList<ChildRecord> children, IReadOnlyList<ChildDataQuarter> streams) =>
        new(year, villages, Enumerable.Range(1, 4).Select(n =>
        {
            var quarter = new Quarter(year, n);
            var stream = streams.FirstOrDefault(s => s.Year == year && s.Quarter == n);
            return new LedgerQuarter(quarter,
                villages.ToDictionary(v => v.Id, v => new LedgerCell(EntriesIn(children, quarter, v.Id), stream?.Reviews.FirstOrDefault(r => r.VillageId == v.Id))),
                stream?.SubmittedOn, stream?.SubmittedBy?.Name);
        }).ToList());

    public static async Task<QuarterLedger> LoadAsync(IQuerySession session, int year, CancellationToken ct)
    {
        var queries = new ChildQueries(session);
        var ids = Enumerable.Range(1, 4).Select(n => ChildDataQuarter.IdFor(year, n)).ToArray();
        var streams = await session.LoadManyAsync<ChildDataQuarter>(ct, ids);
        return Of(year, await queries.VillagesAsync(ct), await queries.AllAsync(ct), streams.ToList());
    }
}

public static class QuarterDecisions
{
    public static Decision<ChildQuarterReviewed> Review(ChildDataQuarter? stream, Quarter quarter, MemberUnit? village, int entries, Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        if (!actor.CanForAll(Capability.KeepChildRegisters)) return new Refusal($"只有{ChildDecisions.WhoMay(Capability.KeepChildRegisters)}可以审核季度数据。");
        if (village is null || village.Kind is not (UnitKind.Village or UnitKind.Community)) return new Refusal("请选择要审核的村（社区）。");
        if (quarter.FirstDay > today) return new Refusal($"{quarter.Chinese}尚未开始，不能审核。");
        if (stream?.SubmittedOn is { } submitted) return new Refusal($"{quarter.Chinese}已于 {submitted.IsoDate()} 报送，不能再审核。");
        if (entries == 0) return new Refusal($"{village.Name}{quarter.Chinese}没有录入或更新，无需审核。");
        return new ChildQuarterReviewed(quarter.Year, quarter.Number, village.Id, village.Name, entries, StepBy.Of(actor, now));
    }

    public static Decision<ChildQuarterSubmitted> Submit(ChildDataQuarter? stream, LedgerQuarter ledger, IReadOnlyList<MemberUnit> villages, DateOnly? submittedOn,
        Actor actor, DateTimeOffset now)
    {
        var today = now.ToTownDate();
        var quarter = ledger.Quarter;
        if (!actor.CanForAll(Capability.KeepChildRegisters)) return new Refusal($"只有{ChildDecisions.WhoMay(Capability.KeepChildRegisters)}可以报送季度数据。");
        if (stream?.SubmittedOn is { } done) return new Refusal($"{quarter.Chinese}已于 {done.IsoDate()} 报送。");
        if (submittedOn is not { } on) return new Refusal("请按 年-月-日 填写报送日期。");
        if (on > today) return new Refusal("报送日期不能晚于今天。");
        if (on < quarter.SubmissionOpens) return new Refusal($"报送日期不能早于该季度最后一个月的第一天（{quarter.SubmissionOpens.IsoDate()}）。");
        var unreviewed = ledger.Unreviewed.Select(id => villages.FirstOrDefault(v => v.Id == id)?.Name ?? "").ToList();
        if (unreviewed.Count > 0) return new Refusal($"尚有村（社区）的数据未审核：{string.Join("、", unreviewed)}。");
        return new ChildQuarterSubmitted(quarter.Year, quarter.Number, on, StepBy.Of(actor, now));
    }
}
