namespace Secretariat.Web.Features.Accounts;

/// <summary>停用 / 启用 an account in this town (its other towns are untouched); disabling ends its sessions.</summary>
public static class SetAccountEnabledEndpoints
{
    public static void MapSetAccountEnabled(this RouteGroupBuilder group)
    {
        group.MapPost(AccountDetailsEndpoints.Route + "/disable", (Guid id, HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
            SetAsync(id, disabled: true, context, session, time, ct));
        group.MapPost(AccountDetailsEndpoints.Route + "/enable", (Guid id, HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
            SetAsync(id, disabled: false, context, session, time, ct));
    }

    private static async Task<IResult> SetAsync(Guid id, bool disabled, HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct)
    {
        var town = context.RequiredTown().Id;
        var account = await TownAccounts.FindAsync(session, id, town, ct);
        if (account is null) return Results.NotFound();
        var actor = context.User.Actor();
        if (disabled && account.Id == actor.UserId)
            return await AccountDetailsEndpoints.RefusedAsync(context, session, account, time, AccountForm.Status, "不能停用自己的账号。", ct);
        var membership = account.MembershipOf(town)!;
        if (membership.Disabled != disabled)
        {
            membership.Disabled = disabled;
            session.Store(account);
            if (disabled) session.DeleteWhere<SignInSession>(s => s.UserId == account.Id);
            AccountAudit.Record(session, town, account.Id, actor, time.GetUtcNow(), disabled ? "在本镇街停用（登录会话已全部结束）" : "在本镇街启用");
            await session.SaveChangesAsync(ct);
        }
        return AccountDetailsEndpoints.Saved(context, id, disabled ? "disabled" : "enabled");
    }
}
