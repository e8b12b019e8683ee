namespace Secretariat.Web.Features.Accounts;

/// <summary>重置密码: a new one-time password, shown once on the answer; the account's sessions end.</summary>
public static class ResetAccountPasswordEndpoints
{
    public static void MapResetAccountPassword(this RouteGroupBuilder group) =>
        group.MapPost(AccountDetailsEndpoints.Route + "/password", async (Guid id, HttpContext context, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown().Id;
            var account = await TownAccounts.FindAsync(session, id, town, ct);
            if (account is null) return Results.NotFound();
            var actor = context.User.Actor();
            if (Refusal(account, town, actor) is { } refusal)
                return await AccountDetailsEndpoints.RefusedAsync(context, session, account, time, AccountForm.Password, refusal, ct);

            var password = AccountService.NewPassword();
            account.PasswordHash = AccountService.HashPassword(account, password);
            account.MustChangePassword = true;
            session.Store(account);
            session.DeleteWhere<SignInSession>(s => s.UserId == account.Id);
            AccountAudit.Record(session, town, account.Id, actor, time.GetUtcNow(), "重置密码（已生成一次性密码，登录会话已全部结束）");
            await session.SaveChangesAsync(ct);
            context.Response.Headers.CacheControl = "no-store";
            return await AccountDetailsEndpoints.PageAsync(context, session, account, time,
                m => m with { Reset = new OneTimePasswordShown(account.Id, account.UserName, account.DisplayName, password) }, ct: ct);
        });

    /// <summary>
    /// A town's 管理员 resets the passwords of this town's accounts only: not their own (修改密码 is for that), and not an
    /// account that also works in another town or holds a district role (its password would open more than this town).
    /// </summary>
    public static string? Refusal(UserAccount account, string town, Actor actor)
    {
        if (account.Id == actor.UserId) return "不能在这里重置自己的密码，请使用“修改密码”。";
        if (account.DistrictRoles.Count > 0 || account.Memberships.Any(m => m.Town != town))
            return "该账号还属于其他镇街或持有区级角色，不能在本镇街重置其密码。";
        return null;
    }
}
