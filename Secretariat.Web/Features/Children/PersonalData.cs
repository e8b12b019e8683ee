using System.Globalization;
using System.Text.RegularExpressions;

namespace Secretariat.Web.Features.Children;

public sealed record Guardian(string Name, string Relation, string Phone);

/// <summary>
/// A child's personal data (个人信息保护法 第二十八条: a minor's personal data is sensitive): every field optional. Kept only in the
/// personal-data store, encrypted with the child's own key (<see cref="PersonalDataVault"/>); never in an event, a document, a log
/// line or an exception message.
/// </summary>
public sealed record ChildPersonalData(string? Name, string? IdNumber, string? Address, IReadOnlyList<Guardian> Guardians, string? Notes)
{
    public static readonly ChildPersonalData Empty = new(null, null, null, [], null);

    /// <summary>The labels of the fields held (what the record and its events may say).</summary>
    public IReadOnlyList<string> Fields() =>
    [
        .. Name is null ? Array.Empty<string>() : ["姓名"],
        .. IdNumber is null ? Array.Empty<string>() : ["身份证号码"],
        .. Address is null ? Array.Empty<string>() : ["住址"],
        .. Guardians.Count == 0 ? Array.Empty<string>() : ["监护人联系方式"],
        .. Notes is null ? Array.Empty<string>() : ["备注"]
    ];
}

/// <summary>The ranges of the personal-data fields, their parsing from the form, and how lists show them masked.</summary>
public static partial class PersonalDataRules
{
    public const int MaxName = 20;
    public const int MaxAddress = 100;
    public const int MaxNotes = 1000;
    public const int MaxVisitNote = 500;
    public const int Guardians = 2;

    public static readonly IReadOnlyList<string> Relations = ["父亲", "母亲", "祖父母或外祖父母", "其他亲属", "委托照护人", "其他"];

    /// <summary>The personal-data fields of a posted form (names as the forms use them), or the refusal naming the field.</summary>
    public static (ChildPersonalData? Data, string? Problem) Parse(IFormCollection form, BirthMonth birth)
    {
        var name = Text(form["PersonName"]);
        if (name is not null && (name.Length > MaxName || !NamePattern().IsMatch(name)))
            return (null, $"姓名只能是文字（{MaxName} 字以内），不含数字或符号。");
        var id = Text(form["IdNumber"])?.ToUpperInvariant();
        if (id is not null && IdNumberProblem(id, birth) is { } idProblem) return (null, idProblem);
        var address = Text(form["Address"]);
        if (address is not null && address.Length > MaxAddress) return (null, $"住址不能超过 {MaxAddress} 字。");
        var guardians = new List<Guardian>();
        for (var i = 1; i <= Guardians; i++)
        {
            var guardianName = Text(form[$"Guardian{i}Name"]);
            var relation = Text(form[$"Guardian{i}Relation"]);
            var phone = Text(form[$"Guardian{i}Phone"]);
            if (guardianName is null && phone is null) continue;
            if (guardianName is null || guardianName.Length > MaxName || !NamePattern().IsMatch(guardianName))
                return (null, $"请填写第{i}位监护人的姓名（文字，{MaxName} 字以内）。");
            if (relation is null || !Relations.Contains(relation)) return (null, $"请选择第{i}位监护人与儿童的关系。");
            if (phone is null || !PhonePattern().IsMatch(phone) || phone.Count(char.IsAsciiDigit) is < 7 or > 15)
                return (null, $"第{i}位监护人的联系电话应为 7-15 位数字（可含 - 和空格）。");
            guardians.Add(new Guardian(guardianName, relation, phone));
        }
        var notes = Text(form["Notes"], multiline: true);
        if (notes is not null && notes.Length > MaxNotes) return (null, $"备注不能超过 {MaxNotes} 字。");
        return (new ChildPersonalData(name, id, address, guardians, notes), null);
    }

    /// <summary>A visit's note (走访情况), or the refusal.</summary>
    public static (string? Note, string? Problem) VisitNote(string? raw)
    {
        var note = Text(raw, multiline: true);
        return note is not null && note.Length > MaxVisitNote ? (null, $"走访情况说明不能超过 {MaxVisitNote} 字。") : (note, null);
    }

    /// <summary>
    /// A resident ID number (GB 11643-1999): 17 digits and a check character (0-9 or X) that matches, a real birth date, and that date
    /// in the month of birth the record holds.
    /// </summary>
    public static string? IdNumberProblem(string id, BirthMonth birth)
    {
        if (!IdPattern().IsMatch(id)) return "身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）。";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * weights[i];
        if ("10X98765432"[sum % 11] != id[17]) return "身份证号码的校验位不正确，请核对。";
        if (!DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
            return "身份证号码中的出生日期无效，请核对。";
        if (born.Year != birth.Year || born.Month != birth.Month) return "身份证号码中的出生日期与登记的出生年月不一致，请核对。";
        return null;
    }

    /// <summary>张*雯: the first and last character, the others hidden; a two-character name keeps its first.</summary>
    public static string MaskName(string name) => name.Length switch
    {
        0 => "",
        1 => "*",
        2 => name[..1] + "*",
        _ => name[..1] + new string('*', name.Length - 2) + name[^1..]
    };

    /// <summary>500107********0028</summary>
    public static string MaskIdNumber(string id) => id.Length < 10 ? new string('*', id.Length) : id[..6] + new string('*', id.Length - 10) + id[^4..];

    /// <summary>138****5678</summary>
    public static string MaskPhone(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length < 7 ? "****" : digits[..3] + "****" + digits[^4..];
    }

    /// <summary>The first few characters of an address, the rest hidden.</summary>
    public static string MaskAddress(string address) => address[..Math.Min(address.Length / 2, 6)] + "……";

    private static string? Text(string? raw, bool multiline = false)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        // Control characters (NUL included) never reach the store; a note keeps its line breaks.
        return new string(text.Where(c => !char.IsControl(c) || (multiline && c is '\n' or '\r' or '\t')).ToArray());
    }

    [GeneratedRegex(@"^[\p{L}·• ]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^[0-9]{17}[0-9X]$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[0-9+\- ]+$")]
    private static partial Regex PhonePattern();
}
