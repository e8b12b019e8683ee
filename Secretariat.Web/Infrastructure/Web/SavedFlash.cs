namespace Secretariat.Web.Infrastructure.Web;

/// <summary>
/// The confirmation after a successful save: the redirect carries a short-lived cookie naming what was saved (one of
/// <c>SavedConfirmation</c>'s kinds), and the page it leads to shows the confirmation once, where the form was (app.js moves the focus
/// to it). The addresses stay what they were; without script the page still shows it.
/// </summary>
public static class SavedFlash
{
    public const string CookieName = "saved";

    public static IResult SeeOther(HttpContext context, string location, string kind)
    {
        context.Response.Cookies.Append(CookieName, kind, new CookieOptions
        {
            Path = "/", HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromMinutes(2),
            IsEssential = true
        });
        return PageResults.SeeOther(context, location);
    }
}
