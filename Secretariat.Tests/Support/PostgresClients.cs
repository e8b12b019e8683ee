using System.Diagnostics;
using Npgsql;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Support;

/// <summary>The machine's PostgreSQL client programs (pg_dump, pg_restore, psql) run against a test database, as an operator runs them.</summary>
public static class PostgresClients
{
    /// <summary>Runs <paramref name="tool"/> with the server's host, port and user, then <paramref name="arguments"/>; its standard output.</summary>
    public static async Task<string> RunAsync(string tool, string connectionString, params string[] arguments)
    {
        var bin = EmbeddedPostgres.FindBinaries(EmbeddedPostgres.DefaultSearchDirectories())!;
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(bin, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--host", server.Host!, "--port", server.Port.ToString(), "--username", server.Username!, .. arguments])
            start.ArgumentList.Add(argument);
        start.Environment["PGPASSWORD"] = server.Password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await output;
    }

    /// <summary>The database a connection string names (the last argument of pg_dump, the target of pg_restore).</summary>
    public static string DatabaseOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;
}
