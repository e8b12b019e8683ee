using System.Text.RegularExpressions;
using Marten;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// Removing the town from a query is caught twice: statically, since a session without a tenant (or a query across
/// tenants, or SQL on Marten's tables) may appear only where the district's own documents are read; and at run time,
/// since such a session sees none of a town's rows, so every page test of that town fails.
/// </summary>
public class TenancyGuardTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>
    /// Where a session of no town is right: the registry of towns, accounts, the command line, the factory itself; and the
    /// bench's copier of a town (bench/district; mapped only with Bench:Enabled), which copies one town's rows into another by design.
    /// </summary>
    private static readonly string[] Allowed =
    [
        "Infrastructure/Tenancy/TownRouting.cs", "Infrastructure/Database/EventStore.cs", "Infrastructure/CommandLine.cs",
        "Features/Towns/TownDirectory.cs", "Features/Towns/TownRegistry.cs", "Features/Towns/EditTownProfile.cs",
        "Features/Accounts/AccountRules.cs", "Features/Campaigns/DistrictCampaigns.cs", "Features/HolidayCalendar/HolidaySchedule.cs",
        // The district overview's rows: one per town, the district's own documents (single-tenanted).
        "Features/District/DistrictRows.cs",
        "Features/Bench/BenchTownCloner.cs"
    ];

    private static readonly Regex Unscoped = new(
        @"\.(QuerySession|LightweightSession|OpenSession|IdentitySession|DirtyTrackedSession)\(\s*\)|\bAnyTenant\b|\bTenantIsOneOf\b|(select|update|delete|insert)\b[^""\n]{0,80}\bmt_(doc|events|streams)",
        RegexOptions.IgnoreCase);

    public static IReadOnlyList<string> Violations(IEnumerable<(string Path, string Text)> files) =>
        files.Where(f => !Allowed.Any(a => f.Path.Replace('\\', '/').EndsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => f.Text.Split('\n').Select((line, i) => (f.Path, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//") && Unscoped.IsMatch(l.Text))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text.Trim()}").ToList();

    [Fact]
    public void No_code_outside_the_districts_own_documents_opens_a_session_of_no_town_or_reads_across_towns()
    {
        var root = Path.Combine(Secretariat.Web.Infrastructure.Database.Migrations.RepositoryRoot()!, "Secretariat.Web");
        var files = Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => (p.EndsWith(".cs") || p.EndsWith(".razor")) && !p.Contains("/obj/") && !p.Contains("/bin/"))
            .Select(p => (Path.GetRelativePath(root, p), File.ReadAllText(p))).ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files read");
        var violations = Violations(files);
        Assert.True(violations.Count == 0, "Sessions or queries without a town:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_code_outside_the_sample_data_names_the_sample_town()
    {
        var root = Path.Combine(Secretariat.Web.Infrastructure.Database.Migrations.RepositoryRoot()!, "Secretariat.Web");
        string[] sample = ["Features/Roster/SampleTown.cs", "Features/Roster/LoadSampleTown.cs", "Features/Training/LoadSampleChildWorkers.cs",
            "Features/Campaigns/SampleCampaign.cs"];
        var naming = Directory.GetFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => (p.EndsWith(".cs") || p.EndsWith(".razor") || p.EndsWith(".json")) && !p.Contains("/obj/") && !p.Contains("/bin/"))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !sample.Contains(p) && File.ReadAllText(Path.Combine(root, p)).Contains("铜罐驿")).ToList();
        Assert.True(naming.Count == 0, "Files naming the sample town outside the sample data: " + string.Join(", ", naming));
    }

    [Fact]
    public void A_feature_that_drops_its_town_is_reported()
    {
        var violations = Violations([
            ("Features/Meetings/Leaky.cs", "await using var session = store.QuerySession();"),
            ("Features/District/Leaky.cs", "var all = await session.Query<Meeting>().Where(m => m.AnyTenant()).ToListAsync();"),
            ("Features/Reports/Leaky.cs", "command.CommandText = \"select data from secretariat.mt_doc_meeting\";"),
            ("Features/Meetings/Fine.cs", "await using var session = store.QuerySession(town);"),
            ("Features/Towns/TownDirectory.cs", "await using var session = store.QuerySession();")
        ]);
        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Contains("Leaky.cs", v));
    }

    [Fact]
    public async Task A_session_of_no_town_sees_nothing_of_the_town_whose_rows_it_would_have_read()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var town = store.QuerySession(SampleTownAccounts.Town);
        await using var none = store.QuerySession();
        Assert.True(await town.Query<MemberUnit>().CountAsync() > 20);
        Assert.Equal(0, await none.Query<MemberUnit>().CountAsync());
        var leadingGroup = RosterNames.BodyId(BodyKind.LeadingGroup);
        Assert.NotNull(await town.LoadAsync<BodyRoster>(leadingGroup));
        Assert.Null(await none.LoadAsync<BodyRoster>(leadingGroup));
        Assert.NotNull(await town.Events.FetchStreamStateAsync(leadingGroup));
        Assert.Null(await none.Events.FetchStreamStateAsync(leadingGroup));
        // The same stream id in another town is another stream (marten#3669): its own version, none of these events.
        await using var other = store.LightweightSession("other");
        Assert.Null(await other.Events.FetchStreamStateAsync(leadingGroup));
    }

    [Fact]
    public async Task The_same_stream_id_in_two_towns_keeps_its_own_version_and_events()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var id = Guid.NewGuid();
        await using (var a = store.LightweightSession("towna"))
        {
            a.Events.StartStream(id, new SampleTownLoaded("A 1", new DateOnly(2024, 1, 1)), new SampleTownLoaded("A 2", new DateOnly(2024, 1, 2)));
            await a.SaveChangesAsync();
        }
        await using (var b = store.LightweightSession("townb"))
        {
            // Starting the id again in another town is no collision, and its version check is that town's (marten#4803).
            b.Events.StartStream(id, new SampleTownLoaded("B 1", new DateOnly(2024, 2, 1)));
            await b.SaveChangesAsync();
            b.Events.Append(id, 2, new SampleTownLoaded("B 2", new DateOnly(2024, 2, 2)));
            await b.SaveChangesAsync();
        }
        await using (var stale = store.LightweightSession("towna"))
        {
            // Town A is at version 2: an append expecting version 3 there is refused, whatever town B's stream did.
            stale.Events.Append(id, 4, new SampleTownLoaded("A stale", new DateOnly(2024, 3, 1)));
            await Assert.ThrowsAnyAsync<Exception>(() => stale.SaveChangesAsync());
        }
        await using var readA = store.QuerySession("towna");
        await using var readB = store.QuerySession("townb");
        Assert.Equal(["A 1", "A 2"], (await readA.Events.FetchStreamAsync(id)).Select(e => ((SampleTownLoaded)e.Data).Basis));
        Assert.Equal(["B 1", "B 2"], (await readB.Events.FetchStreamAsync(id)).Select(e => ((SampleTownLoaded)e.Data).Basis));
    }
}
