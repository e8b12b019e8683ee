using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Infrastructure.Files;

/// <summary>
/// An uploaded file kept in PostgreSQL, whatever record it belongs to: an agenda item's attachment, a member adjustment's document, a
/// training session's material, a unit's campaign evidence or an item's rectification. The record's event holds only its id and name;
/// the file is stored beside that event, in its transaction, when the decision accepts it. Never changed, never deleted.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; init; }

    /// <summary>
    /// The record the file belongs to (a meeting, a member adjustment, a training session, a unit's evidence or an item's acceptance
    /// stream): each download checks it against its route.
    /// </summary>
    public Guid OwnerId { get; init; }

    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long Size { get; init; }

    /// <summary>The uploader said it holds minors' information (<see cref="MinorsData"/>); false for files uploaded before the question.</summary>
    public bool ContainsMinorsData { get; init; }

    public byte[] Content { get; init; } = [];
}

public static class StoredFiles
{
    /// <summary>One table for every upload; the owner is a column, so listing a record's files never reads their contents.</summary>
    public static void AddStoredFiles(this StoreOptions options) => options.Schema.For<StoredFile>().Duplicate(f => f.OwnerId);

    /// <summary>
    /// The file as a download. One flagged as holding minors' information opens only for <see cref="MinorsData"/>'s readers and each
    /// read is logged with where the file belongs (<paramref name="describe"/>, asked only then: the place in Chinese and the town page).
    /// </summary>
    public static async Task<IResult> DownloadAsync(this StoredFile file, HttpContext context, Func<Task<(string Where, string Link)>> describe,
        CancellationToken ct)
    {
        if (file.ContainsMinorsData)
        {
            var (where, link) = await describe();
            if (await MinorsData.RefuseOrLogReadAsync(context, true, file.Id, file.FileName, where, link, ct) is { } refused) return refused;
        }
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
