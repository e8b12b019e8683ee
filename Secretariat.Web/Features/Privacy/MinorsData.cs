using System.Security.Claims;

namespace Secretariat.Web.Features.Privacy;

/// <summary>
/// One read of a file flagged as holding minors' information (附件3-3 三; PIPL art. 28, 31): who read which file, when,
/// where from; or of a child's personal data (the "file" is then the child's record, named by its pseudonymous reference), with the
/// reason chosen. Kept in the file's town (its tenant), listed for the office; never deleted by the app.
/// </summary>
public sealed class MinorsDataRead
{
    public Guid Id { get; set; }
    public Guid FileId { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>Where the file belongs, in Chinese (e.g. “议题附件：…”, “培训材料：…”, “印证材料：第12项 党政办”).</summary>
    public string Where { get; set; } = "";
    /// <summary>The town page of the record the file belongs to (relative to the town), for the office's list.</summary>
    public string Link { get; set; } = "";
    public Guid ReaderId { get; set; }
    public string ReaderName { get; set; } = "";
    /// <summary>The reader's roles when reading (区未保办 for a district reviewer).</summary>
    public string ReaderRoles { get; set; } = "";
    public DateTimeOffset At { get; set; }

    /// <summary>The reason the reader chose (a child's personal data is read only with one); null for a flagged file.</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// The rule for uploads that may hold minors' information: every upload says whether it does (a required yes/no next to the
/// file input); such files are readable only by the office, the station, the leaders and the district's reviewers, and every
/// read is recorded. Each feature stores the flag beside its file and calls <see cref="MayRead"/> and <see cref="LogReadAsync"/>.
/// </summary>
public static class MinorsData
{
    /// <summary>The form field of the yes/no choice (values <see cref="Yes"/> / <see cref="No"/>).</summary>
    public const string FieldName = "ContainsMinorsData";
    public const string Yes = "yes";
    public const string No = "no";
    public const string Label = "含未成年人信息（儿童照片、姓名等）";
    public const string Unanswered = "请说明上传的文件是否含未成年人信息（儿童照片、姓名等）。";
    /// <summary>The words of <see cref="Unanswered"/> that name the choice, for a page's <c>FieldProblem</c> fields.</summary>
    public const string ProblemWords = "是否含未成年人信息";
    /// <summary>Shown beside the link of a flagged file.</summary>
    public const string Mark = "含未成年人信息";
    /// <summary>Why a flagged file was refused: the roles that may read it, from the permission table.</summary>
    public static readonly string Restricted =
        $"该文件含未成年人信息，只有{string.Join("、", Permissions.RolesWith(Capability.ReadMinorsData))}可以查看。";

    /// <summary>Who may read a flagged file (附件3-3 三: 尊重隐私): <see cref="Capability.ReadMinorsData"/>.</summary>
    public static bool MayRead(ClaimsPrincipal user) => user.Can(Capability.ReadMinorsData);

    /// <summary>
    /// The flag as posted: null with <see cref="Unanswered"/> when a file comes with neither answer. With no file the answer
    /// does not matter (false).
    /// </summary>
    public static (bool Flag, string? Problem) ReadFlag(IFormCollection form, bool hasFile, string field = FieldName) =>
        form[field].ToString() switch
        {
            Yes => (true, null),
            No => (false, null),
            _ => hasFile ? (false, Unanswered) : (false, null)
        };

    /// <summary>
    /// Before a download: null when the file may be served (the read of a flagged file is then logged in the request's town),
    /// else the 403 to answer (the Chinese page says <see cref="Restricted"/>; nothing is logged). An unflagged file, or one
    /// uploaded before the flag existed, is served as before.
    /// </summary>
    public static async Task<IResult?> RefuseOrLogReadAsync(HttpContext context, bool containsMinorsData, Guid fileId, string fileName,
        string where, string link, CancellationToken ct)
    {
        if (!containsMinorsData) return null;
        if (!MayRead(context.User))
        {
            context.Items[ChinesePages.ProblemKey] = Restricted;
            return Policies.Forbidden();
        }
        var services = context.RequestServices;
        await LogReadAsync(services.GetRequiredService<IDocumentStore>(), context.RequiredTown().Id, context.User, fileId, fileName, where, link,
            services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
        // Neither the browser nor a proxy keeps a copy of a flagged file.
        context.Response.Headers.CacheControl = "no-store";
        return null;
    }

    /// <summary>Records one read of a flagged file in its town (its own session, committed at once: a read is logged even when the download fails later).</summary>
    public static async Task LogReadAsync(IDocumentStore store, string town, ClaimsPrincipal reader, Guid fileId, string fileName, string where,
        string link, DateTimeOffset at, CancellationToken ct, string? reason = null)
    {
        var actor = reader.Actor();
        await using var session = store.LightweightSession(town);
        session.Store(new MinorsDataRead
        {
            Id = Guid.CreateVersion7(), FileId = fileId, FileName = fileName, Where = where, Link = link, ReaderId = actor.UserId,
            ReaderName = actor.Name, ReaderRoles = string.Join("、", actor.Roles), At = at, Reason = reason
        });
        await session.SaveChangesAsync(ct);
    }
}
