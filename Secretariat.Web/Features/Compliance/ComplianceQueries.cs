using Secretariat.Web.Features.Meetings;
using Secretariat.Web.Features.Reports;
using Secretariat.Web.Features.Training;

using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.MajorMatters;
using Secretariat.Web.Features.Campaigns;

namespace Secretariat.Web.Features.Compliance;

/// <summary>
/// Loads what the rules read as of a day from the projections (snapshots and their columns), never by replaying events.
/// For a past day it is as exact as the snapshots allow: meetings as convened, cancelled and issued by then, resolutions
/// issued and done by then; a due date extended later and an adjustment's earlier waits are seen as they are now.
/// </summary>
public sealed class ComplianceQueries(IQuerySession session, ComplianceOptions options)
{
    public async Task<ComplianceFacts> FactsAsync(DateOnly asOf, CancellationToken ct)
    {
        var leadingGroup = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup), ct);
        var workStation = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
        var firstYear = leadingGroup?.EstablishedOn.Year ?? asOf.Year;
        var meetings = (await session.Query<Meeting>().Where(m => m.Year >= firstYear && m.Year <= asOf.Year).ToListAsync(ct))
            .Select(m => new MeetingFact(m.Id, m.Title, m.Date, m.ConvenedOn, m.Cancelled ? m.CancelledOn ?? DateOnly.MinValue : null,
                m.IssuedAt?.ToTownDate(), m.MinutesNumber))
            .ToList();
        var horizon = asOf.AddDays(options.ReminderDays.DefaultIfEmpty(0).Max());
        var resolutions = (await session.Query<Resolution>()
                .Where(r => r.DueOn <= horizon && (!r.IsDone || r.DoneOn > asOf)).ToListAsync(ct))
            .Select(r => new ResolutionFact(r.Id, r.Order, r.Text, r.MinutesNumber, r.UnitIds, r.IssuedOn, r.DueOn, r.DoneOn, r.IsMajor))
            .ToList();
        var training = new TrainingQueries(session);
        var workers = await training.ServingBetweenAsync(asOf, asOf, ct);
        var coverage = await training.CoverageAsync(asOf, ct);
        var waiting = await session.Query<MemberAdjustment>()
            .Where(a => a.Status == AdjustmentStatus.Submitted || a.Status == AdjustmentStatus.PendingApproval).ToListAsync(ct);
        var unitNames = waiting.Count == 0 ? new Dictionary<Guid, string>()
            : (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        var adjustments = waiting
            .Select(a => new AdjustmentFact(a.Id, a.Number, a.Proposal.UnitId, unitNames.GetValueOrDefault(a.Proposal.UnitId, ""), a.Status,
                a.WaitingSince ?? a.FiledBy.At.ToTownDate()))
            .Where(a => a.WaitingSince <= asOf)
            .ToList();
        var reports = await ReportsAsync(workStation?.EstablishedOn, asOf, ct);
        var instructions = await InstructionRules.FactsAsync(session, asOf, horizon, ct);
        var campaigns = await CampaignRules.FactsAsync(session, asOf, ct);
        return new ComplianceFacts(asOf, leadingGroup?.EstablishedOn, meetings, resolutions, workers, coverage, adjustments, reports, instructions,
            campaigns);
    }

    /// <summary>Every half-year since the work station was set up whose report is due, or comes due within the reminder window.</summary>
    private async Task<IReadOnlyList<ReportFact>> ReportsAsync(DateOnly? workStationSince, DateOnly asOf, CancellationToken ct)
    {
        if (workStationSince is not { } since) return [];
        var horizon = asOf.AddDays(options.ReminderDays.DefaultIfEmpty(0).Max());
        var reports = await session.Query<SemiannualReport>().Where(r => r.Year >= since.Year && r.Year <= asOf.Year).ToListAsync(ct);
        var owed = new List<ReportFact>();
        for (var year = since.Year; year <= asOf.Year; year++)
            foreach (var half in new[] { HalfYear.H1, HalfYear.H2 })
            {
                var end = ReportPeriods.End(year, half);
                if (end < since) continue;
                var report = reports.FirstOrDefault(r => r.Year == year && r.Half == half);
                var due = report?.DueOn ?? ReportPeriods.DueOn(year, half, options.ReportDueDays);
                if (due > horizon) continue;
                owed.Add(new ReportFact(year, half == HalfYear.H1 ? 1 : 2, end, due, report?.ReceivedOn, report?.SubmittedOn,
                    report is null ? $"/reports?year={year}" : $"/reports/{report.Id}"));
            }
        return owed;
    }
}
