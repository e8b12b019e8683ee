using Microsoft.AspNetCore.Identity;
using Secretariat.Web.Features.Towns;

namespace Secretariat.Web.Features.Accounts;

/// <summary>Creating and changing accounts: shared by the first-start administrator and the `users` command.</summary>
public sealed class AccountService(IDocumentStore store, TimeProvider time) : IAsyncDisposable, IDisposable
{
    public const int MinimumPasswordLength = 10;

    /// <summary>A generated (one-time) password: 16 characters of an alphabet without look-alikes (0/O, 1/l/I).</summary>
    public static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        return new string(System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 16));
    }
    // Accounts and sign-in sessions are the district's, not a town's: one session of the default tenant.
    private readonly IDocumentSession session = store.LightweightSession();
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>
    /// An account with the same roles in each of <paramref name="towns"/> (town roles), or with district roles only
    /// (区未保办, 区管理员, and no town). The unit and the roster person are looked up in each town.
    /// </summary>
    public async Task<(UserAccount? Account, string? Refusal)> CreateAsync(string userName, string displayName, string password,
        IReadOnlyCollection<string> towns, IReadOnlyCollection<string> roles, string? unitName, CancellationToken ct = default,
        bool oneTimePassword = false, string? personName = null)
    {
        userName = userName.Trim();
        if (AccountInput.UserNameProblem(userName) is { } badName) return (null, badName);
        if (password.Length < MinimumPasswordLength) return (null, $"密码至少 {MinimumPasswordLength} 位。");
        if (roles.Count == 0) return (null, "至少指定一个角色。");
        if (roles.FirstOrDefault(r => Permissions.Role(r) is null) is { } unknown)
            return (null, $"未知角色“{unknown}”。可用角色：{string.Join("、", Permissions.Table.Select(r => r.Name))}。");
        var townRoles = roles.Where(Permissions.IsTownRole).Distinct().ToList();
        var districtRoles = roles.Where(Permissions.IsDistrictRole).Distinct().ToList();
        if (townRoles.Count > 0 && towns.Count == 0) return (null, "镇街角色须指定所属镇街（--town 镇街代码）。");
        if (townRoles.Count == 0 && towns.Count > 0) return (null, "区级角色不属于某个镇街：请去掉 --town，或加上镇街角色。");
        if (await session.Query<UserAccount>().AnyAsync(u => u.UserName == userName, ct))
            return (null, $"用户名“{userName}”已存在。");

        var memberships = new List<TownMembership>();
        foreach (var town in towns.Distinct())
        {
            if (await session.LoadAsync<TownProfile>(town, ct) is null) return (null, $"镇街“{town}”不存在（towns list 列出全部镇街）。");
            await using var townSession = store.QuerySession(town);
            Guid? unitId = null;
            if (Permissions.NeedsUnit(townRoles))
            {
                if (AccountInput.LiaisonUnitProblem(townRoles, !string.IsNullOrWhiteSpace(unitName)) is { } noUnit) return (null, noUnit.TrimEnd('。') + "（--unit）。");
                var unit = await townSession.Query<MemberUnit>().FirstOrDefaultAsync(u => u.Name == unitName!.Trim(), ct);
                if (unit is null) return (null, $"单位“{unitName}”不存在（镇街 {town}）。");
                unitId = unit.Id;
            }

            Guid? personId = null;
            if (!string.IsNullOrWhiteSpace(personName))
            {
                var bodies = await townSession.LoadManyAsync<BodyRoster>(ct, Enum.GetValues<BodyKind>().Select(RosterNames.BodyId).ToArray());
                var matches = bodies.SelectMany(b => b.Tenures).Where(t => t.PersonName == personName.Trim()).Select(t => t.PersonId).Distinct().ToList();
                if (matches.Count != 1) return (null, matches.Count == 0 ? $"{town} 的名单中没有“{personName}”。" : $"{town} 的名单中有多位“{personName}”。");
                personId = matches[0];
            }
            memberships.Add(new TownMembership { Town = town, Roles = townRoles, UnitId = unitId, PersonId = personId });
        }

        var account = new UserAccount
        {
            Id = Guid.NewGuid(), UserName = userName, DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim(),
            Memberships = memberships, DistrictRoles = districtRoles, CreatedAt = time.GetUtcNow(), MustChangePassword = oneTimePassword
        };
        account.PasswordHash = Hasher.HashPassword(account, password);
        session.Store(account);
        await session.SaveChangesAsync(ct);
        return (account, null);
    }

    /// <summary>The hash of a password as this service stores it (the 账号管理 pages set one-time passwords with it).</summary>
    public static string HashPassword(UserAccount account, string password) => Hasher.HashPassword(account, password);

    public Task<bool> ExistsAsync(string userName, CancellationToken ct) => session.Query<UserAccount>().AnyAsync(u => u.UserName == userName.Trim(), ct);

    /// <summary>How many enabled accounts each town has (the district's list of towns).</summary>
    /// <summary>Every enabled membership of every enabled account, by town (who can act where: a town's setup checklist asks).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TownMembership>>> MembershipsPerTownAsync(CancellationToken ct) =>
        (await session.Query<UserAccount>().Where(u => !u.Disabled).ToListAsync(ct))
        .SelectMany(u => u.EnabledMemberships()).GroupBy(m => m.Town)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<TownMembership>)g.ToList());

    /// <summary>The enabled memberships of one town (its enabled accounts' roles and roster persons there).</summary>
    public async Task<IReadOnlyList<TownMembership>> MembershipsOfTownAsync(string town, CancellationToken ct) =>
        (await session.Query<UserAccount>().Where(u => !u.Disabled && u.Memberships.Any(m => m.Town == town)).ToListAsync(ct))
        .Select(u => u.In(town)).OfType<TownMembership>().ToList();

    public async Task<IReadOnlyDictionary<string, int>> MembersPerTownAsync(CancellationToken ct) =>
        (await session.Query<UserAccount>().Where(u => !u.Disabled).ToListAsync(ct))
        .SelectMany(u => u.Memberships.Select(m => m.Town)).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    public async Task<string?> DisableAsync(string userName, CancellationToken ct = default)
    {
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.UserName == userName.Trim(), ct);
        if (account is null) return $"用户“{userName}”不存在。";
        account.Disabled = true;
        session.Store(account);
        // Disabling ends every open session of that account at once.
        session.DeleteWhere<SignInSession>(s => s.UserId == account.Id);
        await session.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Replaces a password after checking the current one; ends the account's other sessions.</summary>
    public async Task<string?> ChangePasswordAsync(Guid userId, Guid currentSession, string? current, string? replacement,
        string? confirmation, CancellationToken ct = default)
    {
        var account = await session.LoadAsync<UserAccount>(userId, ct);
        if (account is null || account.Disabled) return "账号不存在或已停用。";
        if (string.IsNullOrEmpty(current) ||
            Hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
            return "当前密码不正确。";
        if (string.IsNullOrEmpty(replacement) || replacement.Length < MinimumPasswordLength)
            return $"新密码至少 {MinimumPasswordLength} 位。";
        if (replacement != confirmation) return "两次输入的新密码不一致。";
        if (replacement == current) return "新密码不能与当前密码相同。";
        account.PasswordHash = Hasher.HashPassword(account, replacement);
        account.MustChangePassword = false;
        session.Store(account);
        session.DeleteWhere<SignInSession>(s => s.UserId == account.Id && s.Id != currentSession);
        await session.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Checks a password; any failure (unknown user, disabled, wrong password) is the same null.</summary>
    public async Task<UserAccount?> VerifyAsync(string userName, string password, CancellationToken ct = default)
    {
        var account = await session.Query<UserAccount>().FirstOrDefaultAsync(u => u.UserName == userName.Trim(), ct);
        if (account is null)
        {
            // Hash anyway, so the answer takes as long whether or not the name exists.
            Hasher.VerifyHashedPassword(DummyAccount, DummyHash, password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || account.Disabled) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Hasher.HashPassword(account, password);
            session.Store(account);
            await session.SaveChangesAsync(ct);
        }
        return account;
    }

    public ValueTask DisposeAsync() => session.DisposeAsync();

    public void Dispose() => session.Dispose();

    private static readonly UserAccount DummyAccount = new();
    private static readonly string DummyHash = Hasher.HashPassword(DummyAccount, Guid.NewGuid().ToString());
}
