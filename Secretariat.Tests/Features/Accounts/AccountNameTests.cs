
namespace Secretariat.Tests.Features.Accounts;

/// <summary>User names are the district's: one taken in another town is refused, and the refusal does not say where (issue 25).</summary>
public class AccountNameTests(AccountAdminFixture app) : IClassFixture<AccountAdminFixture>
{
    [Theory]
    [InlineData("wang.li")]
    [InlineData("Wang.Li")]
    public async Task A_name_taken_in_another_town_is_refused_as_any_taken_name_naming_no_town(string wanted)
    {
        using (var scope = app.Host.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            if (!await accounts.ExistsAsync("wang.li", default))
                Assert.Null((await accounts.CreateAsync("wang.li", "华岩镇王立", AccountAdminFixture.Password, [AccountAdminFixture.Other], [Roles.Secretariat], null)).Refusal);
        }
        var admin = await SignedIn.AsAsync(app.Host, AccountAdminFixture.Admin, AccountAdminFixture.Password);
        var accountsBefore = await app.ScalarAsync("select count(*) from secretariat.mt_doc_useraccount");
        var refused = await (await app.Host.PostFormAsync(admin, "/t/tgy/accounts/new", [("UserName", wanted), ("DisplayName", "铜罐驿王立"), ("Role", Roles.Reader)],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains(AccountInput.UserNameTaken(wanted), refused);
        foreach (var hint in new[] { "华岩镇", "hyz", "王立（", "华岩镇王立", "其他镇街", "另一镇街" }) Assert.DoesNotContain(hint, refused);
        // The same answer as for a name of this town's own: nothing tells the two apart.
        var own = await (await app.Host.PostFormAsync(admin, "/t/tgy/accounts/new", [("UserName", "r-office"), ("DisplayName", "铜罐驿王立"), ("Role", Roles.Reader)],
            HttpStatusCode.UnprocessableEntity)).ReadAsTextAsync();
        Assert.Contains(AccountInput.UserNameTaken("r-office"), own);
        Assert.Equal(accountsBefore, await app.ScalarAsync("select count(*) from secretariat.mt_doc_useraccount"));
    }
}
