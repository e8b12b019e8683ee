using Secretariat.Web.Features.Meetings;

namespace Secretariat.Web.Features.Notifications;

/// <summary>An enabled account of the town as a notice sees it: its roles there, unit, roster person and contacts.</summary>
public sealed record TownAccount(UserAccount Account, TownMembership Membership)
{
    public Actor Actor => new(Account.Id, Account.DisplayName, Membership.Roles, Membership.UnitId, Membership.PersonId);

    public Recipient For(string kind) => new(Account.Id, Account.DisplayName, Account.Email, Account.Mobile, !Account.Wants(kind));
}

/// <summary>Who in a town receives what: the accounts with an enabled membership of the town (accounts are the district's documents).</summary>
public static class TownRecipients
{
    public static async Task<IReadOnlyList<TownAccount>> AccountsAsync(IQuerySession session, CancellationToken ct)
    {
        var town = session.TenantId;
        var accounts = await session.Query<UserAccount>().Where(u => !u.Disabled).ToListAsync(ct);
        return accounts.Select(a => (Account: a, Membership: a.In(town)))
            .Where(p => p.Membership is { Disabled: false })
            .Select(p => new TownAccount(p.Account, p.Membership!)).ToList();
    }

    /// <summary>The accounts whose roles hold the capability within the reach (the permission table).</summary>
    public static IReadOnlyList<Recipient> Holding(this IEnumerable<TownAccount> accounts, Capability capability, string kind,
        Reach reach = Reach.All | Reach.Station | Reach.OwnUnit) =>
        accounts.Where(a => (a.Actor.ReachOf(capability) & reach) != Reach.None).Select(a => a.For(kind)).ToList();

    /// <summary>The work station: its rules' deadlines are its own (<see cref="Capability.AnswerAlerts"/> with the station's reach).</summary>
    public static IReadOnlyList<Recipient> Station(this IEnumerable<TownAccount> accounts, string kind) =>
        accounts.Holding(Capability.AnswerAlerts, kind, Reach.Station);

    /// <summary>Who speaks for the units (a unit's reach of <see cref="Capability.ReportProgress"/>): their 成员单位联络人.</summary>
    public static IReadOnlyList<Recipient> LiaisonsOf(this IEnumerable<TownAccount> accounts, IReadOnlyCollection<Guid> unitIds, string kind) =>
        accounts.Where(a => a.Membership.UnitId is { } unit && unitIds.Contains(unit) && a.Actor.ReachOf(Capability.ReportProgress).HasFlag(Reach.OwnUnit))
            .Select(a => a.For(kind)).ToList();

    /// <summary>
    /// Each unit's liaisons; a unit with none is named all the same, so the log shows the office which unit heard
    /// nothing (and can give it a liaison account).
    /// </summary>
    public static IReadOnlyList<Recipient> UnitLiaisons(this IReadOnlyList<TownAccount> accounts, IEnumerable<UnitRef> units, string kind) =>
        units.DistinctBy(u => u.Id)
            .SelectMany(u => accounts.LiaisonsOf([u.Id], kind) is { Count: > 0 } liaisons
                ? liaisons
                : [new Recipient(null, $"{u.Name}（联络人）", null, null) { Missing = "该单位没有成员单位联络人账号" }])
            .ToList();

    /// <summary>Roster people by their linked accounts; a person with no account is still named (the log shows who was missed).</summary>
    public static IReadOnlyList<Recipient> People(this IReadOnlyList<TownAccount> accounts, IEnumerable<(Guid PersonId, string Name)> people, string kind) =>
        people.DistinctBy(p => p.PersonId)
            .Select(p => accounts.FirstOrDefault(a => a.Membership.PersonId == p.PersonId)?.For(kind) ?? new Recipient(null, p.Name, null, null))
            .ToList();
}
