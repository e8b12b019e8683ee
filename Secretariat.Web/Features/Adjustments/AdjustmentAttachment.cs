namespace Secretariat.Web.Features.Adjustments;

/// <summary>The document a unit attaches to its request (e.g. the appointment letter): one PDF or image, kept as the request's stored file.</summary>
public static class Attachments
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static readonly UploadRule Rule = new("attachment", MaxFiles: 1, MaxBytes, OfficeFiles: false, AsksMinorsData: false, FallbackName: "附件");

    public static void MapAttachmentDownload(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/attachment", async (Guid id, HttpContext context, IQuerySession session, CancellationToken ct) =>
        {
            var adjustment = await session.LoadAsync<MemberAdjustment>(id, ct);
            if (adjustment is null || adjustment.AttachmentId is not { } attachmentId) return Results.NotFound();
            if (!context.User.Actor().MaySee(adjustment)) return Policies.Forbidden();
            var attachment = await session.LoadAsync<StoredFile>(attachmentId, ct);
            return attachment is null ? Results.NotFound() : Results.File(attachment.Content, attachment.ContentType, attachment.FileName);
        });
    }
}
