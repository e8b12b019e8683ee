using Npgsql;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Infrastructure;

public class EmbeddedPostgresTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_fresh_folder_gets_a_private_cluster_that_a_restart_reuses()
    {
        var root = Path.Combine(Path.GetTempPath(), $"secretariat-embedded-{Guid.NewGuid():N}");
        try
        {
            string password;
            await using (var first = await EmbeddedPostgres.StartAsync(root))
            {
                password = first.Password;
                Assert.True(File.Exists(first.PasswordFile));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.PasswordFile));
                await first.EnsureDatabaseAsync("kept");
                await Execute(first.ConnectionString("kept"), "create table kept_rows (n int); insert into kept_rows values (42)");
                // Only loopback: the server listens on 127.0.0.1.
                Assert.Contains("Host=127.0.0.1", first.ConnectionString("kept"));
            }

            await using (var second = await EmbeddedPostgres.StartAsync(root))
            {
                Assert.Equal(password, second.Password);
                Assert.Equal(42L, await Scalar(second.ConnectionString("kept"), "select sum(n) from kept_rows"));
            }
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_start_while_running_shares_the_server_and_leaves_it_to_its_owner()
    {
        var server = await TestPostgres.ServerAsync();
        var shared = await EmbeddedPostgres.StartAsync(Path.GetDirectoryName(server.DataDirectory)!);
        Assert.Equal(server.Port, shared.Port);
        await shared.DisposeAsync();
        // The owner's server still answers after the sharer went away.
        Assert.Equal(1L, await Scalar(server.ConnectionString("postgres"), "select 1"));
    }

    [Fact]
    public async Task Without_binaries_it_explains_how_to_get_a_database()
    {
        var empty = Directory.CreateTempSubdirectory("secretariat-no-pg").FullName;
        Assert.Null(EmbeddedPostgres.FindBinaries([empty]));
        var refused = await Assert.ThrowsAsync<PostgresBinariesNotFoundException>(() =>
            EmbeddedPostgres.StartAsync(Path.Combine(empty, "data"), [empty]));
        Assert.Contains("apt-get install postgresql", refused.Message);
        Assert.Contains("compose.yaml", refused.Message);
        Assert.Contains("ConnectionStrings__Secretariat", refused.Message);
    }

    [Fact]
    public async Task The_app_exits_at_once_with_that_message_when_no_binaries_are_found()
    {
        var empty = Directory.CreateTempSubdirectory("secretariat-no-pg").FullName;
        var started = DateTime.UtcNow;
        var (exitCode, output) = await AppProcess.RunToEndAsync(new Dictionary<string, string>
        {
            ["Database__PostgresBinDirectories"] = empty,
            ["Database__EmbeddedDirectory"] = Path.Combine(empty, "data")
        });
        Assert.Equal(2, exitCode);
        Assert.Contains("未找到 PostgreSQL", output);
        Assert.Contains("ConnectionStrings__Secretariat", output);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Binaries_are_found_on_this_machine_and_are_version_14_or_newer()
    {
        var found = EmbeddedPostgres.FindBinaries(EmbeddedPostgres.DefaultSearchDirectories());
        Assert.NotNull(found);
        Assert.True(File.Exists(Path.Combine(found, "initdb")));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
