using Npgsql;
using Secretariat.Web.Features.Compliance;
using Secretariat.Web.Features.Setup;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Web.Infrastructure;

/// <summary>
/// The app's own verbs, run against the built services without starting the web host:
/// <c>users add|disable|list</c> and <c>migrations add NAME</c>. Anything else goes to JasperFx's command line.
/// </summary>
public static class CommandLine
{
    public static bool IsMigrationsAdd(string[] args) => args is ["migrations", "add", ..];
    public static bool IsOwnVerb(string[] args) =>
        args is ["users", ..] or ["towns", ..] or ["roster", ..] or ["migrations", ..] or ["compliance", ..] or ["permissions"] or ["search", ..];

    /// <summary>JasperFx's verbs (codegen, describe, db-apply, db-patch, projections, ...): anything but options.</summary>
    public static bool IsJasperFxVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && args[0] != "run";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        try
        {
            return args switch
            {
                ["users", "add", var userName, .. var options] => await AddUserAsync(app, userName, options),
                ["users", "disable", var userName] => await DisableUserAsync(app, userName),
                ["users", "list"] => await ListUsersAsync(app),
                ["towns", .. var rest] => await TownsAsync(app, rest),
                ["roster", "import", .. var options] => await RosterImportAsync(app, options),
                ["migrations", "add", var name] => await AddMigrationAsync(app, name),
                ["compliance", .. var options] => await ComplianceCommand.RunAsync(app, options),
                ["permissions"] => PrintPermissions(),
                ["search", "rebuild", .. var options] => await RebuildSearchAsync(app, options),
                _ => Usage()
            };
        }
        catch (SchemaBehindException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 3;
        }
    }

    public static int Usage()
    {
        var roles = string.Join(", ", Permissions.Table.Select(r => r.IsBoundToUnit ? $"{r.Name} (needs --unit)" : r.Name));
        Console.Error.WriteLine($"""
            用法 Usage:
              users add <用户名> --role <角色> [--role <角色>] [--unit <单位名称>] [--person <名单中的姓名>] [--name <显示名>] [--password <密码>]
                  角色 roles: {roles}
              users disable <用户名>
              users list
              towns add <代码> --name <镇街名称>
              towns list
            {SetupCommand.Usage.TrimEnd()}
              migrations add <名称>      writes migrations/NNNN_<名称>.sql for model changes
              compliance [--town <代码>] [--as-of YYYY-MM-DD] [--json]   the findings as of a day (default today), changing nothing
              search rebuild [--town <代码>]   rebuilds the search index from the records (after an upgrade)
              permissions                 who may do what: the permission table (A 全部, U 本单位, S 工作站的规则)
            """);
        return 1;
    }

    /// <summary>The search index of every town (or one) rebuilt from its records: for an upgrade, or after a failed save of the index.</summary>
    private static async Task<int> RebuildSearchAsync(WebApplication app, string[] options)
    {
        string? only = null;
        for (var i = 0; i < options.Length; i++)
        {
            if (options[i] == "--town" && i + 1 < options.Length) only = options[++i];
            else return Usage();
        }
        await EnsureSchemaAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var towns = (await scope.ServiceProvider.GetRequiredService<TownDirectory>().AllAsync(CancellationToken.None)).Select(t => t.Id).ToList();
        if (only is not null && !towns.Contains(only))
        {
            await Console.Error.WriteLineAsync($"没有代码为 {only} 的镇街。");
            return 1;
        }
        var written = await scope.ServiceProvider.GetRequiredService<Secretariat.Web.Features.Search.SearchIndex>()
            .RebuildAsync(only is null ? towns : [only], CancellationToken.None);
        Console.WriteLine($"已重建搜索索引：{(only is null ? towns.Count + " 个镇街" : only)}，{written} 条记录。");
        return 0;
    }

    /// <summary>The permission table as text: a capability a line, a role a column.</summary>
    private static int PrintPermissions()
    {
        Console.WriteLine(string.Join("\t", ["capability", .. Permissions.Table.Select(r => r.Name)]));
        foreach (var capability in Enum.GetValues<Capability>())
            Console.WriteLine(string.Join("\t", [capability.ToString(), .. Permissions.Table.Select(r => r.ReachOf(capability) switch
            {
                Reach.None => "-", Reach.All => "A", Reach.OwnUnit => "U", Reach.Station => "S", var reach => reach.ToString()
            })]));
        return 0;
    }

    private static async Task EnsureSchemaAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await new MigrationsOnStart(scope.ServiceProvider.GetRequiredService<Migrations>(),
            scope.ServiceProvider.GetRequiredService<ILogger<MigrationsOnStart>>()).StartAsync(CancellationToken.None);
    }

    private static async Task<int> AddUserAsync(WebApplication app, string userName, string[] options)
    {
        var roles = new List<string>();
        var towns = new List<string>();
        string? unit = null, name = null, password = null, person = null;
        for (var i = 0; i < options.Length; i++)
        {
            var value = i + 1 < options.Length ? options[i + 1] : null;
            switch (options[i])
            {
                case "--role" when value is not null: roles.Add(value); i++; break;
                case "--unit" when value is not null: unit = value; i++; break;
                case "--town" when value is not null: towns.Add(value); i++; break;
                case "--name" when value is not null: name = value; i++; break;
                case "--password" when value is not null: password = value; i++; break;
                case "--person" when value is not null: person = value; i++; break;
                default: return Usage();
            }
        }
        await EnsureSchemaAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var generated = password is null;
        password ??= AccountService.NewPassword();
        // With one town in the deployment a town role needs no --town.
        if (towns.Count == 0 && roles.Any(Permissions.IsTownRole))
        {
            var all = await scope.ServiceProvider.GetRequiredService<TownDirectory>().AllAsync(CancellationToken.None);
            if (all.Count == 1) towns.Add(all[0].Id);
        }
        var (account, refusal) = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(userName, name ?? userName, password, towns, roles, unit, oneTimePassword: generated, personName: person);
        if (refusal is not null)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }
        Console.WriteLine($"已创建用户 {account!.UserName}（{Describe(account)}）。");
        if (generated) Console.WriteLine($"一次性密码：{password}（首次登录后须修改）");
        return 0;
    }

    private static async Task<int> DisableUserAsync(WebApplication app, string userName)
    {
        await EnsureSchemaAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var refusal = await scope.ServiceProvider.GetRequiredService<AccountService>().DisableAsync(userName);
        if (refusal is not null)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }
        Console.WriteLine($"已停用用户 {userName}，其登录会话已全部结束。");
        return 0;
    }

    private static async Task<int> ListUsersAsync(WebApplication app)
    {
        await EnsureSchemaAsync(app);
        var store = app.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var names = new Dictionary<(string, Guid), string>();
        foreach (var town in await session.Query<TownProfile>().ToListAsync())
        {
            await using var townSession = store.QuerySession(town.Id);
            foreach (var unit in await townSession.Query<MemberUnit>().ToListAsync()) names[(town.Id, unit.Id)] = unit.Name;
            var bodies = await townSession.LoadManyAsync<BodyRoster>(Enum.GetValues<BodyKind>().Select(RosterNames.BodyId).ToArray());
            foreach (var tenure in bodies.SelectMany(b => b.Tenures)) names.TryAdd((town.Id, tenure.PersonId), tenure.PersonName);
        }
        foreach (var user in await session.Query<UserAccount>().OrderBy(u => u.UserName).ToListAsync())
            Console.WriteLine($"{user.UserName}\t{user.DisplayName}\t{Describe(user, names)}\t{(user.Disabled ? "已停用" : "启用")}");
        return 0;
    }

    /// <summary>区未保办; tgy：办公室、管理员; cjc：成员单位联络人（民政办）; tgy：组长，名单人员 叶伟; hfz：查阅（停用）.</summary>
    private static string Describe(UserAccount user, IReadOnlyDictionary<(string, Guid), string>? names = null) => string.Join("；",
        user.DistrictRoles.Concat(user.Memberships.Select(m => $"{m.Town}：{string.Join("、", m.Roles)}" +
            (m.UnitId is { } u && names is not null && names.TryGetValue((m.Town, u), out var unitName) ? $"（{unitName}）" : "") +
            (m.PersonId is { } p && names is not null && names.TryGetValue((m.Town, p), out var personName) ? $"，名单人员 {personName}" : "") +
            (m.Disabled ? "（停用）" : ""))));

    private static async Task<int> TownsAsync(WebApplication app, string[] args)
    {
        await EnsureSchemaAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<TownRegistry>();
        switch (args)
        {
            case ["add", var code, "--name", var name]:
            {
                var refusal = await service.AddAsync(code, name, null, CancellationToken.None);
                if (refusal is not null) { await Console.Error.WriteLineAsync(refusal); return 1; }
                Console.WriteLine($"已添加镇街 {code}（{name}）。请用 users add ... --town {code} --role 管理员 --role 办公室 为其创建第一个管理员；再用 towns establish --town {code} 登记成立文件、roster import --town {code} 导入成立时名单（或由该镇街在网页上按工作台的设置步骤完成）。");
                return 0;
            }
            case ["establish", .. var options]:
                return await SetupCommand.EstablishAsync(scope.ServiceProvider, options);
            case ["list"]:
                foreach (var town in await scope.ServiceProvider.GetRequiredService<TownDirectory>().AllAsync(CancellationToken.None))
                    Console.WriteLine($"{town.Id}\t{town.TownName}\t{town.FullName}\t{town.ShortName}");
                return 0;
            default:
                return Usage();
        }
    }

    private static async Task<int> RosterImportAsync(WebApplication app, string[] options)
    {
        await EnsureSchemaAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        return await SetupCommand.ImportAsync(scope.ServiceProvider, options);
    }

    /// <summary>
    /// Builds a scratch database from the existing migrations, asks Marten and Wolverine what is still missing,
    /// and writes that as the next numbered file. The app was built against the scratch database (see Program).
    /// </summary>
    private static async Task<int> AddMigrationAsync(WebApplication app, string name)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z0-9_]{1,60}$"))
        {
            await Console.Error.WriteLineAsync("迁移名称只能包含小写字母、数字和下划线，例如 add_meetings。");
            return 1;
        }
        var root = Migrations.RepositoryRoot();
        if (root is null)
        {
            await Console.Error.WriteLineAsync("找不到仓库根目录（Secretariat.sln）：请在仓库内运行此命令。");
            return 1;
        }
        var migrations = app.Services.GetRequiredService<Migrations>();
        await migrations.ApplyAsync(CancellationToken.None);
        var pending = await migrations.PendingChangesAsync(CancellationToken.None);
        if (pending.Length == 0)
        {
            Console.WriteLine("模型与 migrations/ 一致，无需生成新迁移。No changes.");
            return 0;
        }
        var directory = Path.Combine(root, "migrations");
        Directory.CreateDirectory(directory);
        var number = Directory.GetFiles(directory, "*.sql").Length + 1;
        var path = Path.Combine(directory, $"{number:0000}_{name}.sql");
        await File.WriteAllTextAsync(path, $"-- Generated by `dotnet run --project Secretariat.Web -- migrations add {name}`.\n" + pending);
        Console.WriteLine($"已写入 {Path.GetRelativePath(root, path)}");
        return 0;
    }

    /// <summary>A throw-away database beside the configured one, for generating migrations.</summary>
    public static async Task<string> CreateScratchDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var scratch = $"secretariat_scratch_{Guid.NewGuid():N}"[..40];
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database {scratch}", connection);
        await create.ExecuteNonQueryAsync();
        builder.Database = scratch;
        return builder.ConnectionString;
    }

    public static async Task DropScratchDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
