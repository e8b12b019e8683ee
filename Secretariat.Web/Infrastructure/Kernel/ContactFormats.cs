using System.Text.RegularExpressions;

namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>The contact formats every form checks the same way: an e-mail address and a mainland mobile number.</summary>
public static partial class ContactFormats
{
    public static bool IsEmail(string? value) => value is { Length: <= 120 } && EmailPattern().IsMatch(value.Trim());

    /// <summary>11 digits starting with 1 (中国大陆手机号).</summary>
    public static bool IsMobile(string? value) => value is not null && MobilePattern().IsMatch(value.Trim());

    [GeneratedRegex(@"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex MobilePattern();
}
