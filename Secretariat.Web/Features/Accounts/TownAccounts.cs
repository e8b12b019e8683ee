using Microsoft.AspNetCore.Http;

namespace Secretariat.Web.Features.Accounts;

/// <summary>An account as its town's 账号管理 lists it: this town's membership, its unit's and roster person's names.</summary>
public sealed record TownAccountRow(UserAccount Account, TownMembership Membership, string? UnitName, string? PersonName);

/// <summary>A person on the town's current roster, as the person select offers them.</summary>
public sealed record RosterPerson(Guid Id, string Name, string Seats);

/// <summary>What the membership forms choose (roles, the liaison's unit, the roster person) as posted.</summary>
public sealed record MembershipForm(IReadOnlyList<string> Roles, string? UnitId, string? PersonId)
{
    public static MembershipForm Of(IFormCollection form) =>
        new(form["Role"].Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).Distinct().ToList(), form["UnitId"], form["PersonId"]);

    public static MembershipForm Of(TownMembership membership) =>
        new(membership.Roles, membership.UnitId?.ToString(), membership.PersonId?.ToString());
}

/// <summary>The town's accounts and the choices of its forms, read through the request's (town) session.</summary>
public sealed record TownChoices(IReadOnlyList<MemberUnit> Units, IReadOnlyList<RosterPerson> People)
{
    public string? UnitName(Guid? id) => id is null ? null : Units.FirstOrDefault(u => u.Id == id)?.Name;
    public string? PersonName(Guid? id) => id is null ? null : People.FirstOrDefault(p => p.Id == id)?.Name;
}

public static class TownAccounts
{
    /// <summary>Accounts with a membership (enabled or not) of <paramref name="town"/>, by user name.</summary>
    public static async Task<IReadOnlyList<TownAccountRow>> ListAsync(IQuerySession session, string town, TownChoices choices, CancellationToken ct)
    {
        var accounts = await session.Query<UserAccount>().Where(u => u.Memberships.Any(m => m.Town == town)).ToListAsync(ct);
        return accounts.OrderBy(a => a.UserName, StringComparer.Ordinal).Select(a => RowOf(a, town, choices)!).ToList();
    }

    /// <summary>The account if it has a membership of <paramref name="town"/>; else null (a 404: other towns' accounts are not seen).</summary>
    public static async Task<UserAccount?> FindAsync(IQuerySession session, Guid id, string town, CancellationToken ct) =>
        await session.LoadAsync<UserAccount>(id, ct) is { } account && account.MembershipOf(town) is not null ? account : null;

    public static TownAccountRow? RowOf(UserAccount account, string town, TownChoices choices) =>
        account.MembershipOf(town) is { } m ? new TownAccountRow(account, m, choices.UnitName(m.UnitId), choices.PersonName(m.PersonId)) : null;

    /// <summary>The town's units and the people on its roster today (every body, each person once).</summary>
    public static async Task<TownChoices> ChoicesAsync(IQuerySession session, DateOnly today, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var bodies = batch.LoadMany<BodyRoster>().ById(Enum.GetValues<BodyKind>().Select(RosterNames.BodyId).ToArray());
        var units = batch.Query<MemberUnit>().ToList();
        await batch.Execute(ct);
        var people = (await bodies).OrderBy(b => b.Kind)
            .SelectMany(b => b.ActiveOn(today).Select(t => (Tenure: t, Body: b.Name)))
            .GroupBy(x => x.Tenure.PersonId)
            .Select(g => new RosterPerson(g.Key, g.First().Tenure.PersonName,
                string.Join("；", g.Select(x => $"{x.Body} {x.Tenure.Position}".Trim()).Distinct())))
            .ToList();
        return new TownChoices((await units).OrderBy(u => u.SortOrder).ToList(), people);
    }

    /// <summary>
    /// The roles, unit and person a form chose, checked against the town: known roles, a liaison's unit, a unit of this
    /// town, a person on its roster. The unit is kept for a liaison only.
    /// </summary>
    public static (List<string> Roles, Guid? UnitId, Guid? PersonId, string? Refusal) Check(MembershipForm form, TownChoices choices)
    {
        var roles = form.Roles.ToList();
        if (AccountInput.TownRolesProblem(roles) is { } badRoles) return ([], null, null, badRoles);
        roles = AccountInput.Ordered(roles);
        var liaison = Permissions.NeedsUnit(roles);
        Guid? unitId = null;
        if (liaison)
        {
            var hasUnit = !string.IsNullOrWhiteSpace(form.UnitId);
            if (AccountInput.LiaisonUnitProblem(roles, hasUnit) is { } noUnit) return ([], null, null, noUnit);
            if (!Guid.TryParse(form.UnitId, out var unit) || choices.Units.All(u => u.Id != unit)) return ([], null, null, "所选单位不是本镇街的成员单位。");
            unitId = unit;
        }
        Guid? personId = null;
        if (!string.IsNullOrWhiteSpace(form.PersonId))
        {
            if (!Guid.TryParse(form.PersonId, out var person) || choices.People.All(p => p.Id != person))
                return ([], null, null, "所选人员不在本镇街当前名单中。");
            personId = person;
        }
        return (roles, unitId, personId, null);
    }
}
