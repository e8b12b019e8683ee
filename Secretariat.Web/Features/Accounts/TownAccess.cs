using Microsoft.AspNetCore.Authorization;

namespace Secretariat.Web.Features.Accounts;

/// <summary>
/// Who may open a town: its members (with their roles there) and the district's 区未保办 (reading only). Anyone else
/// gets 403 for any URL of that town, existing or not, and the page names no town. Today's URLs without a town send
/// the account to its town (or to the choice of towns when it has several).
/// </summary>
public sealed class TownAccess(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentTown town, TownDirectory towns)
    {
        var endpoint = context.GetEndpoint();
        // No route, or routing's own answer (415 for a body of the wrong type, 405 for a method the route lacks): nobody's page.
        if (endpoint is not RouteEndpoint) { await next(context); return; }
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var signedIn = context.User.Identity?.IsAuthenticated == true;

        if (endpoint.IsDistrictWide())
        {
            if (town.Code is null) await next(context);
            else context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (town.Code is null)
        {
            // An address from before towns, or a bookmark: on to the town of the account.
            if (!signedIn || anonymous) { await next(context); return; }
            context.Response.Redirect(Home(context.Account()!, context.Request.Path + context.Request.QueryString),
                permanent: false, preserveMethod: !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method));
            return;
        }
        if (anonymous || !signedIn) { await next(context); return; }

        var account = context.Account()!;
        var member = account.In(town.Code) is not null;
        var profile = member || account.ReadsEveryTown ? await towns.FindAsync(town.Code, context.RequestAborted) : null;
        if (profile is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        // The district reads a town's records and changes none of them, whatever the route's own policy says.
        if (!member && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        context.Items[typeof(TownProfile)] = profile;
        await next(context);
    }

    /// <summary>Where an address without a town goes for this account.</summary>
    public static string Home(UserAccount account, string pathAndQuery)
    {
        var towns = account.EnabledMemberships();
        if (towns.Count == 1 && !account.ReadsEveryTown) return TownRouting.Prefix + towns[0].Town + pathAndQuery;
        if (towns.Count == 0 && account.DistrictRoles.Count > 0 && pathAndQuery is "/" or "")
            return Permissions.Grants(account.DistrictRoles, Capability.ReadEveryTown) ? DistrictPaths.Home : DistrictPaths.Towns;
        return TownChooser.Path + (pathAndQuery is "/" or "" ? "" : "?returnUrl=" + Uri.EscapeDataString(pathAndQuery));
    }
}
