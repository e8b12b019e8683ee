namespace Secretariat.Web.Features.Accounts;

public sealed record AccountListPageModel(IReadOnlyList<TownAccountRow> Accounts, bool CanAdminister);

/// <summary>账号管理: the accounts with a membership of the town (the 管理员 manages them, the 办公室 reads them).</summary>
public static class AccountListEndpoints
{
    public const string Path = "/accounts";

    public static void MapAccountList(this RouteGroupBuilder group) =>
        group.MapGet("", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown().Id;
            var choices = await TownAccounts.ChoicesAsync(session, time.Today(), ct);
            var rows = await TownAccounts.ListAsync(session, town, choices, ct);
            return PageResults.Page<AccountListPage, AccountListPageModel>(context,
                new AccountListPageModel(rows, context.User.Can(Capability.AdministerAccounts)));
        });
}
