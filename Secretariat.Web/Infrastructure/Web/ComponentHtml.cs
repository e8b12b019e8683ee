using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>Renders a component to an HTML string once, for a cached view that thousands of identical requests then only copy.</summary>
public static class ComponentHtml
{
    public static async Task<string> RenderAsync<TComponent>(HttpContext context, Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(context.RequestServices, context.RequestServices.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
