using Htmx;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Secretariat.Web.Infrastructure.Web;

public static class PageResults
{
    /// <summary>
    /// Renders a page component: the whole page for a normal request (and htmx history restores), only the
    /// main region for an htmx request, so one URL serves both and every pushed URL still loads on its own.
    /// </summary>
    public static RazorComponentResult<TComponent> Page<TComponent>(HttpContext context, object? parameters = null,
        int statusCode = StatusCodes.Status200OK) where TComponent : IComponent
    {
        context.Response.Headers.Vary = "HX-Request";
        var values = parameters is null
            ? new Dictionary<string, object?>()
            : parameters.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(parameters));
        values[nameof(PageBase.Fragment)] = IsFragmentRequest(context.Request);
        return new RazorComponentResult<TComponent>(values) { StatusCode = statusCode };
    }

    /// <summary>After a successful form post: htmx navigates, a plain browser follows a 303.</summary>
    public static IResult SeeOther(HttpContext context, string location)
    {
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

/// <summary>Base of every page component: knows whether it renders whole or as the htmx fragment.</summary>
public abstract class PageBase : ComponentBase
{
    [Parameter] public bool Fragment { get; set; }
    [CascadingParameter] public HttpContext HttpContext { get; set; } = default!;
}
