
namespace Secretariat.Tests.Features.Accounts;

public class ChangePasswordTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Task CreateAsync(string userName, string password, bool oneTime) =>
        app.CreateUserAsync(userName, password, [Roles.Reader], oneTime);

    private async Task<string> ChangeAsync(SignedIn user, string current, string replacement, string confirmation, HttpStatusCode expected)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Url(ChangePasswordEndpoints.Path);
            s.WriteFormData(new Dictionary<string, string>
            {
                ["current"] = current, ["replacement"] = replacement, ["confirmation"] = confirmation,
                ["__RequestVerificationToken"] = user.RequestToken
            });
            s.As(user);
            s.StatusCodeShouldBe(expected);
        });
        return await result.ReadAsTextAsync();
    }

    private async Task<SignedIn> SignInWithOneTimePasswordAsync(string userName, string password)
    {
        var (signIn, cookie) = await SignedIn.PostSignInAsync(app.Host, userName, password, HttpStatusCode.Redirect);
        Assert.Equal(ChangePasswordEndpoints.Path, signIn.Context.Response.Headers.Location.ToString());
        var page = await app.Host.Scenario(s =>
        {
            s.Get.Url(ChangePasswordEndpoints.Path);
            s.WithRequestHeader("Cookie", cookie);
            s.StatusCodeShouldBeOk();
        });
        return new SignedIn(SignedIn.CookiesOf(page, cookie), SignedIn.TokenIn(await page.ReadAsTextAsync()));
    }

    [Fact]
    public async Task A_one_time_password_leads_every_page_to_the_change_until_it_is_replaced()
    {
        await CreateAsync("onetime1", "one-time-password-1", oneTime: true);
        var user = await SignInWithOneTimePasswordAsync("onetime1", "one-time-password-1");

        var blocked = await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        Assert.Equal(ChangePasswordEndpoints.Path, blocked.Context.Response.Headers.Location.ToString());
        var htmx = await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.AsHtmx(user);
        });
        Assert.Equal(ChangePasswordEndpoints.Path, htmx.Context.Response.Headers["HX-Redirect"].ToString());

        var changed = await app.Host.Scenario(s =>
        {
            s.Post.Url(ChangePasswordEndpoints.Path);
            s.WriteFormData(new Dictionary<string, string>
            {
                ["current"] = "one-time-password-1", ["replacement"] = "my-own-password-1", ["confirmation"] = "my-own-password-1",
                ["__RequestVerificationToken"] = user.RequestToken
            });
            s.As(user);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
        var cookie = SignedIn.CookiesOf(changed, user.Cookie);
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/leading-group");
            s.WithRequestHeader("Cookie", cookie);
            s.StatusCodeShouldBeOk();
            s.ContentShouldContain("叶伟");
        });

        await SignedIn.PostSignInAsync(app.Host, "onetime1", "one-time-password-1", HttpStatusCode.UnprocessableEntity);
        await SignedIn.AsAsync(app.Host, "onetime1", "my-own-password-1");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_changes_nothing()
    {
        await CreateAsync("reader2", "reader-password-2", oneTime: false);
        var user = await SignedIn.AsAsync(app.Host, "reader2", "reader-password-2");
        Assert.Contains("当前密码不正确", await ChangeAsync(user, "wrong-password", "new-password-22", "new-password-22", HttpStatusCode.UnprocessableEntity));
        Assert.Contains("至少 10 位", await ChangeAsync(user, "reader-password-2", "short", "short", HttpStatusCode.UnprocessableEntity));
        Assert.Contains("不一致", await ChangeAsync(user, "reader-password-2", "new-password-22", "new-password-23", HttpStatusCode.UnprocessableEntity));
        Assert.Contains("不能与当前密码相同", await ChangeAsync(user, "reader-password-2", "reader-password-2", "reader-password-2", HttpStatusCode.UnprocessableEntity));
        await SignedIn.AsAsync(app.Host, "reader2", "reader-password-2");
    }

    [Fact]
    public async Task Changing_the_password_ends_the_accounts_other_sessions()
    {
        await CreateAsync("reader3", "reader-password-3", oneTime: false);
        var laptop = await SignedIn.AsAsync(app.Host, "reader3", "reader-password-3");
        var phone = await SignedIn.AsAsync(app.Host, "reader3", "reader-password-3");
        await ChangeAsync(laptop, "reader-password-3", "reader-password-33", "reader-password-33", HttpStatusCode.Redirect);
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/t/tgy/roster/units");
            s.As(phone);
            s.StatusCodeShouldBe(HttpStatusCode.Redirect);
        });
    }
}
