using Microsoft.AspNetCore.Antiforgery;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>
/// Every state-changing request needs a valid antiforgery token (form field, or the header htmx sends), whether or
/// not its endpoint binds a form. Minimal API only checks endpoints that bind form data; this closes the rest.
/// </summary>
public sealed class AntiforgeryOnEveryChange(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var method = context.Request.Method;
        if ((HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
            && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    }
}
