namespace Secretariat.Web.Features.Children;

/// <summary>The child's record as the register and edit forms post it; anything unreadable becomes "not chosen", which the decision refuses.</summary>
public static class ChildForm
{
    public static ChildRecordInput Input(IFormCollection form) => new(
        form["NationalRecordNumber"].ToString(),
        Guid.TryParse(form["VillageId"], out var village) ? village : null,
        form["Register"].Select(ChildNames.Parse<ChildRegister>).OfType<ChildRegister>().Distinct().ToList(),
        form["Category"].Select(ChildNames.Parse<CaseCategory>).OfType<CaseCategory>().Distinct().ToList(),
        ChildNames.Parse<RiskLevel>(form["Level"]),
        Guid.TryParse(form["DirectorId"], out var director) ? director : null);

    public static BirthMonth? Birth(IFormCollection form) => BirthMonth.Parse(form["BirthMonth"]);

    public static DateOnly? Day(IFormCollection form, string field) => TownClock.ParseDay(form[field]);

    /// <summary>A record as the form shows it again (the edit form's first values).</summary>
    public static Dictionary<string, string[]> Of(ChildRecord child) => new()
    {
        ["NationalRecordNumber"] = [child.NationalRecordNumber ?? ""],
        ["VillageId"] = [child.VillageId.ToString()],
        ["Register"] = [.. child.Registers.Select(r => r.ToString())],
        ["Category"] = [.. child.Categories.Select(c => c.ToString())],
        ["Level"] = [child.RiskLevel.ToString()],
        ["DirectorId"] = [child.DirectorId?.ToString() ?? ""],
        ["BirthMonth"] = [child.BirthMonth.ToString()],
        ["RegisteredOn"] = [child.RegisteredOn.IsoDate()]
    };

    public static Dictionary<string, string[]> Of(IFormCollection form) => form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray());

    /// <summary>The personal data as the form shows it again (after a reveal, or a refused save).</summary>
    public static Dictionary<string, string[]> Of(ChildPersonalData data)
    {
        var values = new Dictionary<string, string[]>
        {
            ["PersonName"] = [data.Name ?? ""], ["IdNumber"] = [data.IdNumber ?? ""], ["Address"] = [data.Address ?? ""], ["Notes"] = [data.Notes ?? ""]
        };
        for (var i = 0; i < data.Guardians.Count; i++)
        {
            values[$"Guardian{i + 1}Name"] = [data.Guardians[i].Name];
            values[$"Guardian{i + 1}Relation"] = [data.Guardians[i].Relation];
            values[$"Guardian{i + 1}Phone"] = [data.Guardians[i].Phone];
        }
        return values;
    }

    public static string Value(this IReadOnlyDictionary<string, string[]> values, string key) =>
        values.TryGetValue(key, out var v) && v.Length > 0 ? v[0] : "";

    public static bool Has(this IReadOnlyDictionary<string, string[]> values, string key, string value) =>
        values.TryGetValue(key, out var v) && v.Contains(value);
}
