using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// The rules of an account's fields, in one place for the command line (<see cref="AccountService"/>), the town's
/// 账号管理 pages and the user's own page. Each answers the refusal in Chinese, or null when the value is fine.
/// </summary>
public static partial class AccountInput
{
    public const int MaxUserName = 40;
    public const int MaxDisplayName = 40;
    public const int MaxEmail = ContactFormats.MaxEmail;

    public const string UserNameRule = "用户名须为 1 到 40 个字符，只能使用英文字母、数字和 . _ -。";

    /// <summary>
    /// A user name someone already has, in this town or any other (names are the district's, and sign-in does not know the town):
    /// the one answer for both, which says nothing of where, or whose, the name is.
    /// </summary>
    public static string UserNameTaken(string userName) => $"用户名“{userName}”不可用：全区的用户名不能重复（不分大小写），请另选一个。";

    public static string? UserNameProblem(string? userName)
    {
        var name = userName?.Trim() ?? "";
        return name.Length is 0 or > MaxUserName || !UserNamePattern().IsMatch(name) ? UserNameRule : null;
    }

    public static string? DisplayNameProblem(string? displayName)
    {
        var name = displayName?.Trim() ?? "";
        if (name.Length == 0) return "请填写姓名。";
        if (name.Length > MaxDisplayName) return $"姓名不能超过 {MaxDisplayName} 个字。";
        if (name.Any(c => char.IsControl(c) || char.IsSurrogate(c)) || name.IndexOfAny(['<', '>']) >= 0) return "姓名不能含有 < > 或控制字符。";
        return null;
    }

    /// <summary>A basic check: one @, something before it, a dotted domain after it, no spaces.</summary>
    public static string? EmailProblem(string? email)
    {
        var value = email?.Trim() ?? "";
        if (value.Length == 0) return null;
        return ContactFormats.IsEmail(value) ? null : "电子邮箱格式不正确（例如 name@example.cn）。";
    }

    /// <summary>A mainland mobile number: 11 digits beginning with 1 (a leading +86 and spaces or dashes are allowed).</summary>
    public static string? MobileProblem(string? mobile)
    {
        var value = mobile?.Trim() ?? "";
        if (value.Length == 0) return null;
        return NormalMobile(value) is null ? "手机号码格式不正确，应为 11 位大陆手机号（例如 13800000000）。" : null;
    }

    /// <summary>The 11 digits of a mobile number as stored, or null when it is not one.</summary>
    public static string? NormalMobile(string? mobile) => ContactFormats.NormalMobile(mobile);

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A town account's roles: at least one, each a town role of the permission table.</summary>
    public static string? TownRolesProblem(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0) return "至少选择一个角色。";
        return roles.FirstOrDefault(r => !Permissions.IsTownRole(r)) is { } unknown
            ? $"未知角色“{unknown}”。可用角色：{string.Join("、", Permissions.TownRoles)}。"
            : null;
    }

    /// <summary>A role that acts for its own unit only (成员单位联络人) needs that unit: without it the role means nothing.</summary>
    public static string? LiaisonUnitProblem(IReadOnlyCollection<string> roles, bool hasUnit) =>
        Permissions.NeedsUnit(roles) && !hasUnit
            ? $"{string.Join("、", roles.Where(r => Permissions.Role(r)?.IsBoundToUnit == true))}必须绑定一个单位。"
            : null;

    /// <summary>The roles in the order the permission table lists them, each once.</summary>
    public static List<string> Ordered(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        return Permissions.TownRoles.Where(set.Contains).ToList();
    }

    public static string RoleList(IEnumerable<string> roles) => Ordered(roles) is { Count: > 0 } list ? string.Join("、", list) : "无";

    /// <summary>One part of an audit sentence: "角色：查阅 → 办公室、查阅", or null when nothing changed.</summary>
    public static string? Change(string label, string? before, string? after) =>
        (before ?? "") == (after ?? "") ? null : $"{label}：{(string.IsNullOrEmpty(before) ? "无" : before)} → {(string.IsNullOrEmpty(after) ? "无" : after)}";

    [GeneratedRegex(@"^[A-Za-z0-9._-]+$")]
    private static partial Regex UserNamePattern();

}
