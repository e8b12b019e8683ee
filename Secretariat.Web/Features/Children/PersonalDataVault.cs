using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using Secretariat.Web.Infrastructure.Caching;
using Weasel.Postgresql.Tables;

namespace Secretariat.Web.Features.Children;

/// <summary>Where the children's data keys are kept (section <c>Children</c>).</summary>
public sealed class ChildrenOptions
{
    public const string Section = "Children";

    /// <summary>The folder of the children's data keys, one file per child (relative to the content root); never inside the database.</summary>
    public string KeysDirectory { get; set; } = ".data/child-keys";

    /// <summary>Cron of the daily retention run (Asia/Shanghai).</summary>
    public string RetentionCron { get; set; } = "0 6 * * *";
}

/// <summary>What the store holds for a child: the profile, each visit's note; <see cref="Unreadable"/> when rows exist whose key is gone.</summary>
public sealed record PersonalDataContents(ChildPersonalData? Profile, IReadOnlyDictionary<Guid, string> VisitNotes, bool Unreadable)
{
    public static readonly PersonalDataContents None = new(null, new Dictionary<Guid, string>(), false);
}

/// <summary>
/// The children's personal data, apart from the events and documents: one table of ciphertexts (a row per child and item: its
/// profile, each visit's note), each encrypted with AES-256-GCM under a random data key of its own child, bound to the town, the
/// child and the item (associated data). The child's data key lives outside the database, in a file of its own
/// (<see cref="ChildrenOptions.KeysDirectory"/>), wrapped by ASP.NET Core Data Protection under its own purpose: a database backup
/// never holds a key, so destroying a child's key (erasure) makes its data unreadable in every copy of the database, backups
/// included. Writes go into the caller's session (its transaction); nothing here logs or throws a value.
/// </summary>
public sealed class PersonalDataVault(IDataProtectionProvider protection, ChildrenOptions options, IHostEnvironment environment,
    DatabaseConnectionSource connections)
{
    public const string TableName = "children_personal_data";
    private const string Schema = Infrastructure.Database.EventStore.MartenSchema;
    public const string Profile = "profile";
    private const string VisitPrefix = "visit:";
    private const int KeySize = 32, NonceSize = 12, TagSize = 16;

    public static Table Table()
    {
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(Schema, TableName));
        table.AddColumn<string>("tenant_id").AsPrimaryKey();
        table.AddColumn<Guid>("child_id").AsPrimaryKey();
        table.AddColumn<string>("item").AsPrimaryKey();
        table.AddColumn("nonce", "bytea").NotNull();
        table.AddColumn("ciphertext", "bytea").NotNull();
        table.AddColumn<DateTimeOffset>("updated_at").NotNull();
        return table;
    }

    public static string VisitItem(Guid visitId) => VisitPrefix + visitId;

    private string KeysRoot => Path.IsPathRooted(options.KeysDirectory)
        ? options.KeysDirectory
        : Path.Combine(environment.ContentRootPath, options.KeysDirectory);

    private string KeyPath(string town, Guid childId) =>
        TownCodes.IsValid(town) ? Path.Combine(KeysRoot, town, childId.ToString("N") + ".key") : throw new ArgumentException("Not a town code.", nameof(town));

    private IDataProtector Wrapper(string town, Guid childId) =>
        protection.CreateProtector("Secretariat.Children.PersonalData.DataKey.v1", town, childId.ToString("N"));

    /// <summary>Queues the child's profile (or its removal when empty) in the session's transaction.</summary>
    public void PutProfile(IDocumentSession session, Guid childId, ChildPersonalData data)
    {
        if (data.Fields().Count == 0) Remove(session, childId, Profile);
        else Put(session, childId, Profile, JsonSerializer.SerializeToUtf8Bytes(data));
    }

    public void PutVisitNote(IDocumentSession session, Guid childId, Guid visitId, string note) =>
        Put(session, childId, VisitItem(visitId), Encoding.UTF8.GetBytes(note));

    private void Put(IDocumentSession session, Guid childId, string item, byte[] plaintext)
    {
        var town = session.TenantId;
        var key = KeyOf(town, childId, create: true)!;
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var sealedText = new byte[plaintext.Length + TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Encrypt(nonce, plaintext, sealedText.AsSpan(0, plaintext.Length), sealedText.AsSpan(plaintext.Length), Bound(town, childId, item));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            CryptographicOperations.ZeroMemory(plaintext);
        }
        session.QueueSqlCommand(
            $"insert into {Schema}.{TableName} (tenant_id, child_id, item, nonce, ciphertext, updated_at) values (?, ?, ?, ?, ?, now()) " +
            "on conflict (tenant_id, child_id, item) do update set nonce = excluded.nonce, ciphertext = excluded.ciphertext, updated_at = excluded.updated_at",
            town, childId, item, nonce, sealedText);
    }

    private static void Remove(IDocumentSession session, Guid childId, string item) =>
        session.QueueSqlCommand($"delete from {Schema}.{TableName} where tenant_id = ? and child_id = ? and item = ?", session.TenantId, childId, item);

    /// <summary>
    /// Erasure: the child's key destroyed at once (from then on nothing of the child's can be decrypted anywhere), and its ciphertexts
    /// deleted in the session's transaction. Destroying first fails closed: should the transaction fail, the data is unreadable all
    /// the same, and erasing again completes it.
    /// </summary>
    public void Erase(IDocumentSession session, Guid childId)
    {
        DestroyKey(session.TenantId, childId);
        session.QueueSqlCommand($"delete from {Schema}.{TableName} where tenant_id = ? and child_id = ?", session.TenantId, childId);
    }

    /// <summary>Overwrites and deletes the child's key file; nothing when there is none.</summary>
    public void DestroyKey(string town, Guid childId)
    {
        var path = KeyPath(town, childId);
        if (!File.Exists(path)) return;
        var length = new FileInfo(path).Length;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            file.Write(new byte[length]);
            file.Flush(flushToDisk: true);
        }
        File.Delete(path);
    }

    public bool HasKey(string town, Guid childId) => File.Exists(KeyPath(town, childId));

    /// <summary>Each child's profile, for a list showing them masked (children without one, or whose key is gone, are left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, ChildPersonalData>> ProfilesAsync(string town, IReadOnlyCollection<Guid> childIds, CancellationToken ct)
    {
        var profiles = new Dictionary<Guid, ChildPersonalData>();
        if (childIds.Count == 0) return profiles;
        foreach (var row in await RowsAsync(town, [.. childIds], Profile, ct))
            if (Open(town, row) is { } plain)
                profiles[row.ChildId] = JsonSerializer.Deserialize<ChildPersonalData>(plain)!;
        return profiles;
    }

    /// <summary>Everything held for one child, decrypted (the caller has checked the reader and logs the read).</summary>
    public async Task<PersonalDataContents> ReadAsync(string town, Guid childId, CancellationToken ct)
    {
        var rows = await RowsAsync(town, [childId], null, ct);
        if (rows.Count == 0) return PersonalDataContents.None;
        ChildPersonalData? profile = null;
        var notes = new Dictionary<Guid, string>();
        var unreadable = false;
        foreach (var row in rows)
        {
            if (Open(town, row) is not { } plain) { unreadable = true; continue; }
            if (row.Item == Profile) profile = JsonSerializer.Deserialize<ChildPersonalData>(plain);
            else if (row.Item.StartsWith(VisitPrefix, StringComparison.Ordinal) && Guid.TryParse(row.Item[VisitPrefix.Length..], out var visit))
                notes[visit] = Encoding.UTF8.GetString(plain);
        }
        return new PersonalDataContents(profile, notes, unreadable);
    }

    /// <summary>Whether any ciphertext of the child is still stored.</summary>
    public async Task<bool> HoldsAnyAsync(string town, Guid childId, CancellationToken ct) => (await RowsAsync(town, [childId], null, ct)).Count > 0;

    private sealed record Row(Guid ChildId, string Item, byte[] Nonce, byte[] Ciphertext);

    private async Task<List<Row>> RowsAsync(string town, Guid[] childIds, string? item, CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand(
            $"select child_id, item, nonce, ciphertext from {Schema}.{TableName} where tenant_id = $1 and child_id = any($2)" +
            (item is null ? "" : " and item = $3"));
        command.Parameters.Add(new NpgsqlParameter { Value = town });
        command.Parameters.Add(new NpgsqlParameter { Value = childIds });
        if (item is not null) command.Parameters.Add(new NpgsqlParameter { Value = item });
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new Row(reader.GetGuid(0), reader.GetString(1), (byte[])reader[2], (byte[])reader[3]));
        return rows;
    }

    /// <summary>The plaintext of a row, or null when its key is gone or it does not authenticate (no detail: nothing to leak).</summary>
    private byte[]? Open(string town, Row row)
    {
        if (KeyOf(town, row.ChildId, create: false) is not { } key) return null;
        try
        {
            if (row.Ciphertext.Length < TagSize || row.Nonce.Length != NonceSize) return null;
            var plain = new byte[row.Ciphertext.Length - TagSize];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(row.Nonce, row.Ciphertext.AsSpan(0, plain.Length), row.Ciphertext.AsSpan(plain.Length), plain, Bound(town, row.ChildId, row.Item));
            return plain;
        }
        catch (CryptographicException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] Bound(string town, Guid childId, string item) => Encoding.UTF8.GetBytes($"secretariat-child/{town}/{childId:N}/{item}");

    /// <summary>The child's data key: unwrapped from its file; made (random) and written when asked to and there is none.</summary>
    private byte[]? KeyOf(string town, Guid childId, bool create)
    {
        var path = KeyPath(town, childId);
        var wrapper = Wrapper(town, childId);
        if (File.Exists(path))
        {
            try
            {
                return wrapper.Unprotect(File.ReadAllBytes(path));
            }
            catch (CryptographicException) when (!create)
            {
                return null;
            }
            catch (IOException) when (!create)
            {
                return null;
            }
        }
        if (!create) return null;
        var key = RandomNumberGenerator.GetBytes(KeySize);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options))
        {
            file.Write(wrapper.Protect(key));
            file.Flush(flushToDisk: true);
        }
        try
        {
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another writer made the child's key meanwhile: theirs is the key.
            File.Delete(temporary);
            CryptographicOperations.ZeroMemory(key);
            return wrapper.Unprotect(File.ReadAllBytes(path));
        }
    }
}
