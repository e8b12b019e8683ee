namespace Secretariat.Web.Features.Roster;

/// <summary>
/// The ids a founding roster gives what it brings in, derived from names so that the same name is the same person (or unit)
/// across the bodies of one founding act and a retry makes the same ids. The "secretariat-sample" prefix is historic: the first
/// start's sample was the first founding roster, and databases loaded by it keep their ids.
/// </summary>
public static class FoundingIds
{
    public static Guid PersonId(string name) => StableIds.From("secretariat-sample:person:" + name);

    public static Guid UnitId(string name) => StableIds.From("secretariat-sample:unit:" + name);

    /// <summary>A seat (and a child director's appointment) of a person in a body from a day.</summary>
    public static Guid TenureId(BodyKind body, string name, DateOnly from) => StableIds.From($"secretariat-sample:tenure:{body}:{name}:{from:yyyy-MM-dd}");
}

/// <summary>A member unit, village or community as a sheet lists it.</summary>
public sealed record UnitRow(int Row, string Name, UnitKind Kind);

/// <summary>A seat as a body's sheet lists it: 职务 as written (checked against the body's roles), 姓名, 单位职务, 单位 (may be empty).</summary>
public sealed record SeatRow(int Row, string Role, string Name, string Position, string? Unit);

/// <summary>One body's sheet.</summary>
public sealed record BodySheet(BodyKind Body, IReadOnlyList<SeatRow> Seats);

/// <summary>A child director or supervisor as the 儿童主任 sheet lists them: where, who, which duty (as written), from when, on what basis.</summary>
public sealed record ChildWorkerRow(int Row, string Unit, string Name, string Duty, DateOnly AppointedOn, string? Basis);

/// <summary>What a founding workbook holds once read: every sheet's rows, as written (the decisions check them against the town).</summary>
public sealed record FoundingSheets(IReadOnlyList<UnitRow> Units, IReadOnlyList<BodySheet> Bodies, IReadOnlyList<ChildWorkerRow> ChildWorkers)
{
    public static readonly FoundingSheets Empty = new([], [], []);

    public IReadOnlyList<SeatRow> SeatsOf(BodyKind body) => Bodies.FirstOrDefault(b => b.Body == body)?.Seats ?? [];

    public bool IsEmpty => Units.Count == 0 && Bodies.All(b => b.Seats.Count == 0) && ChildWorkers.Count == 0;
}

/// <summary>One problem of a sheet, in Chinese: of a row (<see cref="Row"/>), of a range of rows, or of the whole sheet or file.</summary>
public sealed record RowProblem(string? Sheet, int? Row, string Message, int? LastRow = null)
{
    public string Where => (Sheet, Row) switch
    {
        (null, _) => "",
        (_, null) => $"工作表“{Sheet}”",
        (_, { } row) when LastRow is { } last && last > row => $"工作表“{Sheet}”第 {row}-{last} 行",
        _ => $"工作表“{Sheet}”第 {Row} 行"
    };

    public override string ToString() => Where.Length == 0 ? Message : $"{Where}：{Message}";

    /// <summary>Whether the problem is about this row of this sheet (a range covers each of its rows).</summary>
    public bool IsAbout(string sheet, int row) => Sheet == sheet && Row is { } first && row >= first && row <= (LastRow ?? first);
}

public static class FoundingNames
{
    /// <summary>
    /// A name as the notice prints it ("叶 伟", "刘  兵": a space to align two-character names) is the name without the spaces between
    /// Chinese characters; other text is trimmed, inner runs of spaces made one.
    /// </summary>
    public static string Name(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return "";
        var parts = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = new System.Text.StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            if (!(IsChinese(parts[i - 1][^1]) && IsChinese(parts[i][0]))) joined.Append(' ');
            joined.Append(parts[i]);
        }
        return joined.ToString();
    }

    /// <summary>A 职务 as written ("组 长", "组长：") without its spaces and trailing colon.</summary>
    public static string Role(string? text) =>
        new string((text ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray()).TrimEnd(':', '：');

    private static bool IsChinese(char ch) => ch is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The body's role with this Chinese name, or null when the body has none of that name.</summary>
    public static RosterRole? RoleOf(BodyKind body, string roleText) =>
        RosterNames.RolesOf(body).Cast<RosterRole?>().FirstOrDefault(r => r!.Value.Chinese() == Role(roleText));

    /// <summary>The kind a new unit most likely is, from its name (the office confirms it before saving).</summary>
    public static UnitKind GuessKind(string name) =>
        name.EndsWith('村') ? UnitKind.Village
        : name.EndsWith("社区", StringComparison.Ordinal) || name.EndsWith("居委会", StringComparison.Ordinal) ? UnitKind.Community
        : name.Contains("社会工作", StringComparison.Ordinal) || name.Contains("社工", StringComparison.Ordinal) || name.EndsWith("协会", StringComparison.Ordinal)
            || name.EndsWith("基金会", StringComparison.Ordinal) ? UnitKind.Organisation
        : UnitKind.TownBody;

    /// <summary>A unit kind by its Chinese name as the template offers it (镇属单位, 村, 社区, 社会组织).</summary>
    public static UnitKind? KindNamed(string? text)
    {
        var wanted = Role(text);
        return Enum.GetValues<UnitKind>().Cast<UnitKind?>().FirstOrDefault(k => k!.Value.Chinese() == wanted);
    }
}
