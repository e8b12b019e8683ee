using System.Diagnostics;
using Npgsql;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Infrastructure;

/// <summary>The README's backup: pg_dump of the app's database, pg_restore into a fresh one, the app started on it.</summary>
public partial class BackupRestoreTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly string[] Pages = ["/t/tgy/roster/leading-group", "/t/tgy/roster/work-station", "/t/tgy/roster/units", "/t/tgy/training", "/t/tgy/training/coverage", "/t/tgy/adjustments", "/t/tgy/meetings"];

    [Fact]
    public async Task A_restored_dump_serves_the_same_pages()
    {
        var before = await PagesAsync(app.Host);
        var events = await app.ScalarAsync("select count(*) from secretariat.mt_events");

        var bin = EmbeddedPostgres.FindBinaries(EmbeddedPostgres.DefaultSearchDirectories())!;
        var source = new NpgsqlConnectionStringBuilder(app.ConnectionString);
        var dump = Path.Combine(Path.GetTempPath(), $"secretariat-backup-{Guid.NewGuid():N}.dump");
        var restored = await TestPostgres.NewDatabaseAsync("restored");
        try
        {
            await RunAsync(Path.Combine(bin, "pg_dump"), source, "--format=custom", "--no-owner", "--file", dump, source.Database!);
            await RunAsync(Path.Combine(bin, "pg_restore"), source, "--no-owner", "--exit-on-error", "--dbname",
                new NpgsqlConnectionStringBuilder(restored).Database!, dump);

            await using var host = await app.StartHostAsync(restored);
            await using (var connection = new NpgsqlConnection(restored))
            {
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand("select count(*) from secretariat.mt_events", connection);
                Assert.Equal(events, Convert.ToInt64(await count.ExecuteScalarAsync()));
            }
            var after = await PagesAsync(host);
            foreach (var page in Pages) Assert.Equal(before[page], after[page]);
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static async Task<Dictionary<string, string>> PagesAsync(IAlbaHost host)
    {
        var admin = await SignedIn.AsAsync(host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var pages = new Dictionary<string, string>();
        foreach (var url in Pages)
        {
            var result = await host.Scenario(s =>
            {
                s.Get.Url(url);
                s.As(admin);
                s.StatusCodeShouldBeOk();
            });
            // The same page but for the per-request antiforgery tokens.
            pages[url] = Token().Replace(await result.ReadAsTextAsync(), "TOKEN");
        }
        return pages;
    }

    private static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder server, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--host", server.Host!, "--port", server.Port.ToString(), "--username", server.Username!, .. arguments])
            start.ArgumentList.Add(argument);
        start.Environment["PGPASSWORD"] = server.Password;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(tool)} failed: {await error}");
    }

    [GeneratedRegex("(?<=RequestVerificationToken(?:\" value=\"|&quot;:&quot;|\":\"))[A-Za-z0-9_-]{20,}")]
    private static partial Regex Token();
}
