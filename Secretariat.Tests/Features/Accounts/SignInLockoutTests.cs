
namespace Secretariat.Tests.Features.Accounts;

public sealed class LockoutFixture : ClockedAppFixture
{
    protected override DateOnly StartsOn => TownCalendar.Today;
}

/// <summary>10 failures lock a user name for 15 minutes (the defaults), on a clock the test moves.</summary>
public class SignInLockoutTests(LockoutFixture app) : IClassFixture<LockoutFixture>
{
    private async Task<string> AttemptAsync(string userName, string password, HttpStatusCode expected)
    {
        var (result, _) = await SignedIn.PostSignInAsync(app.Host, userName, password, expected);
        return await result.ReadAsTextAsync();
    }

    [Fact]
    public async Task Ten_failures_lock_the_account_the_right_password_gets_the_same_message_and_it_works_afterwards()
    {
        await app.CreateUserAsync("locked1", "locked-password-1", [Roles.Reader]);
        for (var i = 1; i <= 9; i++)
            Assert.Contains(SignInEndpoints.FailedMessage, await AttemptAsync("locked1", $"wrong-{i}", (HttpStatusCode)422));
        var tenth = await AttemptAsync("locked1", "wrong-10", (HttpStatusCode)422);
        Assert.Contains("登录失败次数过多", tenth);

        app.Clock.Now = app.Clock.Now.AddMinutes(14);
        var during = await AttemptAsync("LOCKED1", "locked-password-1", (HttpStatusCode)422);
        Assert.Contains("登录失败次数过多", during);
        Assert.DoesNotContain(SignInEndpoints.FailedMessage, during);

        app.Clock.Now = app.Clock.Now.AddMinutes(2);
        await SignedIn.AsAsync(app.Host, "locked1", "locked-password-1");
        // A success clears the count: one more failure is an ordinary one.
        Assert.Contains(SignInEndpoints.FailedMessage, await AttemptAsync("locked1", "wrong-again", (HttpStatusCode)422));
    }

    [Fact]
    public async Task A_user_name_without_an_account_locks_the_same_way_so_the_message_reveals_nothing()
    {
        for (var i = 1; i <= 9; i++) await AttemptAsync("nobody-here", $"wrong-{i}", (HttpStatusCode)422);
        Assert.Contains("登录失败次数过多", await AttemptAsync("nobody-here", "wrong-10", (HttpStatusCode)422));
    }

    [Fact]
    public async Task The_administrator_sees_the_lockouts_and_others_may_not()
    {
        for (var i = 1; i <= 10; i++) await AttemptAsync("sprayed", $"wrong-{i}", (HttpStatusCode)422);
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var page = await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/account/lockouts");
            s.As(admin);
            s.StatusCodeShouldBeOk();
        });
        var text = await page.ReadAsTextAsync();
        Assert.Contains("sprayed", text);
        Assert.Contains("锁定中", text);
        await app.CreateUserAsync("reader-l", "reader-password-1", [Roles.Reader]);
        var reader = await SignedIn.AsAsync(app.Host, "reader-l", "reader-password-1");
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/account/lockouts");
            s.As(reader);
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
        });
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/%2F%2Fevil")]
    [InlineData("/%5Cevil")]
    [InlineData("/\\evil")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/ok\r\nSet-Cookie: x=1")]
    public async Task A_return_url_that_could_leave_the_site_ends_on_a_local_page(string returnUrl)
    {
        await app.CreateUserAsync($"ret{Math.Abs(returnUrl.GetHashCode())}", "return-password-1", [Roles.Reader]);
        var (cookie, token) = await SignedIn.AnonymousFormAsync(app.Host);
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-in");
            s.WriteFormData(new Dictionary<string, string>
            {
                ["userName"] = $"ret{Math.Abs(returnUrl.GetHashCode())}", ["password"] = "return-password-1", ["returnUrl"] = returnUrl,
                ["__RequestVerificationToken"] = token
            });
            s.WithRequestHeader("Cookie", cookie);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        Assert.Equal("/", result.Context.Response.Headers.Location.ToString());
        Assert.Null(SignInEndpoints.SafeReturnUrl(returnUrl));
    }

    [Fact]
    public async Task A_cr_lf_return_url_on_the_sign_in_page_answers_a_page_not_a_500()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/sign-in?returnUrl=%2Fok%0D%0ASet-Cookie:%20x=1");
            s.StatusCodeShouldBeOk();
        });
        Assert.Equal("/t/tgy/meetings?year=2026", SignInEndpoints.SafeReturnUrl("/t/tgy/meetings?year=2026"));
    }
}
