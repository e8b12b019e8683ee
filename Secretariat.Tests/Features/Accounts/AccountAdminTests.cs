using Alba;
using Marten;

namespace Secretariat.Tests.Features.Accounts;

/// <summary>The sample town with a 管理员 of its own, an account of every other role, a second town and an account of both.</summary>
public sealed class AccountAdminFixture : AppFixture
{
    public const string Other = "hyz";
    public const string Password = "account-admin-password";
    public const string Admin = "tgy-admin";

    /// <summary>Every role but 管理员, each an account of the sample town (the district's reader of no town).</summary>
    public static readonly (string User, string Role)[] OtherRoles =
    [
        ("r-office", Roles.Secretariat), ("r-leader", Roles.Leader), ("r-deputy", Roles.DeputyLeader), ("r-liaison", Roles.UnitLiaison),
        ("r-station", Roles.WorkStation), ("r-reader", Roles.Reader), ("r-district", DistrictRoles.Reader)
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TownRegistry>().AddAsync(Other, "华岩镇", null, default));
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.Null((await accounts.CreateInTownAsync(Admin, "镇管理员", Password, [Roles.Administrator], null)).Refusal);
        foreach (var (user, role) in OtherRoles)
            Assert.Null((await accounts.CreateInTownAsync(user, user, Password, [role], role == Roles.UnitLiaison ? "建设村" : null)).Refusal);
        Assert.Null((await accounts.CreateAsync("hyz-admin", "hyz-admin", Password, [Other], [Roles.Administrator], null)).Refusal);
        Assert.Null((await accounts.CreateAsync("both-reader", "both-reader", Password, [SampleTownAccounts.Town, Other], [Roles.Reader], null)).Refusal);
    }

    public async Task<UserAccount> AccountAsync(string userName)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<UserAccount>().SingleAsync(u => u.UserName == userName);
    }

    public async Task<Guid> UnitIdAsync(string name)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        return (await session.Query<MemberUnit>().SingleAsync(u => u.Name == name)).Id;
    }

    public async Task<Guid> PersonIdAsync(string name)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession(SampleTownAccounts.Town);
        var roster = await session.LoadAsync<BodyRoster>(RosterNames.BodyId(BodyKind.LeadingGroup));
        return roster!.Tenures.First(t => t.PersonName == name).PersonId;
    }

    /// <summary>The accounts and the change records, as one text: a refusal leaves it as it was.</summary>
    public async Task<string> StateAsync() =>
        await ScalarTextAsync("select coalesce(string_agg(data::text, '|' order by id), '') from secretariat.mt_doc_useraccount") + "#" +
        await ScalarTextAsync("select coalesce(string_agg(data::text, '|' order by id), '') from secretariat.mt_doc_accountchange");
}

public partial class AccountAdminTests(AccountAdminFixture app) : IClassFixture<AccountAdminFixture>
{
    private const string Accounts = "/t/tgy/accounts";

    private Task<SignedIn> As(string user) => SignedIn.AsAsync(app.Host, user, AccountAdminFixture.Password);

    private async Task<string> Get(SignedIn user, string url, int status) =>
        await (await app.Host.Scenario(s => { s.Get.Url(url); s.As(user); s.StatusCodeShouldBe(status); })).ReadAsTextAsync();

    private async Task<string> Post(SignedIn user, string url, IEnumerable<(string, string)> fields, HttpStatusCode status, bool htmx = false) =>
        await (await app.Host.PostFormAsync(user, url, fields, status, htmx: htmx)).ReadAsTextAsync();

    [GeneratedRegex("class=\"one-time-password\">([^<]+)</code>")]
    private static partial Regex OneTimePassword();

    /// <summary>The list's row of an account, from its user name's link to the end of the row.</summary>
    private static string RowOf(string html, string userName)
    {
        var start = html.IndexOf($">{userName}</a>", StringComparison.Ordinal);
        Assert.True(start >= 0, userName);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string PasswordIn(string html) => WebUtility.HtmlDecode(OneTimePassword().Match(html).Groups[1].Value);

    [Fact]
    public async Task The_administrator_creates_a_liaison_whose_one_time_password_is_shown_once_works_and_must_be_changed()
    {
        var admin = await As(AccountAdminFixture.Admin);
        var form = await Get(admin, Accounts + "/new", 200);
        Assert.Contains("建设村", form);
        Assert.Contains("叶伟", form);
        var unit = await app.UnitIdAsync("建设村");
        var person = await app.PersonIdAsync("叶伟");

        var result = await app.Host.PostFormAsync(admin, Accounts + "/new",
            [("UserName", "jianshe.new"), ("DisplayName", "建设村联络员"), ("Role", Roles.UnitLiaison), ("Role", Roles.Reader), ("UnitId", unit.ToString()),
             ("PersonId", person.ToString()), ("Email", "jianshe@example.cn"), ("Mobile", "138 0000 0000")], HttpStatusCode.OK);
        var html = await result.ReadAsTextAsync();
        Assert.Contains("请将一次性密码交给本人，此页关闭后不再显示", html);
        Assert.Contains("no-store", result.Context.Response.Headers.CacheControl.ToString());
        var password = PasswordIn(html);
        Assert.True(password.Length >= 12, password);

        var account = await app.AccountAsync("jianshe.new");
        Assert.True(account.MustChangePassword);
        Assert.Equal("建设村联络员", account.DisplayName);
        Assert.Equal("13800000000", account.Mobile);
        Assert.Equal("jianshe@example.cn", account.Email);
        var membership = Assert.Single(account.Memberships);
        Assert.Equal([Roles.UnitLiaison, Roles.Reader], membership.Roles);
        Assert.Equal(unit, membership.UnitId);
        Assert.Equal(person, membership.PersonId);
        Assert.Null(account.LastSignInAt);
        // Never stored in clear, not even in the change record.
        Assert.Equal(0, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_useraccount where data::text like '%{password}%'"));
        Assert.Equal(0, await app.ScalarAsync($"select count(*) from secretariat.mt_doc_accountchange where data::text like '%{password}%'"));

        // The list: the unit, the person, never signed in; the account page does not show the password again.
        var list = await Get(admin, Accounts, 200);
        Assert.Contains("<h1>账号管理</h1>", list);
        Assert.Contains("jianshe.new", list);
        Assert.Contains("从未登录", list);
        var page = await Get(admin, $"{Accounts}/{account.Id}", 200);
        Assert.DoesNotContain(password, page);
        Assert.Contains("创建账号 jianshe.new", page);
        Assert.Contains($"{AccountAdminFixture.Admin}", list);

        // The password signs in once, straight to 修改密码, and nothing else opens until it is changed.
        var (signIn, cookie) = await SignedIn.PostSignInAsync(app.Host, "jianshe.new", password, HttpStatusCode.Redirect);
        Assert.Equal(ChangePasswordEndpoints.Path, signIn.Context.Response.Headers.Location.ToString());
        var blocked = await app.Host.Scenario(s => { s.Get.Url("/t/tgy/resolutions"); s.WithRequestHeader("Cookie", cookie); s.StatusCodeShouldBe(HttpStatusCode.Redirect); });
        Assert.Equal(ChangePasswordEndpoints.Path, blocked.Context.Response.Headers.Location.ToString());
        Assert.NotNull((await app.AccountAsync("jianshe.new")).LastSignInAt);
        Assert.DoesNotContain("从未登录", RowOf(await Get(admin, Accounts, 200), "jianshe.new"));
    }

    public static TheoryData<string, string[], string> Refusals => new()
    {
        { "taken", ["UserName", AppFixture.AdminUser], AccountInput.UserNameTaken(AppFixture.AdminUser) },
        { "liaison without unit", ["Role", Roles.UnitLiaison], "成员单位联络人必须绑定一个单位。" },
        { "unit of no town", ["Role", Roles.UnitLiaison, "UnitId", Guid.NewGuid().ToString()], "所选单位不是本镇街的成员单位。" },
        { "unit not a guid", ["Role", Roles.UnitLiaison, "UnitId", "建设村"], "所选单位不是本镇街的成员单位。" },
        { "person not on the roster", ["PersonId", Guid.NewGuid().ToString()], "所选人员不在本镇街当前名单中。" },
        { "no role", ["Role", ""], "至少选择一个角色。" },
        { "district role", ["Role", DistrictRoles.Administrator], "未知角色“区管理员”" },
        { "chinese user name", ["UserName", "张三"], AccountInput.UserNameRule },
        { "space in user name", ["UserName", "a b"], AccountInput.UserNameRule },
        { "long user name", ["UserName", new string('a', 41)], AccountInput.UserNameRule },
        { "empty user name", ["UserName", ""], AccountInput.UserNameRule },
        { "no name", ["DisplayName", " "], "请填写姓名。" },
        { "bad e-mail", ["Email", "not-an-address"], "电子邮箱格式不正确" },
        { "bad mobile", ["Mobile", "12345"], "手机号码格式不正确" },
        { "landline", ["Mobile", "02368000000"], "手机号码格式不正确" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_new_account_is_shown_in_the_page_with_422_and_changes_nothing(string _, string[] overrides, string message)
    {
        var admin = await As(AccountAdminFixture.Admin);
        var fields = new Dictionary<string, List<string>>
        {
            ["UserName"] = ["refused.one"], ["DisplayName"] = ["某人"], ["Role"] = [Roles.Reader], ["Email"] = ["a@example.cn"], ["Mobile"] = ["13900000000"]
        };
        for (var i = 0; i < overrides.Length; i += 2) fields[overrides[i]] = [overrides[i + 1]];
        if (overrides.Contains(Roles.UnitLiaison) && !fields.ContainsKey("UnitId")) fields["Role"] = [Roles.UnitLiaison];
        var before = await app.StateAsync();
        foreach (var htmx in new[] { false, true })
        {
            var html = await Post(admin, Accounts + "/new", fields.SelectMany(f => f.Value.Select(v => (f.Key, v))), HttpStatusCode.UnprocessableEntity, htmx);
            Assert.Contains(WebUtility.HtmlEncode(message), html);
            Assert.Contains("aria-invalid=\"true\"", html);
            if (htmx) Assert.DoesNotContain("<html", html);
            else Assert.Contains("<html", html);
        }
        Assert.Equal(before, await app.StateAsync());
    }

    [Fact]
    public async Task A_reset_gives_a_new_one_time_password_ends_the_sessions_and_is_recorded()
    {
        await app.CreateUserAsync("reset.me", "reset-me-password-1", [Roles.Reader]);
        var user = await SignedIn.AsAsync(app.Host, "reset.me", "reset-me-password-1");
        var id = (await app.AccountAsync("reset.me")).Id;
        var admin = await As(AccountAdminFixture.Admin);

        var result = await app.Host.PostFormAsync(admin, $"{Accounts}/{id}/password", [], HttpStatusCode.OK);
        var html = await result.ReadAsTextAsync();
        Assert.Contains("请将一次性密码交给本人，此页关闭后不再显示", html);
        Assert.Contains("no-store", result.Context.Response.Headers.CacheControl.ToString());
        var password = PasswordIn(html);
        Assert.True(password.Length >= 12);

        // The open session is over, the old password too; the new one leads to 修改密码.
        var ended = await app.Host.Scenario(s => { s.Get.Url("/t/tgy/"); s.As(user); s.StatusCodeShouldBe(HttpStatusCode.Redirect); });
        Assert.Contains("/sign-in", ended.Context.Response.Headers.Location.ToString());
        await SignedIn.PostSignInAsync(app.Host, "reset.me", "reset-me-password-1", HttpStatusCode.UnprocessableEntity);
        var (signIn, _) = await SignedIn.PostSignInAsync(app.Host, "reset.me", password, HttpStatusCode.Redirect);
        Assert.Equal(ChangePasswordEndpoints.Path, signIn.Context.Response.Headers.Location.ToString());
        Assert.True((await app.AccountAsync("reset.me")).MustChangePassword);
        var page = await Get(admin, $"{Accounts}/{id}", 200);
        Assert.Contains("重置密码（已生成一次性密码，登录会话已全部结束）", page);
        Assert.DoesNotContain(password, page);

        // Not one's own password, nor that of an account of another town too.
        var before = await app.StateAsync();
        var self = (await app.AccountAsync(AccountAdminFixture.Admin)).Id;
        Assert.Contains("不能在这里重置自己的密码", await Post(admin, $"{Accounts}/{self}/password", [], HttpStatusCode.UnprocessableEntity));
        var both = (await app.AccountAsync("both-reader")).Id;
        Assert.Contains("还属于其他镇街", await Post(admin, $"{Accounts}/{both}/password", [], HttpStatusCode.UnprocessableEntity, htmx: true));
        Assert.Equal(before, await app.StateAsync());
    }

    [Fact]
    public async Task Disabling_in_this_town_ends_the_sessions_gives_403_there_and_leaves_the_other_town_alone()
    {
        var admin = await As(AccountAdminFixture.Admin);
        var user = await As("both-reader");
        await Get(user, "/t/tgy/roster/leading-group", 200);
        var id = (await app.AccountAsync("both-reader")).Id;

        await Post(admin, $"{Accounts}/{id}/disable", [], HttpStatusCode.SeeOther);
        var account = await app.AccountAsync("both-reader");
        Assert.True(account.MembershipOf(SampleTownAccounts.Town)!.Disabled);
        Assert.False(account.MembershipOf(AccountAdminFixture.Other)!.Disabled);
        Assert.False(account.Disabled);
        await app.Host.Scenario(s => { s.Get.Url("/t/tgy/"); s.As(user); s.StatusCodeShouldBe(HttpStatusCode.Redirect); });

        // Signed in again: no role in the town (403 like a non-member), the other town as before.
        var again = await As("both-reader");
        await Get(again, "/t/tgy/roster/leading-group", 403);
        await Get(again, "/t/tgy/", 403);
        await Get(again, "/t/hyz/roster/leading-group", 200);
        Assert.Contains("停用", RowOf(await Get(admin, Accounts, 200), "both-reader"));
        var page = await Get(admin, $"{Accounts}/{id}?saved=disabled", 200);
        Assert.Contains("在本镇街停用（登录会话已全部结束）", page);
        Assert.Contains(">启用</button>", page);

        var enabled = await app.Host.PostFormAsync(admin, $"{Accounts}/{id}/enable", [], HttpStatusCode.NoContent, htmx: true);
        Assert.Equal($"{Accounts}/{id}?saved=enabled", enabled.Context.Response.Headers["HX-Redirect"].ToString());
        Assert.False((await app.AccountAsync("both-reader")).MembershipOf(SampleTownAccounts.Town)!.Disabled);
        await Get(again, "/t/tgy/roster/leading-group", 200);
        var changes = await Get(admin, $"{Accounts}/{id}", 200);
        // Newest first.
        Assert.True(changes.IndexOf("在本镇街启用", StringComparison.Ordinal) < changes.IndexOf("在本镇街停用", StringComparison.Ordinal));
        Assert.Contains("镇管理员", changes);

        // An administrator cannot disable themselves.
        var before = await app.StateAsync();
        var self = (await app.AccountAsync(AccountAdminFixture.Admin)).Id;
        Assert.Contains("不能停用自己的账号。", await Post(admin, $"{Accounts}/{self}/disable", [], HttpStatusCode.UnprocessableEntity));
        Assert.Equal(before, await app.StateAsync());
    }

    [Fact]
    public async Task A_role_change_is_in_force_on_the_next_request_and_recorded_and_its_refusals_change_nothing()
    {
        await app.CreateUserAsync("role.change", "role-change-password", [Roles.Reader]);
        var user = await SignedIn.AsAsync(app.Host, "role.change", "role-change-password");
        await Get(user, "/t/tgy/meetings/new", 403);
        var id = (await app.AccountAsync("role.change")).Id;
        var admin = await As(AccountAdminFixture.Admin);

        await Post(admin, $"{Accounts}/{id}/roles", [("Role", Roles.Reader), ("Role", Roles.Secretariat)], HttpStatusCode.SeeOther);
        await Get(user, "/t/tgy/meetings/new", 200);
        Assert.Contains("角色：查阅 → 办公室、查阅", await Get(admin, $"{Accounts}/{id}", 200));

        var unit = await app.UnitIdAsync("建设村");
        await Post(admin, $"{Accounts}/{id}/roles", [("Role", Roles.UnitLiaison), ("UnitId", unit.ToString())], HttpStatusCode.SeeOther);
        var membership = (await app.AccountAsync("role.change")).MembershipOf(SampleTownAccounts.Town)!;
        Assert.Equal([Roles.UnitLiaison], membership.Roles);
        Assert.Equal(unit, membership.UnitId);
        Assert.Contains("单位：无 → 建设村", await Get(admin, $"{Accounts}/{id}", 200));

        var before = await app.StateAsync();
        foreach (var (fields, message) in new (IEnumerable<(string, string)>, string)[]
                 {
                     ([("Role", Roles.UnitLiaison)], "成员单位联络人必须绑定一个单位。"),
                     ([("Role", Roles.UnitLiaison), ("UnitId", Guid.NewGuid().ToString())], "所选单位不是本镇街的成员单位。"),
                     ([("Role", Roles.Reader), ("PersonId", Guid.NewGuid().ToString())], "所选人员不在本镇街当前名单中。"),
                     ([], "至少选择一个角色。"),
                     ([("Role", DistrictRoles.Reader)], "未知角色"),
                 })
            Assert.Contains(message, await Post(admin, $"{Accounts}/{id}/roles", fields, HttpStatusCode.UnprocessableEntity));
        var self = (await app.AccountAsync(AccountAdminFixture.Admin)).Id;
        Assert.Contains("不能取消自己的管理员角色。", await Post(admin, $"{Accounts}/{self}/roles", [("Role", Roles.Secretariat)], HttpStatusCode.UnprocessableEntity, htmx: true));
        Assert.Equal(before, await app.StateAsync());

        // The district roles of an account are not the town's: a role change keeps them.
        var admins = (await app.AccountAsync(AppFixture.AdminUser)).Id;
        await Post(admin, $"{Accounts}/{admins}/roles", [("Role", Roles.Administrator), ("Role", Roles.Secretariat), ("Role", Roles.Reader)], HttpStatusCode.SeeOther);
        Assert.Contains(DistrictRoles.Administrator, (await app.AccountAsync(AppFixture.AdminUser)).DistrictRoles);
    }

    [Fact]
    public async Task The_office_reads_the_accounts_and_corrects_contacts_and_the_administrator_too()
    {
        await app.CreateUserAsync("contacts.one", "contacts-password-1", [Roles.Reader]);
        var id = (await app.AccountAsync("contacts.one")).Id;
        var office = await As("r-office");
        Assert.Contains("contacts.one", await Get(office, Accounts, 200));
        var page = await Get(office, $"{Accounts}/{id}", 200);
        Assert.DoesNotContain("重置密码</button>", page);
        Assert.DoesNotContain("保存角色", page);
        Assert.DoesNotContain("新建账号", await Get(office, Accounts, 200));

        await Post(office, $"{Accounts}/{id}/contacts", [("Email", "one@example.cn"), ("Mobile", "+86 139-0000-0001")], HttpStatusCode.SeeOther);
        var account = await app.AccountAsync("contacts.one");
        Assert.Equal("one@example.cn", account.Email);
        Assert.Equal("13900000001", account.Mobile);
        Assert.Contains("电子邮箱：无 → one@example.cn；手机：无 → 13900000001", await Get(office, $"{Accounts}/{id}", 200));

        var before = await app.StateAsync();
        Assert.Contains("电子邮箱格式不正确", await Post(office, $"{Accounts}/{id}/contacts", [("Email", "one@"), ("Mobile", "")], HttpStatusCode.UnprocessableEntity, htmx: true));
        Assert.Contains("手机号码格式不正确", await Post(office, $"{Accounts}/{id}/contacts", [("Email", ""), ("Mobile", "1390000000")], HttpStatusCode.UnprocessableEntity));
        Assert.Equal(before, await app.StateAsync());

        var admin = await As(AccountAdminFixture.Admin);
        await Post(admin, $"{Accounts}/{id}/contacts", [("Email", ""), ("Mobile", "13900000002")], HttpStatusCode.SeeOther);
        account = await app.AccountAsync("contacts.one");
        Assert.Null(account.Email);
        Assert.Equal("13900000002", account.Mobile);
    }

    [Fact]
    public async Task An_account_of_another_town_is_a_404_and_never_listed()
    {
        var admin = await As(AccountAdminFixture.Admin);
        var other = (await app.AccountAsync("hyz-admin")).Id;
        Assert.DoesNotContain("hyz-admin", await Get(admin, Accounts, 200));
        Assert.Contains("找不到", await Get(admin, $"{Accounts}/{other}", 404));
        await Get(admin, $"{Accounts}/{Guid.NewGuid()}", 404);
        var before = await app.StateAsync();
        foreach (var action in new[] { "password", "disable", "enable", "roles", "contacts" })
            await Post(admin, $"{Accounts}/{other}/{action}", [("Role", Roles.Reader), ("Email", "x@example.cn")], HttpStatusCode.NotFound);
        Assert.Equal(before, await app.StateAsync());

        // The other town's administrator sees only theirs, and none of the sample town's.
        var theirs = await As("hyz-admin");
        Assert.Contains("both-reader", await Get(theirs, "/t/hyz/accounts", 200));
        Assert.DoesNotContain(AccountAdminFixture.Admin, await Get(theirs, "/t/hyz/accounts", 200));
        await Get(theirs, Accounts, 403);
    }

    public static TheoryData<string> OtherRoleUsers => new(AccountAdminFixture.OtherRoles.Select(r => r.User));

    [Theory]
    [MemberData(nameof(OtherRoleUsers))]
    public async Task Every_other_role_gets_403_on_every_administrator_route(string userName)
    {
        var user = await As(userName);
        var id = (await app.AccountAsync("r-reader")).Id;
        var office = userName == "r-office";
        foreach (var (url, allowed) in new[] { (Accounts, office), (Accounts + "/new", false), ($"{Accounts}/{id}", office) })
            await Get(user, url, allowed ? 200 : 403);
        var before = await app.StateAsync();
        var fields = new[] { ("UserName", "by-" + userName), ("DisplayName", "x"), ("Role", Roles.Administrator), ("Email", "x@example.cn"), ("Mobile", "13900000009") };
        foreach (var url in new[] { Accounts + "/new", $"{Accounts}/{id}/password", $"{Accounts}/{id}/disable", $"{Accounts}/{id}/enable", $"{Accounts}/{id}/roles" })
            await Post(user, url, fields, HttpStatusCode.Forbidden);
        if (!office) await Post(user, $"{Accounts}/{id}/contacts", fields, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.StateAsync());
    }

    [Fact]
    public async Task A_user_edits_their_own_name_contacts_and_notices_and_a_bad_address_is_refused()
    {
        await app.CreateUserAsync("own.page", "own-page-password-1", [Roles.Reader]);
        var user = await SignedIn.AsAsync(app.Host, "own.page", "own-page-password-1");
        var page = await Get(user, MyAccountEndpoints.Path, 200);
        Assert.Contains("<h1>我的账号</h1>", page);
        Assert.Contains("href=\"/account/password\"", page);
        foreach (var (code, label) in NoticeKinds.Choosable)
        {
            Assert.Contains(label, page);
            Assert.Contains($"value=\"{code}\" checked", page);
        }

        var wanted = NoticeKinds.Choosable.Select(k => k.Code).Where(k => k != NoticeKinds.Meeting && k != NoticeKinds.Alert).ToList();
        await Post(user, MyAccountEndpoints.Path,
            [("DisplayName", "王本人"), ("Email", "own@example.cn"), ("Mobile", "13700000000"), .. wanted.Select(k => ("Notice", k))], HttpStatusCode.SeeOther);
        var account = await app.AccountAsync("own.page");
        Assert.Equal("王本人", account.DisplayName);
        Assert.Equal("own@example.cn", account.Email);
        Assert.Equal("13700000000", account.Mobile);
        Assert.Equal([NoticeKinds.Meeting, NoticeKinds.Alert], account.MutedNotices);
        Assert.False(account.Wants(NoticeKinds.Meeting));
        Assert.True(account.Wants(NoticeKinds.Minutes));
        page = await Get(user, MyAccountEndpoints.Path + "?saved=true", 200);
        Assert.Contains("已保存", page);
        Assert.DoesNotContain($"value=\"{NoticeKinds.Meeting}\" checked", page);
        var admin = await As(AccountAdminFixture.Admin);
        var record = await Get(admin, $"{Accounts}/{account.Id}", 200);
        Assert.Contains("本人修改：姓名：own.page → 王本人", record);
        Assert.Contains("不再接收：会议通知", record);

        var before = await app.StateAsync();
        foreach (var htmx in new[] { false, true })
        {
            var refused = await Post(user, MyAccountEndpoints.Path, [("DisplayName", "王本人"), ("Email", "own@@example"), ("Mobile", "")], HttpStatusCode.UnprocessableEntity, htmx);
            Assert.Contains("电子邮箱格式不正确", refused);
            Assert.Contains("aria-invalid=\"true\"", refused);
        }
        Assert.Contains("请填写姓名。", await Post(user, MyAccountEndpoints.Path, [("DisplayName", ""), ("Email", "")], HttpStatusCode.UnprocessableEntity));
        Assert.Contains("手机号码格式不正确", await Post(user, MyAccountEndpoints.Path, [("DisplayName", "王本人"), ("Mobile", "0000")], HttpStatusCode.UnprocessableEntity));
        Assert.Equal(before, await app.StateAsync());
    }

    [Fact]
    public async Task The_menu_links_the_account_pages_by_role()
    {
        var admin = await Get(await As(AccountAdminFixture.Admin), "/t/tgy/accounts", 200);
        Assert.Contains("href=\"/t/tgy/accounts\" hx-get=\"/t/tgy/accounts\" aria-current=\"page\">账号管理</a>", admin);
        Assert.Contains(">通知设置</a>", admin);
        Assert.Contains(">通知记录</a>", admin);
        Assert.Contains("href=\"/account\"", admin);
        var reader = await Get(await As("r-reader"), "/t/tgy/", 200);
        Assert.DoesNotContain(">账号管理</a>", reader);
        Assert.DoesNotContain(">通知设置</a>", reader);
        Assert.DoesNotContain(">通知记录</a>", reader);
        Assert.Contains(">我的账号</a>", reader);
        var office = await Get(await As("r-office"), "/t/tgy/", 200);
        Assert.Contains(">通知记录</a>", office);
        Assert.DoesNotContain(">通知设置</a>", office);
    }
}

public partial class AccountAdminRaceTests(AccountAdminFixture app) : IClassFixture<AccountAdminFixture>
{
    [Fact]
    public async Task Two_administrators_creating_the_same_user_name_at_once_get_one_account_and_a_refusal_in_the_page()
    {
        var admin = await SignedIn.AsAsync(app.Host, AccountAdminFixture.Admin, AccountAdminFixture.Password);
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => app.Host.PostFormAsync(admin, "/t/tgy/accounts/new",
            [("UserName", "same.name"), ("DisplayName", "同名"), ("Role", Roles.Reader)], expected: null)));
        var statuses = results.Select(r => r.Context.Response.StatusCode).ToList();
        Assert.All(statuses, s => Assert.True(s is 200 or 422, string.Join(",", statuses)));
        Assert.Equal(1, statuses.Count(s => s == 200));
        foreach (var refused in results.Where(r => r.Context.Response.StatusCode == 422))
            Assert.Contains(AccountInput.UserNameTaken("same.name"), await refused.ReadAsTextAsync());
        Assert.Equal(1, await app.ScalarAsync("select count(*) from secretariat.mt_doc_useraccount where data->>'UserName' = 'same.name'"));
    }
}
