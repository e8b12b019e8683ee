namespace Secretariat.Web.Features.Accounts;

public sealed record ContactsForm(string? Email, string? Mobile)
{
    public static ContactsForm Of(IFormCollection form) => new(form["Email"], form["Mobile"]);
}

/// <summary>Which form of the account page a refusal or a saved note belongs to.</summary>
public enum AccountForm { Password, Status, Roles, Contacts }

public sealed record AccountPageModel(TownAccountRow Row, TownChoices Choices, IReadOnlyList<AccountChange> Changes, bool CanAdminister, bool IsSelf)
{
    public string? Error { get; init; }
    public AccountForm? ErrorIn { get; init; }
    public MembershipForm? Membership { get; init; }
    public ContactsForm? Contacts { get; init; }
    public OneTimePasswordShown? Reset { get; init; }
    public string? Saved { get; init; }
}

/// <summary>
/// An account of the town: its details, the 管理员's forms (重置密码, 停用/启用, 修改角色), the contacts (管理员 or 办公室)
/// and the town's 修改记录. An account with no membership of the town is a 404.
/// </summary>
public static class AccountDetailsEndpoints
{
    public const string Route = "/{id:guid}";

    public static void MapAccountDetails(this RouteGroupBuilder group) =>
        group.MapGet(Route, async (Guid id, string? saved, HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var account = await TownAccounts.FindAsync(session, id, context.RequiredTown().Id, ct);
            if (account is null) return Results.NotFound();
            return await PageAsync(context, session, account, time, m => m with { Saved = SavedNote(saved) }, ct: ct);
        });

    /// <summary>The account page, changed by <paramref name="with"/> (a refusal, a one-time password, a saved note).</summary>
    public static async Task<IResult> PageAsync(HttpContext context, IQuerySession session, UserAccount account, TimeProvider time,
        Func<AccountPageModel, AccountPageModel>? with = null, int status = StatusCodes.Status200OK, CancellationToken ct = default)
    {
        var town = context.RequiredTown().Id;
        var choices = await TownAccounts.ChoicesAsync(session, time.Today(), ct);
        var changes = await session.Query<AccountChange>().Where(c => c.AccountId == account.Id).OrderByDescending(c => c.At).Take(200).ToListAsync(ct);
        var actor = context.User.Actor();
        var model = new AccountPageModel(TownAccounts.RowOf(account, town, choices)!, choices, changes, actor.Can(Capability.AdministerAccounts), actor.UserId == account.Id);
        return PageResults.Page<AccountPage, AccountPageModel>(context, with is null ? model : with(model), status);
    }

    public static Task<IResult> RefusedAsync(HttpContext context, IQuerySession session, UserAccount account, TimeProvider time, AccountForm form,
        string refusal, CancellationToken ct, MembershipForm? membership = null, ContactsForm? contacts = null) =>
        PageAsync(context, session, account, time, m => m with { Error = refusal, ErrorIn = form, Membership = membership, Contacts = contacts },
            StatusCodes.Status422UnprocessableEntity, ct);

    public static IResult Saved(HttpContext context, Guid id, string what) => PageResults.SeeOther(context, $"/accounts/{id}?saved={what}");

    private static string? SavedNote(string? saved) => saved switch
    {
        "roles" => "角色已保存。",
        "contacts" => "联系方式已保存。",
        "disabled" => "已在本镇街停用该账号，其登录会话已全部结束。",
        "enabled" => "已在本镇街启用该账号。",
        _ => null
    };
}
