
namespace Secretariat.Web.Features.Adjustments;

/// <summary>A unit (through its liaison) or the office proposes a member adjustment.</summary>
public sealed record FileAdjustment(Guid AdjustmentId, AdjustmentProposal Proposal, Actor Actor, StoredFile? Attachment = null);

public sealed record NewAdjustmentPageModel(
    AdjustmentForm Form, string? Error, IReadOnlyList<BodyRoster> Bodies, IReadOnlyList<MemberUnit> Units, DateOnly Today);

// Kept explicit: the number is counted by a query and the attachment is a document stored beside the stream it starts.
public static class FileAdjustmentHandler
{
    public static async Task<CommandResult> Handle(FileAdjustment command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var body = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(command.Proposal.Body), ct);
        var units = (await session.Query<MemberUnit>().ToListAsync(ct)).ToDictionary(u => u.Id);
        var now = time.GetUtcNow();
        // Numbered per year; the unique index on Number turns a rare simultaneous filing into a retry, not a duplicate.
        var prefix = $"调整〔{now.ToTownDate().Year}〕";
        var filedThisYear = await session.Query<MemberAdjustment>().CountAsync(a => a.Number.StartsWith(prefix), ct);
        var decision = AdjustmentDecisions.File(command.AdjustmentId, $"{prefix}{filedThisYear + 1}号", command.Proposal, command.Actor, body,
            units, now);
        if (decision.Refusal is { } refusal) return CommandResult.Refused(refusal.Message);
        var filed = decision.Event!;
        if (command.Attachment is { } attachment)
        {
            session.Store(attachment);
            filed = filed with { AttachmentId = attachment.Id, AttachmentName = attachment.FileName };
        }
        session.Events.StartStream<MemberAdjustment>(command.AdjustmentId, filed);
        return CommandResult.Done;
    }
}

public static class FileAdjustmentEndpoint
{
    public static void MapFileAdjustment(this RouteGroupBuilder group)
    {
        group.MapGet("/new", (HttpContext context, IQuerySession session, string? body, CancellationToken ct) =>
            FormAsync(context, session, new AdjustmentForm { Body = body ?? BodyKind.LeadingGroup.ToString() }, null, StatusCodes.Status200OK, ct))
            .RequireCapability(Capability.FileAdjustments);

        group.MapPost("/new", async ([Microsoft.AspNetCore.Mvc.FromForm] AdjustmentForm form, HttpContext context,
            IQuerySession session, Wolverine.IMessageBus bus, CancellationToken ct) =>
        {
            // A form that binds to nothing (e.g. a body that is not a form) is an empty form: the page says what is missing.
            form ??= new AdjustmentForm();
            var actor = context.User.Actor();
            var (proposal, problem) = form.ToProposal(actor);
            // Read from the form rather than bound, so that plain (non-multipart) posts are accepted as well.
            var id = Guid.NewGuid();
            var (attachment, attachmentProblem) = await Uploads.ReadAsync(context.Request.Form, Attachments.Rule, id, ct);
            problem ??= attachmentProblem;
            if (problem is not null) return await FormAsync(context, session, form, problem, StatusCodes.Status422UnprocessableEntity, ct);
            var result = await bus.InvokeAsync<CommandResult>(new FileAdjustment(id, proposal!, actor, attachment.SingleOrDefault()), ct);
            if (!result.Succeeded) return await FormAsync(context, session, form, result.Refusal, StatusCodes.Status422UnprocessableEntity, ct);
            return PageResults.SeeOther(context, $"/adjustments/{id}");
        }).RequireCapability(Capability.FileAdjustments);
    }

    private static async Task<IResult> FormAsync(HttpContext context, IQuerySession session, AdjustmentForm form, string? error, int status,
        CancellationToken ct)
    {
        var (bodies, units) = await new RosterQueries(session).EverythingAsync(ct);
        var actor = context.User.Actor();
        return PageResults.Page<NewAdjustmentPage, NewAdjustmentPageModel>(context, new NewAdjustmentPageModel(
            form, error, bodies.Where(b => b.Kind != BodyKind.Secretariat).ToList(),
            !actor.CanForAll(Capability.FileAdjustments) ? units.Where(u => u.Id == actor.UnitId).ToList() : units,
            context.RequestServices.GetRequiredService<TimeProvider>().Today()), status);
    }
}

/// <summary>The request form as posted; parsed by hand so that bad input is a message in the page, never a 400.</summary>
public sealed class AdjustmentForm
{
    public string? Body { get; set; }
    public string? Kind { get; set; }
    public string? UnitId { get; set; }
    public string? MemberPersonId { get; set; }
    public string? NewPersonName { get; set; }
    public string? NewRole { get; set; }
    public string? NewPosition { get; set; }
    public string? Reason { get; set; }
    public string? EffectiveOn { get; set; }

    public static AdjustmentForm From(AdjustmentProposal p) => new()
    {
        Body = p.Body.ToString(), Kind = p.Kind.ToString(), UnitId = p.UnitId.ToString(), MemberPersonId = p.MemberPersonId?.ToString(),
        NewPersonName = p.NewPersonName, NewRole = p.NewRole?.ToString(), NewPosition = p.NewPosition, Reason = p.Reason,
        EffectiveOn = p.ProposedEffectiveOn.ToString("yyyy-MM-dd")
    };

    public (AdjustmentProposal? Proposal, string? Problem) ToProposal(Actor actor)
    {
        if (!FormValues.TryEnum<BodyKind>(Body, out var body)) return (null, "请选择机构（领导小组或工作站）。");
        if (!FormValues.TryEnum<AdjustmentKind>(Kind, out var kind)) return (null, "请选择调整类型。");
        Guid unit;
        if (!actor.CanForAll(Capability.FileAdjustments) && actor.UnitId is { } own) unit = own;
        else if (!Guid.TryParse(UnitId, out unit)) return (null, "请选择提出申请的单位。");
        Guid? member = null;
        if (!string.IsNullOrEmpty(MemberPersonId))
        {
            if (!Guid.TryParse(MemberPersonId, out var parsed)) return (null, "请选择要调整的现任成员。");
            member = parsed;
        }
        RosterRole? role = null;
        if (!string.IsNullOrEmpty(NewRole))
        {
            if (!FormValues.TryEnum<RosterRole>(NewRole, out var parsed)) return (null, "请选择职务。");
            role = parsed;
        }
        if (!DateOnly.TryParseExact(EffectiveOn?.Trim(), "yyyy-MM-dd", out var on)) return (null, "请按 年-月-日 填写拟生效日期。");
        return (new AdjustmentProposal(body, kind, unit, member, NewPersonName, role, NewPosition, Reason ?? "", on), null);
    }
}
