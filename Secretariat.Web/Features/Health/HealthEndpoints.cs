using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Secretariat.Web.Infrastructure.Database;
using Wolverine.Runtime;

namespace Secretariat.Web.Features.Health;

public static class HealthEndpoints
{
    public static void AddSecretariatHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<WolverineHealthCheck>("wolverine")
            .AddCheck<HangfireHealthCheck>("hangfire");

    /// <summary>
    /// Anonymous on purpose: load balancers and the compose healthcheck probe them. They say only up or down,
    /// never data.
    /// </summary>
    public static void MapSecretariatHealth(this RouteGroupBuilder group)
    {
        group.MapGet("/alive", () => Results.Text("alive")).AllowAnonymous();
        group.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsJsonAsync(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description })
                });
            }
        }).AllowAnonymous();
    }
}

public sealed class DatabaseHealthCheck(DatabaseConnection database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy("数据库可连接");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("数据库无法连接");
        }
    }
}

public sealed class WolverineHealthCheck(IWolverineRuntime runtime, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested && !runtime.Cancellation.IsCancellationRequested
            ? HealthCheckResult.Healthy("Wolverine 运行中")
            : HealthCheckResult.Unhealthy("Wolverine 未运行"));
}

public sealed class HangfireHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers();
            var alive = servers.Any(s => s.Heartbeat is { } beat && time.GetUtcNow().UtcDateTime - beat < TimeSpan.FromMinutes(2));
            return Task.FromResult(alive ? HealthCheckResult.Healthy("Hangfire 服务器运行中") : HealthCheckResult.Unhealthy("Hangfire 服务器未运行"));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire 存储不可用"));
        }
    }
}
