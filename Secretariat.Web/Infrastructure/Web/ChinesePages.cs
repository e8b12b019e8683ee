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
            StatusCodes.Status415UnsupportedMediaType => AntiforgeryOnEveryChange.UnsupportedBody,
            StatusCodes.Status503ServiceUnavailable => DatabaseUnavailable,
            _ => $"请求未能完成（{response.StatusCode}）。"
        };
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Html(response.StatusCode, message, Reason(response.StatusCode, context.HttpContext.User,
            context.HttpContext.Items[RequiredCapabilitiesKey] as IReadOnlyList<Capability>)));
    }

    public static void MapChinesePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/forbidden", (HttpContext context) => Results.Content(
                Html(StatusCodes.Status403Forbidden, "您没有权限访问此页面。", Reason(StatusCodes.Status403Forbidden, context.User)),
                "text/html; charset=utf-8", statusCode: 403))
            .AllowAnonymous().DistrictWide();
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
        await context.Response.WriteAsync(Html(status, message, Reason(status, context.User)));
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
                    return (StatusCodes.Status400BadRequest, $"请求无效：{ParameterName(m.Groups["name"].Value)}的值“{Shorten(m.Groups["value"].Value)}”格式不正确，操作未执行。");
                case BadHttpRequestException bad:
                    return (bad.StatusCode, "请求无效：地址或表单中的参数格式不正确，操作未执行。");
                case InvalidDataException:
                    return (StatusCodes.Status400BadRequest, FormUnreadable);
            }
        }
        return (StatusCodes.Status500InternalServerError, "系统出现错误，操作未完成。请稍后重试；如仍有问题请联系管理员。");
    }

    public const string AddressUnreadable = "请求无效：地址中含有不允许的字符，操作未执行。";

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

    /// <summary>A parameter as the 400 page names it: its Chinese name with the address's own in brackets (年份（year）).</summary>
    public static string ParameterName(string name) =>
        ParameterNames.TryGetValue(name, out var chinese) ? $"{chinese}（{name}）" : $"参数 {name} ";

    private static readonly Dictionary<string, string> ParameterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "年份", ["month"] = "月份", ["day"] = "日期", ["asOf"] = "日期", ["from"] = "起始日期", ["to"] = "截止日期",
        ["page"] = "页码", ["version"] = "版本", ["id"] = "编号", ["tab"] = "页签", ["unit"] = "单位", ["unitId"] = "单位",
        ["status"] = "状态", ["state"] = "状态", ["severity"] = "程度", ["rule"] = "规则", ["project"] = "项目", ["sort"] = "排序",
        ["dir"] = "排序方向", ["file"] = "文件", ["town"] = "镇街", ["person"] = "人员", ["personId"] = "人员", ["meetingId"] = "会议",
        ["itemId"] = "事项", ["campaignId"] = "示范创建", ["half"] = "半年", ["body"] = "机构", ["circularId"] = "通报", ["reportId"] = "汇报",
        ["sessionId"] = "培训", ["offset"] = "位置", ["count"] = "数量"
    };

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)" from "(?<value>.*)"\.?""", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    /// <summary>The page's heading for a status: what happened, in a few words (the message below says why).</summary>
    public static string Heading(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求无效",
        StatusCodes.Status403Forbidden => "没有权限",
        StatusCodes.Status404NotFound => "找不到页面",
        StatusCodes.Status405MethodNotAllowed => "不支持此操作",
        StatusCodes.Status413PayloadTooLarge => "提交的内容过大",
        StatusCodes.Status415UnsupportedMediaType => "不支持的提交内容",
        StatusCodes.Status429TooManyRequests => "尝试过于频繁",
        StatusCodes.Status500InternalServerError => "系统出现错误",
        StatusCodes.Status503ServiceUnavailable => "服务暂时不可用",
        _ => "请求未能完成"
    };

    /// <summary>The capabilities a route needed when its policy refused the user (the 403 page names who holds them).</summary>
    public const string RequiredCapabilitiesKey = "secretariat.required-capabilities";

    /// <summary>Why it happened and what to do next, beyond the message (null when the message says it all).</summary>
    public static string? Reason(int status, System.Security.Claims.ClaimsPrincipal? user, IReadOnlyList<Capability>? required = null) => status switch
    {
        StatusCodes.Status400BadRequest or StatusCodes.Status415UnsupportedMediaType => "没有保存任何内容。请返回上一页，刷新后重新填写或操作。",
        StatusCodes.Status403Forbidden when user?.Identity?.IsAuthenticated == true
            && user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToArray() is { Length: > 0 } roles
            => ForbiddenReason(roles, required),
        StatusCodes.Status403Forbidden => "此页面或操作仅限有相应权限的账号使用。如确需办理，请联系办公室或管理员。",
        StatusCodes.Status404NotFound => "地址可能有误，或该记录已不存在。请从首页或菜单重新进入。",
        StatusCodes.Status500InternalServerError => "错误已记录，没有保存任何内容。",
        StatusCodes.Status503ServiceUnavailable => $"系统正在恢复，请约 {RetryAfterSeconds} 秒后刷新页面。",
        _ => null
    };

    /// <summary>
    /// The 403's reason from the permission table: who does this (the roles holding the capability), and whom to ask for a
    /// role (the town's account administrators, or the district's for a district page) — never the user's own role.
    /// </summary>
    public static string ForbiddenReason(IReadOnlyCollection<string> roles, IReadOnlyList<Capability>? required)
    {
        var mine = $"您的角色（{string.Join("、", roles)}）";
        if (required is not { Count: > 0 }) return $"此页面或操作不对{mine}开放。如确需办理，请联系本镇街的管理员。";
        var holders = required.SelectMany(Permissions.RolesWith).Distinct().ToList();
        var district = holders.All(Permissions.IsDistrictRole);
        var administrator = district ? Capability.AdministerDistrict : Capability.AdministerAccounts;
        var ask = Permissions.Grants(roles, administrator)
            ? "您可以在账号管理中为账号增加相应角色。"
            : $"如确需办理，请联系{(district ? "" : "本镇街的")}{string.Join("、", Permissions.RolesWith(administrator))}调整您的角色。";
        return $"此页面或操作由{string.Join("、", holders)}办理，{mine}不包含此权限。{ask}";
    }

    public static string Html(string message) => Html(0, message, null);

    /// <summary>A small whole page (it does not depend on the database): a heading, the message, the reason, a way back.</summary>
    public static string Html(int status, string message, string? reason)
    {
        var heading = WebUtility.HtmlEncode(status == 0 ? "请求未能完成" : Heading(status));
        var text = WebUtility.HtmlEncode(message);
        var why = reason is null ? "" : $"<p class=\"reason\">{WebUtility.HtmlEncode(reason)}</p>";
        return $"""
         <!DOCTYPE html>
         <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
         <title>{heading} · {text}</title>
         <link rel="stylesheet" href="/css/site.css"></head>
         <body><main id="main" class="error-page"><h1>{heading}</h1><p class="error" role="alert">{text}</p>{why}<p><a href="/">返回首页</a></p></main></body></html>
         """;
    }
}
