using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Support;

/// <summary>One private PostgreSQL for the whole test run; each test class gets its own database in it.</summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);
    private static int _counter;

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        RemoveLeftovers();
        var directory = Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}");
        // Each test class has its own host and pools (and the concurrency tests hold a connection per waiting request):
        // more than the app's 200, so a late class never meets "too many clients".
        var server = await EmbeddedPostgres.StartAsync(directory, maxConnections: 500);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return server;
    }

    private const string Prefix = "secretariat-tests-";

    /// <summary>
    /// The folders of earlier runs whose process is gone: the test host is often ended without its exit handlers running, and
    /// each run leaves ~2 GB behind (a shared machine filled its disk with them).
    /// </summary>
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    public static Task<EmbeddedPostgres> ServerAsync() => Server.Value;

    /// <summary>A new database: empty, or a copy of <paramref name="template"/> (a database <see cref="MakeTemplateAsync"/> closed).</summary>
    public static async Task<string> NewDatabaseAsync(string prefix, string? template = null)
    {
        var server = await Server.Value;
        var name = $"{prefix}_{Interlocked.Increment(ref _counter)}_{Guid.NewGuid():N}".ToLowerInvariant();
        if (template is null) await server.EnsureDatabaseAsync(name);
        else await ExecuteAsync(server, $"create database \"{name}\" template \"{template}\"");
        return server.ConnectionString(name);
    }

    /// <summary>Closes a database for good (its last connections ended, no new ones) so that it can be copied.</summary>
    public static async Task MakeTemplateAsync(string database)
    {
        var server = await Server.Value;
        await ExecuteAsync(server, $"alter database \"{database}\" with allow_connections false");
        await ExecuteAsync(server, $"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}' and pid <> pg_backend_pid()");
        await ExecuteAsync(server, $"alter database \"{database}\" with is_template true");
    }

    private static async Task ExecuteAsync(EmbeddedPostgres server, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
