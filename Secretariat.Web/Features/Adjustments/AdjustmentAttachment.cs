using Secretariat.Web.Infrastructure.Files;

namespace Secretariat.Web.Features.Adjustments;

/// <summary>The document a unit attaches to its request (e.g. the appointment letter), kept in PostgreSQL.</summary>
public sealed class AdjustmentAttachment
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

public sealed record AttachmentUpload(string FileName, string ContentType, byte[] Content);

public static class Attachments
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static async Task<(AttachmentUpload? Upload, string? Problem)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null);
        if (file.Length > MaxBytes) return (null, $"附件不能超过 {MaxBytes / 1024 / 1024} MB。");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var type = FileTypes.SniffPdfOrImage(content);
        if (type is null) return (null, "附件只能是 PDF 或图片（PNG、JPEG）。");
        return (new AttachmentUpload(FileTypes.CleanName(file.FileName, "附件"), type, content), null);
    }

    public static void MapAttachmentDownload(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/attachment", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null || adjustment.AttachmentId is not { } attachmentId) return Results.NotFound();
            if (!context.User.Actor().MaySee(adjustment)) return Policies.Forbidden();
            var attachment = await session.LoadAsync<AdjustmentAttachment>(attachmentId, ct);
            return attachment is null ? Results.NotFound() : Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
        });
    }
}
