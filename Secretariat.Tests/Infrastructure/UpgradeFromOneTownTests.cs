using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Secretariat.Web.Infrastructure.Database;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// A database made by the previous release (one town per database, migrations 0001..0009: Fixtures/one-town-0009.sql,
/// made by Fixtures/make-one-town-dump.sh from commit 8cf02ec) becomes the first town of this release with all its
/// history when this release starts on it: 0010/0011 move every row to the town, the accounts keep their passwords.
/// </summary>
public partial class UpgradeFromOneTownTests
{
    /// <summary>What make-one-town-dump.sh gave the old release.</summary>
    private const string OldAdminUser = "admin";
    private const string OldAdminPassword = "one-town-admin-password";
    private const string OldMeetingTitle = "升级前召开的领导小组会议";

    private static readonly string[] NotTownTables =
        ["mt_doc_useraccount", "mt_doc_signinsession", "mt_doc_signinfailures", "mt_doc_envelope", "mt_doc_deadletterevent"];

    private static readonly string[] TownPages = ["roster/leading-group", "meetings", "resolutions", "training", ""];

    [Fact]
    public async Task The_previous_releases_database_becomes_the_town_tgy_with_all_its_history()
    {
        var connectionString = await RestoreOldDumpAsync();
        var before = await OldFactsAsync(connectionString);
        Assert.Equal(0, await ScalarAsync(connectionString,
            "select count(*) from public.secretariat_migrations where file >= '0010'"));

        var problems = new List<string>();
        var fixture = new AppFixture();
        Action<IWebHostBuilder> configure = AsUsual;
        Dictionary<string, long> countsAfterFirstStart;
        string migrationsAfterFirstStart;
        await using (var host = await fixture.StartHostAsync(connectionString, configure))
        {
            var applied = await TextAsync(connectionString, "select string_agg(file, ',' order by file) from public.secretariat_migrations");
            Assert.Contains("0010_towns.sql", applied);
            Assert.Contains("0011_towns_data.sql", applied);
            Assert.Equal(0, await ScalarAsync(connectionString, "select count(*) from secretariat.mt_doc_useraccount where data ? 'Roles'"));
            Assert.Equal("tgy", await TextAsync(connectionString,
                "select m ->> 'Town' from secretariat.mt_doc_useraccount, jsonb_array_elements(data -> 'Memberships') m where data ->> 'UserName' = 'admin'"));

            Assert.Equal("[\"区管理员\"]", await TextAsync(connectionString,
                "select data ->> 'DistrictRoles' from secretariat.mt_doc_useraccount where data ->> 'UserName' = 'admin'"));
            Assert.Equal("tgy", await TextAsync(connectionString, "select string_agg(distinct town, ',') from secretariat.town_read_model_version"));
            // The old counter (5) became the town's slot 0 (0028): the town's version, the sum of its slots, did not go back.
            Assert.True(await ScalarAsync(connectionString, "select version from secretariat.town_read_model_version where town = 'tgy' and slot = 0") >= 5);
            Assert.Equal(0, await ScalarAsync(connectionString, "select count(*) from pg_tables where schemaname = 'secretariat' and tablename = 'read_model_version'"));
            // The first start registered the town the old database became, and only it.
            Assert.Equal("tgy", await TextAsync(connectionString, "select string_agg(id, ',') from secretariat.mt_doc_townprofile"));

            await AssertEverythingIsTheTownsAsync(connectionString, "tgy", before);

            // The old administrator, with the old password; the new release's configured one was not made.
            var admin = await SignInAsync(host, "tgy", OldAdminUser, OldAdminPassword);
            await SignedIn.PostSignInAsync(host, OldAdminUser, AppFixture.AdminPassword, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(1, await ScalarAsync(connectionString, "select count(*) from secretariat.mt_doc_useraccount"));

            await CheckPagesShowTheOldDataAsync(host, admin, "tgy", before, problems);

            // A new write in the town after the upgrade.
            await host.PostFormAsync(admin, "/t/tgy/roster/units", [("Name", "升级后登记村"), ("Kind", "Village")], HttpStatusCode.SeeOther);
            Assert.Contains("data-unit=\"升级后登记村\"", await GetAsync(host, admin, "/t/tgy/roster/units"));
            Assert.Equal("tgy", await TextAsync(connectionString,
                "select string_agg(distinct tenant_id, ',') from secretariat.mt_doc_memberunit where data ->> 'Name' = '升级后登记村'"));
            Assert.Equal(before.Units + 1, await ScalarAsync(connectionString, "select count(*) from secretariat.mt_doc_memberunit"));

            countsAfterFirstStart = await TownTableCountsAsync(connectionString);
            migrationsAfterFirstStart = await MigrationHistoryAsync(connectionString);
        }

        // A second start applies nothing again, loads no second sample, makes no second administrator.
        await using (var host = await fixture.StartHostAsync(connectionString, configure))
        {
            Assert.Equal(migrationsAfterFirstStart, await MigrationHistoryAsync(connectionString));
            var counts = await TownTableCountsAsync(connectionString);
            foreach (var table in new[] { "mt_streams", "mt_doc_bodyroster", "mt_doc_memberunit", "mt_doc_childworker", "mt_doc_meeting", "mt_doc_useraccount", "mt_doc_townprofile" })
                Assert.True(countsAfterFirstStart.GetValueOrDefault(table) == counts.GetValueOrDefault(table),
                    $"{table}: {countsAfterFirstStart.GetValueOrDefault(table)} rows after the first start, {counts.GetValueOrDefault(table)} after the second");
            await AssertEverythingIsTheTownsAsync(connectionString, "tgy", before);
            var admin = await SignInAsync(host, "tgy", OldAdminUser, OldAdminPassword);
            Assert.Contains("data-unit=\"升级后登记村\"", await GetAsync(host, admin, "/t/tgy/roster/units"));
            await CheckPagesShowTheOldDataAsync(host, admin, "tgy", before, problems);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Towns_FirstCode_names_the_town_the_old_database_becomes()
    {
        var connectionString = await RestoreOldDumpAsync();
        var before = await OldFactsAsync(connectionString);
        var problems = new List<string>();

        await using var host = await new AppFixture().StartHostAsync(connectionString, b =>
        {
            AsUsual(b);
            b.UseSetting("Towns:FirstCode", "abc");
        });

        await AssertEverythingIsTheTownsAsync(connectionString, "abc", before);
        Assert.Equal(0, await ScalarAsync(connectionString,
            "select count(*) from secretariat.mt_streams where tenant_id = 'tgy'"));
        Assert.Equal("abc", await TextAsync(connectionString,
            "select m ->> 'Town' from secretariat.mt_doc_useraccount, jsonb_array_elements(data -> 'Memberships') m where data ->> 'UserName' = 'admin'"));
        Assert.Equal("abc", await TextAsync(connectionString, "select string_agg(distinct town, ',') from secretariat.town_read_model_version"));
        Assert.Equal("abc", await TextAsync(connectionString, "select string_agg(id, ',') from secretariat.mt_doc_townprofile"));

        var admin = await SignInAsync(host, "abc", OldAdminUser, OldAdminPassword);
        await CheckPagesShowTheOldDataAsync(host, admin, "abc", before, problems);
        await host.PostFormAsync(admin, "/t/abc/roster/units", [("Name", "升级后登记村"), ("Kind", "Village")], HttpStatusCode.SeeOther);
        Assert.Contains("data-unit=\"升级后登记村\"", await GetAsync(host, admin, "/t/abc/roster/units"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The host as every test starts it (scope validation on, as in Development).</summary>
    private static void AsUsual(IWebHostBuilder builder) { }

    /// <summary>What the old database holds, read before the new release touches it.</summary>
    private sealed record OldFacts(
        long Events, long Streams, IReadOnlyList<long> EventSequences, IReadOnlyList<string> LeadingGroup, IReadOnlyList<string> ChildWorkers,
        IReadOnlyList<string> Meetings, long Units, Dictionary<string, long> Documents);

    private static async Task<OldFacts> OldFactsAsync(string connectionString)
    {
        var documents = await TownTableCountsAsync(connectionString);
        Assert.True(documents.GetValueOrDefault("mt_events") > 100, "the old dump holds the sample's history");
        var meetings = await ListAsync(connectionString, "select data ->> 'Title' from secretariat.mt_doc_meeting");
        Assert.Contains(OldMeetingTitle, meetings);
        return new OldFacts(
            documents["mt_events"], documents["mt_streams"],
            (await ListAsync(connectionString, "select seq_id::text from secretariat.mt_events order by seq_id")).Select(long.Parse).ToList(),
            await ListAsync(connectionString,
                "select t ->> 'PersonName' from secretariat.mt_doc_bodyroster, jsonb_array_elements(data -> 'Tenures') t " +
                "where (data ->> 'Kind')::int = 0 and t ->> 'Until' is null"),
            await ListAsync(connectionString, "select data ->> 'Name' from secretariat.mt_doc_childworker where data ->> 'ServesUntil' is null"),
            meetings,
            await ScalarAsync(connectionString, "select count(*) from secretariat.mt_doc_memberunit"),
            documents);
    }

    /// <summary>Every row of the event store and of every document table with a tenant column is the town's.</summary>
    private static async Task AssertEverythingIsTheTownsAsync(string connectionString, string town, OldFacts before)
    {
        var tables = await ListAsync(connectionString,
            "select table_name from information_schema.columns where table_schema = 'secretariat' and column_name = 'tenant_id' " +
            "and (table_name in ('mt_streams', 'mt_events') or table_name like 'mt_doc\\_%') order by table_name");
        Assert.Contains("mt_streams", tables);
        Assert.Contains("mt_events", tables);
        Assert.Contains("mt_doc_meeting", tables);
        // Every old document table is a town's now, but the deployment's accounts and sign-ins and Marten's own.
        foreach (var table in before.Documents.Keys.Where(t => t.StartsWith("mt_doc_") && !NotTownTables.Contains(t)))
            Assert.True(tables.Contains(table), $"{table} has no tenant column after the upgrade");
        foreach (var table in tables)
        {
            var others = await ListAsync(connectionString,
                $"select distinct tenant_id from secretariat.{table} where tenant_id <> '{town}'");
            Assert.True(others.Count == 0, $"{table} has rows of tenant {string.Join(", ", others)}, not only {town}");
        }
        // All the history is still there, now the town's.
        var sequences = (await ListAsync(connectionString,
            $"select seq_id::text from secretariat.mt_events where tenant_id = '{town}' order by seq_id")).Select(long.Parse).ToHashSet();
        Assert.All(before.EventSequences, s => Assert.Contains(s, sequences));
        Assert.True(await ScalarAsync(connectionString, $"select count(*) from secretariat.mt_streams where tenant_id = '{town}'") >= before.Streams);
        foreach (var (table, count) in before.Documents.Where(d => d.Key.StartsWith("mt_doc_")))
            Assert.True(await ScalarAsync(connectionString, $"select count(*) from secretariat.{table}") >= count, $"{table} lost rows");
    }

    /// <summary>
    /// The town's pages show the old data. A page that does not answer 200 is noted, not thrown, so the rest of the
    /// upgrade is still checked; the test fails on the notes at its end.
    /// </summary>
    private static async Task CheckPagesShowTheOldDataAsync(IAlbaHost host, SignedIn admin, string town, OldFacts before, List<string> problems)
    {
        var pages = new Dictionary<string, string>();
        foreach (var page in TownPages)
        {
            var url = $"/t/{town}/{page}";
            var result = await host.Scenario(s =>
            {
                s.Get.Url(url);
                s.As(admin);
                s.IgnoreStatusCode();
            });
            if (result.Context.Response.StatusCode == 200) pages[page] = WebUtility.HtmlDecode(await result.ReadAsTextAsync());
            else problems.Add($"{url} answered {result.Context.Response.StatusCode}");
        }

        Assert.NotEmpty(before.LeadingGroup);
        Assert.NotEmpty(before.ChildWorkers);
        if (pages.TryGetValue("roster/leading-group", out var leadingGroup))
            foreach (var name in before.LeadingGroup) Assert.Contains(name, leadingGroup);
        if (pages.TryGetValue("meetings", out var meetings))
        {
            Assert.Equal(before.Meetings.Count, MeetingRow().Matches(meetings).Count);
            foreach (var title in before.Meetings) Assert.Contains($"data-meeting=\"{title}\"", meetings);
        }
        if (pages.TryGetValue("training", out var training)) Assert.Contains(before.ChildWorkers[0], training);
        if (pages.TryGetValue("", out var dashboard)) Assert.Contains("铜罐驿", dashboard);
        if (pages.TryGetValue("resolutions", out var resolutions)) Assert.Contains("议定事项", resolutions);
    }

    /// <summary>Signs in like a browser; the answer leads to the town's dashboard; a token from a town page.</summary>
    private static async Task<SignedIn> SignInAsync(IAlbaHost host, string town, string userName, string password)
    {
        var (result, cookie) = await SignedIn.PostSignInAsync(host, userName, password, HttpStatusCode.Redirect);
        var location = result.Context.Response.Headers.Location.ToString();
        for (var hops = 0; location != $"/t/{town}/" && hops < 3; hops++)
        {
            var next = await host.Scenario(s =>
            {
                s.Get.Url(location);
                s.WithRequestHeader("Cookie", cookie);
                s.IgnoreStatusCode();
            });
            Assert.True(next.Context.Response.StatusCode is 301 or 302 or 303 or 307,
                $"sign-in led to {location}, which answered {next.Context.Response.StatusCode} instead of leading to /t/{town}/");
            cookie = SignedIn.CookiesOf(next, cookie);
            location = next.Context.Response.Headers.Location.ToString();
        }
        Assert.Equal($"/t/{town}/", location);
        var home = await host.Scenario(s =>
        {
            s.Get.Url($"/t/{town}/roster/units");
            s.WithRequestHeader("Cookie", cookie);
            s.StatusCodeShouldBeOk();
        });
        return new SignedIn(SignedIn.CookiesOf(home, cookie), SignedIn.TokenIn(await home.ReadAsTextAsync()));
    }

    private static async Task<string> GetAsync(IAlbaHost host, SignedIn user, string url)
    {
        var result = await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(user);
            s.StatusCodeShouldBeOk();
        });
        return await result.ReadAsTextAsync();
    }

    /// <summary>A fresh database of the run's PostgreSQL holding the old release's dump, loaded by psql.</summary>
    private static async Task<string> RestoreOldDumpAsync()
    {
        var dump = Path.Combine(Migrations.RepositoryRoot() ?? throw new InvalidOperationException("no repository root"),
            "Secretariat.Tests", "Infrastructure", "Fixtures", "one-town-0009.sql");
        Assert.True(File.Exists(dump), $"{dump} is missing: run make-one-town-dump.sh beside it");
        var connectionString = await TestPostgres.NewDatabaseAsync("onetown");
        await PostgresClients.RunAsync("psql", connectionString, "--dbname", PostgresClients.DatabaseOf(connectionString), "--no-psqlrc", "--quiet",
            "--single-transaction", "--set", "ON_ERROR_STOP=1", "--file", dump);
        return connectionString;
    }

    /// <summary>Row counts of the event store and every document table, by table name.</summary>
    private static async Task<Dictionary<string, long>> TownTableCountsAsync(string connectionString)
    {
        var tables = await ListAsync(connectionString,
            "select table_name from information_schema.tables where table_schema = 'secretariat' " +
            "and (table_name in ('mt_streams', 'mt_events') or table_name like 'mt_doc\\_%')");
        var counts = new Dictionary<string, long>();
        foreach (var table in tables) counts[table] = await ScalarAsync(connectionString, $"select count(*) from secretariat.{table}");
        return counts;
    }

    private static Task<string> MigrationHistoryAsync(string connectionString) => TextAsync(connectionString,
        "select string_agg(file || ' ' || sha256 || ' ' || applied_at::text, E'\\n' order by file) from public.secretariat_migrations");

    private static async Task<long> ScalarAsync(string connectionString, string sql) => Convert.ToInt64(await RawScalarAsync(connectionString, sql));

    private static async Task<string> TextAsync(string connectionString, string sql) => Convert.ToString(await RawScalarAsync(connectionString, sql)) ?? "";

    private static async Task<object?> RawScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static async Task<List<string>> ListAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        return values;
    }

    [GeneratedRegex("<tr data-meeting=\"")]
    private static partial Regex MeetingRow();
}
