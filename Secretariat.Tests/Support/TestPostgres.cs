using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Support;

/// <summary>One private PostgreSQL for the whole test run; each test class gets its own database in it.</summary>
public static class TestPostgres
{
    private static readonly Lazy<Task<EmbeddedPostgres>> Server = new(StartAsync);
    private static int _counter;

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"secretariat-tests-{Environment.ProcessId}");
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

    public static Task<EmbeddedPostgres> ServerAsync() => Server.Value;

    public static async Task<string> NewDatabaseAsync(string prefix)
    {
        var server = await Server.Value;
        var name = $"{prefix}_{Interlocked.Increment(ref _counter)}_{Guid.NewGuid():N}".ToLowerInvariant();
        await server.EnsureDatabaseAsync(name);
        return server.ConnectionString(name);
    }
}
