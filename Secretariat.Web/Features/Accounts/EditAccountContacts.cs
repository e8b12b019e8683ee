namespace Secretariat.Web.Features.Accounts;

/// <summary>The e-mail and mobile notices go to, as the town's 管理员 or 办公室 corrects them.</summary>
public static class EditAccountContactsEndpoints
{
    public static void MapEditAccountContacts(this RouteGroupBuilder group) =>
        group.MapPost(AccountDetailsEndpoints.Route + "/contacts", async (Guid id, HttpContext context, IFormCollection form, IDocumentSession session,
            TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown().Id;
            var account = await TownAccounts.FindAsync(session, id, town, ct);
            if (account is null) return Results.NotFound();
            var input = ContactsForm.Of(form);
            if ((AccountInput.EmailProblem(input.Email) ?? AccountInput.MobileProblem(input.Mobile)) is { } refusal)
                return await AccountDetailsEndpoints.RefusedAsync(context, session, account, time, AccountForm.Contacts, refusal, ct, contacts: input);

            var what = ContactChanges(account, input);
            if (what.Length > 0)
            {
                account.Email = AccountInput.Optional(input.Email);
                account.Mobile = AccountInput.NormalMobile(input.Mobile);
                session.Store(account);
                AccountAudit.Record(session, town, account.Id, context.User.Actor(), time.GetUtcNow(), what);
                await session.SaveChangesAsync(ct);
            }
            return AccountDetailsEndpoints.Saved(context, id, "contacts");
        });

    /// <summary>"电子邮箱：无 → a@b.cn；手机：…", empty when the form changes nothing.</summary>
    public static string ContactChanges(UserAccount account, ContactsForm input) => string.Join("；", new[]
    {
        AccountInput.Change("电子邮箱", account.Email, AccountInput.Optional(input.Email)),
        AccountInput.Change("手机", account.Mobile, AccountInput.NormalMobile(input.Mobile))
    }.Where(p => p is not null));
}
