namespace Secretariat.Web.Features.Accounts;

/// <summary>The new-account form as posted.</summary>
public sealed record CreateAccountForm(string? UserName, string? DisplayName, MembershipForm Membership, string? Email, string? Mobile)
{
    public static readonly CreateAccountForm Empty = new(null, null, new MembershipForm([], null, null), null, null);

    public static CreateAccountForm Of(IFormCollection form) =>
        new(form["UserName"], form["DisplayName"], MembershipForm.Of(form), form["Email"], form["Mobile"]);
}

/// <summary>A one-time password shown once, on the answer to the post that made it (never stored in clear, never in a URL).</summary>
public sealed record OneTimePasswordShown(Guid AccountId, string UserName, string DisplayName, string Password);

public sealed record CreateAccountPageModel(TownChoices Choices, CreateAccountForm Form, string? Error = null, OneTimePasswordShown? Created = null);

/// <summary>新建账号: the town's 管理员 creates an account of the town with a generated one-time password.</summary>
public static class CreateAccountEndpoints
{
    public static void MapCreateAccount(this RouteGroupBuilder group)
    {
        group.MapGet("/new", async (HttpContext context, IQuerySession session, TimeProvider time, CancellationToken ct) =>
            PageResults.Page<CreateAccountPage, CreateAccountPageModel>(context,
                new CreateAccountPageModel(await TownAccounts.ChoicesAsync(session, time.Today(), ct), CreateAccountForm.Empty)));

        group.MapPost("/new", async (HttpContext context, IFormCollection form, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
        {
            var town = context.RequiredTown().Id;
            var choices = await TownAccounts.ChoicesAsync(session, time.Today(), ct);
            var input = CreateAccountForm.Of(form);
            var (account, refusal) = await DecideAsync(session, town, input, choices, time.GetUtcNow(), ct);
            if (refusal is not null)
                return PageResults.Page<CreateAccountPage, CreateAccountPageModel>(context,
                    new CreateAccountPageModel(choices, input, refusal), StatusCodes.Status422UnprocessableEntity);

            var password = AccountService.NewPassword();
            account!.PasswordHash = AccountService.HashPassword(account, password);
            session.Store(account);
            var membership = account.MembershipOf(town)!;
            AccountAudit.Record(session, town, account.Id, context.User.Actor(), account.CreatedAt, string.Join("；", new[]
            {
                $"创建账号 {account.UserName}（{account.DisplayName}），角色：{AccountInput.RoleList(membership.Roles)}",
                choices.UnitName(membership.UnitId) is { } unit ? $"单位：{unit}" : null,
                choices.PersonName(membership.PersonId) is { } person ? $"名单人员：{person}" : null,
                account.Email is { } email ? $"电子邮箱：{email}" : null,
                account.Mobile is { } mobile ? $"手机：{mobile}" : null
            }.Where(p => p is not null)) + "；已生成一次性密码");
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception race) when (race.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } || race is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                // Another administrator took the same user name between the check and the save.
                return PageResults.Page<CreateAccountPage, CreateAccountPageModel>(context,
                    new CreateAccountPageModel(choices, input, AccountInput.UserNameTaken(account.UserName)), StatusCodes.Status422UnprocessableEntity);
            }
            context.Response.Headers.CacheControl = "no-store";
            return PageResults.Page<CreateAccountPage, CreateAccountPageModel>(context, new CreateAccountPageModel(choices, CreateAccountForm.Empty,
                Created: new OneTimePasswordShown(account.Id, account.UserName, account.DisplayName, password)));
        });
    }

    /// <summary>The account the form makes (without its password yet), or the refusal in Chinese.</summary>
    private static async Task<(UserAccount? Account, string? Refusal)> DecideAsync(IQuerySession session, string town, CreateAccountForm input,
        TownChoices choices, DateTimeOffset now, CancellationToken ct)
    {
        if (AccountInput.UserNameProblem(input.UserName) is { } badName) return (null, badName);
        var userName = input.UserName!.Trim();
        // Whichever town (if any) holds it: the answer is the same, and does not say where.
        var lower = userName.ToLowerInvariant();
        if (await session.Query<UserAccount>().AnyAsync(u => u.UserName.ToLower() == lower, ct)) return (null, AccountInput.UserNameTaken(userName));
        if (AccountInput.DisplayNameProblem(input.DisplayName) is { } badDisplay) return (null, badDisplay);
        var (roles, unitId, personId, refusal) = TownAccounts.Check(input.Membership, choices);
        if (refusal is not null) return (null, refusal);
        if (AccountInput.EmailProblem(input.Email) is { } badEmail) return (null, badEmail);
        if (AccountInput.MobileProblem(input.Mobile) is { } badMobile) return (null, badMobile);
        return (new UserAccount
        {
            Id = Guid.NewGuid(), UserName = userName, DisplayName = input.DisplayName!.Trim(), CreatedAt = now, MustChangePassword = true,
            Memberships = [new TownMembership { Town = town, Roles = roles, UnitId = unitId, PersonId = personId }],
            Email = AccountInput.Optional(input.Email), Mobile = AccountInput.NormalMobile(input.Mobile)
        }, null);
    }
}
