using Microsoft.Extensions.Configuration;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Infrastructure;

public class MigrationsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_committed_migrations_create_exactly_the_schema_the_model_needs()
    {
        // Fails when the model (documents, projections, Wolverine's storage) changed and migrations/ was not regenerated.
        var migrations = app.Host.Services.GetRequiredService<Migrations>();
        var pending = await migrations.PendingChangesAsync(CancellationToken.None);
        Assert.True(pending.Length == 0,
            "migrations/ is behind the model: run `dotnet run --project Secretariat.Web -- migrations add <name>`.\n" + pending);
        Assert.NotEmpty(migrations.Files());
        Assert.Equal(migrations.Files().Count, await app.ScalarAsync($"select count(*) from {Migrations.HistoryTable}"));
    }

    [Fact]
    public async Task Without_migrations_the_app_refuses_to_start_and_says_the_database_is_behind()
    {
        var database = await TestPostgres.NewDatabaseAsync("behind");
        var empty = Directory.CreateTempSubdirectory("secretariat-no-migrations").FullName;
        var (exitCode, output) = await AppProcess.RunToEndAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Secretariat"] = database,
            ["Database__MigrationsDirectory"] = empty
        }, "--urls", "http://127.0.0.1:0");
        Assert.Equal(3, exitCode);
        Assert.Contains("数据库结构落后于程序版本", output);
        Assert.Contains("migrations add", output);
    }

    [Fact]
    public async Task An_applied_migration_that_was_edited_is_refused()
    {
        var database = await TestPostgres.NewDatabaseAsync("edited");
        var copy = Directory.CreateTempSubdirectory("secretariat-migrations").FullName;
        foreach (var file in app.Host.Services.GetRequiredService<Migrations>().Files())
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:MigrationsDirectory"] = copy }).Build();
        var migrations = new Migrations(new DatabaseConnection(database, null), app.Host.Services, configuration);

        Assert.NotEmpty(await migrations.ApplyAsync(CancellationToken.None));
        Assert.Empty(await migrations.ApplyAsync(CancellationToken.None));
        await File.AppendAllTextAsync(Directory.GetFiles(copy).First(), "\n-- edited afterwards\n");
        var refused = await Assert.ThrowsAsync<SchemaBehindException>(() => migrations.ApplyAsync(CancellationToken.None));
        Assert.Contains("被修改过", refused.Message);
    }
}
