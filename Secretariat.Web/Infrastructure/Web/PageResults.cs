using Htmx;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Secretariat.Web.Infrastructure.Web;

public static class PageResults
{
    /// <summary>
    /// Renders a page component with its one model: the whole page for a normal request (and htmx history restores),
    /// only the main region for an htmx request, so one URL serves both and every pushed URL still loads on its own.
    /// The page's model type is checked by the compiler: renaming a member breaks the build, not a request.
    /// </summary>
    public static RazorComponentResult<TPage> Page<TPage, TModel>(HttpContext context, TModel model, int statusCode = StatusCodes.Status200OK)
        where TPage : PageBase<TModel> => Render<TPage>(context, new() { [nameof(PageBase<TModel>.Model)] = model }, statusCode);

    /// <summary>A page that needs nothing but the request (its model is the signed-in user, read by the page).</summary>
    public static RazorComponentResult<TPage> Page<TPage>(HttpContext context, int statusCode = StatusCodes.Status200OK)
        where TPage : PageBase => Render<TPage>(context, [], statusCode);

    private static RazorComponentResult<TPage> Render<TPage>(HttpContext context, Dictionary<string, object?> values, int statusCode)
        where TPage : IComponent
    {
        context.Response.Headers.Vary = "HX-Request";
        values[nameof(PageBase.Fragment)] = IsFragmentRequest(context.Request);
        return new RazorComponentResult<TPage>(values) { StatusCode = statusCode };
    }

    /// <summary>After a successful form post: htmx navigates, a plain browser follows a 303.</summary>
    public static IResult SeeOther(HttpContext context, string location)
    {
        location = context.InTown(location);
        if (context.Request.IsHtmx())
        {
            context.Response.Htmx(h => h.Redirect(location));
            return Results.NoContent();
        }
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    public static bool IsFragmentRequest(HttpRequest request) =>
        request.IsHtmxNonBoosted() && !request.IsHtmxHistoryRestoreRequest();
}

/// <summary>A component that writes links within the request's town: <c>href="@Base/meetings"</c>.</summary>
public abstract class TownComponentBase : ComponentBase
{
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;

    /// <summary>The town's <c>/t/{code}</c> (the request's path base); empty outside a town.</summary>
    protected string Base => HttpContext.Request.PathBase.Value ?? "";

    /// <summary>Whether the signed-in user's roles hold the capability: what a link or button to an endpoint needing it asks.</summary>
    protected bool Can(Capability capability) => HttpContext.User.Can(capability);
}

/// <summary>Base of every page component: knows whether it renders whole or as the htmx fragment.</summary>
public abstract class PageBase : TownComponentBase
{
    [Parameter] public bool Fragment { get; set; }
}

/// <summary>Base of a page component with its one typed model (a record declared beside the page's endpoint).</summary>
public abstract class PageBase<TModel> : PageBase
{
    [Parameter, EditorRequired] public TModel Model { get; set; } = default!;
}
