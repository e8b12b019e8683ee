using Secretariat.Web.Infrastructure.Documents;

namespace Secretariat.Web.Features.Adjustments;

/// <summary>One approved change, as the notice lists it.</summary>
public sealed record NoticeLine(MemberAdjustment Adjustment, string Description);

/// <summary>The notice of a year (or of one request) and its number; a notice without any approved change has none (it is not issued).</summary>
public sealed record AdjustmentNoticePageModel(int Year, IReadOnlyList<NoticeLine> Lines, DateOnly Today, string? Error = null, string? Number = null,
    Guid? Id = null);

public static class AdjustmentNoticeEndpoint
{
    public static void MapAdjustmentNotice(this RouteGroupBuilder group)
    {
        // The approved changes of a year (or one request), laid out as an official notice for the file.
        group.MapGet("/notice", async (string? year, Guid? id, HttpContext context, IQuerySession session, IMessageBus bus, TimeProvider time,
            CancellationToken ct) =>
        {
            var (model, status) = await NoticeAsync(year, id, context, session, bus, time, ct);
            return PageResults.Page<AdjustmentNoticePage, AdjustmentNoticePageModel>(context, model, status);
        });

        // Its Word copy: the same notice, issued (numbered) the same way; a year without approved changes issues nothing.
        group.MapGet("/notice.docx", async (string? year, Guid? id, HttpContext context, IQuerySession session, IMessageBus bus, TimeProvider time,
            CancellationToken ct) =>
        {
            var (model, status) = await NoticeAsync(year, id, context, session, bus, time, ct);
            if (status == StatusCodes.Status200OK && model.Number is null)
                (model, status) = (model with { Error = $"{model.Year}年无经批准的成员调整，不印发通知，没有Word版。" }, StatusCodes.Status404NotFound);
            return status == StatusCodes.Status200OK
                ? OfficialDocx.File(AdjustmentDocuments.Notice(model, context.RequiredTown()))
                : PageResults.Page<AdjustmentNoticePage, AdjustmentNoticePageModel>(context, model, status);
        });
    }

    private static async Task<(AdjustmentNoticePageModel Model, int Status)> NoticeAsync(string? year, Guid? id, HttpContext context,
        IQuerySession session, IMessageBus bus, TimeProvider time, CancellationToken ct)
    {
        var today = time.Today();
        var noticeYear = today.Year;
        if (!string.IsNullOrEmpty(year) && (!int.TryParse(year, out noticeYear) || noticeYear < 2022 || noticeYear > today.Year + 1))
            return (new AdjustmentNoticePageModel(today.Year, [], today, $"年份“{year}”无效。"), StatusCodes.Status422UnprocessableEntity);

        // An official notice reads the same for every reader: it lists every approved change of the year, whoever may see the
        // requests themselves (a liaison sees only their unit's requests, never a notice of their own).
        var approved = await session.Query<MemberAdjustment>().Where(a => a.Status == AdjustmentStatus.Approved).ToListAsync(ct);
        var chosen = approved
            .Where(a => id is { } one ? a.Id == one : a.Proposal.ProposedEffectiveOn.Year == noticeYear)
            .OrderBy(a => a.Proposal.ProposedEffectiveOn).ThenBy(a => a.Number, StringComparer.Ordinal).ToList();
        var (bodies, units) = await new RosterQueries(session).EverythingAsync(ct);
        var lines = chosen.Select(a => new NoticeLine(a, Describe(a, bodies, units))).ToList();
        // Issued when opened to print: the year's notice (or the one request's) takes the next number of that year's register once.
        var number = lines.Count == 0 ? null : id is { } request
            ? await DocumentNumbers.ForAsync(session, bus, DocumentKind.AdjustmentNotice, lines[0].Adjustment.Proposal.ProposedEffectiveOn.Year, request, ct)
            : await DocumentNumbers.ForAsync(session, bus, DocumentKind.AdjustmentNotice, noticeYear, NoticeOfYear(noticeYear), ct);
        return (new AdjustmentNoticePageModel(
            id is null ? noticeYear : lines.FirstOrDefault()?.Adjustment.Proposal.ProposedEffectiveOn.Year ?? noticeYear, lines, today,
            Number: number is null ? null : context.RequiredTown().Number(number),
            Id: id), StatusCodes.Status200OK);
    }

    /// <summary>The id under which the adjustment notice of a whole year takes its number (one notice per year).</summary>
    public static Guid NoticeOfYear(int year) => new($"6a1d0004-0000-4000-8000-{year:000000000000}");

    private static string Describe(MemberAdjustment a, IReadOnlyList<BodyRoster> bodies, IReadOnlyList<MemberUnit> units)
    {
        var p = a.Proposal;
        var body = bodies.FirstOrDefault(b => b.Kind == p.Body);
        var member = body?.Tenures.LastOrDefault(t => t.PersonId == p.MemberPersonId);
        var unit = units.FirstOrDefault(u => u.Id == p.UnitId)?.Name ?? "";
        var position = p.NewPosition is { } pos ? $"（{pos}）" : "";
        return p.Kind switch
        {
            AdjustmentKind.Replace => $"{member?.PersonName}同志因{p.Reason}不再担任{p.Body.Chinese()}{member?.Role.Chinese()}，由{p.NewPersonName}同志{position}接任。",
            AdjustmentKind.Add => $"增补{p.NewPersonName}同志{position}为{p.Body.Chinese()}{p.NewRole?.Chinese()}（{unit}）。",
            AdjustmentKind.Remove => $"{member?.PersonName}同志因{p.Reason}不再担任{p.Body.Chinese()}{member?.Role.Chinese()}。",
            AdjustmentKind.ChangeRole => $"{member?.PersonName}同志改任{p.Body.Chinese()}{p.NewRole?.Chinese()}{position}。",
            _ => ""
        };
    }
}
