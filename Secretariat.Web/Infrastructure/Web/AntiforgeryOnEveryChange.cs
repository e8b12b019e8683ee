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
        if (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
        {
            // Every change is a form (url-encoded or multipart): a body of any other type (JSON, text, XML) is not read at all.
            if (HasBody(context.Request) && !context.Request.HasFormContentType)
            {
                Refuse(context, StatusCodes.Status415UnsupportedMediaType, UnsupportedBody);
                return;
            }
            bool valid;
            try
            {
                // Reads the form: an unreadable one (a NUL, bad encoding, over the limit) is the user's problem, not a 500.
                valid = await antiforgery.IsRequestValidAsync(context);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or AntiforgeryValidationException)
            {
                var (status, message) = ChinesePages.Classify(e);
                Refuse(context, status < 500 ? status : StatusCodes.Status400BadRequest, status < 500 ? message : ChinesePages.FormUnreadable);
                return;
            }
            if (!valid)
            {
                Refuse(context, StatusCodes.Status400BadRequest, ChinesePages.AntiforgeryProblem);
                return;
            }
            // A NUL in a multipart field gets past the form reader (the url-encoded reader refuses it) and PostgreSQL cannot store it.
            if (context.Request.HasFormContentType && HasNul(await context.Request.ReadFormAsync(context.RequestAborted)))
            {
                Refuse(context, StatusCodes.Status400BadRequest, ChinesePages.FormUnreadable);
                return;
            }
        }
        await next(context);
    }

    public const string UnsupportedBody = "请求无效：提交的内容不是表单（只接受网页表单提交的内容），操作未执行。";

    /// <summary>A body is sent (a length above zero, or chunked), or its type is declared.</summary>
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || !string.IsNullOrEmpty(request.ContentType);

    private static bool HasNul(IFormCollection form) =>
        form.Any(field => field.Key.Contains('\0') || field.Value.Any(v => v?.Contains('\0') == true));

    private static void Refuse(HttpContext context, int status, string message)
    {
        context.Items[ChinesePages.ProblemKey] = message;
        context.Response.StatusCode = status;
    }
}
