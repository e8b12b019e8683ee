using Marten;
using Secretariat.Web.Features.Accounts;
using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Roster;
using Secretariat.Web.Infrastructure.Files;
using Secretariat.Web.Infrastructure.Messaging;
using Wolverine;

namespace Secretariat.Web.Features.Meetings;

/// <summary>An agenda item's attachment (the work station's material for the matter to decide).</summary>
public sealed class MeetingAttachment
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

public sealed record AddAgendaItem(Guid MeetingId, string? Title, string? Presenter, Guid? UnitId, MeetingAttachment? Attachment, Actor Actor);

public sealed record RemoveAgendaItem(Guid MeetingId, Guid ItemId, Actor Actor);

public sealed record InviteGuest(Guid MeetingId, string? Name, string? Unit, Actor Actor);

public static class ChangeAgendaHandler
{
    public static async Task<CommandResult> Handle(AddAgendaItem command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        var unit = command.UnitId is { } unitId ? await session.LoadAsync<MemberUnit>(unitId, ct) : null;
        var decided = MeetingDecisions.AddItem(meeting, Guid.NewGuid(), command.Title, command.Presenter, unit, command.Actor, time.GetUtcNow(),
            command.Attachment is { } a ? (a.Id, a.FileName) : null);
        if (decided.Refusal is null && command.Attachment is { } attachment) session.Store(attachment);
        return stream.Append(decided);
    }

    public static async Task<CommandResult> Handle(RemoveAgendaItem command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        return stream.Append(MeetingDecisions.RemoveItem(meeting, command.ItemId, command.Actor, time.GetUtcNow()));
    }

    public static async Task<CommandResult> Handle(InviteGuest command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused("找不到该会议。");
        return stream.Append(MeetingDecisions.InviteGuest(meeting, command.Name, command.Unit, command.Actor, time.GetUtcNow()));
    }
}

public static class ChangeAgendaEndpoint
{
    public static void MapChangeAgenda(this IEndpointRouteBuilder app)
    {
        app.MapPost("/meetings/{id:guid}/agenda", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat) && !actor.Is(Roles.UnitLiaison)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            Guid? unit = Guid.TryParse(form["UnitId"], out var u) ? u : null;
            if (!actor.Is(Roles.Secretariat)) unit = actor.UnitId;
            MeetingAttachment? attachment = null;
            string? problem = null;
            if (form.Files.GetFile("attachment") is { Length: > 0 } file)
            {
                if (file.Length > Attachments.MaxBytes) problem = $"附件不能超过 {Attachments.MaxBytes / 1024 / 1024} MB。";
                else
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, ct);
                    var name = FileTypes.CleanName(file.FileName, "附件");
                    var type = FileTypes.SniffDocument(buffer.ToArray(), name);
                    if (type is null) problem = "附件只能是 PDF、图片或 docx、pptx、xlsx 文件。";
                    else attachment = new MeetingAttachment { Id = Guid.NewGuid(), MeetingId = id, FileName = name, ContentType = type, Content = buffer.ToArray() };
                }
            }
            if (problem is null)
            {
                var result = await bus.InvokeAsync(new AddAgendaItem(id, form["Title"], form["Presenter"], unit, attachment, actor),
                    "会议已被他人修改，请重新提交。", ct);
                problem = result.Refusal;
            }
            return await MeetingPages.AfterAsync(context, session, id, "agenda", problem, ct);
        }).RequireAuthorization();

        app.MapPost("/meetings/{id:guid}/agenda/{itemId:guid}/remove", async (Guid id, Guid itemId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var result = await bus.InvokeAsync(new RemoveAgendaItem(id, itemId, actor), "会议已被他人修改，请重新操作。", ct);
            return await MeetingPages.AfterAsync(context, session, id, "agenda", result.Refusal, ct);
        }).RequireAuthorization();

        app.MapPost("/meetings/{id:guid}/guests", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            if (!actor.Is(Roles.Secretariat)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync(new InviteGuest(id, form["Name"], form["Unit"], actor), "会议已被他人修改，请重新提交。", ct);
            return await MeetingPages.AfterAsync(context, session, id, "attendance", result.Refusal, ct);
        }).RequireAuthorization();
    }
}
