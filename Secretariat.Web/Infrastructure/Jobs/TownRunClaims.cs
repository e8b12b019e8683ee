using Npgsql;
using Secretariat.Web.Infrastructure.Caching;
using Weasel.Postgresql.Tables;

namespace Secretariat.Web.Infrastructure.Jobs;

/// <summary>
/// Which town a run has already taken, shared by every app process on the database: the runs of one name (the daily
/// compliance run of a day) started on several Hangfire workers or nodes split the towns between them, each town done once.
/// A claim is made before a town runs and given back if the town fails, so a retry takes it again.
/// </summary>
public sealed class TownRunClaims(DatabaseConnectionSource connections)
{
    public const string TableName = "town_run_claims";
    private const string Schema = "secretariat";

    /// <summary>Claims older than this are deleted when a run starts: a day's run is over long before.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public static Table Table()
    {
        var table = new Table(new Weasel.Postgresql.PostgresqlObjectName(Schema, TableName));
        table.AddColumn<string>("run").AsPrimaryKey();
        table.AddColumn<string>("town").AsPrimaryKey();
        table.AddColumn<DateTimeOffset>("claimed_at").NotNull();
        return table;
    }

    /// <summary>True when this caller has the town for the run; false when another run of that name took it first.</summary>
    public async Task<bool> ClaimAsync(string run, string town, CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand(
            $"insert into {Schema}.{TableName} (run, town, claimed_at) values ($1, $2, now()) on conflict do nothing");
        command.Parameters.Add(new NpgsqlParameter { Value = run });
        command.Parameters.Add(new NpgsqlParameter { Value = town });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task ReleaseAsync(string run, string town)
    {
        await using var command = connections.DataSource.CreateCommand($"delete from {Schema}.{TableName} where run = $1 and town = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = run });
        command.Parameters.Add(new NpgsqlParameter { Value = town });
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public async Task ForgetOldAsync(CancellationToken ct)
    {
        await using var command = connections.DataSource.CreateCommand($"delete from {Schema}.{TableName} where claimed_at < now() - $1");
        command.Parameters.Add(new NpgsqlParameter { Value = Kept });
        await command.ExecuteNonQueryAsync(ct);
    }
}
