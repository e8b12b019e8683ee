using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Secretariat.Web.Infrastructure.Caching;
using Wolverine;
using Wolverine.Marten;

namespace Secretariat.Web.Infrastructure.Database;

/// <summary>The store options every feature shares; each feature's module adds its own documents and projections.</summary>
public static class EventStore
{
    public const string MartenSchema = "secretariat";

    public static IServiceCollection AddSecretariatStore(this IServiceCollection services, DatabaseConnection database)
    {
        services.AddSingleton(database);
        // Schema comes from migrations/ (applied before anything else starts), never from the libraries themselves.
        services.AddSingleton<Migrations>();
        services.AddHostedService<MigrationsOnStart>();
        services.AddSingleton<DatabaseConnectionSource>();
        services.AddSingleton<ReadModelVersion>();
        services.AddSingleton<ViewCache>();
        services.AddMarten(options =>
            {
                options.Connection(database.ConnectionString);
                options.Storage.ExtendedSchemaObjects.Add(ReadModelVersion.Table());
                options.Listeners.Add(new BumpReadModelVersion());
                options.DatabaseSchemaName = MartenSchema;
                options.AutoCreateSchemaObjects = AutoCreate.None;
                options.Events.MetadataConfig.EnableAll();
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine();
        return services;
    }

    public static void UseSecretariatWolverine(this IHostBuilder host) => host.UseWolverine(options =>
    {
        options.Policies.AutoApplyTransactions();
        // Cascaded messages are stored with the Marten transaction that produced them (the durable outbox).
        options.Policies.UseDurableLocalQueues();
        options.AutoBuildMessageStorageOnStartup = AutoCreate.None;
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
    });
}
