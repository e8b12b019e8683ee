namespace Secretariat.Web.Features.Towns;

/// <summary>Adding a town to the district (区管理员, or the command line) and the first start's sample town.</summary>
public sealed class TownRegistry(IDocumentStore store, TimeProvider time, TownDirectory directory)
{
    /// <summary>An empty town: its office registers its member units and first roster itself.</summary>
    public async Task<string?> AddAsync(string code, string townName, Actor? by, CancellationToken ct)
    {
        code = code.Trim();
        townName = townName.Trim();
        if (!TownCodes.IsValid(code)) return TownCodes.Rule;
        if (townName.Length is < 2 or > 30) return "镇街名称须为 2-30 个字（例如 某某镇）。";
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<TownProfile>(code, ct) is { } existing) return $"镇街代码“{code}”已被“{existing.TownName}”使用。";
        if (await session.Query<TownProfile>().AnyAsync(t => t.TownName == townName, ct)) return $"镇街“{townName}”已经存在。";
        var profile = TownProfile.New(code, townName, TownProfile.ShortNameOf(townName), time.GetUtcNow());
        if (by is not null) profile.LastChangedBy = StepBy.Of(by, time.GetUtcNow());
        // Insert, not store: two adds of one code at once leave one town and one refusal.
        session.Insert(profile);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            return $"镇街代码“{code}”已经存在。";
        }
        directory.Forget(code);
        return null;
    }
}
