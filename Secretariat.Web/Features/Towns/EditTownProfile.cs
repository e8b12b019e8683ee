using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.Towns;

/// <summary>The form of the profile page: every name the town prints, and each kind's number prefix.</summary>
public sealed record TownProfileForm(
    string? TownName, string? FullName, string? ShortName, string? OfficeIssuer, string? LeadingGroupIssuer, string? StationIssuer,
    string? CheckFrom, Dictionary<DocumentKind, string?> Prefixes);

public sealed record TownProfilePageModel(TownProfile Profile, TownProfileForm? Form = null, string? Error = null, bool Saved = false);

public static class TownProfileRules
{
    private const int MaxName = 40;

    /// <summary>The profile as the form would make it, or the refusal in Chinese (nothing changes then).</summary>
    public static (TownProfile? Profile, string? Refusal) Apply(TownProfile current, TownProfileForm form, StepBy by)
    {
        string? Required(string? value, string label, out string trimmed)
        {
            trimmed = value?.Trim() ?? "";
            if (trimmed.Length == 0) return $"请填写{label}。";
            if (trimmed.Length > MaxName) return $"{label}不能超过 {MaxName} 个字。";
            if (trimmed.Any(char.IsControl) || trimmed.IndexOfAny(['<', '>', '〔', '〕']) >= 0) return $"{label}不能含有 < > 〔 〕 或控制字符。";
            return null;
        }
        if (Required(form.TownName, "镇街名称", out var townName) is { } a) return (null, a);
        if (Required(form.FullName, "政府全称", out var fullName) is { } b) return (null, b);
        if (Required(form.ShortName, "简称", out var shortName) is { } c) return (null, c);
        if (Required(form.OfficeIssuer, "办公室发文机关", out var office) is { } d) return (null, d);
        if (Required(form.LeadingGroupIssuer, "领导小组名称", out var group) is { } e) return (null, e);
        if (Required(form.StationIssuer, "工作站发文机关", out var station) is { } f) return (null, f);
        var prefixes = new Dictionary<DocumentKind, string>();
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var label = $"{DocumentKindNames.Of(kind)}文号前缀";
            if (Required(form.Prefixes.GetValueOrDefault(kind), label, out var prefix) is { } refusal) return (null, refusal);
            prefixes[kind] = prefix;
        }
        if (prefixes.Values.Distinct().Count() != prefixes.Count) return (null, "各类文件的文号前缀不能相同：同一编号会指向两份文件。");
        DateOnly? checkFrom = null;
        if (!string.IsNullOrWhiteSpace(form.CheckFrom))
        {
            var (day, problem) = UserDates.Parse(form.CheckFrom, by.At.ToTownDate(), "检查起始日", "请按 年-月-日 填写检查起始日（例如 2024-01-01）。");
            if (problem is not null) return (null, problem);
            checkFrom = day;
        }
        return (new TownProfile
        {
            Id = current.Id, TownName = townName, FullName = fullName, ShortName = shortName, OfficeIssuer = office,
            LeadingGroupIssuer = group, StationIssuer = station, Prefixes = prefixes, CheckFrom = checkFrom,
            CreatedAt = current.CreatedAt, LastChangedBy = by, ConfirmedAt = by.At
        }, null);
    }

    public static TownProfileForm FormOf(TownProfile profile) => new(profile.TownName, profile.FullName, profile.ShortName,
        profile.OfficeIssuer, profile.LeadingGroupIssuer, profile.StationIssuer, profile.CheckFrom?.IsoDate(),
        Enum.GetValues<DocumentKind>().ToDictionary(k => k, k => (string?)profile.PrefixOf(k)));
}

public static class TownProfileEndpoints
{
    public static void MapTownProfile(this RouteGroupBuilder group)
    {
        group.MapGet("", (HttpContext context) =>
            PageResults.Page<TownProfilePage, TownProfilePageModel>(context, new TownProfilePageModel(context.RequiredTown(), Saved: context.Request.Query.ContainsKey("saved"))));

        group.MapPost("", async (HttpContext context, IFormCollection form, IDocumentStore store, TownDirectory directory, TimeProvider time, CancellationToken ct) =>
        {
            var current = context.RequiredTown();
            var input = new TownProfileForm(form["TownName"], form["FullName"], form["ShortName"], form["OfficeIssuer"], form["LeadingGroupIssuer"],
                form["StationIssuer"], form["CheckFrom"], Enum.GetValues<DocumentKind>().ToDictionary(k => k, k => (string?)form[$"Prefix.{k}"].ToString()));
            var (changed, refusal) = TownProfileRules.Apply(current, input, StepBy.Of(context.User.Actor(), time.GetUtcNow()));
            if (refusal is not null)
                return PageResults.Page<TownProfilePage, TownProfilePageModel>(context, new TownProfilePageModel(current, input, refusal), StatusCodes.Status422UnprocessableEntity);
            await using var session = store.LightweightSession();
            session.Store(changed!);
            await session.SaveChangesAsync(ct);
            directory.Forget(current.Id);
            return PageResults.SeeOther(context, "/town?saved=1");
        });
    }
}
