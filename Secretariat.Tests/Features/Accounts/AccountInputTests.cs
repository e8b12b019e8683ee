namespace Secretariat.Tests.Features.Accounts;

/// <summary>The pure rules of an account's fields, shared by the command line and the pages.</summary>
public class AccountInputTests
{
    [Theory]
    [InlineData("admin", true)]
    [InlineData("liu.bing", true)]
    [InlineData("a11y-clerk_2", true)]
    [InlineData(" padded ", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    [InlineData("张三", false)]
    [InlineData("a b", false)]
    [InlineData("a@b", false)]
    [InlineData("<x>", false)]
    public void A_user_name_is_1_to_40_letters_digits_and_dot_underscore_dash(string? name, bool fine) =>
        Assert.Equal(fine, AccountInput.UserNameProblem(name) is null);

    [Fact]
    public void A_user_name_of_41_characters_is_refused() =>
        Assert.Equal(AccountInput.UserNameRule, AccountInput.UserNameProblem(new string('a', 41)));

    [Theory]
    [InlineData("13800000000", "13800000000")]
    [InlineData("138 0000 0000", "13800000000")]
    [InlineData("+86 138-0000-0000", "13800000000")]
    [InlineData("12800000000", null)]
    [InlineData("1380000000", null)]
    [InlineData("138000000000", null)]
    [InlineData("02368000000", null)]
    [InlineData("abc", null)]
    public void A_mobile_is_an_11_digit_mainland_number(string input, string? stored)
    {
        Assert.Equal(stored, AccountInput.NormalMobile(input));
        Assert.Equal(stored is null, AccountInput.MobileProblem(input) is not null);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("a@example.cn", true)]
    [InlineData("first.last+tag@mail.example.com", true)]
    [InlineData("a@b", false)]
    [InlineData("a@@b.cn", false)]
    [InlineData("a b@c.cn", false)]
    [InlineData("@c.cn", false)]
    [InlineData("a@c.", false)]
    [InlineData("<a@b.cn>", false)]
    public void An_email_gets_a_basic_check_and_may_be_left_empty(string? email, bool fine) =>
        Assert.Equal(fine, AccountInput.EmailProblem(email) is null);

    [Fact]
    public void Roles_need_one_of_the_towns_and_a_liaison_needs_a_unit()
    {
        Assert.Equal("至少选择一个角色。", AccountInput.TownRolesProblem([]));
        Assert.Contains("未知角色“区管理员”", AccountInput.TownRolesProblem([DistrictRoles.Administrator]));
        Assert.Null(AccountInput.TownRolesProblem([Roles.Reader, Roles.Secretariat]));
        Assert.Equal("成员单位联络人必须绑定一个单位。", AccountInput.LiaisonUnitProblem([Roles.UnitLiaison], hasUnit: false));
        Assert.Null(AccountInput.LiaisonUnitProblem([Roles.UnitLiaison], hasUnit: true));
        Assert.Null(AccountInput.LiaisonUnitProblem([Roles.Reader], hasUnit: false));
        Assert.Equal([Roles.Secretariat, Roles.Reader], AccountInput.Ordered([Roles.Reader, Roles.Secretariat, Roles.Reader]));
    }

    [Fact]
    public void A_change_reads_as_before_and_after_and_nothing_when_equal()
    {
        Assert.Equal("角色：查阅 → 办公室、查阅", AccountInput.Change("角色", AccountInput.RoleList([Roles.Reader]), AccountInput.RoleList([Roles.Reader, Roles.Secretariat])));
        Assert.Equal("单位：无 → 建设村", AccountInput.Change("单位", null, "建设村"));
        Assert.Null(AccountInput.Change("手机", "13800000000", "13800000000"));
        Assert.Null(AccountInput.Change("手机", null, ""));
    }

    [Theory]
    [InlineData("王小明", true)]
    [InlineData("", false)]
    [InlineData("a\u0001b", false)]
    [InlineData("<b>", false)]
    public void A_display_name_is_required_and_plain(string name, bool fine) =>
        Assert.Equal(fine, AccountInput.DisplayNameProblem(name) is null);

    [Fact]
    public void A_one_time_password_is_long_random_and_readable()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => AccountService.NewPassword()).ToList();
        Assert.All(passwords, p => Assert.True(p.Length >= 12 && p.All(char.IsAsciiLetterOrDigit) && !p.Any("0O1lI".Contains)));
        Assert.Equal(50, passwords.Distinct().Count());
    }
}
