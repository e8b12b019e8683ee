using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.Core;
using Marten.Exceptions;
using Secretariat.Web.Infrastructure.Caching;
using Wolverine.ErrorHandling;

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
        services.AddSingleton<ViewCacheStore>();
        services.AddScoped<ViewCache>();
        services.AddScoped<RequestReadModelVersion>();
        services.AddScoped<CurrentTown>();
        services.AddMarten(options =>
            {
                options.Connection(database.ConnectionString);
                options.Storage.ExtendedSchemaObjects.Add(ReadModelVersion.Table());
                options.Listeners.Add(new BumpReadModelVersion());
                options.DatabaseSchemaName = MartenSchema;
                options.AutoCreateSchemaObjects = AutoCreate.None;
                options.Events.MetadataConfig.EnableAll();
                // One database for the district, a tenant per town (its code): every event and document is a
                // town's unless its feature declares it the district's (accounts, sign-in, the town registry).
                options.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
                options.Policies.AllDocumentsAreMultiTenanted();
                // What every feature shares: the register of numbered documents and the store of uploaded files.
                options.AddDocumentRegister();
                options.AddStoredFiles();
                // A day stored as PostgreSQL's infinity (9999-12-31 once accepted as a due day) reads back as a day, not as a failed page.
                if (options.Serializer() is Marten.Services.SystemTextJsonSerializer json) json.Configure(o => o.Converters.Add(new StoredDateConverter()));
            })
            .UseLightweightSessions()
            // Events appended in a Wolverine-enrolled session are also published to Wolverine after commit, in the
            // outbox (the notices react to them); an event no handler takes goes nowhere.
            .IntegrateWithWolverine(wolverine => wolverine.UseFastEventForwarding = true);
        // A request's or a scope's sessions are its town's (registered after Marten's own, so these are resolved).
        services.AddScoped<TownSessionFactory>();
        services.AddScoped<IQuerySession>(sp => sp.GetRequiredService<TownSessionFactory>().QuerySession());
        services.AddScoped<IDocumentSession>(sp => sp.GetRequiredService<TownSessionFactory>().OpenSession());
        return services;
    }

    public static void UseSecretariatWolverine(this IHostBuilder host, IConfiguration configuration) => host.UseWolverine(options =>
    {
        options.Policies.AutoApplyTransactions();
        // Cascaded messages are stored with the Marten transaction that produced them (the durable outbox).
        options.Policies.UseDurableLocalQueues();
        options.AutoBuildMessageStorageOnStartup = AutoCreate.None;
        // The handlers' code is generated ahead of time (`codegen write` into Internal/Generated, checked by GeneratedCodeTests):
        // no request waits for a compiler. A handler without its generated code is still compiled at its first use, and
        // nothing is written at run time.
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Auto;
        options.CodeGeneration.SourceCodeWritingEnabled = false;
        if (configuration["CodeGeneration:OutputPath"] is { Length: > 0 } outputPath) options.CodeGeneration.GeneratedCodeOutputPath = outputPath;
        // A stream moved on between read and commit (a stream-version race, or two starts of one stream): the
        // handler runs again on the new state, and its decision either succeeds or refuses in Chinese (a stale
        // version the user saw, a report that now exists). Cooldowns, since immediate retries lose the race again.
        // Two first appends to one new stream (the first numbers of a year start its register) can also surface as the
        // database's duplicate key on the streams table, raw or wrapped, when Marten does not translate it (seen under load).
        options.Policies.OnException<ConcurrencyException>().Or<ExistingStreamIdCollisionException>()
            .Or<Npgsql.PostgresException>(IsStreamCollision).Or<MartenCommandException>(e => e.InnerException is Npgsql.PostgresException p && IsStreamCollision(p))
            .RetryWithCooldown(20.Milliseconds(), 50.Milliseconds(), 100.Milliseconds(), 200.Milliseconds(), 300.Milliseconds(), 500.Milliseconds());
    });

    private static bool IsStreamCollision(Npgsql.PostgresException e) =>
        e.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation && e.ConstraintName is { } name && name.StartsWith("pkey_mt_streams", StringComparison.Ordinal);
}
