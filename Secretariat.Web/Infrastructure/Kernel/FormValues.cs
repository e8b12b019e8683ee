namespace Secretariat.Web.Infrastructure.Kernel;

/// <summary>Values of a form read by hand, each to a value the app has (a number, "-1" or a combination is none of them).</summary>
public static class FormValues
{
    /// <summary>
    /// A named member of the enum as the form's options write it (<c>LeadingGroup</c>). A number (<c>-1</c>, <c>7</c>), a
    /// combination (<c>A, B</c>) or an unknown name is not one: <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> would take them.
    /// </summary>
    public static bool TryEnum<T>(string? raw, out T value) where T : struct, Enum
    {
        value = default;
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text) || !char.IsLetter(text[0])) return false;
        if (!Enum.TryParse(text, ignoreCase: false, out T parsed) || !Enum.IsDefined(parsed) || parsed.ToString() != text) return false;
        value = parsed;
        return true;
    }
}
