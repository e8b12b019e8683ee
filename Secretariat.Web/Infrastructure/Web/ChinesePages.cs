using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>Error statuses answered in Chinese, as a small page, never a blank or English framework page.</summary>
public static class ChinesePages
{
    public const string ErrorHandlerPath = "/error";

    public static async Task StatusCodeAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var message = response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => "请求无效：表单已过期或缺少安全令牌，请刷新页面后重试。",
            StatusCodes.Status403Forbidden => "您没有权限访问此页面。",
            StatusCodes.Status404NotFound => "找不到您要的页面或记录。",
            StatusCodes.Status405MethodNotAllowed => "不支持此操作。",
            _ => $"请求未能完成（{response.StatusCode}）。"
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Html(message));
    }

    public static void MapChinesePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/forbidden", () => Results.Content(Html("您没有权限访问此页面。"), "text/html; charset=utf-8", statusCode: 403))
            .AllowAnonymous();
        app.Map(ErrorHandlerPath, (HttpContext context) =>
        {
            var feature = context.Features.Get<IExceptionHandlerFeature>();
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Secretariat.Errors");
            if (feature is not null) log.LogError(feature.Error, "Unhandled error on {Path}", feature.Path);
            return Results.Content(Html("系统出现错误，操作未完成。请稍后重试；如仍有问题请联系管理员。"), "text/html; charset=utf-8",
                statusCode: 500);
        }).AllowAnonymous();
    }

    private static string Html(string message) =>
        $"""
         <!DOCTYPE html>
         <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(message)}</title>
         <link rel="stylesheet" href="/css/site.css"></head>
         <body><main id="main"><p class="error" role="alert">{WebUtility.HtmlEncode(message)}</p><p><a href="/">返回首页</a></p></main></body></html>
         """;
}
