using System.Security.Cryptography;
using Npgsql;
using Secretariat.Web.Features.Training;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// First start of a town: loads the sample from the notice (unless <c>Town:LoadSample</c> is false) and creates the
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
            await using var scope = services.CreateAsyncScope();
            if (configuration.GetValue("Town:LoadSample", true)) await LoadSampleAsync(scope.ServiceProvider, ct);
            await CreateFirstAdministratorAsync(scope.ServiceProvider, ct);
        }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({LockKey})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
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
    }

    private async Task CreateFirstAdministratorAsync(IServiceProvider scope, CancellationToken ct)
    {
        var session = scope.GetRequiredService<IQuerySession>();
        if (await session.Query<UserAccount>().AnyAsync(ct)) return;
        var userName = configuration["Admin:UserName"] is { Length: > 0 } name ? name : "admin";
        var configured = configuration["Admin:InitialPassword"];
        var password = string.IsNullOrEmpty(configured) ? NewPassword() : configured;
        var (_, refusal) = await scope.GetRequiredService<AccountService>()
            .CreateAsync(userName, "系统管理员", password, [Roles.Administrator, Roles.Secretariat], null, ct,
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

    public static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        return new string(RandomNumberGenerator.GetItems<char>(alphabet, 16));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
