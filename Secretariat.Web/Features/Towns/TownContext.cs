namespace Secretariat.Web.Features.Towns;

public static class DistrictPaths
{
    public const string Home = "/district";

    /// <summary>镇街管理: the district administrator's page, and the home of an account that administers the district and reads no town.</summary>
    public const string Towns = "/district/towns";
}

public static class TownContext
{
    /// <summary>The profile of the request's town, once the account was let in (null on the district's pages).</summary>
    public static TownProfile? Town(this HttpContext context) => context.Items[typeof(TownProfile)] as TownProfile;

    public static TownProfile RequiredTown(this HttpContext context) =>
        context.Town() ?? throw new InvalidOperationException("No town in this request.");
}
