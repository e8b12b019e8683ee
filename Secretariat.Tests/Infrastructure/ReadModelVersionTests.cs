using Marten;
using Npgsql;
using Secretariat.Web.Infrastructure.Caching;
using Secretariat.Web.Infrastructure.Tenancy;

namespace Secretariat.Tests.Infrastructure;

/// <summary>
/// The per-town read-model version (issue 27: spread over slots, read as their sum): every save that appends events
/// raises its own town's version by one, concurrent saves of one town all commit and all count, and a version read
/// early in a request is not used after a save of this process in that town.
/// </summary>
public class ReadModelVersionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private sealed record VersionProbeNoted(string Note);

    private ReadModelVersion Versions => app.Host.Services.GetRequiredService<ReadModelVersion>();

    private async Task SaveEventAsync(string town, string note)
    {
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession(town);
        session.Events.StartStream(Guid.NewGuid(), new VersionProbeNoted(note));
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task A_save_raises_its_towns_version_by_one_and_leaves_another_towns_alone()
    {
        await SaveEventAsync("vother", "another town's first save");
        var before = (tgy: await Versions.CurrentAsync("tgy", default), other: await Versions.CurrentAsync("vother", default));
        Assert.True(before.other >= 1);

        await SaveEventAsync("tgy", "one save");

        Assert.Equal(before.tgy + 1, await Versions.CurrentAsync("tgy", default));
        Assert.Equal(before.other, await Versions.CurrentAsync("vother", default));
        var all = await Versions.AllAsync(default);
        Assert.Equal(before.tgy + 1, all["tgy"]);
        Assert.Equal(before.other, all["vother"]);
    }

    [Fact]
    public async Task Concurrent_saves_of_one_town_all_commit_and_each_counts_once()
    {
        const string town = "vbusy";
        var before = await Versions.CurrentAsync(town, default);
        await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() => SaveEventAsync(town, $"save {i}"))));
        Assert.Equal(before + 2, await Versions.CurrentAsync(town, default));

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => SaveEventAsync(town, $"save {i}"))));
        Assert.Equal(before + 18, await Versions.CurrentAsync(town, default));
    }

    [Fact]
    public async Task Two_open_transactions_of_one_town_on_different_slots_do_not_wait_for_each_other()
    {
        const string town = "vslots";
        var before = await Versions.CurrentAsync(town, default);
        // Two connections whose saves land on different slots (the slot is the backend's pid modulo the slots).
        var connections = new List<NpgsqlConnection>();
        try
        {
            NpgsqlConnection first, second;
            while (true)
            {
                var connection = new NpgsqlConnection(app.ConnectionString);
                await connection.OpenAsync();
                connections.Add(connection);
                var slots = connections.GroupBy(c => c.ProcessID % ReadModelVersion.Slots).Select(g => g.First()).ToList();
                if (slots.Count < 2) continue;
                (first, second) = (slots[0], slots[1]);
                break;
            }
            var bump = ReadModelVersion.BumpSql.Replace("?", "$1");
            await using var firstTransaction = await first.BeginTransactionAsync();
            await using var secondTransaction = await second.BeginTransactionAsync();
            foreach (var (connection, transaction) in new[] { (first, firstTransaction), (second, secondTransaction) })
            {
                // A save that had to wait for the other's row would fail here instead of hanging the test.
                await using (var timeout = new NpgsqlCommand("set local lock_timeout = '20s'", connection, transaction)) await timeout.ExecuteNonQueryAsync();
                await using var command = new NpgsqlCommand(bump, connection, transaction);
                command.Parameters.Add(new NpgsqlParameter { Value = town });
                await command.ExecuteNonQueryAsync();
            }
            // Neither is visible before its commit; each counts once after it.
            Assert.Equal(before, await Versions.CurrentAsync(town, default));
            await secondTransaction.CommitAsync();
            Assert.Equal(before + 1, await Versions.CurrentAsync(town, default));
            await firstTransaction.CommitAsync();
            Assert.Equal(before + 2, await Versions.CurrentAsync(town, default));
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_version_read_before_a_save_of_this_process_is_read_again_for_the_request_view()
    {
        const string town = "tgy";
        var computed = 0;
        Task<string> Compute() => Task.FromResult($"view {Interlocked.Increment(ref computed)}");

        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTown>().Set(town);
            Assert.Equal("view 1", await scope.ServiceProvider.GetRequiredService<ViewCache>().GetAsync("probe", Compute, default));
        }
        // A request whose sign-in check read the current version: the cached view, no query and no computation.
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTown>().Set(town);
            var commits = ReadModelVersion.LocalCommitsOf(town);
            scope.ServiceProvider.GetRequiredService<RequestReadModelVersion>().Set(town, await Versions.CurrentAsync(town, default), commits);
            Assert.Equal("view 1", await scope.ServiceProvider.GetRequiredService<ViewCache>().GetAsync("probe", Compute, default));
        }
        // A request that read the version, then saved in its town (a POST rendering its result): it sees its own change.
        await using (var scope = app.Host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentTown>().Set(town);
            var commits = ReadModelVersion.LocalCommitsOf(town);
            var early = await Versions.CurrentAsync(town, default);
            scope.ServiceProvider.GetRequiredService<RequestReadModelVersion>().Set(town, early, commits);
            await SaveEventAsync(town, "a change made by the request");
            Assert.Equal(early + 1, await Versions.CurrentAsync(town, default));
            Assert.Equal("view 2", await scope.ServiceProvider.GetRequiredService<ViewCache>().GetAsync("probe", Compute, default));
        }
    }
}
