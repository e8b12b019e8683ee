namespace Secretariat.Web.Features.Roster;

/// <summary>What a founding act is decided against: the town's bodies (null while not established) and its registered units.</summary>
public sealed record FoundingTown(IReadOnlyDictionary<BodyKind, BodyRoster?> Bodies, IReadOnlyList<MemberUnit> Units)
{
    public static async Task<FoundingTown> LoadAsync(IQuerySession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var bodies = batch.LoadMany<BodyRoster>().ById(Enum.GetValues<BodyKind>().Select(RosterNames.BodyId).ToArray());
        var units = batch.Query<MemberUnit>().ToList();
        await batch.Execute(ct);
        var loaded = (await bodies).ToDictionary(b => b.Kind);
        return new FoundingTown(Enum.GetValues<BodyKind>().ToDictionary(k => k, k => loaded.GetValueOrDefault(k)),
            (await units).OrderBy(u => u.SortOrder).ToList());
    }
}

/// <summary>A unit the act registers: from the 成员单位 sheet, or named on a roster and offered for registration with a kind to confirm.</summary>
public sealed record NewUnit(MemberUnitRegistered Registered, bool FromSheet, bool KindGuessed, IReadOnlyList<string> NamedBy)
{
    public string Name => Registered.Name;
    public UnitKind Kind => Registered.Kind;
}

/// <summary>A seat the act fills, with the sheet row it came from.</summary>
public sealed record PlannedSeat(BodyKind Body, SeatRow Row, MemberAppointed Appointed);

/// <summary>
/// The roster side of a founding act, decided row by row: every problem (a message per row, in Chinese), the units it registers,
/// the seats it fills. Nothing of it is saved unless it has no problem; then <see cref="Decide"/> gives the events.
/// </summary>
public sealed class FoundingPlan
{
    public List<RowProblem> Problems { get; } = [];
    public List<NewUnit> NewUnits { get; } = [];

    /// <summary>Rows of the 成员单位 sheet naming a unit already registered with that kind: nothing to do.</summary>
    public List<UnitRow> AlreadyRegistered { get; } = [];

    public List<PlannedSeat> Seats { get; } = [];

    /// <summary>Every unit by name, registered or registered by this act: what the child directors' rows resolve against.</summary>
    public Dictionary<string, MemberUnit> UnitsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>A person by name: the roster's (an existing seat), or the id this act gives them.</summary>
    public Dictionary<string, Guid> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Bodies this act establishes itself (the first start's sample): their streams start with it.</summary>
    public Dictionary<BodyKind, BodyEstablished> Establishing { get; } = [];

    public Dictionary<BodyKind, BodyRoster> Bodies { get; } = [];

    public IEnumerable<BodyKind> BodiesFilled => Seats.Select(s => s.Body).Distinct();

    public bool IsGood => Problems.Count == 0;

    /// <summary>
    /// The act's events: each new unit's stream, and on each body's stream the founding record followed by its seats, effective on
    /// the founding document's date. Refused while any row has a problem.
    /// </summary>
    public Decided Decide(string? fileName, StepBy? by)
    {
        if (!IsGood) return new Refusal($"名单有 {Problems.Count} 处问题，未保存：{Problems[0]}");
        var streams = new List<Func<Decided?, Decided>>();
        foreach (var unit in NewUnits)
            streams.Add(d => d is null ? Decided.Start<MemberUnit>(unit.Registered.UnitId, unit.Registered) : d.AndStart<MemberUnit>(unit.Registered.UnitId, unit.Registered));
        foreach (var kind in BodiesFilled.Concat(Establishing.Keys).Distinct().Order())
        {
            var body = Bodies[kind];
            var seats = Seats.Where(s => s.Body == kind).Select(s => (object)s.Appointed).ToList();
            var events = new List<object>();
            if (Establishing.TryGetValue(kind, out var established)) events.Add(established);
            if (seats.Count > 0) events.Add(new FoundingRosterImported(body.Id, body.Basis, body.EstablishedOn, seats.Count, fileName, by));
            events.AddRange(seats);
            streams.Add(d => Establishing.ContainsKey(kind)
                ? d is null ? Decided.Start<BodyRoster>(body.Id, events) : d.AndStart<BodyRoster>(body.Id, events)
                : d is null ? Decided.Append(body.Id, events) : d.AndAppend(body.Id, events));
        }
        if (streams.Count == 0) return new Refusal("名单中没有要导入的内容。");
        return streams.Aggregate((Decided?)null, (decided, next) => next(decided))!;
    }
}

/// <summary>
/// The founding roster's decisions (成立时名单): every row of a founding workbook checked against the town, and the seats filled
/// through <see cref="RosterDecisions.Appoint"/>, the decision every later change goes through. One way a roster comes to be: an
/// office's upload, the command line's <c>roster import</c> and the first start's sample all come here.
/// </summary>
public static class FoundingImport
{
    /// <param name="chosenKinds">The kind the office confirmed for a unit named on a roster and not registered (else a guess from its name).</param>
    public static FoundingPlan Plan(FoundingSheets sheets, FoundingTown town, IReadOnlyDictionary<string, UnitKind> chosenKinds)
    {
        var plan = new FoundingPlan();
        foreach (var (kind, body) in town.Bodies)
            if (body is not null) plan.Bodies[kind] = body;
        PlanUnits(plan, sheets, town, chosenKinds);
        foreach (var body in town.Bodies.Values.OfType<BodyRoster>())
            foreach (var tenure in body.Tenures)
                if (!plan.People.TryAdd(tenure.PersonName, tenure.PersonId) && plan.People[tenure.PersonName] != tenure.PersonId)
                    plan.People[tenure.PersonName] = Guid.Empty; // two people of one name: a row naming them cannot say which
        foreach (var sheet in sheets.Bodies.Where(b => b.Seats.Count > 0).OrderBy(b => b.Body)) PlanBody(plan, sheet);
        return plan;
    }

    /// <summary>The same, for a body this act establishes too (the first start's sample: establish and fill in one transaction).</summary>
    public static FoundingPlan PlanEstablishing(FoundingSheets sheets, IReadOnlyList<BodyEstablished> establishing, IReadOnlyList<MemberUnit> units,
        IReadOnlyDictionary<string, UnitKind> chosenKinds)
    {
        var bodies = Enum.GetValues<BodyKind>().ToDictionary(k => k, k => establishing.FirstOrDefault(e => e.Kind == k) is { } e ? BodyRoster.Create(e) : null);
        var plan = Plan(sheets, new FoundingTown(bodies, units), chosenKinds);
        foreach (var e in establishing) plan.Establishing[e.Kind] = e;
        return plan;
    }

    private static void PlanUnits(FoundingPlan plan, FoundingSheets sheets, FoundingTown town, IReadOnlyDictionary<string, UnitKind> chosenKinds)
    {
        foreach (var unit in town.Units) plan.UnitsByName.TryAdd(unit.Name, unit);
        var order = town.Units.Count == 0 ? 0 : town.Units.Max(u => u.SortOrder);
        var sheetRows = new Dictionary<string, int>(StringComparer.Ordinal);
        void Register(string name, UnitKind kind, bool fromSheet, bool guessed, IReadOnlyList<string> namedBy, string? sheet, int? row)
        {
            var decided = RosterDecisions.RegisterUnit(null, plan.UnitsByName.Values, new RegisterMemberUnit(FoundingIds.UnitId(name), name, kind, order + 1));
            if (decided.Refusal is { } refusal)
            {
                plan.Problems.Add(new(sheet, row, refusal.Message));
                return;
            }
            order++;
            plan.NewUnits.Add(new NewUnit(decided.Event!, fromSheet, guessed, namedBy));
            plan.UnitsByName[name] = MemberUnit.Create(decided.Event!);
        }

        foreach (var row in sheets.Units)
        {
            if (sheetRows.TryGetValue(row.Name, out var first))
            {
                plan.Problems.Add(new(FoundingWorkbook.UnitsSheet, row.Row, $"单位“{row.Name}”与第 {first} 行重复。"));
                continue;
            }
            sheetRows[row.Name] = row.Row;
            if (town.Units.FirstOrDefault(u => u.Name == row.Name) is { } known)
            {
                if (known.Kind == row.Kind) plan.AlreadyRegistered.Add(row);
                else plan.Problems.Add(new(FoundingWorkbook.UnitsSheet, row.Row,
                    $"单位“{row.Name}”已登记为“{known.Kind.Chinese()}”，此处填的是“{row.Kind.Chinese()}”：已登记的单位不能在这里改类别。"));
                continue;
            }
            Register(row.Name, row.Kind, fromSheet: true, guessed: false, [], FoundingWorkbook.UnitsSheet, row.Row);
        }

        // Units the rosters and the child directors name that neither the town nor the 成员单位 sheet has: offered for registration.
        var named = new List<(string Unit, string Where)>();
        foreach (var body in sheets.Bodies.OrderBy(b => b.Body))
            named.AddRange(body.Seats.Where(s => s.Unit is { Length: > 0 }).Select(s => (s.Unit!, $"{FoundingWorkbook.SheetOf(body.Body)}第 {s.Row} 行")));
        named.AddRange(sheets.ChildWorkers.Select(c => (c.Unit, $"{FoundingWorkbook.ChildWorkersSheet}第 {c.Row} 行")));
        foreach (var group in named.GroupBy(n => n.Unit, StringComparer.Ordinal))
        {
            if (plan.UnitsByName.ContainsKey(group.Key) || sheetRows.ContainsKey(group.Key)) continue;
            var chosen = chosenKinds.TryGetValue(group.Key, out var kind);
            Register(group.Key, chosen ? kind : FoundingNames.GuessKind(group.Key), fromSheet: false, guessed: !chosen, group.Select(g => g.Where).ToList(),
                null, null);
        }
    }

    private static void PlanBody(FoundingPlan plan, BodySheet sheet)
    {
        var kind = sheet.Body;
        var name = FoundingWorkbook.SheetOf(kind);
        if (!plan.Bodies.TryGetValue(kind, out var body))
        {
            plan.Problems.Add(new(name, null, $"{kind.Chinese()}尚未成立：请先登记其成立文件（发文机关、文号、成文日期），再导入名单。"));
            return;
        }
        if (body.Tenures.Count > 0)
        {
            plan.Problems.Add(new(name, null,
                $"{kind.Chinese()}已有名单（{body.Tenures.Count(t => t.Until is null)} 人在任，成立依据 {body.Basis}），不能再次导入：以后的人员变动请在“成员调整”中办理。"));
            return;
        }
        var working = body.Copy();
        var units = plan.UnitsByName.Values.ToDictionary(u => u.Id);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var singleSeats = new Dictionary<RosterRole, SeatRow>();
        var roles = string.Join("、", RosterNames.RolesOf(kind).Select(r => r.Chinese()));
        foreach (var row in sheet.Seats)
        {
            if (FoundingNames.RoleOf(kind, row.Role) is not { } role)
            {
                plan.Problems.Add(new(name, row.Row, $"{kind.Chinese()}没有“{row.Role}”这一职务（可填：{roles}）。"));
                continue;
            }
            if (seen.TryGetValue(row.Name, out var first))
            {
                plan.Problems.Add(new(name, row.Row, $"{row.Name} 与第 {first} 行重复：同一人在一个机构中只填一行（一人只任一个职务）。"));
                continue;
            }
            seen[row.Name] = row.Row;
            if (role.IsSingleSeat() && singleSeats.TryGetValue(role, out var holder))
            {
                plan.Problems.Add(new(name, row.Row, $"{kind.Chinese()}只能有一名{role.Chinese()}：第 {holder.Row} 行已是 {holder.Name}。"));
                continue;
            }
            if (role.IsSingleSeat()) singleSeats[role] = row;
            if (plan.People.TryGetValue(row.Name, out var personId) && personId == Guid.Empty)
            {
                plan.Problems.Add(new(name, row.Row, $"名单中已有几位“{row.Name}”，无法确定是哪一位：请在姓名后注明以示区别，或通过成员调整办理。"));
                continue;
            }
            if (personId == Guid.Empty) personId = FoundingIds.PersonId(row.Name);
            Guid? unitId = row.Unit is { Length: > 0 } unit && plan.UnitsByName.TryGetValue(unit, out var found) ? found.Id : null;
            var appointed = RosterDecisions.Appoint(working, new AppointMember(kind, FoundingIds.TenureId(kind, row.Name, body.EstablishedOn), personId,
                row.Name, role, unitId, row.Position, body.EstablishedOn, body.Basis), units);
            if (appointed.Refusal is { } refusal)
            {
                plan.Problems.Add(new(name, row.Row, refusal.Message));
                continue;
            }
            working.Apply(appointed.Event!);
            plan.People.TryAdd(row.Name, personId);
            plan.Seats.Add(new PlannedSeat(kind, row, appointed.Event!));
        }
        var required = kind switch { BodyKind.LeadingGroup => RosterRole.Leader, BodyKind.WorkStation => RosterRole.StationMaster, _ => (RosterRole?)null };
        if (required is { } seat && !singleSeats.ContainsKey(seat) && !plan.Problems.Any(p => p.Sheet == name))
            plan.Problems.Add(new(name, null, $"名单中没有{seat.Chinese()}：{kind.Chinese()}须有一名{seat.Chinese()}" +
                (kind == BodyKind.LeadingGroup ? "（会议由组长召集，成员调整由组长审批）。" : "（工作站成员的调整由站长审批）。")));
    }
}
