namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// One change of an account as its town's 修改记录 shows it: who, when, and what in a Chinese sentence (never a
/// password). A document of the town (an account of two towns has each town's record in that town), stored in the
/// same SaveChanges as the change itself.
/// </summary>
public sealed class AccountChange
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid ByUserId { get; set; }
    public string ByName { get; set; } = "";
    public string What { get; set; } = "";
}

public static class AccountAudit
{
    /// <summary>Records a change in <paramref name="town"/>, in the unit of work of <paramref name="session"/>.</summary>
    public static void Record(IDocumentSession session, string town, Guid accountId, Actor by, DateTimeOffset at, string what)
    {
        var change = new AccountChange { Id = Guid.NewGuid(), AccountId = accountId, At = at, ByUserId = by.UserId, ByName = by.Name, What = what };
        if (session.TenantId == town) session.Store(change);
        else session.ForTenant(town).Store(change);
    }
}

public static class AccountStatus
{
    /// <summary>启用 or 停用 in the town (an account disabled everywhere by the command line is 停用 too).</summary>
    public static string Of(UserAccount account, TownMembership membership) => account.Disabled || membership.Disabled ? "停用" : "启用";

    /// <summary>The last sign-in in Asia/Shanghai, or 从未登录.</summary>
    public static string LastSignIn(UserAccount account) => account.LastSignInAt?.IsoDateTime() ?? "从未登录";
}
