namespace Secretariat.Web.Infrastructure.Database;

/// <summary>The one connection string the app uses: configured, or the embedded cluster's.</summary>
public sealed record DatabaseConnection(string ConnectionString, EmbeddedPostgres? Embedded);

public static class DatabaseConnectionSetup
{
    public const string ConnectionStringName = "Secretariat";

    /// <summary>
    /// Uses <c>ConnectionStrings:Secretariat</c> when configured; otherwise starts the private cluster under
    /// <c>Database:EmbeddedDirectory</c> (default <c>.data/postgres</c> beside the app's content root).
    /// </summary>
    public static async Task<DatabaseConnection> ResolveAsync(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return new DatabaseConnection(WithPreparedStatements(configured), null);

        var directory = configuration["Database:EmbeddedDirectory"] is { Length: > 0 } dir
            ? Path.GetFullPath(dir, contentRoot)
            : Path.Combine(contentRoot, ".data", "postgres");
        // Database:PostgresBinDirectories (separated by the path separator) narrows where the server binaries are looked for.
        var searchPath = configuration["Database:PostgresBinDirectories"] is { Length: > 0 } only
            ? only.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            : null;
        var embedded = await EmbeddedPostgres.StartAsync(directory, searchPath);
        const string database = "secretariat";
        await embedded.EnsureDatabaseAsync(database);
        return new DatabaseConnection(WithPreparedStatements(embedded.ConnectionString(database)), embedded);
    }

    /// <summary>
    /// Pages run the same few queries over and over; letting Npgsql prepare them saves PostgreSQL's planning
    /// (about a millisecond for a jsonb query) on every request. A setting in the configured string wins.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) &&
            !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
            builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }
}
