using System.Text.RegularExpressions;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>
/// The contact formats every form checks the same way (accounts, meeting guests, the notification channels): an
/// e-mail address and a mainland mobile number.
/// </summary>
public static partial class ContactFormats
{
    public const int MaxEmail = 100;

    /// <summary>A basic check: one @, something before it, a dotted domain after it, no spaces, quotes or angle brackets.</summary>
    public static bool IsEmail(string? value) => value?.Trim() is { Length: > 0 and <= MaxEmail } text && EmailPattern().IsMatch(text);

    /// <summary>The 11 digits of a mainland mobile number as stored (a leading +86 and spaces or dashes are allowed), or null when it is not one.</summary>
    public static string? NormalMobile(string? mobile)
    {
        var value = (mobile ?? "").Trim().Replace(" ", "").Replace("-", "");
        if (value.StartsWith("+86", StringComparison.Ordinal)) value = value[3..];
        return MobilePattern().IsMatch(value) ? value : null;
    }

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>"".]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();
}
