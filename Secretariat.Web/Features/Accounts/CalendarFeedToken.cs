using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// A user's secret for the read-only meetings feed (one per user: the id is the account's). Only the token's SHA-256
/// hash is stored, so the database never holds a working URL; renewing replaces the hash and the old URL stops at once.
/// </summary>
public sealed class CalendarFeedToken
{
    public Guid Id { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
}

/// <summary>Issues, renews and checks feed tokens: 32 random bytes, base64url (43 characters).</summary>
public sealed class CalendarFeedTokens(IDocumentSession session, TimeProvider time)
{
    public const int TokenLength = 43;

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    public static bool LooksLikeToken(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public Task<CalendarFeedToken?> CurrentAsync(Guid userId, CancellationToken ct) => session.LoadAsync<CalendarFeedToken>(userId, ct);

    /// <summary>A new token for the user (the first one, or one that replaces the old): the only moment it is known in clear.</summary>
    public async Task<string> RenewAsync(Guid userId, CancellationToken ct)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        session.Store(new CalendarFeedToken { Id = userId, TokenHash = Hash(token), IssuedAt = time.GetUtcNow() });
        await session.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The account a token belongs to, while it is the account's current token and the account may read the town's records.</summary>
    public async Task<UserAccount?> AccountForAsync(string? token, CancellationToken ct)
    {
        if (!LooksLikeToken(token)) return null;
        var hash = Hash(token!);
        var stored = await session.Query<CalendarFeedToken>().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (stored is null) return null;
        var account = await session.LoadAsync<UserAccount>(stored.Id, ct);
        return account is { Disabled: false } && account.In(session.TenantId) is not null ? account : null;
    }
}
