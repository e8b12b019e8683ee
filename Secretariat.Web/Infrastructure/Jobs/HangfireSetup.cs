using Hangfire;
using Hangfire.PostgreSql;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Web.Infrastructure.Jobs;

public static class HangfireSetup
{
    public static IServiceCollection AddSecretariatHangfire(this IServiceCollection services, DatabaseConnection database, IConfiguration configuration)
    {
        // This app's storage from DI (Hangfire only falls back to its process-wide JobStorage.Current when none is
        // registered), so two hosts in one process, as in the tests, each schedule into their own database.
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(
            new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(database.ConnectionString, options), options));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2));
        return services;
    }

    /// <summary>The jobs dashboard, 区管理员 only.</summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        // The district's jobs (every town's daily run): the district's administrator.
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.For(Capability.AdministerDistrict), "/hangfire",
            new DashboardOptions { DashboardTitle = "后台任务", AppPath = "/" }).DistrictWide();
        return app;
    }
}
