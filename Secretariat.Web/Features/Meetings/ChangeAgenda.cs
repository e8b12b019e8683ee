using Secretariat.Web.Infrastructure.Files;

using Secretariat.Web.Features.Adjustments;
using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Features.Meetings;

/// <summary>An agenda item's attachment (the work station's material for the matter to decide).</summary>
public sealed class MeetingAttachment
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];

    /// <summary>The uploader said it holds minors' information: only <see cref="MinorsData.ReaderRoles"/> read it, each read logged.</summary>
    public bool ContainsMinorsData { get; set; }
}

public sealed record AddAgendaItem(Guid MeetingId, string? Title, string? Presenter, Guid? UnitId, MeetingAttachment? Attachment, Actor Actor);

public sealed record RemoveAgendaItem(Guid MeetingId, Guid ItemId, Actor Actor);

public sealed record InviteGuest(Guid MeetingId, string? Name, string? Unit, Actor Actor, string? Email = null);

public static class ChangeAgendaHandler
{
    // Explicit: the attachment is a document stored beside the event, only when the decision accepts the item.
    public static async Task<CommandResult> Handle(AddAgendaItem command, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Meeting>(command.MeetingId, ct);
        if (stream.Aggregate is not { } meeting) return CommandResult.Refused(MeetingHandling.NotFound);
        var unit = command.UnitId is { } unitId ? await session.LoadAsync<MemberUnit>(unitId, ct) : null;
        var decided = MeetingDecisions.AddItem(meeting, Guid.NewGuid(), command.Title, command.Presenter, unit, command.Actor, time.GetUtcNow(),
            command.Attachment is { } a ? (a.Id, a.FileName, a.ContainsMinorsData) : null);
        if (decided.Refusal is null && command.Attachment is { } attachment) session.Store(attachment);
        return stream.Append(decided);
    }

    [AggregateHandler]
    public static (CommandResult, Events) Handle(RemoveAgendaItem command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.RemoveItem(m, command.ItemId, command.Actor, time.GetUtcNow()));

    [AggregateHandler]
    public static (CommandResult, Events) Handle(InviteGuest command, Meeting? meeting, TimeProvider time) =>
        MeetingHandling.Decided(meeting, m => MeetingDecisions.InviteGuest(m, command.Name, command.Unit, command.Actor, time.GetUtcNow(), command.Email));
}

public static class ChangeAgendaEndpoint
{
    public static void MapChangeAgenda(this RouteGroupBuilder meetings)
    {
        // The office proposes for any unit (or none); a liaison for their own unit only (the decision checks the cut-off).
        meetings.MapPost("/{id:guid}/agenda", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var actor = context.User.Actor();
            var form = await context.Request.ReadFormAsync(ct);
            Guid? unit = Guid.TryParse(form["UnitId"], out var u) ? u : null;
            if (!actor.CanForAll(Capability.ProposeAgenda)) unit = actor.UnitId;
            MeetingAttachment? attachment = null;
            string? problem = null;
            var file = form.Files.GetFile("attachment") is { Length: > 0 } posted ? posted : null;
            if (file is not null)
            {
                if (file.Length > Attachments.MaxBytes) problem = $"附件不能超过 {Attachments.MaxBytes / 1024 / 1024} MB。";
                else
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, ct);
                    var content = buffer.ToArray();
                    var name = FileTypes.CleanName(file.FileName, "附件");
                    var type = FileTypes.SniffDocument(content, name);
                    if (type is null) problem = "附件只能是 PDF、图片或 docx、pptx、xlsx 文件（Office 文件的扩展名须与内容一致）。";
                    else attachment = new MeetingAttachment { Id = Guid.NewGuid(), MeetingId = id, FileName = name, ContentType = type, Content = content };
                }
            }
            var (containsMinorsData, unanswered) = MinorsData.ReadFlag(form, file is not null);
            problem ??= unanswered;
            if (attachment is not null) attachment.ContainsMinorsData = containsMinorsData;
            problem ??= (await bus.InvokeAsync<CommandResult>(new AddAgendaItem(id, form["Title"], form["Presenter"], unit, attachment, actor), ct)).Refusal;
            return await MeetingPages.AfterAsync(context, session, id, "agenda", problem, ct);
        }).RequireCapability(Capability.ProposeAgenda);

        meetings.MapPost("/{id:guid}/agenda/{itemId:guid}/remove", async (Guid id, Guid itemId, HttpContext context, IQuerySession session,
            IMessageBus bus, CancellationToken ct) =>
        {
            var result = await bus.InvokeAsync<CommandResult>(new RemoveAgendaItem(id, itemId, context.User.Actor()), ct);
            return await MeetingPages.AfterAsync(context, session, id, "agenda", result.Refusal, ct);
        }).RequireCapability(Capability.RunMeetings);

        meetings.MapPost("/{id:guid}/guests", async (Guid id, HttpContext context, IQuerySession session, IMessageBus bus, CancellationToken ct) =>
        {
            var form = await context.Request.ReadFormAsync(ct);
            var result = await bus.InvokeAsync<CommandResult>(new InviteGuest(id, form["Name"], form["Unit"], context.User.Actor(), form["Email"]), ct);
            return await MeetingPages.AfterAsync(context, session, id, "attendance", result.Refusal, ct);
        }).RequireCapability(Capability.RunMeetings);
    }
}
