using Marten;
using Secretariat.Web.Features.Accounts;

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
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>The type is read from the file's first bytes, never trusted from the browser.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith(PngSignature) ? "image/png"
        : content.StartsWith(JpegSignature) ? "image/jpeg"
        : null;

    public static async Task<(AttachmentUpload? Upload, string? Problem)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null);
        if (file.Length > MaxBytes) return (null, $"附件不能超过 {MaxBytes / 1024 / 1024} MB。");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var type = SniffContentType(content);
        if (type is null) return (null, "附件只能是 PDF 或图片（PNG、JPEG）。");
        var name = Path.GetFileName(file.FileName);
        return (new AttachmentUpload(string.IsNullOrWhiteSpace(name) ? "附件" : name[..Math.Min(name.Length, 120)], type, content), null);
    }

    public static void MapAttachmentDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/adjustments/{id:guid}/attachment", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null || adjustment.AttachmentId is not { } attachmentId) return Results.NotFound();
            if (!context.User.Actor().MaySee(adjustment)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var attachment = await session.LoadAsync<AdjustmentAttachment>(attachmentId, ct);
            return attachment is null ? Results.NotFound() : Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
        }).RequireAuthorization();
    }
}
