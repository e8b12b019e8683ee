using Alba;
using Marten;

namespace Secretariat.Tests.Features.Towns;

/// <summary>The 区管理员 adds a town with its first administrator in the browser's form; the first start's admin is one.</summary>
public class DistrictTownsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_district_administrator_adds_a_town_whose_first_administrator_signs_in_with_the_one_time_password()
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var created = await app.Host.PostFormAsync(admin, "/district/towns",
            [("code", "xqz"), ("name", "西彭镇"), ("adminUserName", "xipeng.admin"), ("adminName", "西彭镇管理员")], HttpStatusCode.OK);
        var page = await created.ReadAsTextAsync();
        var password = Regex.Match(page, "class=\"one-time-password\">([A-Za-z0-9]+)<").Groups[1].Value;
        Assert.Equal(16, password.Length);
        Assert.Contains("西彭镇", page);

        var (_, cookie) = await SignedIn.PostSignInAsync(app.Host, "xipeng.admin", password, HttpStatusCode.Redirect);
        var gate = await app.Host.Scenario(s => { s.Get.Url("/t/xqz/"); s.WithRequestHeader("Cookie", cookie); s.StatusCodeShouldBe(302); });
        Assert.Equal("/account/password", gate.Context.Response.Headers.Location.ToString());

        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var account = await session.Query<UserAccount>().SingleAsync(u => u.UserName == "xipeng.admin");
        Assert.Equal([Roles.Administrator, Roles.Secretariat], account.In("xqz")!.Roles);
        Assert.Empty(account.DistrictRoles);
        var profile = await session.LoadAsync<TownProfile>("xqz");
        Assert.Equal("西彭未保领纪", profile!.PrefixOf(DocumentKind.Minutes));
        Assert.Equal("西彭镇未成年人保护工作领导小组办公室", profile.OfficeIssuer);
    }

    [Theory]
    [InlineData("X", "大渡口镇", "dadukou.admin", "镇街代码须为")]
    [InlineData("tgy", "重复镇", "dup.admin", "已被")]
    [InlineData("abc", "铜罐驿镇", "dup2.admin", "已经存在")]
    [InlineData("abd", "新镇", "admin", "已存在")]
    [InlineData("abe", "新镇", "", "请填写第一位管理员")]
    public async Task A_refused_town_says_why_at_the_field_and_adds_neither_town_nor_account(string code, string name, string adminUser, string message)
    {
        var admin = await SignedIn.AsAsync(app.Host, AppFixture.AdminUser, AppFixture.AdminPassword);
        var refused = await app.Host.PostFormAsync(admin, "/district/towns", [("code", code), ("name", name), ("adminUserName", adminUser)],
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains(message, await refused.ReadAsTextAsync());
        await using var session = app.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Null(await session.LoadAsync<TownProfile>(code.ToLowerInvariant() == "tgy" ? "none" : code.ToLowerInvariant()));
        if (adminUser is not ("admin" or "")) Assert.False(await session.Query<UserAccount>().AnyAsync(u => u.UserName == adminUser));
    }

    [Fact]
    public async Task Only_the_district_administrator_may_add_towns()
    {
        await app.CreateUserAsync("towns-clerk", "towns-clerk-password", [Roles.Secretariat, Roles.Administrator]);
        var clerk = await SignedIn.AsAsync(app.Host, "towns-clerk", "towns-clerk-password");
        await app.Host.Scenario(s => { s.Get.Url("/district/towns"); s.As(clerk); s.StatusCodeShouldBe(403); });
        await app.Host.PostFormAsync(clerk, "/district/towns", [("code", "zzq"), ("name", "某镇"), ("adminUserName", "zzq.admin")], HttpStatusCode.Forbidden);
        await app.Host.Scenario(s => { s.Get.Url("/t/tgy/district/towns"); s.As(clerk); s.StatusCodeShouldBe(404); });
    }
}
