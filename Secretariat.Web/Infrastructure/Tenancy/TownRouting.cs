
namespace Secretariat.Web.Infrastructure.Tenancy;

/// <summary>
/// Marks an endpoint that belongs to no town (sign-in, the district's pages, health): every other endpoint is a
/// town's and answers only under <c>/t/{code}/</c>. Town-scoped by default, so a new route cannot leak across towns
/// by forgetting a marker.
/// </summary>
public sealed class DistrictWideAttribute : Attribute;

public static class TownRouting
{
    public const string Prefix = "/t/";

    /// <summary>Routes of the district, outside any town.</summary>
    public static TBuilder DistrictWide<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new DistrictWideAttribute());

    public static bool IsDistrictWide(this Endpoint endpoint) => endpoint.Metadata.GetMetadata<DistrictWideAttribute>() is not null;

    /// <summary>
    /// <c>/t/tgy/meetings/5</c> is <c>/meetings/5</c> of the town tgy: the town moves into the path base, so the
    /// routes stay the town's own and every link the pages write (<c>@Base/meetings/...</c>) stays in the town. The
    /// session factory and the message bus of the request take the town from here.
    /// </summary>
    public static void UseTownPaths(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal)) return next(context);
        var rest = path[Prefix.Length..];
        var slash = rest.IndexOf('/');
        var code = slash < 0 ? rest : rest[..slash];
        if (!TownCodes.IsValid(code))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Request.PathBase = context.Request.PathBase.Add(Prefix + code);
        // The path is already decoded: kept as it is (a string would be decoded once more, "%2500" becoming a NUL).
        context.Request.Path = new PathString(slash < 0 ? "/" : rest[slash..]);
        context.RequestServices.GetRequiredService<CurrentTown>().Set(code);
        context.RequestServices.GetRequiredService<IMessageBus>().TenantId = code;
        return next(context);
    });

    /// <summary>The path of a page of the request's town (a redirect, an htmx location): the path base plus the path.</summary>
    public static string InTown(this HttpContext context, string path) =>
        path.StartsWith('/') && !path.StartsWith("//") && !path.StartsWith(context.Request.PathBase.Value + "/", StringComparison.Ordinal)
            ? context.Request.PathBase + path
            : path;
}

/// <summary>
/// The Marten sessions handed to a request or a scope are the town's (conjoined tenancy): a query cannot see another
/// town's rows. With no town (sign-in, the district's pages) they are the default tenant's, which holds no town data.
/// </summary>
public sealed class TownSessionFactory(IDocumentStore store, CurrentTown town)
{
    public IQuerySession QuerySession() => store.QuerySession(Tenant);

    public IDocumentSession OpenSession() => store.LightweightSession(Tenant);

    // Marten's name for the tenant of documents that belong to no tenant.
    public const string DefaultTenant = "*DEFAULT*";

    private string Tenant => town.Code ?? DefaultTenant;
}
