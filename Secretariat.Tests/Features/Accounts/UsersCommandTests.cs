using Marten;

namespace Secretariat.Tests.Features.Accounts;

public class UsersCommandTests(AppFixture app) : IClassFixture<AppFixture>
{
    private Dictionary<string, string> Environment => new() { ["ConnectionStrings__Secretariat"] = app.ConnectionString };

    [Fact]
    public async Task The_users_verb_adds_a_liaison_who_can_sign_in_and_disables_them()
    {
        var (added, output) = await AppProcess.RunToEndAsync(Environment,
            "users", "add", "jianshe", "--role", "成员单位联络人", "--unit", "建设村", "--name", "建设村联络员", "--password", "liaison-password-1");
        Assert.True(added == 0, output);
        Assert.Contains("已创建用户 jianshe", output);
        await SignedIn.AsAsync(app.Host, "jianshe", "liaison-password-1");

        var (listed, list) = await AppProcess.RunToEndAsync(Environment, "users", "list");
        Assert.Equal(0, listed);
        Assert.Contains("jianshe\t建设村联络员\ttgy：成员单位联络人（建设村）\t启用", list);

        var (disabled, disableOutput) = await AppProcess.RunToEndAsync(Environment, "users", "disable", "jianshe");
        Assert.True(disabled == 0, disableOutput);
        await SignedIn.PostSignInAsync(app.Host, "jianshe", "liaison-password-1", HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Bad_input_to_the_users_verb_is_refused_with_a_message()
    {
        var (unknownRole, roleOutput) = await AppProcess.RunToEndAsync(Environment, "users", "add", "x1", "--role", "超级用户");
        Assert.Equal(1, unknownRole);
        Assert.Contains("未知角色", roleOutput);
        var (noUnit, unitOutput) = await AppProcess.RunToEndAsync(Environment, "users", "add", "x2", "--role", "成员单位联络人");
        Assert.Equal(1, noUnit);
        Assert.Contains("必须绑定一个单位", unitOutput);
        var (usage, usageOutput) = await AppProcess.RunToEndAsync(Environment, "users", "frobnicate");
        Assert.Equal(1, usage);
        Assert.Contains("用法", usageOutput);
    }

    [Fact]
    public async Task The_list_marks_a_membership_its_town_disabled_and_a_bad_user_name_is_refused()
    {
        await app.CreateUserAsync("paused", "paused-password-1", [Roles.Reader]);
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var account = await session.Query<UserAccount>().SingleAsync(u => u.UserName == "paused");
            account.Memberships[0].Disabled = true;
            session.Store(account);
            await session.SaveChangesAsync();
        }
        var (listed, list) = await AppProcess.RunToEndAsync(Environment, "users", "list");
        Assert.Equal(0, listed);
        Assert.Contains("paused\tpaused\ttgy：查阅（停用）\t启用", list);

        var (badName, output) = await AppProcess.RunToEndAsync(Environment, "users", "add", "张 三", "--role", "查阅");
        Assert.Equal(1, badName);
        Assert.Contains("只能使用英文字母、数字", output);
    }
}
