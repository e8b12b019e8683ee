using Microsoft.AspNetCore.Mvc;

namespace Secretariat.Web.Features.District;

public sealed record DistrictTownRow(TownProfile Town, int Accounts);

public sealed record DistrictTownsPageModel(IReadOnlyList<DistrictTownRow> Towns, string? Error = null, string? Code = null, string? Name = null,
    string? AdminUserName = null, string? AdminName = null, (string Town, string UserName, string Password)? Created = null);

/// <summary>
/// 镇街管理 for the 区管理员: the district's towns, and a new town with its first administrator (管理员 and 办公室 of
/// it, with a one-time password shown once). The town's office then registers its units and first roster itself.
/// </summary>
public static class DistrictTownsEndpoints
{
    public const string Path = DistrictPaths.Towns;

    public static void MapDistrictTowns(this RouteGroupBuilder group)
    {
        group.MapGet("", async (HttpContext context, CancellationToken ct) =>
            PageResults.Page<DistrictTownsPage, DistrictTownsPageModel>(context, new DistrictTownsPageModel(await RowsAsync(context, ct))));

        group.MapPost("", async ([FromForm] string? code, [FromForm] string? name, [FromForm] string? adminUserName, [FromForm] string? adminName,
            HttpContext context, TownRegistry registry, AccountService accounts, CancellationToken ct) =>
        {
            code = code?.Trim().ToLowerInvariant() ?? "";
            async Task<IResult> Refused(string message) => PageResults.Page<DistrictTownsPage, DistrictTownsPageModel>(context,
                new DistrictTownsPageModel(await RowsAsync(context, ct), message, code, name, adminUserName, adminName), StatusCodes.Status422UnprocessableEntity);
            if (!TownCodes.IsValid(code)) return await Refused(TownCodes.Rule);
            if (string.IsNullOrWhiteSpace(adminUserName) || adminUserName.Trim().Length > 40) return await Refused("请填写第一位管理员的用户名（1 到 40 个字符）。");
            // The administrator's name is checked before the town is added, so a refusal leaves no town without one.
            if (await accounts.ExistsAsync(adminUserName, ct)) return await Refused($"用户名“{adminUserName.Trim()}”已存在。");
            if (await registry.AddAsync(code, name ?? "", context.User.Actor(), ct) is { } refusal) return await Refused(refusal);
            var password = AccountService.NewPassword();
            var (_, accountRefusal) = await accounts.CreateAsync(adminUserName, string.IsNullOrWhiteSpace(adminName) ? $"{name!.Trim()}管理员" : adminName,
                password, [code], Permissions.FirstTownAdministrator, null, ct, oneTimePassword: true);
            if (accountRefusal is not null) return await Refused($"镇街已添加，但管理员账号未创建：{accountRefusal}");
            return PageResults.Page<DistrictTownsPage, DistrictTownsPageModel>(context,
                new DistrictTownsPageModel(await RowsAsync(context, ct), Created: (code, adminUserName.Trim(), password)));
        });
    }

    private static async Task<IReadOnlyList<DistrictTownRow>> RowsAsync(HttpContext context, CancellationToken ct)
    {
        var towns = await context.RequestServices.GetRequiredService<TownDirectory>().AllAsync(ct);
        var accounts = await context.RequestServices.GetRequiredService<AccountService>().MembersPerTownAsync(ct);
        return towns.Select(t => new DistrictTownRow(t, accounts.GetValueOrDefault(t.Id))).ToList();
    }
}
