using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Secretariat.Web.Features.Privacy;

namespace Secretariat.Web.Features.Campaigns;

/// <summary>Who downloads the pack: the town's office (files with minors' information withheld) or the district (included, each read logged).</summary>
public enum PackAudience
{
    Town,
    District
}

/// <summary>What the store says of an uploaded file, without its content.</summary>

/// <summary>
/// Everything the pack lists, loaded before its first byte is written: metadata only (the units' evidence with its versions and
/// reviews, the acceptances, which files and frozen records exist). Contents are loaded one at a time while the zip is written.
/// </summary>
public sealed record PackContents(Campaign Campaign, TownProfile Town, IReadOnlyList<UnitEvidence> Evidence, IReadOnlyList<ItemAcceptance> Acceptances,
    IReadOnlySet<Guid> Files, IReadOnlySet<Guid> Frozen, IReadOnlyDictionary<Guid, CheckOutcome> Checks, PackAudience For,
    DateTimeOffset At);

/// <summary>What writing a pack took: its entries, the bytes sent, the most bytes held back at once (<see cref="SyncWritesDeferred"/>).</summary>
public sealed record PackWritten(int Entries, long Bytes, long MaxDeferred);

public enum PackEntryKind
{
    File,
    Frozen
}

/// <summary>One file of the zip besides the index: an uploaded file or a frozen record, at its path, with where it belongs (for the read log).</summary>
public sealed record PackEntry(string Path, PackEntryKind Kind, Guid Id, DateTimeOffset At, CampaignItem Item, string Owner, bool Flagged);

/// <summary>
/// Where everything goes in the zip, classified in the table's order (项目 / 内容 / unit): <c>{item.Folder} {short standard}/{unit}/v{n}-{file}</c>,
/// frozen records as <c>v{n}-{label}.html</c>, rectification material under <c>{item folder}/整改/</c>. Every version is in (nothing submitted
/// is ever deleted); in the town's pack a file flagged as holding minors' information is listed and withheld.
/// </summary>
public sealed class PackLayout
{
    public const int MaxName = 40;

    private readonly Dictionary<Guid, string> _paths = [];
    private readonly HashSet<Guid> _withheld = [];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase) { EvidencePack.IndexHtml, EvidencePack.IndexXlsx };
    private readonly List<PackEntry> _entries = [];
    private readonly Dictionary<Guid, string> _folders = [];

    public IReadOnlyList<PackEntry> Entries => _entries;

    /// <summary>The item's folder in the zip (no trailing slash).</summary>
    public string FolderOf(CampaignItem item) => _folders[item.Id];

    /// <summary>The path of a file (by its id) or a frozen record (by its frozen id) in the zip; null when it is not in the pack.</summary>
    public string? PathOf(Guid id) => _paths.GetValueOrDefault(id);

    /// <summary>A file flagged as holding minors' information, left out of this pack (the town's).</summary>
    public bool IsWithheld(Guid fileId) => _withheld.Contains(fileId);

    /// <summary>The units an item's part of the pack shows: those that owe evidence, then any other unit that filed some.</summary>
    public static IReadOnlyList<(CampaignUnit Unit, UnitEvidence? Evidence)> UnitsOf(PackContents contents, CampaignItem item)
    {
        var filed = contents.Evidence.Where(e => e.ItemId == item.Id).ToList();
        var owed = contents.Campaign.UnitsFor(item);
        return [.. owed.Select(u => (u, filed.FirstOrDefault(e => e.UnitId == u.UnitId))),
            .. filed.Where(e => owed.All(u => u.UnitId != e.UnitId)).Select(e => (new CampaignUnit(e.UnitId, e.UnitName), (UnitEvidence?)e))];
    }

    public static ItemAcceptance? AcceptanceOf(PackContents contents, CampaignItem item) =>
        contents.Acceptances.FirstOrDefault(a => a.ItemId == item.Id);

    public static PackLayout Of(PackContents contents)
    {
        var layout = new PackLayout();
        foreach (var item in contents.Campaign.InOrder)
        {
            var folder = layout.Unique(Safe($"{item.Folder} {item.Standard}", item.Folder));
            layout._folders[item.Id] = folder;
            foreach (var (unit, evidence) in UnitsOf(contents, item))
            {
                if (evidence is null) continue;
                var unitFolder = $"{folder}/{Safe(unit.Name, "单位")}";
                foreach (var version in evidence.Versions)
                    layout.Add(contents, item, unit.Name, unitFolder, $"v{version.Number}-", version.Files, version.Links, version.By.At);
            }
            if (AcceptanceOf(contents, item) is { } acceptance)
                foreach (var (report, i) in acceptance.Rectifications.Select((r, i) => (r, i + 1)))
                    layout.Add(contents, item, "整改", $"{folder}/整改", $"第{i}次-", report.Files, report.Links, report.By.At);
        }
        return layout;
    }

    private void Add(PackContents contents, CampaignItem item, string owner, string folder, string prefix, IReadOnlyList<EvidenceFileInfo> files,
        IReadOnlyList<RecordLinkInfo> links, DateTimeOffset at)
    {
        foreach (var file in files)
        {
            if (!contents.Files.Contains(file.FileId)) continue;
            // The flag was written into the version from the stored file in the same transaction.
            var flagged = file.ContainsMinorsData;
            if (flagged && contents.For == PackAudience.Town)
            {
                _withheld.Add(file.FileId);
                continue;
            }
            Put(new PackEntry(Unique($"{folder}/{prefix}{SafeFile(file.FileName)}"), PackEntryKind.File, file.FileId, at, item, owner, flagged));
        }
        foreach (var link in links.Where(l => contents.Frozen.Contains(l.FrozenId)))
            Put(new PackEntry(Unique($"{folder}/{prefix}{Safe(link.Label, link.Kind.Chinese())}.html"), PackEntryKind.Frozen, link.FrozenId, at,
                item, owner, false));
    }

    private void Put(PackEntry entry)
    {
        if (!_paths.TryAdd(entry.Id, entry.Path)) return;
        _entries.Add(entry);
    }

    /// <summary>The path, or the path with “ (2)”, “ (3)”… before its extension when another entry took it.</summary>
    private string Unique(string path)
    {
        if (_used.Add(path)) return path;
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        var (stem, ext) = dot > 0 ? (path[..(slash + 1 + dot)], name[dot..]) : (path, "");
        for (var n = 2; ; n++)
            if (_used.Add($"{stem} ({n}){ext}")) return $"{stem} ({n}){ext}";
    }

    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];
    private static readonly string[] Reserved = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "LPT1", "LPT2", "LPT3"];

    /// <summary>A name every unzip tool and file system takes: none of / \ : * ? " &lt; &gt; |, no control characters, at most <see cref="MaxName"/> characters.</summary>
    public static string Safe(string name, string fallback, int max = MaxName)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
            text.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : Array.IndexOf(Forbidden, c) >= 0 ? '_' : c);
        var clean = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        clean = Truncate(clean, max).TrimEnd('.', ' ').TrimStart('.', ' ');
        if (clean.Length == 0) return fallback;
        return Reserved.Contains(clean.Split('.')[0], StringComparer.OrdinalIgnoreCase) ? "_" + clean : clean;
    }

    /// <summary>A file name made safe the same way, its extension kept when the name is shortened.</summary>
    public static string SafeFile(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var ext = dot > 0 && fileName.Length - dot <= 6 ? Safe(fileName[(dot + 1)..], "", 5) : "";
        if (ext.Length > 0) ext = "." + ext;
        return Safe(ext.Length > 0 ? fileName[..dot] : fileName, "文件", MaxName - ext.Length) + ext;
    }

    /// <summary>At most <paramref name="max"/> characters, never cutting a character of two UTF-16 units in half.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var info = new StringInfo(text);
        return info.LengthInTextElements <= max ? text : info.SubstringByTextElements(0, max);
    }
}

/// <summary>
/// The evidence pack of a campaign (六(四) 区验收): a zip written straight to the response while it is read from the store, so a pack of
/// any size needs the memory of one file. <c>索引.html</c> and <c>索引.xlsx</c> come first (built from the metadata), then every file and
/// frozen record in the table's order, each loaded, written and let go before the next.
/// </summary>
public static class EvidencePack
{
    public const string ContentType = "application/zip";
    public const string IndexHtml = "索引.html";
    public const string IndexXlsx = "索引.xlsx";
    public const string Withheld = "含未成年人信息，未收入材料包（区未保办下载时收入）";

    public static string FileName(string town, DateTimeOffset at) => $"印证材料包-{town}-{at.ToTownDate():yyyyMMdd}.zip";

    /// <summary>The pack's metadata in the session's town; null when the campaign does not exist there.</summary>
    public static async Task<PackContents?> LoadAsync(IQuerySession session, RecordChecks recordChecks, Guid campaignId, TownProfile town,
        PackAudience audience, DateTimeOffset at, CancellationToken ct)
    {
        var campaign = await session.LoadAsync<Campaign>(campaignId, ct);
        if (campaign is null) return null;
        var evidence = await session.Query<UnitEvidence>().Where(e => e.CampaignId == campaignId).ToListAsync(ct);
        var acceptances = await session.Query<ItemAcceptance>().Where(a => a.CampaignId == campaignId).ToListAsync(ct);
        // Only the ids (a column, so no document is read): the contents stay in the database until their turn; the metadata is in the versions.
        var owners = evidence.Select(e => e.Id).Concat(acceptances.Select(a => a.Id)).ToList();
        var files = (await session.Query<StoredFile>().Where(f => owners.Contains(f.OwnerId)).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
        var frozen = (await session.Query<FrozenRecord>().Where(f => f.CampaignId == campaignId).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
        var checks = new Dictionary<Guid, CheckOutcome>();
        foreach (var item in campaign.InOrder.Where(i => i.Evidence.Check != RecordCheck.None))
            if (await recordChecks.RunAsync(session, campaign, item, at.ToTownDate(), ct) is { } outcome)
                checks[item.Id] = outcome;
        return new PackContents(campaign, town, evidence, acceptances, files, frozen, checks, audience, at);
    }

    /// <summary>
    /// The response: headers first (a UTF-8 file name, never cached: it may hold minors' information), then the zip streamed. The server's
    /// ban on synchronous IO stays on: see <see cref="SyncWritesDeferred"/>.
    /// </summary>
    public static IResult Result(HttpContext context, IQuerySession session, PackContents contents, Func<PackEntry, StoredFile, Task>? beforeFlagged)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Stream(async body =>
        {
            var started = Stopwatch.GetTimestamp();
            var written = await WriteAsync(body, session, contents, PackLayout.Of(contents), beforeFlagged, context.RequestAborted);
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EvidencePack)).LogInformation(
                "已生成印证材料包 {Town} {Campaign}（{Audience}）：{Entries} 个文件，{Bytes} 字节，用时 {Elapsed} ms，最多暂存 {Deferred} 字节",
                contents.Town.Id, contents.Campaign.Id, contents.For, written.Entries, written.Bytes,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, written.MaxDeferred);
        }, ContentType, FileName(contents.Town.Id, contents.At));
    }

    /// <summary>
    /// Writes the pack to a stream that need not seek (the response body): the index, then each entry with its content loaded from the
    /// store only for the time of its writing. <paramref name="beforeFlagged"/> runs before a file flagged as holding minors' information
    /// is written (the district's read log).
    /// </summary>
    public static async Task<PackWritten> WriteAsync(Stream body, IQuerySession session, PackContents contents, PackLayout layout,
        Func<PackEntry, StoredFile, Task>? beforeFlagged, CancellationToken ct)
    {
        await using var output = new SyncWritesDeferred(body);
        var entries = await WriteZipAsync(output, session, contents, layout, beforeFlagged, ct);
        await output.FlushAsync(ct);
        return new PackWritten(entries, output.Written, output.MaxPending);
    }

    private static async Task<int> WriteZipAsync(SyncWritesDeferred body, IQuerySession session, PackContents contents, PackLayout layout,
        Func<PackEntry, StoredFile, Task>? beforeFlagged, CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await WriteEntryAsync(zip, body, IndexHtml, contents.At, CompressionLevel.Optimal, Encoding.UTF8.GetBytes(EvidencePackIndex.Html(contents, layout)), ct);
        await WriteEntryAsync(zip, body, IndexXlsx, contents.At, CompressionLevel.NoCompression, EvidencePackIndex.Workbook(contents, layout), ct);
        var written = 2;
        foreach (var entry in layout.Entries)
        {
            if (entry.Kind == PackEntryKind.File)
            {
                // One document at a time: the query session keeps no identity map, so the content is garbage once written.
                var file = await session.LoadAsync<StoredFile>(entry.Id, ct);
                if (file is null) continue;
                if (entry.Flagged || file.ContainsMinorsData)
                {
                    if (contents.For != PackAudience.District) continue;
                    if (beforeFlagged is not null) await beforeFlagged(entry, file);
                }
                // The accepted types (PDF, images, docx/xlsx/pptx) are compressed already: stored as they are, no CPU spent.
                await WriteEntryAsync(zip, body, entry.Path, entry.At, CompressionLevel.NoCompression, file.Content, ct);
                written++;
            }
            else if (await session.LoadAsync<FrozenRecord>(entry.Id, ct) is { } record)
            {
                await WriteEntryAsync(zip, body, entry.Path, entry.At, CompressionLevel.Optimal,
                    Encoding.UTF8.GetBytes(EvidencePackIndex.Frozen(record)), ct);
                written++;
            }
        }
        return written;
    }

    private static async Task WriteEntryAsync(ZipArchive zip, SyncWritesDeferred body, string path, DateTimeOffset at, CompressionLevel level, byte[] content,
        CancellationToken ct)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = at.ToTownTime();
        await using (var stream = await entry.OpenAsync(ct))
            await stream.WriteAsync(content, ct);
        // What closing the entry wrote synchronously (the deflater's tail, the data descriptor) leaves now, with the entry.
        await body.FlushAsync(ct);
    }

    /// <summary>The district's read log of a flagged file it downloads (附件3-3 三): one read per file, in the file's town.</summary>
    public static Func<PackEntry, StoredFile, Task> LogReads(HttpContext context, IDocumentStore store, string town, Campaign campaign) =>
        (entry, file) => MinorsData.LogReadAsync(store, town, context.User, file.Id, file.FileName,
            $"印证材料包：{campaign.Title} {entry.Item.Label} {entry.Owner}", $"/campaigns/{campaign.Id}/items/{entry.Item.Id}",
            context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), context.RequestAborted);
}

/// <summary>
/// The response body as <see cref="ZipArchive"/> needs it. .NET 10's async zip API writes an entry's data and the central directory
/// asynchronously, but closing an entry still writes synchronously (DeflateStream's tail, up to some 30 KB for a 5 MB file, and the
/// 16-byte data descriptor; checked on .NET 10.0.12), which Kestrel refuses by default. Rather than allow synchronous IO for the
/// response (a blocked thread per slow client), those writes are kept here and sent by the next asynchronous write or flush, in
/// order. What is held at once is that tail, never a file: an entry's content goes through <see cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.
/// </summary>
public sealed class SyncWritesDeferred(Stream inner) : Stream
{
    private readonly MemoryStream _pending = new();

    /// <summary>The most bytes ever held at once (for the benchmark's notes and the log).</summary>
    public long MaxPending { get; private set; }

    /// <summary>Every byte sent so far.</summary>
    public long Written { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        MaxPending = Math.Max(MaxPending, _pending.Length);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        await SendPendingAsync(ct);
        await inner.WriteAsync(buffer, ct);
        Written += buffer.Length;
    }

    /// <summary>Nothing to do synchronously: what is pending leaves on the next asynchronous call.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken ct)
    {
        await SendPendingAsync(ct);
        await inner.FlushAsync(ct);
    }

    private async ValueTask SendPendingAsync(CancellationToken ct)
    {
        if (_pending.Length == 0) return;
        await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        Written += _pending.Length;
        _pending.SetLength(0);
    }

    /// <summary>Sends nothing: the writer flushes when it is done, and an aborted download has no one to send to.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing) _pending.Dispose();
        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
