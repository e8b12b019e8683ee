using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Weasel.Core;
using Weasel.Core.Migrations;

namespace Secretariat.Web.Infrastructure.Database;

/// <summary>
/// The schema of Marten and Wolverine comes only from the SQL files in <c>migrations/</c>: applied in order, each
/// once, recorded with its hash. After that the model must match the database, or the app refuses to start.
/// </summary>
public sealed class Migrations(DatabaseConnection database, IServiceProvider services, IConfiguration configuration)
{
    private const long LockKey = 0x5EC2E7A121A0002;
    public const string HistoryTable = "public.secretariat_migrations";

    public string Directory => LocateDirectory(configuration);

    public static string LocateDirectory(IConfiguration configuration)
    {
        if (configuration["Database:MigrationsDirectory"] is { Length: > 0 } configured) return Path.GetFullPath(configured);
        // Next to the binaries (copied by the build), else the repository's own folder when run from source.
        var beside = Path.Combine(AppContext.BaseDirectory, "migrations");
        return System.IO.Directory.Exists(beside) ? beside : Path.Combine(RepositoryRoot() ?? ".", "migrations");
    }

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Secretariat.sln"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Secretariat.sln"))) return dir.FullName;
        return null;
    }

    public IReadOnlyList<string> Files() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, "*.sql").Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The files the database has not had yet (all of them when it has had none), read without changing anything.</summary>
    public async Task<IReadOnlyList<string>> UnappliedAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        var applied = new HashSet<string>();
        await using (var exists = new NpgsqlCommand($"select to_regclass('{HistoryTable}') is not null", connection))
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!) return Files().Select(Path.GetFileName).ToList()!;
        await using (var read = new NpgsqlCommand($"select file from {HistoryTable}", connection))
        await using (var reader = await read.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        return Files().Select(f => Path.GetFileName(f)!).Where(f => !applied.Contains(f)).ToList();
    }

    /// <summary>Applies the files not applied yet; refuses when an applied file was edited afterwards.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await Execute(connection, $"select pg_advisory_lock({LockKey})", ct);
        try
        {
            await Execute(connection,
                $"create table if not exists {HistoryTable} (file text primary key, sha256 text not null, applied_at timestamptz not null default now())",
                ct);
            var applied = new Dictionary<string, string>();
            await using (var read = new NpgsqlCommand($"select file, sha256 from {HistoryTable}", connection))
            await using (var reader = await read.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) applied[reader.GetString(0)] = reader.GetString(1);

            var newlyApplied = new List<string>();
            foreach (var path in Files())
            {
                var name = Path.GetFileName(path);
                var sql = await File.ReadAllTextAsync(path, ct);
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));
                if (applied.TryGetValue(name, out var appliedHash))
                {
                    if (appliedHash != hash)
                        throw new SchemaBehindException($"迁移文件 {name} 在应用到数据库之后被修改过。已应用的迁移不能修改：请撤销修改，并用新文件表达变更。");
                    continue;
                }
                await using var transaction = await connection.BeginTransactionAsync(ct);
                // The town a database from before towns becomes (0010/0011 read it): Towns:FirstCode, tgy by default.
                await using (var town = new NpgsqlCommand("select set_config('secretariat.first_town', @town, true)", connection, transaction))
                {
                    town.Parameters.AddWithValue("town", Tenancy.TownCodes.FirstCode(configuration));
                    await town.ExecuteNonQueryAsync(ct);
                }
                await using (var apply = new NpgsqlCommand(sql, connection, transaction)) await apply.ExecuteNonQueryAsync(ct);
                await using (var record = new NpgsqlCommand($"insert into {HistoryTable} (file, sha256) values (@file, @hash)", connection, transaction))
                {
                    record.Parameters.AddWithValue("file", name);
                    record.Parameters.AddWithValue("hash", hash);
                    await record.ExecuteNonQueryAsync(ct);
                }
                await transaction.CommitAsync(ct);
                newlyApplied.Add(name);
            }
            return newlyApplied;
        }
        finally
        {
            await Execute(connection, $"select pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>Every Weasel database of the app: Marten's store and Wolverine's message store.</summary>
    public async Task<IReadOnlyList<IDatabase>> DatabasesAsync()
    {
        var all = new List<IDatabase>();
        foreach (var source in services.GetServices<IDatabaseSource>())
            all.AddRange(await source.BuildDatabases());
        // Wolverine's inbox/outbox tables live in its message store, which is not a registered database source.
        var runtime = services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>();
        if (runtime.Storage is IDatabase messageDatabase) all.Add(messageDatabase);
        else if (await runtime.TryFindMainMessageStore<IDatabase>() is { } main) all.Add(main);
        return all.Distinct().ToList();
    }

    /// <summary>The SQL that would bring the database up to the model; empty when they match.</summary>
    public async Task<string> PendingChangesAsync(CancellationToken ct)
    {
        var script = new StringWriter();
        foreach (var db in await DatabasesAsync())
        {
            var migration = await db.CreateMigrationAsync(ct);
            if (migration.Difference == SchemaPatchDifference.None) continue;
            script.WriteLine($"-- {db.GetType().Name}");
            migration.WriteAllUpdates(script, db.Migrator, JasperFx.AutoCreate.CreateOrUpdate);
            script.WriteLine();
        }
        return script.ToString();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}

public sealed class SchemaBehindException(string message) : Exception(message);

/// <summary>Runs first of all hosted services: nothing touches the database before its schema is right.</summary>
public sealed class MigrationsOnStart(Migrations migrations, ILogger<MigrationsOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var applied = await migrations.ApplyAsync(ct);
        foreach (var file in applied) logger.LogInformation("已应用数据库迁移 {File}", file);
        var pending = await migrations.PendingChangesAsync(ct);
        if (pending.Length > 0)
            throw new SchemaBehindException(
                "数据库结构落后于程序版本：migrations/ 中的迁移不足以建立当前模型所需的表。" + Environment.NewLine +
                "The database is behind the model and migrations/ does not bring it up to date. Regenerate with:" + Environment.NewLine +
                "  dotnet run --project Secretariat.Web -- migrations add <name>" + Environment.NewLine +
                $"(迁移目录 migrations folder: {migrations.Directory})" + Environment.NewLine + "Missing changes (first lines):" + Environment.NewLine +
                string.Join(Environment.NewLine, pending.Split('\n').Where(l => l.Trim().Length > 0).Take(15)));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
