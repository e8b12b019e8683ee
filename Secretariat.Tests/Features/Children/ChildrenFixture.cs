using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Secretariat.Tests.Infrastructure;
using Secretariat.Web.Features.Children;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Features.Children;

/// <summary>Every log line the host writes, at every level, with its exception: what the application log would hold.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>
/// The sample town with an account for every role of the permission table (a role bound to a unit: 建设村), a second 儿童主任 for
/// 双骑龙村 and the 站长 (工作站, linked to 刘兵); every log line captured.
/// </summary>
public sealed class ChildrenFixture : AppFixture
{
    public LogCapture Logs { get; } = new();

    public const string Password = "children-password-1";

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));

    public static string UserOf(string role) => EveryRoleFixture.UserOf(role);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var role in AccessModelTests.Expected.Roles)
            Assert.Null((await accounts.CreateInTownAsync(UserOf(role), role, Password, [role], Permissions.NeedsUnit([role]) ? "建设村" : null)).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("sqlong", "双骑龙村儿童主任", Password, [Roles.ChildDirector], "双骑龙村")).Refusal);
        Assert.Null((await accounts.CreateInTownAsync("master", "刘兵", Password, [Roles.WorkStation], null, personName: "刘兵")).Refusal);
    }

    public Task<SignedIn> AsAsync(string user) => SignedIn.AsAsync(Host, user, Password);

    public Task<SignedIn> AsRoleAsync(string role) => AsAsync(UserOf(role));

    /// <summary>A district role signs in without a town token (it only reads).</summary>
    public async Task<SignedIn> AsDistrictAsync(string role)
    {
        var (_, cookie) = await SignedIn.PostSignInAsync(Host, UserOf(role), Password, HttpStatusCode.Redirect);
        return new SignedIn(cookie, "");
    }

    public async Task<string> GetAsync(SignedIn user, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(expected); })).ReadAsTextAsync();

    public static IEnumerable<(string, string)> PersonalFields(ChildPersonalData data) =>
    [
        ("PersonName", data.Name ?? ""), ("IdNumber", data.IdNumber ?? ""), ("Address", data.Address ?? ""), ("Notes", data.Notes ?? ""),
        .. data.Guardians.SelectMany((g, i) => new[] { ($"Guardian{i + 1}Name", g.Name), ($"Guardian{i + 1}Relation", g.Relation), ($"Guardian{i + 1}Phone", g.Phone) })
    ];

    /// <summary>The station registers a child (with its personal data when given) and gets its id from the redirect.</summary>
    public async Task<Guid> RegisterAsync(SignedIn station, string village, RiskLevel level, DateOnly registeredOn, ChildPersonalData? data = null,
        string birth = "2015-03", ChildRegister register = ChildRegister.LeftBehind, string? director = null)
    {
        director ??= village == "建设村" ? "朱美桦" : village == "双骑龙村" ? "邹利" : null;
        var result = await Host.PostFormAsync(station, "/t/tgy/children/new",
        [
            ("VillageId", SampleTown.UnitId(village).ToString()), ("Register", register.ToString()), ("Category", nameof(CaseCategory.LeftBehind)),
            ("Level", level.ToString()), ("DirectorId", director is null ? "" : SampleTown.PersonId(director).ToString()), ("BirthMonth", birth),
            ("RegisteredOn", registeredOn.ToString("yyyy-MM-dd")), .. data is null ? [] : PersonalFields(data)
        ], HttpStatusCode.SeeOther);
        var location = result.Context.Response.Headers.Location.ToString();
        Assert.StartsWith("/t/tgy/children/", location);
        return Guid.Parse(location["/t/tgy/children/".Length..]);
    }

    public Task<IScenarioResult> ReadPersonalDataAsync(SignedIn user, Guid child, HttpStatusCode? expected, string reason = nameof(ReadReason.CaseSupport)) =>
        Host.PostFormAsync(user, $"/t/tgy/children/{child}/personal-data/read", [("Reason", reason)], expected);

    public Task<long> ReadsAsync(Guid child) =>
        ScalarAsync($"select count(*) from secretariat.mt_doc_minorsdataread where data->>'FileId' = '{child}'");

    public string KeyFile(Guid child) => Path.Combine(ChildKeysDirectory, SampleTownAccounts.Town, child.ToString("N") + ".key");

    /// <summary>Every row of every table of the database as text (bytea as hex), table by table.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select table_schema || '.' || table_name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var texts = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"select coalesce(string_agg(t::text, E'\\n'), '') from {table} t", connection);
            texts[table] = (string)(await rows.ExecuteScalarAsync())!;
        }
        return texts;
    }

    /// <summary>A plain-text pg_dump of the whole database (what a backup holds), as the README's backup runs it.</summary>
    public async Task<string> PlainDumpAsync() => await DumpAsync(ConnectionString, "--format=plain");

    public static Task<string> DumpAsync(string connectionString, string format, string? file = null) =>
        PostgresClients.RunAsync("pg_dump", connectionString, [format, "--no-owner", .. file is null ? Array.Empty<string>() : ["--file", file],
            PostgresClients.DatabaseOf(connectionString)]);

    public static Task RestoreAsync(string connectionString, string file) =>
        PostgresClients.RunAsync("pg_restore", connectionString, "--no-owner", "--exit-on-error", "--dbname", PostgresClients.DatabaseOf(connectionString), file);

    /// <summary>The secrets found in a text, in clear or as the hex of their UTF-8 bytes (a bytea column, a dump's COPY).</summary>
    public static IReadOnlyList<string> SecretsIn(string text) =>
        ChildrenTestData.Secrets.Where(s => text.Contains(s, StringComparison.Ordinal) ||
            text.Contains(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(s)), StringComparison.OrdinalIgnoreCase)).ToList();
}
