using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Secretariat.Web.Infrastructure.Web;

/// <summary>Error statuses answered in Chinese, as a small page, never a blank or English framework page.</summary>
public static partial class ChinesePages
{
    /// <summary>A more precise message for the status page than the status alone gives (set by whoever refused).</summary>
    public const string ProblemKey = "secretariat.problem";

    public const string AntiforgeryProblem = "请求无效：表单已过期或缺少安全令牌，请刷新页面后重试。";
    public const string DatabaseUnavailable = "数据库暂时无法访问，请稍后再试。";
    public const int RetryAfterSeconds = 30;

    public static async Task StatusCodeAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var message = context.HttpContext.Items[ProblemKey] as string ?? response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => "请求无效：地址或表单中的参数格式不正确，操作未执行。",
            StatusCodes.Status403Forbidden => "您没有权限访问此页面。",
            StatusCodes.Status404NotFound => "找不到您要的页面或记录。",
            StatusCodes.Status405MethodNotAllowed => "不支持此操作。",
            StatusCodes.Status413PayloadTooLarge => "提交的内容过大，操作未执行。",
            StatusCodes.Status503ServiceUnavailable => DatabaseUnavailable,
            _ => $"请求未能完成（{response.StatusCode}）。"
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Html(message));
    }

    public static void MapChinesePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/forbidden", () => Results.Content(Html("您没有权限访问此页面。"), "text/html; charset=utf-8", statusCode: 403))
            .AllowAnonymous();
    }

    /// <summary>
    /// Unhandled exceptions, answered in place: re-running the pipeline for an error page would touch the database
    /// again (sign-in sessions live there) and fail the same way during an outage.
    /// </summary>
    public static async Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, message) = Classify(error);
        var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Secretariat.Errors");
        if (status >= 500) log.LogError(error, "Unhandled error on {Path}", context.Request.Path);
        else log.LogInformation("Refused {Path}: {Message}", context.Request.Path, error?.Message);
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Html(message));
    }

    public static (int Status, string Message) Classify(Exception? error)
    {
        if (IsDatabaseUnavailable(error)) return (StatusCodes.Status503ServiceUnavailable, DatabaseUnavailable);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                    return (StatusCodes.Status413PayloadTooLarge, "提交的内容过大，操作未执行。");
                case BadHttpRequestException bad when BindingFailure().Match(bad.Message) is { Success: true } m:
                    return (StatusCodes.Status400BadRequest, $"请求无效：参数 {m.Groups["name"].Value} 的值“{Shorten(m.Groups["value"].Value)}”格式不正确，操作未执行。");
                case BadHttpRequestException bad:
                    return (bad.StatusCode, "请求无效：地址或表单中的参数格式不正确，操作未执行。");
                case InvalidDataException:
                    return (StatusCodes.Status400BadRequest, FormUnreadable);
            }
        }
        return (StatusCodes.Status500InternalServerError, "系统出现错误，操作未完成。请稍后重试；如仍有问题请联系管理员。");
    }

    public const string FormUnreadable = "请求无效：表单内容无法读取（含有不允许的字符或编码不正确），操作未执行。";

    /// <summary>The database cannot be reached (down, refusing, restarting), as opposed to a query that failed.</summary>
    public static bool IsDatabaseUnavailable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
                return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is "57P01" or "57P02" or "57P03";
            if (e is NpgsqlException or SocketException) return true;
        }
        return false;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)" from "(?<value>.*)"\.?""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    public static string Html(string message) =>
        $"""
         <!DOCTYPE html>
         <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(message)}</title>
         <link rel="stylesheet" href="/css/site.css"></head>
         <body><main id="main"><p class="error" role="alert">{WebUtility.HtmlEncode(message)}</p><p><a href="/">返回首页</a></p></main></body></html>
         """;
}
