using Npgsql;
using Secretariat.Web.Features.Campaigns;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Web.Features.Setup;

/// <summary>
/// First start of a deployment: registers its first town, loads the notice's sample into it (unless <c>Town:LoadSample</c>
/// is false) and creates the first administrator. First start of a town: loads the sample from the notice (unless <c>Town:LoadSample</c> is false) and creates the
/// first administrator. Serialised by a PostgreSQL advisory lock so two instances starting together do it once.
/// </summary>
public sealed class FirstStart(IServiceProvider services, IConfiguration configuration, ILogger<FirstStart> logger) : IHostedService
{
    private const long LockKey = 0x5EC2E7A121A0001;

    public async Task StartAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(services.GetRequiredService<DatabaseConnection>().ConnectionString);
        await connection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({LockKey})", connection)) await take.ExecuteNonQueryAsync(ct);
        try
        {
            // The first town of the deployment: the notice's town, with its sample data unless turned off.
            var town = TownCodes.FirstCode(configuration);
            await using var scope = services.CreateAsyncScope();
            var hasFirstTown = await EnsureFirstTownAsync(scope.ServiceProvider, town, ct);
            scope.ServiceProvider.GetRequiredService<CurrentTown>().Set(town);
            scope.ServiceProvider.GetRequiredService<IMessageBus>().TenantId = town;
            if (hasFirstTown && configuration.GetValue("Town:LoadSample", true)) await LoadSampleAsync(scope.ServiceProvider, ct);
            await CreateFirstAdministratorAsync(scope.ServiceProvider, town, ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Registers the first town when the deployment has none; true while it is the deployment's only town.</summary>
    private async Task<bool> EnsureFirstTownAsync(IServiceProvider scope, string town, CancellationToken ct)
    {
        var directory = scope.GetRequiredService<TownDirectory>();
        var towns = await directory.AllAsync(ct);
        if (towns.Count == 0)
        {
            var name = configuration["Towns:FirstName"] is { Length: > 0 } configured ? configured : SampleTown.TownName;
            var refusal = await scope.GetRequiredService<TownRegistry>().AddAsync(town, name, null, ct);
            if (refusal is not null) throw new InvalidOperationException($"无法登记第一个镇街：{refusal}");
            logger.LogInformation("已登记镇街 {Code}（{Name}）", town, name);
            return true;
        }
        return towns.Any(t => t.Id == town);
    }

    private async Task LoadSampleAsync(IServiceProvider scope, CancellationToken ct)
    {
        var session = scope.GetRequiredService<IQuerySession>();
        var bus = scope.GetRequiredService<IMessageBus>();
        if (await session.Events.FetchStreamStateAsync(RosterNames.SampleTownStreamId, ct) is null)
        {
            if (await session.Query<MemberUnit>().AnyAsync(ct)) return;
            var result = await bus.InvokeAsync<CommandResult>(new LoadSampleTown(), ct);
            if (result.Succeeded) logger.LogInformation("已载入示例数据：{Basis}", SampleTown.Basis);
            else logger.LogInformation("示例数据未载入：{Reason}", result.Refusal);
        }
        // A town loaded before the training ledger existed gets its sample directors on the next start.
        if (await session.Events.FetchStreamStateAsync(LoadSampleChildWorkersHandler.MarkerStreamId, ct) is null &&
            !await session.Query<ChildWorker>().AnyAsync(ct))
        {
            var result = await bus.InvokeAsync<CommandResult>(new LoadSampleChildWorkers(), ct);
            if (!result.Succeeded) logger.LogInformation("示例儿童主任未载入：{Reason}", result.Refusal);
        }
        // The notice's campaign (附件2), through the command a district issues a campaign with; its fixed stream id makes it once.
        if (await session.Events.FetchStreamStateAsync(SampleCampaign.Id, ct) is null && await session.Query<MemberUnit>().AnyAsync(ct))
        {
            var result = await bus.InvokeAsync<CommandResult>(SampleCampaign.Command(), ct);
            if (!result.Succeeded) logger.LogInformation("示例示范创建任务未载入：{Reason}", result.Refusal);
        }
        // The loader ends with the town's search index populated (the saves wrote it; a town loaded before the search gets it now).
        await scope.GetRequiredService<Search.SearchIndex>().EnsureAsync(TownCodes.FirstCode(configuration), ct);
    }

    private async Task CreateFirstAdministratorAsync(IServiceProvider scope, string town, CancellationToken ct)
    {
        var session = scope.GetRequiredService<IQuerySession>();
        if (await session.Query<UserAccount>().AnyAsync(ct)) return;
        var userName = configuration["Admin:UserName"] is { Length: > 0 } name ? name : "admin";
        var configured = configuration["Admin:InitialPassword"];
        var password = string.IsNullOrEmpty(configured) ? AccountService.NewPassword() : configured;
        var (_, refusal) = await scope.GetRequiredService<AccountService>()
            .CreateAsync(userName, "系统管理员", password, [town], [.. Permissions.FirstTownAdministrator, .. Permissions.FirstDistrictAdministrator], null, ct,
                oneTimePassword: string.IsNullOrEmpty(configured));
        if (refusal is not null) throw new InvalidOperationException($"无法创建管理员账号：{refusal}");
        if (string.IsNullOrEmpty(configured))
        {
            // Printed once, to the console only: it is not kept anywhere in clear.
            Console.WriteLine();
            Console.WriteLine("==================================================================");
            Console.WriteLine($"  已创建管理员账号  用户名：{userName}  一次性密码：{password}");
            Console.WriteLine("  Administrator created. User name and one-time password above; keep them now.");
            Console.WriteLine("==================================================================");
            Console.WriteLine();
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
