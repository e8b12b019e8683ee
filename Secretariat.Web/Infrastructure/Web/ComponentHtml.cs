using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>Renders a component to an HTML string once, for a cached view that thousands of identical requests then only copy.</summary>
public static class ComponentHtml
{
    public static async Task<string> RenderAsync<TComponent>(HttpContext context, Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(context.RequestServices, context.RequestServices.GetRequiredService<ILoggerFactory>());
        // The request cascades as it does on a page, so the component writes its links within the request's town.
        RenderFragment content = builder =>
        {
            builder.OpenComponent<TComponent>(0);
            foreach (var (name, value) in parameters) builder.AddComponentParameter(1, name, value);
            builder.CloseComponent();
        };
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<CascadingValue<HttpContext>>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CascadingValue<HttpContext>.Value)] = context,
                [nameof(CascadingValue<HttpContext>.IsFixed)] = true,
                [nameof(CascadingValue<HttpContext>.ChildContent)] = content
            }))).ToHtmlString());
    }
}
