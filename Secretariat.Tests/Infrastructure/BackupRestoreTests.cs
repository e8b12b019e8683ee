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

        var dump = Path.Combine(Path.GetTempPath(), $"secretariat-backup-{Guid.NewGuid():N}.dump");
        var restored = await TestPostgres.NewDatabaseAsync("restored");
        try
        {
            await PostgresClients.RunAsync("pg_dump", app.ConnectionString, "--format=custom", "--no-owner", "--file", dump,
                PostgresClients.DatabaseOf(app.ConnectionString));
            await PostgresClients.RunAsync("pg_restore", restored, "--no-owner", "--exit-on-error", "--dbname", PostgresClients.DatabaseOf(restored), dump);

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

    [GeneratedRegex("(?<=RequestVerificationToken(?:\" value=\"|&quot;:&quot;|\":\"))[A-Za-z0-9_-]{20,}")]
    private static partial Regex Token();
}
