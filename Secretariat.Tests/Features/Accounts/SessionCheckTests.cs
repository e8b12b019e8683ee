namespace Secretariat.Tests.Features.Accounts;

/// <summary>
/// The sign-in check of every request (issue 27: the session, the account and the town's version in one statement,
/// nothing cached): a session ended on one instance is refused by another on its next request.
/// </summary>
public class SessionCheckTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static async Task<HttpStatusCode> StatusAsync(IAlbaHost host, SignedIn user, string url) =>
        (HttpStatusCode)(await host.Scenario(s =>
        {
            s.Get.Url(url);
            s.As(user);
            s.IgnoreStatusCode();
        })).Context.Response.StatusCode;

    [Fact]
    public async Task A_session_signed_out_on_one_instance_is_refused_by_another_on_its_next_request()
    {
        await using var other = await app.StartHostAsync(app.ConnectionString);
        var user = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(other, user, "/t/tgy/roster/leading-group"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(other, user, "/t/tgy/resolutions"));

        await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-out");
            s.WriteFormData(new Dictionary<string, string> { ["__RequestVerificationToken"] = user.RequestToken });
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });

        var refused = await other.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        Assert.Contains("/sign-in", refused.Context.Response.Headers.Location.ToString());
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(other, user, "/t/tgy/resolutions"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(app.Host, user, "/t/tgy/roster/leading-group"));
    }

    [Fact]
    public async Task An_account_disabled_on_one_instance_is_refused_by_another_on_its_next_request()
    {
        await app.CreateUserAsync("checked1", "checked-password-1", [Roles.Reader]);
        await using var other = await app.StartHostAsync(app.ConnectionString);
        var user = await SignedIn.AsAsync(other, "checked1", "checked-password-1");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(other, user, "/t/tgy/roster/leading-group"));

        using (var scope = app.Host.Services.CreateScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountService>().DisableAsync("checked1"));

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(other, user, "/t/tgy/roster/leading-group"));
    }

    [Fact]
    public async Task The_check_reads_the_session_its_account_and_the_towns_version_together()
    {
        await app.CreateUserAsync("checked2", "checked-password-2", [Roles.Reader]);
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var reader = await SignedIn.AsAsync(app.Host, "checked2", "checked-password-2");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app.Host, reader, "/t/tgy/roster/leading-group"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(app.Host, admin, "/t/tgy/roster/leading-group"));
        using var scope = app.Host.Services.CreateScope();
        var check = scope.ServiceProvider.GetRequiredService<SessionCheck>();
        var store = scope.ServiceProvider.GetRequiredService<Marten.IDocumentStore>();
        await using var session = store.QuerySession();
        var readerAccount = (await Marten.QueryableExtensions.ToListAsync(session.Query<UserAccount>().Where(a => a.UserName == "checked2"))).Single();
        var readerSession = (await Marten.QueryableExtensions.ToListAsync(session.Query<SignInSession>().Where(s => s.UserId == readerAccount.Id))).First();
        var read = await check.ReadAsync(readerSession.Id, readerAccount.Id, "tgy", default);
        Assert.Equal(readerAccount.Id, read.Account!.Id);
        Assert.Equal(readerSession.Id, read.Session!.Id);
        Assert.True(read.TownVersion > 0);
        var missing = await check.ReadAsync(Guid.NewGuid(), Guid.NewGuid(), null, default);
        Assert.Null(missing.Session);
        Assert.Null(missing.Account);
    }
}
