namespace Secretariat.Web.Features.Training;

/// <summary>A child director or supervisor a founding act appoints, with where the row came from (the 儿童主任 sheet or the station's).</summary>
public sealed record PlannedChildWorker(string Sheet, int Row, ChildWorkerAppointed Appointed, bool FromStationRoster);

/// <summary>The training ledger's side of a founding act: the appointments, or a problem per row.</summary>
public sealed class ChildWorkerPlan
{
    public List<RowProblem> Problems { get; } = [];
    public List<PlannedChildWorker> Appointments { get; } = [];

    /// <summary>People already in the ledger (stream exists): their appointment is appended, a new person's stream starts with it.</summary>
    public HashSet<Guid> Existing { get; } = [];

    public bool IsGood => Problems.Count == 0;

    public Decided Decide()
    {
        if (!IsGood) return new Refusal($"儿童主任名单有 {Problems.Count} 处问题，未保存：{Problems[0]}");
        Decided? decided = null;
        foreach (var planned in Appointments)
        {
            var id = planned.Appointed.PersonId;
            decided = Existing.Contains(id)
                ? decided is null ? Decided.Append(id, planned.Appointed) : decided.AndAppend(id, planned.Appointed)
                : decided is null ? Decided.Start<ChildWorker>(id, planned.Appointed) : decided.AndStart<ChildWorker>(id, planned.Appointed);
        }
        return decided ?? new Refusal("没有要登记的儿童主任或儿童督导员。");
    }
}

/// <summary>
/// Child directors and supervisors (village, name, appointed on) from a founding workbook's 儿童主任 sheet, each through
/// <see cref="ChildWorkerDecisions.Appoint(ChildWorker?, IEnumerable{ChildWorker}, Guid, Guid, string?, ChildWorkerDuty, MemberUnit?, DateOnly, string?)"/>
/// as the appointment form does. When the sheet does not list them, the station's own 儿童主任 and 儿童督导员 rows (附件3-1) are
/// appointed from the founding document's date, unless the ledger already has them in office.
/// </summary>
public static class ChildWorkerImport
{
    /// <param name="stationSeats">The station's seats the same act fills (the rows of its 工作站 sheet).</param>
    /// <param name="units">Every unit by name (registered, or registered by the same act).</param>
    /// <param name="people">A roster person's id by name, so a director is one person in the roster and the ledger.</param>
    /// <param name="namesakes">Everyone in the ledger bearing one of the names concerned.</param>
    public static ChildWorkerPlan Plan(IReadOnlyList<ChildWorkerRow> rows, IReadOnlyList<PlannedSeat> stationSeats,
        IReadOnlyDictionary<string, MemberUnit> units, IReadOnlyDictionary<string, Guid> people, IReadOnlyList<ChildWorker> namesakes, DateOnly today)
    {
        var plan = new ChildWorkerPlan();
        var sheet = FoundingWorkbook.ChildWorkersSheet;
        var appointed = new List<ChildWorker>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        void Appoint(string sheetName, int row, string name, ChildWorkerDuty duty, MemberUnit? unit, DateOnly on, string? basis, Guid appointmentId,
            bool fromStation)
        {
            var known = namesakes.Where(w => w.Name == name).ToList();
            if (known.Count > 1)
            {
                plan.Problems.Add(new(sheetName, row, $"台账中已有几位“{name}”，无法确定是哪一位：请在“儿童主任”页面为其办理任职。"));
                return;
            }
            var worker = known.SingleOrDefault();
            var personId = worker?.Id ?? (people.TryGetValue(name, out var id) && id != Guid.Empty ? id : FoundingIds.PersonId(name));
            var decided = ChildWorkerDecisions.Appoint(worker, [.. namesakes, .. appointed], personId, appointmentId, name, duty, unit, on, basis);
            if (decided.Refusal is { } refusal)
            {
                plan.Problems.Add(new(sheetName, row, refusal.Message));
                return;
            }
            if (worker is not null) plan.Existing.Add(worker.Id);
            appointed.Add(ChildWorker.Create(decided.Event!));
            plan.Appointments.Add(new PlannedChildWorker(sheetName, row, decided.Event!, fromStation));
        }

        foreach (var row in rows)
        {
            ChildWorkerDuty? duty = row.Duty == ChildWorkerDuty.ChildDirector.Chinese() ? ChildWorkerDuty.ChildDirector
                : row.Duty == ChildWorkerDuty.ChildSupervisor.Chinese() ? ChildWorkerDuty.ChildSupervisor : null;
            if (duty is null)
            {
                plan.Problems.Add(new(sheet, row.Row, $"“职务”只能填 儿童主任 或 儿童督导员（现为“{row.Duty}”）。"));
                continue;
            }
            if (seen.TryGetValue(row.Name, out var first))
            {
                plan.Problems.Add(new(sheet, row.Row, $"{row.Name} 与第 {first} 行重复：一人只填一行。"));
                continue;
            }
            seen[row.Name] = row.Row;
            if (row.AppointedOn < UserDates.Earliest)
            {
                plan.Problems.Add(new(sheet, row.Row, $"任职日期 {row.AppointedOn:yyyy-MM-dd} 早于 {UserDates.Earliest:yyyy-MM-dd}：请检查年份。"));
                continue;
            }
            if (row.AppointedOn > today)
            {
                plan.Problems.Add(new(sheet, row.Row, $"任职日期 {row.AppointedOn:yyyy-MM-dd} 晚于今天：请填写已经任职的人员。"));
                continue;
            }
            if (!units.TryGetValue(row.Unit, out var unit))
            {
                plan.Problems.Add(new(sheet, row.Row, $"单位“{row.Unit}”尚未登记。"));
                continue;
            }
            Appoint(sheet, row.Row, row.Name, duty.Value, unit, row.AppointedOn, row.Basis,
                FoundingIds.TenureId(BodyKind.WorkStation, row.Name, row.AppointedOn), fromStation: false);
        }

        // 附件3-1 names the directors as members of the station: without a sheet of their own they are appointed from its founding date.
        var byId = units.Values.ToDictionary(u => u.Id);
        foreach (var seat in stationSeats.Where(s => s.Appointed.Role is RosterRole.ChildDirector or RosterRole.ChildSupervisor))
        {
            var name = seat.Appointed.PersonName;
            if (seen.ContainsKey(name)) continue;
            if (namesakes.Any(w => w.Name == name && w.Appointments.Any(a => a.Until is null))) continue;
            seen[name] = seat.Row.Row;
            var duty = seat.Appointed.Role == RosterRole.ChildDirector ? ChildWorkerDuty.ChildDirector : ChildWorkerDuty.ChildSupervisor;
            var unit = seat.Appointed.UnitId is { } unitId ? byId.GetValueOrDefault(unitId) : null;
            Appoint(FoundingWorkbook.SheetOf(BodyKind.WorkStation), seat.Row.Row, name, duty, unit, seat.Appointed.EffectiveOn, seat.Appointed.Basis,
                seat.Appointed.TenureId, fromStation: true);
        }
        return plan;
    }
}
