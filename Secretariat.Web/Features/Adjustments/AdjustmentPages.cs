using Microsoft.AspNetCore.Authorization;

namespace Secretariat.Web.Features.Adjustments;

public sealed record AdjustmentsPageModel(
    IReadOnlyList<MemberAdjustment> Visible, IReadOnlyList<MemberAdjustment> ToAccept, IReadOnlyList<MemberAdjustment> ToApprove, bool MayFile);

public sealed record AdjustmentPageModel(
    MemberAdjustment Adjustment, string UnitName, string? MemberName, string? Error, AdjustmentForm AmendForm,
    IReadOnlyList<BodyRoster> Bodies, IReadOnlyList<MemberUnit> Units, DateOnly Today);

public static class AdjustmentPages
{
    /// <summary>Every unit's requests, or (a unit's reach of <see cref="Capability.ReadUnitRecords"/>) the own unit's only.</summary>
    public static bool MaySee(this Actor actor, MemberAdjustment adjustment) => actor.CanFor(Capability.ReadUnitRecords, adjustment.Proposal.UnitId);

    public static void MapAdjustmentPages(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, IQuerySession session, IAuthorizationService authorization, TimeProvider time,
            CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var all = await session.Query<MemberAdjustment>().OrderByDescending(a => a.FiledBy.At).Take(500).ToListAsync(ct);
            var station = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.WorkStation), ct);
            var visible = all.Where(actor.MaySee).ToList();
            return PageResults.Page<AdjustmentsPage, AdjustmentsPageModel>(context, new AdjustmentsPageModel(
                Visible: visible,
                ToAccept: actor.Can(Capability.HandleAdjustments) ? visible.Where(a => a.Status == AdjustmentStatus.Submitted).ToList() : [],
                ToApprove: visible.Where(a => a.Status == AdjustmentStatus.PendingApproval &&
                                              AdjustmentDecisions.IsApprover(actor, a.Proposal.Body, station, time.Today())).ToList(),
                // The link shows to whoever the filing endpoints' policy lets in.
                MayFile: actor.Can(Capability.FileAdjustments)));
        });

        group.MapGet("/{id:guid}", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null) return Results.NotFound();
            if (!context.User.Actor().MaySee(adjustment)) return Policies.Forbidden();
            return await DetailAsync(context, session, adjustment, null, StatusCodes.Status200OK, ct);
        });
    }

    public static async Task<IResult> DetailAsync(HttpContext context, IQuerySession session, MemberAdjustment adjustment, string? error,
        int status, CancellationToken ct, AdjustmentForm? amending = null)
    {
        var (bodies, units) = await new RosterQueries(session).EverythingAsync(ct);
        var body = bodies.FirstOrDefault(b => b.Kind == adjustment.Proposal.Body);
        var member = body?.Tenures.LastOrDefault(t => t.PersonId == adjustment.Proposal.MemberPersonId);
        var actor = context.User.Actor();
        return PageResults.Page<AdjustmentPage, AdjustmentPageModel>(context, new AdjustmentPageModel(
            Adjustment: adjustment, UnitName: units.FirstOrDefault(u => u.Id == adjustment.Proposal.UnitId)?.Name ?? "",
            MemberName: member?.PersonName, Error: error,
            AmendForm: amending ?? AdjustmentForm.From(adjustment.Proposal),
            Bodies: bodies.Where(b => b.Kind != BodyKind.Secretariat).ToList(),
            Units: !actor.CanForAll(Capability.FileAdjustments) ? units.Where(u => u.Id == actor.UnitId).ToList() : units,
            Today: context.RequestServices.GetRequiredService<TimeProvider>().Today()), status);
    }
}
