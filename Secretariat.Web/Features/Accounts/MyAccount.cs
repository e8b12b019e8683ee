namespace Secretariat.Web.Features.Accounts;

/// <summary>The user's own page as posted: name, where notices reach them, and the kinds they want (ticked).</summary>
public sealed record MyAccountForm(string? DisplayName, string? Email, string? Mobile, IReadOnlyList<string> Wanted)
{
    public static MyAccountForm Of(IFormCollection form) =>
        new(form["DisplayName"], form["Email"], form["Mobile"], form["Notice"].Where(n => n is not null).Select(n => n!).ToList());

    public static MyAccountForm Of(UserAccount account) =>
        new(account.DisplayName, account.Email, account.Mobile, NoticeKinds.Choosable.Select(k => k.Code).Where(account.Wants).ToList());
}

public sealed record MyAccountPageModel(UserAccount Account, MyAccountForm Form, string? Error = null, bool Saved = false);

/// <summary>
/// 我的账号 (<c>/account</c>, any signed-in user, outside any town): name, e-mail and mobile for notices, the kinds of
/// notice wanted. A change is recorded in the 修改记录 of each of the account's towns.
/// </summary>
public static class MyAccountEndpoints
{
    public const string Path = "/account";

    public static void MapMyAccount(this RouteGroupBuilder group)
    {
        group.MapGet("", (HttpContext context, bool? saved) =>
        {
            var account = context.Account()!;
            return PageResults.Page<MyAccountPage, MyAccountPageModel>(context, new MyAccountPageModel(account, MyAccountForm.Of(account), Saved: saved == true));
        });

        group.MapPost("", async (HttpContext context, IFormCollection form, IDocumentSession session, TimeProvider time, CancellationToken ct) =>
        {
            var current = context.Account()!;
            var input = MyAccountForm.Of(form);
            var refusal = AccountInput.DisplayNameProblem(input.DisplayName) ?? AccountInput.EmailProblem(input.Email) ?? AccountInput.MobileProblem(input.Mobile);
            if (refusal is not null)
                return PageResults.Page<MyAccountPage, MyAccountPageModel>(context, new MyAccountPageModel(current, input, refusal), StatusCodes.Status422UnprocessableEntity);

            var account = await session.LoadAsync<UserAccount>(current.Id, ct);
            if (account is null) return Results.NotFound();
            var muted = NoticeKinds.Choosable.Select(k => k.Code).Where(k => !input.Wanted.Contains(k)).ToList();
            var what = Changes(account, input, muted);
            if (what.Length > 0)
            {
                account.DisplayName = input.DisplayName!.Trim();
                account.Email = AccountInput.Optional(input.Email);
                account.Mobile = AccountInput.NormalMobile(input.Mobile);
                // Kinds this page does not offer (none today) stay as they were.
                account.MutedNotices = [.. account.MutedNotices.Where(k => NoticeKinds.Choosable.All(c => c.Code != k)), .. muted];
                session.Store(account);
                var actor = context.User.Actor() with { Name = account.DisplayName };
                foreach (var town in account.Memberships.Select(m => m.Town).Distinct())
                    AccountAudit.Record(session, town, account.Id, actor, time.GetUtcNow(), "本人修改：" + what);
                await session.SaveChangesAsync(ct);
            }
            return PageResults.SeeOther(context, Path + "?saved=true");
        });
    }

    /// <summary>"姓名：甲 → 乙；电子邮箱：…；不再接收：会议通知…", empty when nothing changed.</summary>
    public static string Changes(UserAccount account, MyAccountForm input, IReadOnlyList<string> muted)
    {
        var before = account.MutedNotices.Where(k => NoticeKinds.Choosable.Any(c => c.Code == k)).ToHashSet();
        var newlyMuted = muted.Where(k => !before.Contains(k)).Select(NoticeKinds.Label).ToList();
        var newlyWanted = before.Where(k => !muted.Contains(k)).Select(NoticeKinds.Label).ToList();
        return string.Join("；", new[]
        {
            AccountInput.Change("姓名", account.DisplayName, input.DisplayName?.Trim()),
            AccountInput.Change("电子邮箱", account.Email, AccountInput.Optional(input.Email)),
            AccountInput.Change("手机", account.Mobile, AccountInput.NormalMobile(input.Mobile)),
            newlyMuted.Count > 0 ? "不再接收：" + string.Join("、", newlyMuted) : null,
            newlyWanted.Count > 0 ? "恢复接收：" + string.Join("、", newlyWanted) : null
        }.Where(p => p is not null));
    }
}
