using Microsoft.AspNetCore.Mvc;
using Secretariat.Web.Features.Setup;

namespace Secretariat.Web.Features.District;

/// <summary>A town of the district: its profile, its accounts, and where it stands in its setup (成立 → … → 账号).</summary>
public sealed record DistrictTownRow(TownProfile Town, int Accounts, SetupProgress Setup);

public sealed record DistrictTownsPageModel(IReadOnlyList<DistrictTownRow> Towns, string? Error = null, string? Code = null, string? Name = null,
    string? AdminUserName = null, string? AdminName = null, (string Town, string UserName, string Password)? Created = null);

/// <summary>
/// 镇街管理 for the 区管理员: the district's towns, and a new town with its first administrator (管理员 and 办公室 of
/// it, with a one-time password shown once), and each town's setup progress. The town's office then establishes its bodies and
/// imports their founding roster itself.
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
        var service = context.RequestServices.GetRequiredService<AccountService>();
        var accounts = await service.MembersPerTownAsync(ct);
        var memberships = await service.MembershipsPerTownAsync(ct);
        var store = context.RequestServices.GetRequiredService<IDocumentStore>();
        var today = context.RequestServices.GetRequiredService<TimeProvider>().Today();
        var rows = new List<DistrictTownRow>();
        foreach (var town in towns)
        {
            // Each town's progress from its own tenant (a district of 19-30 towns: one small batch each).
            await using var session = store.QuerySession(town.Id);
            var progress = await SetupChecklist.OfAsync(session, town, memberships.GetValueOrDefault(town.Id) ?? [], today, ct);
            rows.Add(new DistrictTownRow(town, accounts.GetValueOrDefault(town.Id), progress));
        }
        return rows;
    }
}
