using JasperFx;
using Secretariat.Web;
using Secretariat.Web.Infrastructure;
using Secretariat.Web.Infrastructure.Database;

var builder = WebApplication.CreateBuilder(args);

DatabaseConnection database;
try
{
    database = await DatabaseConnectionSetup.ResolveAsync(builder.Configuration, builder.Environment.ContentRootPath);
}
catch (PostgresBinariesNotFoundException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

string? scratch = null;
try
{
    if (CommandLine.IsMigrationsAdd(args))
    {
        // Migrations are generated against a scratch database that holds only what migrations/ creates.
        scratch = await CommandLine.CreateScratchDatabaseAsync(database.ConnectionString);
        // The repository's own folder, where the new file is written: the copy beside the binaries may be stale.
        if (Migrations.RepositoryRoot() is { } root && builder.Configuration["Database:MigrationsDirectory"] is not { Length: > 0 })
            builder.Configuration["Database:MigrationsDirectory"] = Path.Combine(root, "migrations");
        builder.AddSecretariat(database with { ConnectionString = scratch });
    }
    else builder.AddSecretariat(database);

    var app = builder.Build();
    app.UseSecretariat();
    if (CommandLine.IsOwnVerb(args)) return await CommandLine.RunAsync(app, args);
    if (CommandLine.IsJasperFxVerb(args)) return await app.RunJasperFxCommands(args);
    try
    {
        // Run the web app directly: a start-up failure must end the process with an error, not be swallowed.
        await app.RunAsync();
        return 0;
    }
    catch (SchemaBehindException e)
    {
        await Console.Error.WriteLineAsync(e.Message);
        return 3;
    }
}
finally
{
    if (scratch is not null) await CommandLine.DropScratchDatabaseAsync(scratch);
    if (database.Embedded is { } embedded) await embedded.DisposeAsync();
}

/// <summary>The entry point, visible to the tests' host.</summary>
public partial class Program;
