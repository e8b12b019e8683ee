namespace Secretariat.Web.Features.Accounts;

public sealed record TownChoice(string Code, string Name, bool Member);

public sealed record TownChooserPageModel(IReadOnlyList<TownChoice> Towns, string? ReturnUrl);

/// <summary>选择镇街: an account with several towns (or the district's reader) picks the town to work in.</summary>
public static class TownChooser
{
    public const string Path = "/towns";

    public static void MapTownChooser(this RouteGroupBuilder group) =>
        group.MapGet(Path, async (HttpContext context, TownDirectory directory, string? returnUrl, CancellationToken ct) =>
        {
            var account = context.Account()!;
            var all = await directory.AllAsync(ct);
            var towns = all.Where(t => account.ReadsEveryTown || account.In(t.Id) is not null)
                .Select(t => new TownChoice(t.Id, t.TownName, account.In(t.Id) is not null)).ToList();
            var back = SignInEndpoints.SafeReturnUrl(returnUrl);
            // One town and nothing to choose: straight in.
            if (towns.Count == 1 && !account.ReadsEveryTown) return Results.Redirect(TownRouting.Prefix + towns[0].Code + (back ?? "/"));
            return PageResults.Page<TownChooserPage, TownChooserPageModel>(context, new TownChooserPageModel(towns, back));
        });
}
