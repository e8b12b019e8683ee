using Npgsql;
using Secretariat.Web.Infrastructure.Caching;

namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// What every signed-in request reads before its own work, in one statement on one connection: the sign-in session
/// the cookie names, its account, and the town's read-model version (issue 27: these were two round trips on two
/// pooled connections, each reset by Npgsql when it went back). Nothing is cached: a session deleted by signing out,
/// or an account disabled, on any instance, is refused on its next request.
/// </summary>
public sealed class SessionCheck(IDocumentStore store, DatabaseConnectionSource connections)
{
    private readonly string _sql =
        // The district's own documents (single-tenanted), read by id like Marten's LoadAsync, from the tables Marten maps them to.
        $"select (select data from {store.Options.FindOrResolveDocumentType(typeof(SignInSession)).TableName.QualifiedName} where id = $1), " +
        $"(select data from {store.Options.FindOrResolveDocumentType(typeof(UserAccount)).TableName.QualifiedName} where id = $2), " +
        $"case when $3::varchar is null then 0 else {ReadModelVersion.VersionExpression("$3")} end";

    public sealed record Result(SignInSession? Session, UserAccount? Account, long TownVersion);

    /// <param name="town">The request's town (its version is read too), or null outside a town.</param>
    public async Task<Result> ReadAsync(Guid sessionId, Guid userId, string? town, CancellationToken ct)
    {
        await using var command = connections.Reads.CreateCommand(_sql);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = sessionId });
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = userId });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = town, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Varchar });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var serializer = store.Options.Serializer();
        return new Result(
            reader.IsDBNull(0) ? null : serializer.FromJson<SignInSession>(reader, 0),
            reader.IsDBNull(1) ? null : serializer.FromJson<UserAccount>(reader, 1),
            reader.GetInt64(2));
    }
}
