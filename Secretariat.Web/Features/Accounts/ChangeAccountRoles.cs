namespace Secretariat.Web.Features.Accounts;

/// <summary>修改角色: this town's roles of an account, a liaison's unit and the roster person. District roles are not the town's to change.</summary>
public static class ChangeAccountRolesEndpoints
{
    public static void MapChangeAccountRoles(this RouteGroupBuilder group) =>
        group.MapPost(AccountDetailsEndpoints.Route + "/roles", async (Guid id, HttpContext context, IFormCollection form, IDocumentSession session,
            TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown().Id;
            var account = await TownAccounts.FindAsync(session, id, town, ct);
            if (account is null) return Results.NotFound();
            var input = MembershipForm.Of(form);
            var choices = await TownAccounts.ChoicesAsync(session, time.Today(), ct);
            var (roles, unitId, personId, refusal) = TownAccounts.Check(input, choices);
            var actor = context.User.Actor();
            if (refusal is null && account.Id == actor.UserId && !Permissions.Grants(roles, Capability.AdministerAccounts)) refusal = "不能取消自己的管理员角色。";
            if (refusal is not null)
                return await AccountDetailsEndpoints.RefusedAsync(context, session, account, time, AccountForm.Roles, refusal, ct, membership: input);

            var membership = account.MembershipOf(town)!;
            var what = string.Join("；", new[]
            {
                AccountInput.Change("角色", AccountInput.RoleList(membership.Roles), AccountInput.RoleList(roles)),
                AccountInput.Change("单位", choices.UnitName(membership.UnitId) ?? membership.UnitId?.ToString(), choices.UnitName(unitId)),
                AccountInput.Change("名单人员", choices.PersonName(membership.PersonId) ?? membership.PersonId?.ToString(), choices.PersonName(personId))
            }.Where(p => p is not null));
            if (what.Length > 0)
            {
                membership.Roles = roles;
                membership.UnitId = unitId;
                membership.PersonId = personId;
                session.Store(account);
                AccountAudit.Record(session, town, account.Id, actor, time.GetUtcNow(), what);
                await session.SaveChangesAsync(ct);
            }
            return AccountDetailsEndpoints.Saved(context, id, "roles");
        });
}
