
namespace Secretariat.Tests.Features.Accounts;

public class SignInTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<string> PostSignInAsync(string userName, string password, HttpStatusCode expected) =>
        await (await SignedIn.PostSignInAsync(app.Host, userName, password, expected)).Result.ReadAsTextAsync();

    private Task CreateUserAsync(string userName, string password, params string[] roles) =>
        app.CreateUserAsync(userName, password, roles);

    [Fact]
    public async Task A_correct_password_signs_in_and_reaches_the_roster()
    {
        var user = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.As(user);
            s.StatusCodeShouldBeOk();
            s.ContentShouldContain("叶伟");
            s.ContentShouldContain("退出登录");
        });
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_message()
    {
        var wrongPassword = await PostSignInAsync(AppFixture.AdminUser, "not-the-password", HttpStatusCode.UnprocessableEntity);
        var unknownUser = await PostSignInAsync("nobody", AppFixture.AdminPassword, HttpStatusCode.UnprocessableEntity);
        var empty = await PostSignInAsync("", "", HttpStatusCode.UnprocessableEntity);
        foreach (var page in new[] { wrongPassword, unknownUser, empty })
        {
            Assert.Contains(SignInEndpoints.FailedMessage, page);
            Assert.DoesNotContain("退出登录", page);
        }
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_sessions_end()
    {
        await CreateUserAsync("reader1", "reader-password-1", Roles.Reader);
        var reader = await SignedIn.AsAsync(app.Host, "reader1", "reader-password-1");
        using (var scope = app.Host.Services.CreateScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountService>().DisableAsync("reader1"));
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/units");
            s.As(reader);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        var page = await PostSignInAsync("reader1", "reader-password-1", HttpStatusCode.UnprocessableEntity);
        Assert.Contains(SignInEndpoints.FailedMessage, page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/t/tgy/roster/leading-group")]
    [InlineData("/t/tgy/roster/units")]
    [InlineData("/hangfire")]
    public async Task An_anonymous_request_is_sent_to_sign_in(string url)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        Assert.StartsWith("http://localhost/sign-in?ReturnUrl=", result.Context.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task An_anonymous_htmx_request_is_told_to_navigate_to_sign_in()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.WithRequestHeader("HX-Request", "true");
            s.StatusCodeShouldBe(HttpStatusCode.Unauthorized);
        });
        Assert.Contains("/sign-in", result.Context.Response.Headers["HX-Redirect"].ToString());
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_rejected_with_400()
    {
        var user = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-out");
            s.WriteFormData(new Dictionary<string, string>());
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentShouldContain("安全令牌");
        });
        // Sign-in itself is protected too.
        await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-in");
            s.WriteFormData(new Dictionary<string, string> { ["userName"] = AppFixture.AdminUser, ["password"] = AppFixture.AdminPassword });
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        // The session was not ended by the rejected request.
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/units");
            s.As(user);
            s.StatusCodeShouldBeOk();
        });
    }

    [Fact]
    public async Task An_htmx_post_carries_the_token_in_a_header()
    {
        var user = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-out");
            s.WriteFormData(new Dictionary<string, string>());
            s.AsHtmx(user);
            s.WithRequestHeader("RequestVerificationToken", user.RequestToken);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_real()
    {
        var user = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.Scenario(s =>
        {
            s.Post.Url("/sign-out");
            s.WriteFormData(new Dictionary<string, string> { ["__RequestVerificationToken"] = user.RequestToken });
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        // Replaying the old cookie after sign-out is no longer accepted.
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
    }

    [Fact]
    public async Task The_return_url_is_followed_only_within_the_site()
    {
        Assert.Equal("/t/tgy/roster/units", SignInEndpoints.SafeReturnUrl("/t/tgy/roster/units"));
        Assert.Null(SignInEndpoints.SafeReturnUrl("//evil.example/x"));
        Assert.Null(SignInEndpoints.SafeReturnUrl("https://evil.example/x"));
        Assert.Null(SignInEndpoints.SafeReturnUrl("/\\evil.example"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task The_hangfire_dashboard_is_for_administrators_only()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/hangfire");
            s.As(admin);
            s.StatusCodeShouldBeOk();
        });
        await CreateUserAsync("clerk1", "clerk-password-1", Roles.Secretariat);
        var clerk = await SignedIn.AsAsync(app.Host, "clerk1", "clerk-password-1");
        var denied = await app.Host.Scenario(s =>
        {
            s.Get.Url("/hangfire");
            s.As(clerk);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        Assert.StartsWith("http://localhost/forbidden", denied.Context.Response.Headers.Location.ToString());
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/forbidden");
            s.As(clerk);
            s.StatusCodeShouldBe(HttpStatusCode.Forbidden);
            s.ContentShouldContain("没有权限");
        });
    }

    [Fact]
    public async Task Account_rules_give_clear_messages()
    {
        using var scope = app.Host.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Contains("已存在", (await accounts.CreateInTownAsync(AppFixture.AdminUser, "x", "long-enough-password", [Roles.Reader], null)).Refusal);
        Assert.Contains("至少", (await accounts.CreateInTownAsync("short", "x", "short", [Roles.Reader], null)).Refusal);
        Assert.Contains("未知角色", (await accounts.CreateInTownAsync("r2", "x", "long-enough-password", ["超级用户"], null)).Refusal);
        Assert.Contains("绑定", (await accounts.CreateInTownAsync("l1", "x", "long-enough-password", [Roles.UnitLiaison], null)).Refusal);
        Assert.Contains("不存在", (await accounts.CreateInTownAsync("l1", "x", "long-enough-password", [Roles.UnitLiaison], "火星村")).Refusal);
        var (liaison, refusal) = await accounts.CreateInTownAsync("l1", "x", "long-enough-password", [Roles.UnitLiaison], "建设村");
        Assert.Null(refusal);
        Assert.NotNull(liaison!.In(SampleTownAccounts.Town)!.UnitId);
    }
}
